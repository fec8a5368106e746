-- Catalogue aliases added in extraction round 19 (rules19c; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "社消零是三十五点一六亿元": staff and speakers shorten 社会消费品零售总额 to 社消零 as well as to 社零; the same figure.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '社消零')
WHERE "key" = 'retail_sales' AND NOT ('社消零' = ANY(COALESCE("aliases", '{}')));
