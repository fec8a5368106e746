-- Catalogue aliases added in extraction round 6 (lib/indicators/catalog.ts seeds new databases;
-- existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "出口增长10%以上": 出口 alone names total exports (进出口 is kept apart by the extractor).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '出口')
WHERE "key" = 'exports' AND NOT ('出口' = ANY(COALESCE("aliases", '{}')));
-- "粮食作物播种面积28.6千公顷": the statistical bulletins' name for the grain sown area.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '粮食作物播种面积')
WHERE "key" = 'grain_area' AND NOT ('粮食作物播种面积' = ANY(COALESCE("aliases", '{}')));
