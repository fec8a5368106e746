-- The indicator page's order (lib/views/indicator-page.ts): a year's targets of one indicator
-- by gap, largest first, no gap last. Without it every view read the heap rows of all 2,850
-- stored verdicts of the pair (each on its own page: ~18 ms of PostgreSQL) to sort them for
-- 50; with it the page's 50 ids are the index's next 50 entries (an index-only scan).
-- NULLS LAST matches the query's ORDER BY; schema.prisma can name the columns, not that.
CREATE INDEX "target_verdict_year_indicator_gap_idx" ON "target_verdict" ("year", "indicator_id", "gap_value" DESC NULLS LAST, "district_id", "target_id");
