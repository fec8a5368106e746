-- Catalogue aliases added in extraction round 27 (rules27b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "货物贸易出口总额318.7亿元": districts that report trade in goods and in services apart name the goods' exports
-- 货物贸易出口(总额), the exports the catalogue means (货物出口总额 already); 货物贸易进出口总额 stays unmatched.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '货物贸易出口')
WHERE "key" = 'exports' AND NOT ('货物贸易出口' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '货物贸易出口总额')
WHERE "key" = 'exports' AND NOT ('货物贸易出口总额' = ANY(COALESCE("aliases", '{}')));
