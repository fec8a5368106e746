// The period a figure in the review queue covers, said in full so an in-year figure is
// never read as the year's: "上半年（1—6月）累计" / "H1 (Jan–Jun), cumulative",
// "1—5月累计" / "Jan–May, cumulative", "全年" / "Full year". Pure.
import { ANNUAL_PERIOD, periodName } from '@/lib/verdict/period';
import type { Bilingual } from '@/lib/verdict/types';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function figurePeriodLabel(periodMonths: number): Bilingual {
  if (periodMonths === ANNUAL_PERIOD) return { zh: '全年', en: 'Full year' };
  const name = periodName({ months: periodMonths });
  const months = periodMonths === 1 ? { zh: '1月', en: 'Jan' } : { zh: `1—${periodMonths}月`, en: `Jan–${EN_MONTHS[periodMonths - 1] ?? '?'}` };
  // A named period (一季度, 上半年, 前三季度) also gets its months; "1—5月" is its own name.
  if (name.zh === months.zh) return { zh: `${months.zh}累计`, en: `${months.en}, cumulative` };
  return { zh: `${name.zh}（${months.zh}）累计`, en: `${name.en} (${months.en}), cumulative` };
}
