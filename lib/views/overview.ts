import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { versionedCache } from '@/lib/cache/versioned';
import { dataVersion, getYearSummary, targetYears } from '@/lib/targets/verdict-summary';
import { DECIDED_CODES, VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';

/** year: one year, 'all', or undefined for the latest year with targets. */
export type OverviewFilter = { province?: string; city?: string; year?: number | 'all'; indicator?: string; verdict?: VerdictCode; q?: string; page?: number };

export const OVERVIEW_PAGE_SIZE = 50;

export type OverviewRow = {
  district: { id: number; code: string; nameZh: string; nameEn: string; pinyin: string; provinceZh: string; provinceEn: string; cityZh: string | null; cityEn: string | null };
  year: number;
  counts: Record<VerdictCode, number>;
  total: number;
  /** Targets with a decided status (exceeded, met, met within tolerance, missed): the hit rate's denominator. */
  decided: number;
  /** (exceeded + met + met within tolerance) / decided; null when nothing is decided. */
  hitRate: number | null;
};

export type Overview = {
  /** The year shown ('all' for every year; null when there are no targets). */
  year: number | 'all' | null;
  /** No year was asked for and no year has a decided verdict yet: the latest year with targets is shown. */
  noVerdictsYet: boolean;
  /** This page's rows (OVERVIEW_PAGE_SIZE at most). */
  rows: OverviewRow[];
  /** 1-based page, number of pages, and rows (district × year) over all pages. */
  page: number;
  pageCount: number;
  total: number;
  options: {
    provinces: { zh: string; en: string }[];
    cities: { zh: string; en: string }[];
    years: number[];
    indicators: { id: number; key: string; nameZh: string; nameEn: string }[];
  };
};

export function isVerdictCode(value: string | undefined): value is VerdictCode {
  return (VERDICT_CODES as readonly string[]).includes(value ?? '');
}

/**
 * Every district × year with its verdict counts, from the per-year verdict summary
 * (lib/targets/verdict-summary: verdicts by lib/verdict, cached by data version).
 * Defaults to the latest year with targets; 'all' reads every year's summary.
 */
export async function getOverview(filter: OverviewFilter): Promise<Overview> {
  const version = await dataVersion();
  const key = JSON.stringify([filter.province, filter.city, filter.year, filter.indicator, filter.verdict, filter.q?.trim(), filter.page]);
  return overviews.get(key, version, () => buildOverview(filter, version));
}

// Built overviews (a page of rows and the filter options) by filter, per data version:
// a repeated view costs a render, not a pass over the year's 43k verdicts.
const overviews = versionedCache<Overview>(64);

async function buildOverview(filter: OverviewFilter, version: bigint): Promise<Overview> {
  const q = filter.q?.trim();
  const districtWhere: Prisma.DistrictWhereInput = {
    ...(filter.province ? { provinceZh: filter.province } : {}),
    ...(filter.city ? { cityZh: filter.city } : {}),
    ...(q ? { OR: [{ nameZh: { contains: q } }, { pinyin: { contains: q.replace(/\s+/g, ''), mode: 'insensitive' } }, { nameEn: { contains: q, mode: 'insensitive' } }] } : {}),
  };
  const [districts, allDistricts, indicators, years] = await Promise.all([
    db.district.findMany({ where: districtWhere, select: { id: true, code: true, nameZh: true, nameEn: true, pinyin: true, provinceZh: true, provinceEn: true, cityZh: true, cityEn: true }, orderBy: [{ provinceZh: 'asc' }, { cityZh: 'asc' }, { code: 'asc' }] }),
    db.district.findMany({ select: { provinceZh: true, provinceEn: true, cityZh: true, cityEn: true } }),
    db.indicator.findMany({ select: { id: true, key: true, nameZh: true, nameEn: true }, orderBy: { id: 'asc' } }),
    targetYears(version),
  ]);
  const indicator = filter.indicator ? indicators.find((row) => row.key === filter.indicator) : undefined;
  const options = {
    provinces: uniqueBy(allDistricts.map((row) => ({ zh: row.provinceZh, en: row.provinceEn }))),
    // Cities of the chosen province (a national list is ~330 names in every page).
    cities: uniqueBy(allDistricts.flatMap((row) => (row.cityZh && (filter.province ? row.provinceZh === filter.province : row.cityZh === filter.city) ? [{ zh: row.cityZh, en: row.cityEn ?? row.cityZh }] : []))),
    years,
    indicators,
  };
  if (districts.length === 0 || (filter.indicator && !indicator)) return { year: null, noVerdictsYet: false, rows: [], page: 1, pageCount: 1, total: 0, options };
  // No year chosen: the latest year with targets of the districts (and indicator) asked for.
  const latest = filter.year === undefined
    ? (await db.target.findFirst({ where: { ...(Object.keys(districtWhere).length ? { district: districtWhere } : {}), ...(indicator ? { indicatorId: indicator.id } : {}) }, select: { year: true }, orderBy: { year: 'desc' } }))?.year ?? null
    : null;
  const districtById = new Map(districts.map((district) => [district.id, district]));
  // No year chosen: open on the newest year that has a verdict (targets of a year are
  // judged on the next year's figures, so the newest year is often all 待更新).
  const decidedYear = filter.year === undefined && latest !== null ? await newestDecidedYear(options.years.filter((y) => y <= latest), version, districtById, indicator?.id) : null;
  const year = filter.year === 'all' ? 'all' : filter.year !== undefined ? (options.years.includes(filter.year) ? filter.year : null) : (decidedYear ?? latest);
  const noVerdictsYet = filter.year === undefined && latest !== null && decidedYear === null;
  if (year === null) return { year, noVerdictsYet, rows: [], page: 1, pageCount: 1, total: 0, options };

  const shown = year === 'all' ? options.years : [year];
  const byKey = new Map<string, OverviewRow>();
  for (const y of shown) {
    const summary = await getYearSummary(y, version);
    for (const entry of summary.entries) {
      if (indicator && entry.indicatorId !== indicator.id) continue;
      if (filter.verdict && entry.code !== filter.verdict) continue;
      const district = districtById.get(entry.districtId);
      if (!district) continue;
      const key = `${entry.districtId}:${y}`;
      let row = byKey.get(key);
      if (!row) {
        row = { district, year: y, counts: Object.fromEntries(VERDICT_CODES.map((code) => [code, 0])) as Record<VerdictCode, number>, total: 0, decided: 0, hitRate: null };
        byKey.set(key, row);
      }
      row.counts[entry.code] += 1;
      row.total += 1;
    }
  }
  const rows = [...byKey.values()];
  for (const row of rows) {
    const decided = DECIDED_CODES.reduce((sum, code) => sum + row.counts[code], 0);
    row.decided = decided;
    row.hitRate = decided === 0 ? null : (decided - row.counts.missed) / decided;
  }
  const order = new Map(districts.map((district, index) => [district.id, index]));
  rows.sort((a, b) => b.year - a.year || order.get(a.district.id)! - order.get(b.district.id)!);
  const pageCount = Math.max(1, Math.ceil(rows.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(filter.page ?? 1)), pageCount);
  return { year, noVerdictsYet, rows: rows.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE), page, pageCount, total: rows.length, options };
}

