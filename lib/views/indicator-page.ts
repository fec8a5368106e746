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
  // Its small statements straight through the pg pool, prepared (plainRows): Prisma's query path
  // cost ~0.9 ms of CPU a statement against ~0.25, on every view; parsing and planning each again as much.
  const [indicator] = await plainRows<IndicatorPage['indicator']>(db, `SELECT id, key, name_zh AS "nameZh", name_en AS "nameEn", level_unit AS "levelUnit", higher_is_better AS "higherIsBetter"
    FROM indicator WHERE key = $1`, [key], prepared);
  if (!indicator) return null;
  const years = await indicatorYears(indicator.id);
  const chosen = year !== undefined && years.includes(year) ? year : (years[0] ?? null);
  if (chosen === null) return { indicator, years, year: null, rows: [], page: 1, pageCount: 0, total: 0 };
  const total = (await plainRows<{ total: number }>(db, 'SELECT count(*)::int AS total FROM target_verdict WHERE year = $1 AND indicator_id = $2', [chosen, indicator.id], prepared))[0]!.total;
  const pageCount = Math.max(1, Math.ceil(total / INDICATOR_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  // Points and completion percentages sort together as numbers, as the page always did; no gap sorts last.
  const ids = (await plainRows<{ id: number }>(db, `
    SELECT target_id AS id FROM target_verdict WHERE year = $1 AND indicator_id = $2
    ORDER BY gap_value DESC NULLS LAST, district_id, target_id LIMIT $3 OFFSET $4`,
  [chosen, indicator.id, INDICATOR_PAGE_SIZE, (current - 1) * INDICATOR_PAGE_SIZE], prepared)).map((row) => row.id);
  const rows = await findTargetSummaries(db, ids);
  return { indicator, years, year: chosen, rows, page: current, pageCount, total };
}

/**
 * The years with targets of the indicator, newest first: a loose index scan over the years
 * of all targets (a dozen probes), each year kept if the indicator has a target in it (one
 * probe of target (year, indicator_id)). Grouping the indicator's targets by year read all
 * of them (34,200 index entries on the national data) on every view.
 */
async function indicatorYears(indicatorId: number): Promise<number[]> {
  const rows = await plainRows<{ year: number }>(db, `
    WITH RECURSIVE y AS (
      SELECT max(year) AS year FROM target
      UNION ALL SELECT (SELECT max(year) FROM target WHERE year < y.year) FROM y WHERE y.year IS NOT NULL)
    SELECT year FROM y WHERE year IS NOT NULL AND EXISTS (SELECT 1 FROM target t WHERE t.year = y.year AND t.indicator_id = $1)
    ORDER BY year DESC`, [indicatorId], prepared);
  return rows.map((row) => row.year);
}
