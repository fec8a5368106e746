-- Catalogue aliases added in extraction round 26 (rules26a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "新增就业1.4万人": plan reports and district news drop 城镇 from the jobs target; the county's new jobs are its
-- 城镇新增就业 (the rural 转移就业 and 就业岗位 have names of their own).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '新增就业')
WHERE "key" = 'new_urban_jobs' AND NOT ('新增就业' = ANY(COALESCE("aliases", '{}')));
