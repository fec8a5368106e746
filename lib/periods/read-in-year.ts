// The period of a part-year figure as reports write it ("1—11月", "上半年", "截至10月底",
// "前10个月") read as months elapsed from January, or the reason it cannot be filed as
// in-year progress. In-year figures are cumulative 1—N月 (lib/verdict/period.ts): a
// quarter other than the first (二季度), a half other than the first (下半年), one month
// (10月份) or a span not starting in January (3—5月) is not, and stays skipped. Pure.
import { normalizeWidth } from '@/lib/text/normalize-width';
import { ANNUAL_PERIOD, parsePeriod } from '@/lib/verdict/period';

export type InYearPeriodReading = { ok: true; months: number } | { ok: false; reason: 'not_cumulative' | 'whole_year' | 'unreadable' };

const SMALL_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

// "截至10月底", "截至10月末", "截止到10月": the months up to the end of month N.
const UP_TO = /^截(?:至|止)(?:到)?(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|份)?$/;
// "前10个月", "前三个月", "前11月".
const FIRST_MONTHS = /^前(\d{1,2}|[一二三四五六七八九十]{1,3})个?月$/;
// "10月末": the end of month N, as of which a cumulative figure is stated.
const MONTH_END = /^(\d{1,2})月(?:底|末)$/;
// Periods that do not start in January.
const NOT_FROM_JANUARY = /^(?:下半年|第?[二三四2-4]季度|(?:[2-9]|1[0-2])(?:-(?:[2-9]|1[0-2]))?月份?)$/;

function monthCount(text: string): number | null {
  const months = /^\d+$/.test(text) ? Number(text) : (SMALL_NUMERALS[text] ?? null);
  return months !== null && Number.isInteger(months) && months >= 1 && months <= 12 ? months : null;
}

function inYear(months: number | null): InYearPeriodReading {
  if (months === null) return { ok: false, reason: 'unreadable' };
  return months === ANNUAL_PERIOD ? { ok: false, reason: 'whole_year' } : { ok: true, months };
}

export function readInYearPeriod(written: string): InYearPeriodReading {
  const text = normalizeWidth(written).trim().replace(/\s+/g, '').replace(/[—–－~～至到]/g, (dash, at: number, all: string) => (all.startsWith('截') ? dash : '-'));
  const named = parsePeriod(text);
  if (named) return inYear(named.months);
  const upTo = UP_TO.exec(text) ?? FIRST_MONTHS.exec(text) ?? MONTH_END.exec(text);
  if (upTo) return inYear(monthCount(upTo[1]!));
  if (NOT_FROM_JANUARY.test(text)) return { ok: false, reason: 'not_cumulative' };
  return { ok: false, reason: 'unreadable' };
}
