-- Catalogue aliases added in extraction round 27 (rules27a; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "出口商品总值12.3亿元": the customs' name for the exports of goods, as county reports copy it from the customs statistics;
-- the same figure as 出口总额 (出口 alone stops short of it, as the name is read whole).
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '出口商品总值')
WHERE "key" = 'exports' AND NOT ('出口商品总值' = ANY(COALESCE("aliases", '{}')));
