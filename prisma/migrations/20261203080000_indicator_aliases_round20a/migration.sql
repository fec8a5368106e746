-- Catalogue aliases added in extraction round 20 (rules20a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "全年货物出口总额118.6亿元": bulletins name exports as customs statistics do, 货物 (goods, as against services)
-- before the name; 货物进出口总额 (the trade total) holds no 货物出口 and stays unmatched.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '货物出口')
WHERE "key" = 'exports' AND NOT ('货物出口' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '货物出口总额')
WHERE "key" = 'exports' AND NOT ('货物出口总额' = ANY(COALESCE("aliases", '{}')));
