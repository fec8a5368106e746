import 'server-only';
import { db } from '@/lib/db';
import { plainRows } from '@/lib/db/plain-rows';
import type { TargetSummary } from '@/lib/targets/data';
import { findTargetSummaries } from '@/lib/targets/summaries';

export const INDICATOR_PAGE_SIZE = 50;
const prepared = { prepared: true };

export type IndicatorPage = {
  indicator: { id: number; key: string; nameZh: string; nameEn: string; levelUnit: string | null; higherIsBetter: boolean };
  years: number[];
  year: number | null;
  /** This page's rows, sorted by gap, largest first; rows without a gap last. */
  rows: TargetSummary[];
  /** 1-based page, number of pages and targets in the whole year. */
  page: number;
  pageCount: number;
  total: number;
};

/**
 * One indicator in one year across all districts, a page at a time: the order (by
 * gap, largest first) and the count come from the stored verdicts in SQL
 * (target_verdict, indexed by year and indicator); the page's rows are read on their
 * stored verdicts too (findTargetSummaries: the revision each rests on, not every
 * revision). A fixed number of queries, no cache: a write shows on the next view.
 */
export async function getIndicatorPage(key: string, year?: number, page = 1): Promise<IndicatorPage | null> {
  // The indicator, its years, the year's count and the page's ids in one prepared statement through the
  // pg pool (plainRows): four round trips were ~a third of the page's statements, each paying pg's and
  // PostgreSQL's per-statement work on every view.
  const [head] = await plainRows<IndicatorPage['indicator'] & { years: number[]; year: number | null; total: number; page: number; ids: number[] | null }>(db,
    INDICATOR_PAGE_SQL, [key, year ?? null, Math.max(1, Math.trunc(page)), INDICATOR_PAGE_SIZE], prepared);
  if (!head) return null;
  const { years, year: chosen, total, page: current, ids, ...indicator } = head;
  if (chosen === null) return { indicator, years, year: null, rows: [], page: 1, pageCount: 0, total: 0 };
  const rows = await findTargetSummaries(db, ids ?? []);
  return { indicator, years, year: chosen, rows, page: current, pageCount: Math.max(1, Math.ceil(total / INDICATOR_PAGE_SIZE)), total };
}

/**
 * $1 key, $2 the year asked for (or null), $3 the page asked for (≥ 1), $4 the page size; no row for an unknown key.
 * The years with targets of the indicator, newest first: a loose index scan over the years of all
 * targets (a dozen probes), each year kept if the indicator has a target in it (one probe of target
 * (year, indicator_id)); grouping the indicator's targets by year read all of them (34,200 index
 * entries on the national data) on every view. The year shown is the one asked for if it has
 * targets, else the newest; the page is clamped to the last. Points and completion percentages
 * sort together as numbers, as the page always did; no gap sorts last.
 */
const INDICATOR_PAGE_SQL = `
  WITH RECURSIVE i AS (
    SELECT id, key, name_zh AS "nameZh", name_en AS "nameEn", level_unit AS "levelUnit", higher_is_better AS "higherIsBetter" FROM indicator WHERE key = $1),
  y AS (
    SELECT max(year) AS year FROM target
    UNION ALL SELECT (SELECT max(year) FROM target WHERE year < y.year) FROM y WHERE y.year IS NOT NULL),
  years AS MATERIALIZED (
    SELECT year FROM y WHERE year IS NOT NULL AND EXISTS (SELECT 1 FROM target t WHERE t.year = y.year AND t.indicator_id = (SELECT id FROM i))),
  chosen AS MATERIALIZED (
    SELECT coalesce((SELECT year FROM years WHERE year = $2::int), (SELECT max(year) FROM years)) AS year),
  counted AS MATERIALIZED (
    SELECT year, (SELECT count(*)::int FROM target_verdict v WHERE v.year = chosen.year AND v.indicator_id = (SELECT id FROM i)) AS total FROM chosen),
  paged AS MATERIALIZED (
    SELECT year, total, least($3::int, greatest(1, ceil(total::numeric / $4::int)::int)) AS page FROM counted)
  SELECT i.*, array_to_json(ARRAY(SELECT year FROM years ORDER BY year DESC)) AS years, paged.year, paged.total, paged.page,
    array_to_json(ARRAY(SELECT target_id FROM target_verdict v WHERE v.year = paged.year AND v.indicator_id = i.id
      ORDER BY gap_value DESC NULLS LAST, district_id, target_id LIMIT $4 OFFSET (paged.page - 1) * $4)) AS ids
  FROM i, paged`;
