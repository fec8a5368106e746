-- Catalogue aliases added in extraction round 17 (rules17b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "调查失业率5.5%以内": speech and short posts drop 城镇 from 城镇调查失业率 (the surveyed rate is only ever the urban one).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '调查失业率')
WHERE "key" = 'urban_unemployment_rate' AND NOT ('调查失业率' = ANY(COALESCE("aliases", '{}')));
