-- Catalogue aliases added in extraction round 25 (rules25a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "规模以上固定资产投资增长18%": the investment in projects above the statistical threshold (计划总投资500万元以上), the
-- county's fixed-asset investment as 500万元以上固定资产投资 already names it; 规上 is its usual short form.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '规模以上固定资产投资')
WHERE "key" = 'fixed_asset_investment' AND NOT ('规模以上固定资产投资' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '规上固定资产投资')
WHERE "key" = 'fixed_asset_investment' AND NOT ('规上固定资产投资' = ANY(COALESCE("aliases", '{}')));
