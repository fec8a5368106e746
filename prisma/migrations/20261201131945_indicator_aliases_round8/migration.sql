-- Catalogue aliases added in extraction round 8 (lib/indicators/catalog.ts seeds new databases;
-- existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "一般预算收入增长5%": the older name of general public budget revenue, still written by counties.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '一般预算收入')
WHERE "key" = 'budget_revenue' AND NOT ('一般预算收入' = ANY(COALESCE("aliases", '{}')));
-- "完成市下达的能耗强度降低目标任务": energy intensity by its everyday name.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '能耗强度')
WHERE "key" = 'energy_intensity' AND NOT ('能耗强度' = ANY(COALESCE("aliases", '{}')));
