// In-year reporting periods are cumulative from January: 1—N月. Offices name the
// common ones by quarter (一季度 = 1—3月, 上半年 = 1—6月, 前三季度 = 1—9月) and the
// whole year 全年 (= 1—12月); everything else is written "1—N月" (1—11月). One
// parser and one namer, so a form, an import column and a heading agree.
import { normalizeWidth } from '@/lib/text/normalize-width';
import type { Bilingual } from './types';

/** The period of an annual figure: months 1—12, the year. Outcomes of periods 1..11 are in-year figures. */
export const ANNUAL_PERIOD = 12;

/** Months elapsed, 1..12, counted from January. */
export type CumulativePeriod = { months: number };

const NAMED: ReadonlyArray<{ months: number; zh: string; en: string; aliases: readonly string[] }> = [
  { months: 3, zh: '一季度', en: 'Q1', aliases: ['一季度', '第一季度', '1季度', 'q1'] },
  { months: 6, zh: '上半年', en: 'H1', aliases: ['上半年', 'h1'] },
  { months: 9, zh: '前三季度', en: 'Q1–Q3', aliases: ['前三季度', '1-3季度', 'q1-q3'] },
  { months: 12, zh: '全年', en: 'full year', aliases: ['全年', 'full year'] },
];

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isMonthCount(months: number): boolean {
  return Number.isInteger(months) && months >= 1 && months <= 12;
}

/** "上半年" / "H1"; otherwise "1—5月" / "Jan–May" ("1月" / "Jan" for one month). */
export function periodName(period: CumulativePeriod): Bilingual {
  const named = NAMED.find((entry) => entry.months === period.months);
  if (named) return { zh: named.zh, en: named.en };
  if (period.months === 1) return { zh: '1月', en: 'Jan' };
  return { zh: `1—${period.months}月`, en: `Jan–${EN_MONTHS[period.months - 1] ?? '?'}` };
}

/**
 * Reads a period as offices write it: 一季度, 上半年, 前三季度, 全年, 1-11月, 1—11月,
 * 1至11月, 1~11月, 1月; also Q1/H1. Null for anything else (the caller says why).
 */
export function parsePeriod(text: string): CumulativePeriod | null {
  const compact = normalizeWidth(text).trim().toLowerCase().replace(/\s+/g, ' ').replace(/[—–－~～至到]/g, '-');
  const named = NAMED.find((entry) => entry.aliases.includes(compact));
  if (named) return { months: named.months };
  const match = /^(?:1-)?(\d{1,2}) ?月(?:份)?$/.exec(compact) ?? /^1-(\d{1,2})$/.exec(compact);
  if (!match) return null;
  const months = Number(match[1]);
  // "3月" alone is the month, not 1—3月; only "1月" is both.
  if (!compact.startsWith('1-') && months !== 1) return null;
  return isMonthCount(months) ? { months } : null;
}
