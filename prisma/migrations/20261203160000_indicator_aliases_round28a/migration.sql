-- Catalogue aliases added in extraction round 28 (rules28a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "空气质量优良天数率达到87.6%": the share of good-air days written with 率 alone, as plan reports and their
-- targets write it ("空气质量优良天数率达到市下达目标"); the same figure as 空气质量优良天数比率.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '空气质量优良天数率')
WHERE "key" = 'air_quality_good_days' AND NOT ('空气质量优良天数率' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '优良天数率')
WHERE "key" = 'air_quality_good_days' AND NOT ('优良天数率' = ANY(COALESCE("aliases", '{}')));
-- "单位增加值能耗降低3%左右", "单位增加值能耗完成市下达目标": a plan report's short name for the energy intensity of the
-- district's value added in its targets list (规上工业单位增加值能耗, the industrial one, stays a sub-item by its prefix).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '单位增加值能耗')
WHERE "key" = 'energy_intensity' AND NOT ('单位增加值能耗' = ANY(COALESCE("aliases", '{}')));
