// Round 28 (rules28c): a page break inside a paragraph's clause, copied as an empty line ("…完成固定资产投资增长9.2%;实现社会消费品" / "" /
// "零售总额15.74亿元,增长7.1%;…", a preview of a report that sets a blank line between its paragraphs): the clause's name and verb end
// one line, its figure opens the next. A paragraph's last clause names its figure; a line of prose whose last clause holds words but no
// figure, over a line whose first clause opens on words and holds a figure with its unit, is one clause cut in two, whatever the blank
// lines between (a heading or an item opens neither line: the caller checks).
const PROSE = /[。；;，,：:]/;
// The last clause: two or more Chinese characters after the last mark, no digit, no closing mark at the end.
const OPEN_LAST_CLAUSE = /(?:^|[。；;，,：:、])([^。；;，,：:、\d\s]{2,16})$/;
const CLOSES = /[。！？!?；;：:”’"」』)）]$/;
// The first clause: words, then a figure with its unit, before any mark.
const FIGURE_IN_FIRST_CLAUSE = /^[\u4e00-\u9fff][^。；;，,：:\n]{0,20}?\d+(?:\.\d+)?\s?(?:%|[万亿]?(?:元|美元|人|户|吨|亩|公顷))/;
const MIN_PROSE_LINE = 20;

/** `written` ends a line of prose inside a clause whose figure opens `following` (the next content line). */
export function cutBeforeFigure(written: string, following: string): boolean {
  const end = written.trim();
  if (end.length < MIN_PROSE_LINE || !PROSE.test(end) || CLOSES.test(end) || !OPEN_LAST_CLAUSE.test(end)) return false;
  return FIGURE_IN_FIRST_CLAUSE.test(following.trim());
}
