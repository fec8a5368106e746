import 'server-only';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';
import { versionedCache } from '@/lib/cache/versioned';
import { dataVersion, getYearSummary } from '@/lib/targets/verdict-summary';

export const INDICATOR_PAGE_SIZE = 50;

export type IndicatorPage = {
  indicator: { id: number; key: string; nameZh: string; nameEn: string; levelUnit: string | null; higherIsBetter: boolean };
  years: number[];
  year: number | null;
  /** This page's rows, sorted by gap, largest first; rows without a gap last. */
  rows: TargetRow[];
  /** 1-based page, number of pages and targets in the whole year. */
  page: number;
  pageCount: number;
  total: number;
};

/**
 * One indicator in one year across all districts, a page at a time: the order (by
 * gap) comes from the cached verdict summary of the year (lib/targets/verdict-summary);
 * only the page's targets are read in full. A fixed number of queries.
 */
export async function getIndicatorPage(key: string, year?: number, page = 1): Promise<IndicatorPage | null> {
  const version = await dataVersion();
  return pages.get(`${key}|${year ?? ''}|${page}`, version, () => buildIndicatorPage(key, version, year, page));
}

const pages = versionedCache<IndicatorPage | null>(32);

async function buildIndicatorPage(key: string, version: bigint, year: number | undefined, page: number): Promise<IndicatorPage | null> {
  const indicator = await db.indicator.findUnique({ where: { key }, select: { id: true, key: true, nameZh: true, nameEn: true, levelUnit: true, higherIsBetter: true } });
  if (!indicator) return null;
  const years = (await db.target.groupBy({ by: ['year'], where: { indicatorId: indicator.id }, orderBy: { year: 'desc' } })).map((row) => row.year);
  const chosen = year !== undefined && years.includes(year) ? year : (years[0] ?? null);
  if (chosen === null) return { indicator, years, year: null, rows: [], page: 1, pageCount: 0, total: 0 };
  const entries = (await getYearSummary(chosen, version)).entries
    .filter((entry) => entry.indicatorId === indicator.id)
    .sort((a, b) => b.gap - a.gap || a.districtId - b.districtId || a.id - b.id);
  const pageCount = Math.max(1, Math.ceil(entries.length / INDICATOR_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  const ids = entries.slice((current - 1) * INDICATOR_PAGE_SIZE, current * INDICATOR_PAGE_SIZE).map((entry) => entry.id);
  const found = ids.length ? await findTargets({ targetIds: ids }) : [];
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return { indicator, years, year: chosen, rows, page: current, pageCount, total: entries.length };
}
