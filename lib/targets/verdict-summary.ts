import 'server-only';
import { versionedCache } from '@/lib/cache/versioned';
import { db } from '@/lib/db';
import { findTargets } from '@/lib/targets/data';
import { finalStatus } from '@/lib/verdict/final-status';
import type { Gap, VerdictCode } from '@/lib/verdict/types';

/** One target's final status (a current reviewer override, else the verdict lib/verdict computed through findTargets): enough to count, filter and sort. */
export type SummaryEntry = { id: number; districtId: number; indicatorId: number; code: VerdictCode; gap: number };

export type YearSummary = { version: bigint; year: number; entries: SummaryEntry[] };

// Districts per findTargets call while building a year: bounds the memory of one
// build (a national year is ~43k targets and ~85k outcome revisions).
const DISTRICTS_PER_CHUNK = 250;

// Per process, keyed by year and served only while the database still says the
// version the summary was built at (lib/cache/versioned.ts); a national year is
// ~43k entries, and there are a dozen years.
const summaries = versionedCache<YearSummary>(64);

export async function dataVersion(): Promise<bigint> {
  const row = await db.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0n;
}

/** Every target of one year with its verdict code and gap, from cache when the data has not changed. */
export async function getYearSummary(year: number, version?: bigint): Promise<YearSummary> {
  const current = version ?? (await dataVersion());
  return summaries.get(String(year), current, () => buildYear(year, current));
}

async function buildYear(year: number, version: bigint): Promise<YearSummary> {
  const districts = await db.target.groupBy({ by: ['districtId'], where: { year }, orderBy: { districtId: 'asc' } });
  const ids = districts.map((row) => row.districtId);
  const entries: SummaryEntry[] = [];
  for (let start = 0; start < ids.length; start += DISTRICTS_PER_CHUNK) {
    const rows = await findTargets({ years: [year], districtIds: ids.slice(start, start + DISTRICTS_PER_CHUNK) });
    for (const row of rows) entries.push({ id: row.id, districtId: row.district.id, indicatorId: row.indicator.id, code: finalStatus(row.verdict).code, gap: gapNumber(row.verdict.gap) });
  }
  return { version, year, entries };
}

/** The verdict's gap as one sortable number (points or percent); rows without a gap sort last. */
export function gapNumber(gap: Gap | null): number {
  if (!gap) return Number.NEGATIVE_INFINITY;
  const value = Number(gap.kind === 'points' ? gap.value : gap.percent);
  return Number.isFinite(value) ? value : Number.NEGATIVE_INFINITY;
}

const years = versionedCache<number[]>(1);

/** Years with targets, newest first (GROUP BY in SQL, cached by data version like the summaries). */
export async function targetYears(version: bigint): Promise<number[]> {
  return years.get('all', version, async () => (await db.target.groupBy({ by: ['year'], orderBy: { year: 'desc' } })).map((row) => row.year));
}
