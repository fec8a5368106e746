-- Catalogue aliases added in extraction round 12 (rules12b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "社零 241.3亿元 增长5.4%", "社零额突破300亿元": the short name news, chat copies and plans use for the
-- total retail sales of consumer goods (社会消费品零售总额).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '社零额')
WHERE "key" = 'retail_sales' AND NOT ('社零额' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '社零')
WHERE "key" = 'retail_sales' AND NOT ('社零' = ANY(COALESCE("aliases", '{}')));
