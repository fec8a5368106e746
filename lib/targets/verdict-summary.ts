import 'server-only';
import { db } from '@/lib/db';
import { findTargets } from '@/lib/targets/data';
import type { Gap, VerdictCode } from '@/lib/verdict/types';

/** One target's verdict, as decided by lib/verdict through findTargets: enough to count, filter and sort. */
export type SummaryEntry = { id: number; districtId: number; indicatorId: number; code: VerdictCode; gap: number };

export type YearSummary = { version: bigint; year: number; entries: SummaryEntry[] };

// Districts per findTargets call while building a year: bounds the memory of one
// build (a national year is ~43k targets and ~85k outcome revisions).
const DISTRICTS_PER_CHUNK = 250;

// Per process. Keyed by the data version (table data_version, bumped by triggers on
// every write to a table a verdict reads): an entry built at version v is served only
// while the database still says v. The version is read BEFORE the rows, so rows newer
// than v can end up under v (harmless: the next read sees v+1 and rebuilds), never older.
const cache = new Map<number, YearSummary>();
const building = new Map<string, Promise<YearSummary>>();

export async function dataVersion(): Promise<bigint> {
  const row = await db.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0n;
}

/** Every target of one year with its verdict code and gap, from cache when the data has not changed. */
export async function getYearSummary(year: number, version?: bigint): Promise<YearSummary> {
  const current = version ?? (await dataVersion());
  const cached = cache.get(year);
  if (cached && cached.version === current) return cached;
  const key = `${current}:${year}`;
  const pending = building.get(key);
  if (pending) return pending;
  const promise = buildYear(year, current)
    .then((summary) => {
      const latest = cache.get(year);
      if (!latest || latest.version <= summary.version) cache.set(year, summary);
      return summary;
    })
    .finally(() => building.delete(key));
  building.set(key, promise);
  return promise;
}

async function buildYear(year: number, version: bigint): Promise<YearSummary> {
  const districts = await db.target.groupBy({ by: ['districtId'], where: { year }, orderBy: { districtId: 'asc' } });
  const ids = districts.map((row) => row.districtId);
  const entries: SummaryEntry[] = [];
  for (let start = 0; start < ids.length; start += DISTRICTS_PER_CHUNK) {
    const rows = await findTargets({ years: [year], districtIds: ids.slice(start, start + DISTRICTS_PER_CHUNK) });
    for (const row of rows) entries.push({ id: row.id, districtId: row.district.id, indicatorId: row.indicator.id, code: row.verdict.code, gap: gapNumber(row.verdict.gap) });
  }
  return { version, year, entries };
}

/** The verdict's gap as one sortable number (points or percent); rows without a gap sort last. */
export function gapNumber(gap: Gap | null): number {
  if (!gap) return Number.NEGATIVE_INFINITY;
  const value = Number(gap.kind === 'points' ? gap.value : gap.percent);
  return Number.isFinite(value) ? value : Number.NEGATIVE_INFINITY;
}

let years: { version: bigint; years: number[] } | null = null;

/** Years with targets, newest first (GROUP BY in SQL, cached by data version like the summaries). */
export async function targetYears(version: bigint): Promise<number[]> {
  if (years && years.version === version) return years.years;
  const rows = await db.target.groupBy({ by: ['year'], orderBy: { year: 'desc' } });
  years = { version, years: rows.map((row) => row.year) };
  return years.years;
}

/** Tests only: forget every cached year. */
export function clearYearSummaries(): void {
  cache.clear();
}
