// Walks a range of prepared text and pairs every indicator mention with the figure
// (or wording) that follows it. Both the target and the outcome readers build on this.
import { parseFigure, type FigureResult } from './figure-parser';
import { findMentions, type Mention } from './indicator-matcher';
import type { Range } from './sections';

export type Reading = {
  keys: string[];
  /** Start of the first mention, end of the last one ("实际使用外商直接投资额、出口总额"). */
  start: number;
  mentionEnd: number;
  result: FigureResult;
  /** Text between the clause start and the mention: lead-in words only, or a sub-item's subject. */
  prefix: string;
  /** No punctuation before the mention, only the previous figure ("…增长5%农林牧渔业…"). */
  runTogether: boolean;
};

const BOUNDARY = /[,;。!?:\n、]/;
const LIST_JOINER = /^(?:、|和|及|以及)$/;
const LIST_MARKERS = /^(?:\s|[(][一二三四五六七八九十\d]+[)]|\d+[.、)]|[一二三四五六七八九十]+[、是])+/;
// Words that may open a clause before a headline figure. Anything else ("“1+2”主导产业实现",
// "新增涉旅", "占全区") makes the figure a sub-item's, which is not proposed.
const LEAD_IN = new RegExp(
  '^(?:\\s|[(][一二三四五六七八九十\\d]+[)]|\\d+[.、)]|[一二三四五六七八九十]+[、是]|全年|全区|全市|全县|全镇|全域|我区|本区|' +
    '城市|城区|环境|完成|实现|确保|力争|预计|年内|今年|其中|一年来|去年|同时|和|及|以及)*$',
);

export function scanFigures(text: string, range: Range): Reading[] {
  const mentions = findMentions(text, range.start, range.end);
  const readings: Reading[] = [];
  let lastEnd = range.start;
  for (let i = 0; i < mentions.length; i += 1) {
    const first = mentions[i]!;
    if (first.start < lastEnd) continue;
    // Gather "A、B" lists: one wording or a 分别 series for all of them.
    const group: Mention[] = [first];
    while (i + 1 < mentions.length && LIST_JOINER.test(text.slice(group[group.length - 1]!.end, mentions[i + 1]!.start))) {
      group.push(mentions[i + 1]!);
      i += 1;
    }
    const keys = group.flatMap((mention) => mention.keys);
    const mentionEnd = group[group.length - 1]!.end;
    const result = parseFigure(text, mentionEnd, keys.length);
    const clauseStart = Math.max(lastBoundary(text, first.start), lastEnd);
    readings.push({
      keys,
      start: first.start,
      mentionEnd,
      result,
      prefix: text.slice(clauseStart, first.start),
      runTogether: lastEnd === first.start && lastEnd > range.start && !BOUNDARY.test(text[lastEnd - 1] ?? ''),
    });
    if (result.kind !== 'none') lastEnd = Math.min(result.end, range.end);
  }
  return readings;
}

export function isLeadIn(prefix: string): boolean {
  return LEAD_IN.test(prefix);
}

/** Where a quote starts: lead-in words read with the figure ("全年地区生产总值…"), list markers do not. */
export function leadInStart(reading: Reading): number {
  if (!isLeadIn(reading.prefix)) return reading.start;
  return reading.start - reading.prefix.replace(LIST_MARKERS, '').length;
}

function lastBoundary(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i -= 1) if (BOUNDARY.test(text[i]!)) return i + 1;
  return 0;
}

/** Text from `from` to the end of its clause (for wordings like "促稳提质"). */
export function clauseRest(text: string, from: number, limit: number): { text: string; end: number } {
  let end = from;
  while (end < limit && !BOUNDARY.test(text[end]!)) end += 1;
  return { text: text.slice(from, end), end };
}

/** Number of catalogue figures in the paragraph around `position`: a headline summary has several. */
export function figuresInParagraph(readings: Reading[], text: string, position: number): number {
  const start = text.lastIndexOf('\n', position) + 1;
  const newline = text.indexOf('\n', position);
  const end = newline === -1 ? text.length : newline;
  return readings.filter((reading) => reading.start >= start && reading.start < end && reading.result.kind === 'figure').length;
}
