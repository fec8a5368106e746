-- Catalogue aliases added in extraction round 10 (rules10a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "完成市下达的节能降耗目标任务", "完成省市下达的节能降碳目标任务": the energy-saving task under its
-- two other common names.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '节能降耗')
WHERE "key" = 'energy_saving' AND NOT ('节能降耗' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '节能降碳')
WHERE "key" = 'energy_saving' AND NOT ('节能降碳' = ANY(COALESCE("aliases", '{}')));
-- "农村牧区常住居民人均可支配收入": rural income as the statistics of pastoral regions (Inner Mongolia) name it.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '农村牧区常住居民人均可支配收入')
WHERE "key" = 'rural_income' AND NOT ('农村牧区常住居民人均可支配收入' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '农村牧区居民人均可支配收入')
WHERE "key" = 'rural_income' AND NOT ('农村牧区居民人均可支配收入' = ANY(COALESCE("aliases", '{}')));
