-- The overview's counts per district and year (issue 15): how many stored verdicts
-- (target_verdict) of each district and year have each final status. The all-years
-- overview counted and paged its 34,200 district × year pairs by probing target_verdict
-- once per pair (~60 ms of PostgreSQL CPU a view); this table answers with one row a pair.
--
-- Kept by triggers on target_verdict, so every write of a stored verdict (lib/verdicts/
-- refresh.ts, `npm run verdicts:check -- --fix`, a target's deletion cascading to its
-- verdict) updates the counts in the same statement, hence the same transaction. The
-- triggers only count what target_verdict holds: they decide nothing. The final status
-- is FINAL_CODE_SQL of lib/verdict/final-status.ts word for word (tests/verdict-count.test.ts
-- checks it); `npm run verdicts:check` compares this table with a fresh count.
CREATE TABLE "verdict_count" (
    "year" INTEGER NOT NULL,
    "district_id" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "exceeded" INTEGER NOT NULL,
    "met" INTEGER NOT NULL,
    "met_within_tolerance" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "pending" INTEGER NOT NULL,
    "needs_judgment" INTEGER NOT NULL,
    "not_comparable" INTEGER NOT NULL,

    CONSTRAINT "verdict_count_pkey" PRIMARY KEY ("year", "district_id")
);

-- Adds the final statuses of the rows inserted (transition table new_rows) and subtracts
-- those of the rows deleted (old_rows); an update does both. A pair whose counts do not
-- change (most rewrites of a verdict) is not written, so its row is not locked. Pairs are
-- upserted in key order. A pair whose verdicts are all gone keeps a row of zeros (readers
-- ask for total > 0). One function for the three triggers: which transition tables exist
-- depends on the event, so the statement is put together for it (EXECUTE sees them).
CREATE FUNCTION "verdict_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> ''confirm'' AND v.decided_by = ''rules'' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, 1 AS n FROM new_rows v'
    WHEN 'DELETE' THEN 'SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> ''confirm'' AND v.decided_by = ''rules'' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, -1 AS n FROM old_rows v'
    ELSE 'SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> ''confirm'' AND v.decided_by = ''rules'' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, 1 AS n FROM new_rows v
          UNION ALL SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> ''confirm'' AND v.decided_by = ''rules'' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, -1 AS n FROM old_rows v'
  END;
BEGIN
  EXECUTE 'INSERT INTO verdict_count AS c (year, district_id, total, exceeded, met, met_within_tolerance, missed, pending, needs_judgment, not_comparable)
    SELECT year, district_id, sum(n)::int,
           coalesce(sum(n) FILTER (WHERE final = ''exceeded''), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = ''met''), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = ''met_within_tolerance''), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = ''missed''), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = ''pending''), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = ''needs_judgment''), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = ''not_comparable''), 0)::int
    FROM (' || source || ') delta
    GROUP BY year, district_id
    HAVING sum(n) FILTER (WHERE final = ''exceeded'') <> 0 OR sum(n) FILTER (WHERE final = ''met'') <> 0 OR sum(n) FILTER (WHERE final = ''met_within_tolerance'') <> 0 OR sum(n) FILTER (WHERE final = ''missed'') <> 0 OR sum(n) FILTER (WHERE final = ''pending'') <> 0 OR sum(n) FILTER (WHERE final = ''needs_judgment'') <> 0 OR sum(n) FILTER (WHERE final = ''not_comparable'') <> 0
    ORDER BY year, district_id
    ON CONFLICT (year, district_id) DO UPDATE SET total = c.total + EXCLUDED.total, exceeded = c.exceeded + EXCLUDED.exceeded, met = c.met + EXCLUDED.met, met_within_tolerance = c.met_within_tolerance + EXCLUDED.met_within_tolerance, missed = c.missed + EXCLUDED.missed, pending = c.pending + EXCLUDED.pending, needs_judgment = c.needs_judgment + EXCLUDED.needs_judgment, not_comparable = c.not_comparable + EXCLUDED.not_comparable';
  RETURN NULL;
END $$;

CREATE TRIGGER "verdict_count_insert" AFTER INSERT ON "target_verdict" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "verdict_count_apply"();
CREATE TRIGGER "verdict_count_update" AFTER UPDATE ON "target_verdict" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "verdict_count_apply"();
CREATE TRIGGER "verdict_count_delete" AFTER DELETE ON "target_verdict" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "verdict_count_apply"();

-- TRUNCATE (the synthetic generator clears its data set with it) fires no delete trigger.
CREATE FUNCTION "verdict_count_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM verdict_count;
  RETURN NULL;
END $$;
CREATE TRIGGER "verdict_count_truncate" AFTER TRUNCATE ON "target_verdict" FOR EACH STATEMENT EXECUTE FUNCTION "verdict_count_clear"();

-- The verdicts stored before this migration.
INSERT INTO verdict_count (year, district_id, total, exceeded, met, met_within_tolerance, missed, pending, needs_judgment, not_comparable)
SELECT year, district_id, count(*)::int,
       (count(*) FILTER (WHERE final = 'exceeded'))::int,
       (count(*) FILTER (WHERE final = 'met'))::int,
       (count(*) FILTER (WHERE final = 'met_within_tolerance'))::int,
       (count(*) FILTER (WHERE final = 'missed'))::int,
       (count(*) FILTER (WHERE final = 'pending'))::int,
       (count(*) FILTER (WHERE final = 'needs_judgment'))::int,
       (count(*) FILTER (WHERE final = 'not_comparable'))::int
FROM (SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> 'confirm' AND v.decided_by = 'rules' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final FROM target_verdict v) s
GROUP BY year, district_id;
