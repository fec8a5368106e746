import 'server-only';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';

export type IndicatorPage = {
  indicator: { id: number; key: string; nameZh: string; nameEn: string; levelUnit: string | null; higherIsBetter: boolean };
  years: number[];
  year: number | null;
  /** Sorted by gap, largest first; rows without a gap last. */
  rows: TargetRow[];
};

/** One indicator in one year across all districts. Four queries whatever the number of districts. */
export async function getIndicatorPage(key: string, year?: number): Promise<IndicatorPage | null> {
  const indicator = await db.indicator.findUnique({ where: { key }, select: { id: true, key: true, nameZh: true, nameEn: true, levelUnit: true, higherIsBetter: true } });
  if (!indicator) return null;
  const years = (await db.target.findMany({ where: { indicatorId: indicator.id }, distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } })).map((row) => row.year);
  const chosen = year !== undefined && years.includes(year) ? year : (years[0] ?? null);
  const rows = chosen === null ? [] : await findTargets({ indicatorIds: [indicator.id], years: [chosen] });
  return { indicator, years, year: chosen, rows: [...rows].sort((a, b) => gapNumber(b) - gapNumber(a)) };
}

function gapNumber(row: TargetRow): number {
  const gap = row.verdict.gap;
  if (!gap) return Number.NEGATIVE_INFINITY;
  return Number(gap.kind === 'points' ? gap.value : gap.percent);
}
