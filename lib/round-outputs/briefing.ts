// The 督查通报 summary of a round, generated from its pace verdicts:
// "列入本次通报的量化指标N项，达到序时进度X项、占比Y%；未达到序时进度的为：…"
// (the wording of published government-office briefings). Quantified targets count
// 达到序时进度 and 已完成 as on pace; those not yet reported or not comparable are
// named separately rather than dropped, so N always adds up. Key tasks get their own
// sentence with the reviewer's judgments (a task's pace is only ever 已完成, 达到序时进度,
// 滞后, 待填报 or, once reported, 待研判: lib/verdict/pace.ts's judgment rule). Pure: the round page and the DOCX call it.
import { fillTemplate } from '@/lib/export/columns';
import type { Locale } from '@/lib/i18n/locale';
import { Exact } from '@/lib/numbers/parse-decimal';
import { isAwaitingJudgment, type PaceCode } from '@/lib/verdict/pace';
import { outputText, type OutputText } from './text';
import type { RoundSummary, RoundSummaryItem } from './types';
import { isOverdueUnreported, itemWords, leadUnit, progressWords, unreportedWords } from './words';

/** X of N as a percentage with one decimal, rounded half up on the exact ratio: 2/3 → "66.7", 1/16 → "6.3". */
export function sharePercent(part: number, whole: number): string {
  if (whole === 0) return '0.0';
  return new Exact(part).times(100).dividedBy(whole).toFixed(1, Exact.ROUND_HALF_UP);
}

const ON_PACE: ReadonlySet<PaceCode> = new Set(['on_pace', 'done']);

export function briefingText(summary: RoundSummary, locale: Locale): string {
  const text = outputText(locale);
  const quantified = summary.items.filter((item) => item.group === 'target');
  const tasks = summary.items.filter((item) => item.group === 'task');
  const sentences = [quantifiedSentence(quantified, summary, locale, text)];
  if (tasks.length > 0) sentences.push(taskSentence(tasks, summary, locale, text));
  return sentences.join(locale === 'en' ? ' ' : '');
}

function quantifiedSentence(items: RoundSummaryItem[], summary: RoundSummary, locale: Locale, text: OutputText): string {
  const b = text.briefing;
  if (items.length === 0) return b.none;
  const onPace = items.filter((item) => ON_PACE.has(item.pace.code)).length;
  let line = fillTemplate(b.quantified, { count: items.length, onPace, percent: sharePercent(onPace, items.length) });
  if (onPace === items.length) line += b.allOnPace;
  const named = (codes: PaceCode[]) => items.filter((item) => codes.includes(item.pace.code));
  const list = (chosen: RoundSummaryItem[]) => chosen.map((item) => listed(item, summary, locale, text)).join(b.listSeparator);
  const behind = named(['behind_pace']);
  if (behind.length > 0) line += fillTemplate(b.behind, { list: list(behind) });
  // Past the due date with nothing reported is named as such, apart from those still within time.
  const pending = named(['pending']);
  const overdue = pending.filter(isOverdueUnreported);
  if (overdue.length > 0) line += fillTemplate(b.overdue, { list: list(overdue) });
  const waiting = pending.filter((item) => !isOverdueUnreported(item));
  if (waiting.length > 0) line += fillTemplate(b.pending, { list: list(waiting) });
  const notComparable = named(['not_comparable']);
  if (notComparable.length > 0) line += fillTemplate(b.notComparable, { list: list(notComparable) });
  return line + b.end;
}

function taskSentence(items: RoundSummaryItem[], summary: RoundSummary, locale: Locale, text: OutputText): string {
  const b = text.briefing;
  const count = (code: PaceCode) => items.filter((item) => item.pace.code === code).length;
  // A pending task whose units have reported waits for the reviewer, not for the unit: counted apart.
  const awaiting = items.filter((item) => isAwaitingJudgment(item.pace)).length;
  let line = fillTemplate(b.tasks, {
    count: items.length, done: count('done'), onPace: count('on_pace'), lagging: count('lagging'), pending: count('pending') - awaiting,
  });
  if (awaiting > 0) line += fillTemplate(b.tasksAwaiting, { awaiting });
  const lagging = items.filter((item) => item.pace.code === 'lagging');
  // A task's narrative is a paragraph: the list names the task and its lead unit only.
  if (lagging.length > 0) line += fillTemplate(b.lagging, { list: lagging.map((item) => listed({ ...item, progress: null, overdueDays: 0 }, summary, locale, text)).join(b.listSeparator) });
  const overdue = items.filter((item) => item.pace.code !== 'lagging' && isOverdueUnreported(item));
  if (overdue.length > 0) line += fillTemplate(b.overdueTasks, { list: overdue.map((item) => listed(item, summary, locale, text)).join(b.listSeparator) });
  return line + b.end;
}

/** "地区生产总值增长6%以上（上半年累计增长2.9%，区发展改革委牵头）"; unreported and late: "…（逾期874天未报送，…）". */
function listed(item: RoundSummaryItem, summary: RoundSummary, locale: Locale, text: OutputText): string {
  const b = text.briefing;
  const name = itemWords(item, locale);
  const lead = leadUnit(item);
  const figure = progressWords(item.progress, summary.round.period, locale, text) ?? (isOverdueUnreported(item) ? unreportedWords(item, text) : null);
  if (figure && lead) return fillTemplate(b.itemWithFigure, { item: name, figure, lead });
  if (figure) return fillTemplate(b.itemWithFigureNoLead, { item: name, figure });
  if (lead) return fillTemplate(b.itemLead, { item: name, lead });
  return name;
}
