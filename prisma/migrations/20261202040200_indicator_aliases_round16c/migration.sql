-- Catalogue aliases added in extraction round 16 (rules16c; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "规模以上工业企业增加值同比增长9.6%": a work report names the indicator by the enterprises above the size
-- threshold whose value added it sums (and 规上工业企业增加值, its short form); the same figure as 规模以上工业增加值.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '规模以上工业企业增加值')
WHERE "key" = 'industrial_value_added' AND NOT ('规模以上工业企业增加值' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '规上工业企业增加值')
WHERE "key" = 'industrial_value_added' AND NOT ('规上工业企业增加值' = ANY(COALESCE("aliases", '{}')));
