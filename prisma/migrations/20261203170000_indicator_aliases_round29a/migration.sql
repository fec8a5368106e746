-- Catalogue aliases added in extraction round 29 (rules29a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "全县市场经营主体达到7.43万户": 市场主体 and 经营主体 written together, as reports wrote it while the one name gave way to the
-- other; the same registered stock.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '市场经营主体')
WHERE "key" = 'market_entities' AND NOT ('市场经营主体' = ANY(COALESCE("aliases", '{}')));
