-- Catalogue aliases added in extraction round 29 (rules29b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "一般公共预算全口径收入16.4亿元，其中地方级收入9.73亿元": the local-level revenue, as Jilin's counties and districts name the
-- general public budget revenue the district keeps (the same figure as 一般公共预算收入; 全口径 is the whole before the shares go up).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '地方级收入')
WHERE "key" = 'budget_revenue' AND NOT ('地方级收入' = ANY(COALESCE("aliases", '{}')));
