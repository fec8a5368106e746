// The periods a figure can be recorded for, as the record form and the district page
// offer them: the year, then 1—N月 for N = 1..11, the quarters by their names
// (一季度 = 1—3月, 上半年 = 1—6月, 前三季度 = 1—9月). Names come from lib/verdict/period.ts.
import { ANNUAL_PERIOD, periodName } from '@/lib/verdict/period';
import type { Bilingual } from '@/lib/verdict/types';

export const IN_YEAR_PERIODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;

const QUARTERS = new Set([3, 6, 9]);
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "上半年（1—6月）" / "H1 (Jan–Jun)"; "1—5月" / "Jan–May"; the year is "年度" / "Full year". */
export function periodLabel(months: number): Bilingual {
  if (months === ANNUAL_PERIOD) return { zh: '年度', en: 'Full year' };
  const name = periodName({ months });
  if (!QUARTERS.has(months)) return name;
  return { zh: `${name.zh}（1—${months}月）`, en: `${name.en} (Jan–${EN_MONTHS[months - 1]})` };
}

/** Every choice, the year first. */
export function periodChoices(): { months: number; label: Bilingual }[] {
  return [ANNUAL_PERIOD, ...IN_YEAR_PERIODS].map((months) => ({ months, label: periodLabel(months) }));
}

/** Reads a ?period= value: 1..11, or null for the year / anything else. */
export function parsePeriodParam(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{1,2}$/.test(text)) return null;
  const months = Number(text);
  return months >= 1 && months <= 11 ? months : null;
}
