-- Catalogue alias added in extraction round 9 (lib/indicators/catalog.ts seeds new databases;
-- existing ones get it here). Appended only where missing, so an admin's own edits stay.
-- "全年粮食总产达到11.2万吨": grain output written without its 量, common in session news.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '粮食总产')
WHERE "key" = 'grain_output' AND NOT ('粮食总产' = ANY(COALESCE("aliases", '{}')));
