// The summary a meeting paper states: "共11项：完成3项、基本完成1项、未完成2项、待更新5项".
// Counted from the final statuses as rows are written (a streamed file cannot know
// them before its last row), so writers put it after the rows, or per district group.
import type { Locale } from '@/lib/i18n/locale';
import { VERDICT_LABELS } from '@/lib/verdict/labels';
import { type StatusCounts, totalCount } from '@/lib/verdict/counts';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';
import { type ExportText, fillTemplate } from './columns';


// Always stated, even at zero, so the reader sees "未完成0项" rather than wondering;
// the other statuses only when present.
const ALWAYS: readonly VerdictCode[] = ['met', 'met_within_tolerance', 'missed', 'pending'];

export function summaryLine(counts: StatusCounts, locale: Locale, text: Pick<ExportText, 'summary'>): string {
  const total = totalCount(counts);
  const items = VERDICT_CODES.filter((code) => ALWAYS.includes(code) || counts[code] > 0)
    .map((code) => fillTemplate(text.summary.item, { label: VERDICT_LABELS[code][locale], count: counts[code] }));
  return fillTemplate(text.summary.total, { count: total }) + items.join(text.summary.separator);
}
