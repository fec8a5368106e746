-- Catalogue aliases added in extraction round 11 (rules11b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "农牧区常住居民人均可支配收入": rural income under the short name pastoral regions also use.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '农牧区常住居民人均可支配收入')
WHERE "key" = 'rural_income' AND NOT ('农牧区常住居民人均可支配收入' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '农牧区居民人均可支配收入')
WHERE "key" = 'rural_income' AND NOT ('农牧区居民人均可支配收入' = ANY(COALESCE("aliases", '{}')));
-- "实到外资14.6亿美元": foreign investment actually arrived, as district pages name the actually-used FDI.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '实到外资')
WHERE "key" = 'fdi' AND NOT ('实到外资' = ANY(COALESCE("aliases", '{}')));
