import type { Range } from './sections';
// Round 28 (rules28b): a short item posted in the session's month and cut down to its box of targets ("县人大会议胜利闭幕" over a date line
// and "●地区生产总值增长6%" …, with no heading over the box): the session sets the year's targets, and nothing in the item looks back, so
// its figures are the targets the report proposed, never last year's results (read so, a box of targets was filed as outcomes).

// The session named near the top: the people's congress sitting (an explainer of the work report names no sitting).
const SESSION_NEWS = /人代会|人大会议|人民代表大会[^。\n]{0,12}?会议|人大[一二三四五六七八九十]+次会议/;
// A date in January to March, when county sessions sit ("2026-01-21", "2026年2月27日").
const SESSION_MONTH_DATE = /(?:19|20)\d{2}(?:[-/.]|年 ?)0?[123](?:[-/.]|月)/;
// Any word of a look back or a result: then the item is no bare box of targets.
const LOOKS_BACK = /去年|上年|过去|一年来|回顾|回望|回首|成绩|成就|同比|比上年|按年|预计|实现了|完成了|达到了|取得/;
// The first line that states a target's figure.
const FIGURE_LINE = /(?:^|\n)[^\n]{0,30}?(?:增长|达到|控制在|稳定在|保持在|下降|降低)\s?-?\d/;
// Short: an item cut to its box, not an article (whose look back and plan the section rules find).
const MAX_BOX_TEXT = 1200;
const HEAD = 400;
const MAX_BOX_LINE = 40;

/** The box of targets of a short session item with no look back (from its first figure line to the end), or null. */
export function sessionTargetBox(text: string, rawTop: string): Range | null {
  if (text.length > MAX_BOX_TEXT) return null;
  const head = `${text.slice(0, HEAD)}\n${rawTop}`;
  if (!SESSION_NEWS.test(head) || !SESSION_MONTH_DATE.test(head) || LOOKS_BACK.test(text)) return null;
  const first = FIGURE_LINE.exec(text);
  if (!first) return null;
  const start = first.index + first[0].search(/[^\n]/);
  // A box: short lines without a full stop from the first figure on; a sentence there is an article's prose, whose subject (全市, a
  // town) the box rule does not ask about.
  if (text.slice(start).split('\n').some((line) => line.length > MAX_BOX_LINE || line.includes('。'))) return null;
  return { start, end: text.length };
}
