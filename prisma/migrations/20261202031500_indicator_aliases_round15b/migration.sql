-- Catalogue aliases added in extraction round 15 (rules15b; lib/indicators/catalog.ts seeds new
-- databases, existing ones get them here). Appended only where missing, so an admin's own edits stay.
-- "地方公共财政收入37.9亿元": 公共财政收入 is the name 一般公共预算收入 had before the 2014 budget law, still used
-- by counties (Fujian's "地方级公共财政收入"); 公共财政总收入 (the total with the central share) stays unmatched.
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '公共财政收入')
WHERE "key" = 'budget_revenue' AND NOT ('公共财政收入' = ANY(COALESCE("aliases", '{}')));
UPDATE "indicator" SET "aliases" = array_append(COALESCE("aliases", '{}'), '地方公共财政收入')
WHERE "key" = 'budget_revenue' AND NOT ('地方公共财政收入' = ANY(COALESCE("aliases", '{}')));
