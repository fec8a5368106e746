-- The latest revision of a series per period, measure and vintage (by recorded_at, then id:
-- lib/verdict/select-revision.ts's order), in one backward probe each. A recorded outcome
-- refreshes its targets' stored verdicts from these few rows and the stored verdict
-- (lib/verdicts/stored-verdicts.ts) instead of reading every revision of the series, so a
-- write costs the same however often the series was revised.
CREATE INDEX "outcome_latest_per_vintage_idx" ON "outcome" ("district_id", "indicator_id", "year", "period_months", "measure", "vintage", "recorded_at", "id");
