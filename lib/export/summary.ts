// The summary a meeting paper states: "共11项：完成3项、基本完成1项、未完成2项、待更新5项".
// Counted from the final statuses as rows are written (a streamed file cannot know
// them before its last row), so writers put it after the rows, or per district group.
import type { Locale } from '@/lib/i18n/locale';
import { VERDICT_LABELS } from '@/lib/verdict/labels';
import { type StatusCounts, totalCount } from '@/lib/verdict/counts';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';
import { PACE_CODES, PACE_LABELS, type PaceCode } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import type { ScorecardRow } from '@/lib/scorecard/rows';
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

export type PaceCounts = Record<PaceCode, number>;

export function emptyPaceCounts(): PaceCounts {
  return Object.fromEntries(PACE_CODES.map((code) => [code, 0])) as PaceCounts;
}

/** Counts a row's pace verdict (a scorecard with a period gives every row one). */
export function countPace(counts: PaceCounts, row: ScorecardRow): void {
  if (row.pace) counts[row.pace.code] += 1;
}

// As a briefing states them: on pace, behind and not yet reported always, even at zero; the rest when present.
const PACE_ALWAYS: readonly PaceCode[] = ['on_pace', 'behind_pace', 'pending'];

/** The summary line, followed with a period by "；上半年序时进度：达到序时进度X项、未达到序时进度Y项、待填报Z项". */
export function summaryWithPace(line: string, pace: PaceCounts, period: number | undefined, locale: Locale, text: Pick<ExportText, 'summary' | 'paceSummary'>): string {
  if (period === undefined) return line;
  const items = PACE_CODES.filter((code) => PACE_ALWAYS.includes(code) || pace[code] > 0)
    .map((code) => fillTemplate(text.summary.item, { label: PACE_LABELS[code][locale], count: pace[code] }));
  return line + fillTemplate(text.paceSummary, { period: periodName({ months: period })[locale], items: items.join(text.summary.separator) });
}
