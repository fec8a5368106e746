// How an item's units and progress read in the 汇总表 and the 督查通报: one place,
// so the table and the briefing say the same thing.
import { fillTemplate } from '@/lib/export/columns';
import type { Locale } from '@/lib/i18n/locale';
import { recorded } from '@/lib/verdict/explain';
import { periodName, type CumulativePeriod } from '@/lib/verdict/period';
import type { OutputText } from './text';
import type { RoundProgress, RoundSummaryItem } from './types';

/** "区发展改革委（牵头）、区统计局": the lead first, then the co-units in the given order. */
export function unitsWords(item: RoundSummaryItem, text: OutputText): string {
  if (item.units.length === 0) return text.noUnits;
  const ordered = [...item.units.filter((unit) => unit.role === 'lead'), ...item.units.filter((unit) => unit.role !== 'lead')];
  return ordered.map((unit) => (unit.role === 'lead' ? `${unit.shortName}${text.leadMark}` : unit.shortName)).join(text.unitSeparator);
}

export function leadUnit(item: RoundSummaryItem): string | null {
  return item.units.find((unit) => unit.role === 'lead')?.shortName ?? null;
}

/** "上半年累计增长2.9%", "上半年累计0.8万人", or the narrative as written; null when nothing was reported. */
export function progressWords(progress: RoundProgress | null, period: CumulativePeriod, locale: Locale, text: OutputText): string | null {
  if (!progress) return null;
  if (progress.kind === 'narrative') return progress.text;
  const name = periodName(period)[locale];
  if (progress.measure === 'growth') {
    const negative = progress.value.startsWith('-');
    return fillTemplate(negative ? text.growthDown : text.growthUp, { period: name, value: negative ? progress.value.slice(1) : progress.value });
  }
  return fillTemplate(text.level, { period: name, value: recorded(progress.value, progress.unit, locale) });
}

/** Nothing reported and the due date passed: named 逾期未报送, never left out of a list of what is wrong. */
export function isOverdueUnreported(item: RoundSummaryItem): boolean {
  return item.progress === null && (item.overdueDays ?? 0) > 0;
}

/** "逾期874天未报送" for an overdue item with nothing reported, else "未填报". */
export function unreportedWords(item: RoundSummaryItem, text: OutputText): string {
  if (!isOverdueUnreported(item)) return text.notReported;
  const days = item.overdueDays ?? 0;
  return fillTemplate(days === 1 ? text.overdueOneDay : text.overdue, { days });
}

/**
 * The 推进情况 cell: the progress, then its source on its own line, then the other units' notes,
 * then which units' submissions were returned for changes (so none reads as accepted).
 */
export function progressCell(item: RoundSummaryItem, period: CumulativePeriod, locale: Locale, text: OutputText): string {
  const { progress } = item;
  const words = progressWords(progress, period, locale, text);
  const lines = words === null || !progress ? [unreportedWords(item, text)] : [words];
  if (progress?.source) lines.push(fillTemplate(text.source, { source: progress.source }));
  const returned = item.returned?.length ? [fillTemplate(text.returned, { units: item.returned.join(text.unitSeparator) })] : [];
  return [...lines, ...item.notes, ...returned].join('\n');
}

/**
 * The target or task as the report wrote it, without a closing full stop (it goes inside
 * a sentence); in English the item's name first, the Chinese wording quoted after it.
 */
export function itemWords(item: RoundSummaryItem, locale: Locale): string {
  const written = item.asWritten.trim().replace(/[。；;.，,]+$/u, '');
  return locale === 'en' ? `${item.label.en} “${written}”` : written;
}
