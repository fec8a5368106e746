-- Catalogue aliases added in extraction round 14 (rules14c; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "农牧民人均可支配收入达到20480元": pastoral regions (Tibet, Qinghai, Inner Mongolia, Xinjiang) name rural residents 农牧民.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '农牧民人均可支配收入')
WHERE "key" = 'rural_income' AND NOT ('农牧民人均可支配收入' = ANY(COALESCE("aliases", '{}')));