/**
 * The newest of these years (newest first) in which one of the districts (and the
 * indicator) has a decided status. Only years where a decision is possible are read:
 * a decided status needs an outcome or a reviewer's verdict, which one SQL query finds,
 * so a page reads at most the summaries it shows plus those that turn out all undecided.
 */
async function newestDecidedYear(years: number[], version: bigint, districts: Map<number, unknown>, indicatorId: number | undefined): Promise<number | null> {
  if (years.length === 0) return null;
  const indicatorFilter = indicatorId === undefined ? Prisma.empty : Prisma.sql`AND t.indicator_id = ${indicatorId}`;
  const candidates = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT t.year FROM target t
    WHERE t.year = ANY(${years}) AND t.district_id = ANY(${[...districts.keys()]}) ${indicatorFilter}
      AND (EXISTS (SELECT 1 FROM outcome o WHERE o.district_id = t.district_id AND o.indicator_id = t.indicator_id AND o.year = t.year AND o.measure = t.measure)
           OR EXISTS (SELECT 1 FROM verdict_review r WHERE r.target_id = t.id AND r.verdict IS NOT NULL))
    ORDER BY t.year DESC`;
  for (const { year } of candidates) {
    const summary = await getYearSummary(year, version);
    const found = summary.entries.some((entry) => (DECIDED_CODES as readonly string[]).includes(entry.code) && districts.has(entry.districtId) && (indicatorId === undefined || entry.indicatorId === indicatorId));
    if (found) return year;
  }
  return null;
}

function uniqueBy(values: { zh: string; en: string }[]): { zh: string; en: string }[] {
  return [...new Map(values.map((value) => [value.zh, value])).values()].sort((a, b) => a.zh.localeCompare(b.zh, 'zh-CN'));
}
