-- Catalogue aliases added in extraction round 12 (rules12c; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "社零增长6%", "社零额达到120亿元": the short name reports and news use for 社会消费品零售总额.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '社零')
WHERE "key" = 'retail_sales' AND NOT ('社零' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '社零额')
WHERE "key" = 'retail_sales' AND NOT ('社零额' = ANY(COALESCE("aliases", '{}')));
-- "一般公共财政预算收入": the older 公共财政预算收入 name joined to today's 一般公共预算收入, still used by counties.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '一般公共财政预算收入')
WHERE "key" = 'budget_revenue' AND NOT ('一般公共财政预算收入' = ANY(COALESCE("aliases", '{}')));
-- "外贸出口额与上年持平", "外贸出口总额预计58.3亿元": exports under their foreign-trade name.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '外贸出口额')
WHERE "key" = 'exports' AND NOT ('外贸出口额' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '外贸出口总额')
WHERE "key" = 'exports' AND NOT ('外贸出口总额' = ANY(COALESCE("aliases", '{}')));
