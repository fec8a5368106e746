// For each in-year proposal with a stored target of its series: the pace verdict (序时进度)
// the target would have for the proposal's period once it is recorded (an open or
// conflicting proposal, as the newest revision of that period), or has now (a recorded
// or rejected one). Decided by computePaceVerdicts, and so by lib/verdict/pace, like
// every stored pace verdict; nothing is written. A proposal has no review state yet.
import type { Sql } from '@/lib/verdicts/stored-verdicts';
import { computePaceVerdicts } from '@/lib/verdicts/stored-pace';
import type { ReviewItem } from '@/lib/ingest/proposals';
import type { PaceVerdict } from '@/lib/verdict/pace';

export type PaceSettlement = { targetId: number; asWritten: string; periodMonths: number; verdict: PaceVerdict; hypothetical: boolean };

export async function paceSettlements(sql: Sql, items: readonly ReviewItem[], districtId: number, indicators: ReadonlyMap<string, { id: number }>): Promise<Map<string, PaceSettlement>> {
  const result = new Map<string, PaceSettlement>();
  // One item at a time (a document holds a few dozen at most): proposals of one target and period must not see each other.
  await Promise.all(items.map(async (item) => {
    if (item.kind !== 'in_year' || !item.settles) return;
    const p = item.proposal;
    const indicator = indicators.get(p.indicatorKey);
    if (!indicator) return;
    const hypothetical = item.status === 'open' || item.status === 'conflict';
    const proposed = hypothetical
      ? [{ indicatorId: indicator.id, districtId, year: p.year, periodMonths: p.periodMonths, measure: p.measure, value: p.value, unit: p.unit, vintage: p.vintage, reviewState: null }]
      : [];
    const rows = await computePaceVerdicts(sql, [item.settles.id], proposed);
    const found = rows.find((entry) => entry.row.periodMonths === p.periodMonths);
    if (found) result.set(item.key, { targetId: item.settles.id, asWritten: item.settles.asWritten, periodMonths: p.periodMonths, verdict: found.verdict, hypothetical });
  }));
  return result;
}
