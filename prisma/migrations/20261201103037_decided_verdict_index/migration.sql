-- The stored verdicts whose final status (lib/verdict/final-status.ts: FINAL_CODE_SQL) is
-- decided, by year: the overview's default year is the newest of them, found by one probe
-- of this index instead of a scan of the newer years' undecided verdicts. The predicate is
-- DECIDED_FINAL_SQL word for word (without the alias): PostgreSQL uses a partial index
-- only for a query predicate it can match to it.
CREATE INDEX "target_verdict_decided_year_idx" ON "target_verdict" ("year", "district_id")
WHERE (CASE WHEN review_kind IS NOT NULL AND review_kind <> 'confirm' AND decided_by = 'rules' AND review_verdict IS NOT NULL AND NOT review_stale THEN review_verdict ELSE code END) IN ('exceeded', 'met', 'met_within_tolerance', 'missed');
