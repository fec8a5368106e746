-- Catalogue aliases added in extraction round 13 (rules13c; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "空氣品質優良天數比率達到98.1%": Taiwan's and Hong Kong's press name air quality 空氣品質 (read in simplified).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '空气品质优良天数比率')
WHERE "key" = 'air_quality_good_days' AND NOT ('空气品质优良天数比率' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '空气品质优良天数比例')
WHERE "key" = 'air_quality_good_days' AND NOT ('空气品质优良天数比例' = ANY(COALESCE("aliases", '{}')));
