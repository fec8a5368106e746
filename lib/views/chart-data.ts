// What the target-vs-actual bar charts draw, derived from verdict rows only (the
// verdict's own `actual`, in the target's unit), so chart, table and status agree.
import type { TargetSummary } from '@/lib/targets/data';
import type { Locale } from '@/lib/i18n/locale';
import { pick } from '@/lib/i18n/pick';
import { finalStatus } from '@/lib/verdict/final-status';
import type { VerdictCode } from '@/lib/verdict/types';

/** `verdict`: the status of record, which colours the outcome's bar (lib/verdict/colours). */
export type BarDatum = { id: number; label: string; target: string | null; actual: string | null; verdict: VerdictCode };

/** Growth targets stated as a number (%): the only ones a shared percentage axis can show. */
type BarRow = Pick<TargetSummary, 'id' | 'measure' | 'value' | 'qualifier' | 'verdict' | 'indicator'>;

export function growthBars<Row extends BarRow>(rows: readonly Row[], locale: Locale, label: (row: Row) => string = (row) => pick(locale, row.indicator.nameZh, row.indicator.nameEn)): BarDatum[] {
  return rows
    .filter((row) => row.measure === 'growth' && row.value !== null && row.qualifier !== 'qualitative' && row.qualifier !== 'relative')
    .map((row) => ({ id: row.id, label: label(row), target: row.value, actual: row.verdict.actual?.unit === '%' ? row.verdict.actual.value : null, verdict: finalStatus(row.verdict).code }));
}
