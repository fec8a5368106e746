-- verdict_count's trigger function (20261201160140_verdict_count) with static statements
-- instead of one put together and EXECUTEd per event: EXECUTE parsed and planned its
-- statement on every firing, and every stored-verdict upsert fires two (INSERT … ON CONFLICT
-- DO UPDATE fires the insert and the update statement triggers), which made the upsert of a
-- recorded outcome's verdict its most expensive statement (bench, session 8). PL/pgSQL plans a
-- static statement once per session and keeps it; a branch not taken is never planned, so each
-- branch may name only the transition tables its event has. Same counting, word for word: the
-- final status is FINAL_CODE_SQL of lib/verdict/final-status.ts (tests/verdict-count.test.ts).
CREATE OR REPLACE FUNCTION "verdict_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO verdict_count AS c (year, district_id, total, exceeded, met, met_within_tolerance, missed, pending, needs_judgment, not_comparable)
    SELECT year, district_id, sum(n)::int,
           coalesce(sum(n) FILTER (WHERE final = 'exceeded'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'met'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'met_within_tolerance'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'missed'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'pending'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'needs_judgment'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'not_comparable'), 0)::int
    FROM (SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> 'confirm' AND v.decided_by = 'rules' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, 1 AS n FROM new_rows v) delta
    GROUP BY year, district_id
    HAVING sum(n) FILTER (WHERE final = 'exceeded') <> 0 OR sum(n) FILTER (WHERE final = 'met') <> 0 OR sum(n) FILTER (WHERE final = 'met_within_tolerance') <> 0 OR sum(n) FILTER (WHERE final = 'missed') <> 0 OR sum(n) FILTER (WHERE final = 'pending') <> 0 OR sum(n) FILTER (WHERE final = 'needs_judgment') <> 0 OR sum(n) FILTER (WHERE final = 'not_comparable') <> 0
    ORDER BY year, district_id
    ON CONFLICT (year, district_id) DO UPDATE SET total = c.total + EXCLUDED.total, exceeded = c.exceeded + EXCLUDED.exceeded, met = c.met + EXCLUDED.met, met_within_tolerance = c.met_within_tolerance + EXCLUDED.met_within_tolerance, missed = c.missed + EXCLUDED.missed, pending = c.pending + EXCLUDED.pending, needs_judgment = c.needs_judgment + EXCLUDED.needs_judgment, not_comparable = c.not_comparable + EXCLUDED.not_comparable;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO verdict_count AS c (year, district_id, total, exceeded, met, met_within_tolerance, missed, pending, needs_judgment, not_comparable)
    SELECT year, district_id, sum(n)::int,
           coalesce(sum(n) FILTER (WHERE final = 'exceeded'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'met'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'met_within_tolerance'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'missed'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'pending'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'needs_judgment'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'not_comparable'), 0)::int
    FROM (SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> 'confirm' AND v.decided_by = 'rules' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, -1 AS n FROM old_rows v) delta
    GROUP BY year, district_id
    HAVING sum(n) FILTER (WHERE final = 'exceeded') <> 0 OR sum(n) FILTER (WHERE final = 'met') <> 0 OR sum(n) FILTER (WHERE final = 'met_within_tolerance') <> 0 OR sum(n) FILTER (WHERE final = 'missed') <> 0 OR sum(n) FILTER (WHERE final = 'pending') <> 0 OR sum(n) FILTER (WHERE final = 'needs_judgment') <> 0 OR sum(n) FILTER (WHERE final = 'not_comparable') <> 0
    ORDER BY year, district_id
    ON CONFLICT (year, district_id) DO UPDATE SET total = c.total + EXCLUDED.total, exceeded = c.exceeded + EXCLUDED.exceeded, met = c.met + EXCLUDED.met, met_within_tolerance = c.met_within_tolerance + EXCLUDED.met_within_tolerance, missed = c.missed + EXCLUDED.missed, pending = c.pending + EXCLUDED.pending, needs_judgment = c.needs_judgment + EXCLUDED.needs_judgment, not_comparable = c.not_comparable + EXCLUDED.not_comparable;
  ELSE
    INSERT INTO verdict_count AS c (year, district_id, total, exceeded, met, met_within_tolerance, missed, pending, needs_judgment, not_comparable)
    SELECT year, district_id, sum(n)::int,
           coalesce(sum(n) FILTER (WHERE final = 'exceeded'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'met'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'met_within_tolerance'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'missed'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'pending'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'needs_judgment'), 0)::int,
           coalesce(sum(n) FILTER (WHERE final = 'not_comparable'), 0)::int
    FROM (SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> 'confirm' AND v.decided_by = 'rules' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, 1 AS n FROM new_rows v
          UNION ALL SELECT v.district_id, v.year, (CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> 'confirm' AND v.decided_by = 'rules' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END) AS final, -1 AS n FROM old_rows v) delta
    GROUP BY year, district_id
    HAVING sum(n) FILTER (WHERE final = 'exceeded') <> 0 OR sum(n) FILTER (WHERE final = 'met') <> 0 OR sum(n) FILTER (WHERE final = 'met_within_tolerance') <> 0 OR sum(n) FILTER (WHERE final = 'missed') <> 0 OR sum(n) FILTER (WHERE final = 'pending') <> 0 OR sum(n) FILTER (WHERE final = 'needs_judgment') <> 0 OR sum(n) FILTER (WHERE final = 'not_comparable') <> 0
    ORDER BY year, district_id
    ON CONFLICT (year, district_id) DO UPDATE SET total = c.total + EXCLUDED.total, exceeded = c.exceeded + EXCLUDED.exceeded, met = c.met + EXCLUDED.met, met_within_tolerance = c.met_within_tolerance + EXCLUDED.met_within_tolerance, missed = c.missed + EXCLUDED.missed, pending = c.pending + EXCLUDED.pending, needs_judgment = c.needs_judgment + EXCLUDED.needs_judgment, not_comparable = c.not_comparable + EXCLUDED.not_comparable;
  END IF;
  RETURN NULL;
END $$;
