-- Catalogue aliases added in extraction round 28 (rules28b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "全县农民人均可支配收入达到21350元": the short name deputies and county news give the rural residents' per-capita disposable
-- income, the same figure as 农村居民人均可支配收入 (as 农牧民人均可支配收入 is in pastoral counties).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '农民人均可支配收入')
WHERE "key" = 'rural_income' AND NOT ('农民人均可支配收入' = ANY(COALESCE("aliases", '{}')));
