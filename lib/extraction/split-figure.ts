// Round 14 (rules14a): a PDF's line break may fall inside a figure or inside the verb before it, whatever the
// line's length or what opens it (a "——" item is no heading when it ends like this): "…增长5." over "8%,完成…",
// "…其中工业投资增" over "长9.7%。", "…比上年下" over "降2.1%". No heading or row ends on half a number or half a
// verb, so such a line goes on in the next one.

// A decimal cut after its point, a word right before the number ("增长5." / "8%"), the rest a figure with its unit.
const CUT_DECIMAL = /[\u4e00-\u9fff]\s?\d+\.$/;
const DECIMAL_REST = /^\d+\s?(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|千瓦时))/;
// Round 17 (rules17a): …or the decimal's integer part alone on its line ("…生产总值完成" / "527." / "36亿元、增长…"): an item's number
// is never three digits, nor followed by a figure with its unit.
const LONE_CUT_DECIMAL = /^\d{3,}\.$/;
// …or a whole number cut between its digits after a word or an enumeration comma ("…分别达到47160元、24" / "380元,…"): the rest opens
// the next line, digits and the unit, with no word between.
const CUT_INTEGER = /[\u4e00-\u9fff、,，]\d{1,4}$/;
const INTEGER_REST = /^\d+(?:\.\d+)?\s?(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|千瓦时))/;
// The first character of a figure's verb, and the rest of it opening the next line before the figure.
const VERB_HALVES: Record<string, RegExp> = {
  增: /^长(?:了)?\s?(?:-?\d|百分之)/,
  下: /^降(?:了)?\s?(?:-?\d|百分之)/,
  降: /^低(?:了)?\s?(?:-?\d|百分之)/,
  达: /^到\s?(?:-?\d|百分之)/,
  完: /^成\s?(?:-?\d|百分之)/,
  实: /^现\s?(?:-?\d|百分之)/,
  控: /^制在\s?(?:-?\d|百分之)/,
  提: /^高(?:了)?\s?(?:-?\d|百分之)/,
  上: /^涨(?:了)?\s?(?:-?\d|百分之)/,
};

// A figure's qualifier on the next line ("…增长6%" / "左右;…"), or cut in halves ("…增长4%以" / "上;…"): no line opens on
// 左右 or 以上 but one that goes on from a figure.
const FIGURE_AT_END = /\d\s?(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|千瓦时))?$/;
const QUALIFIER_REST = /^(?:左右|以上|以内|以下|上下)\s*(?:[,，;；。、)）]|$)/;
const HALF_QUALIFIER = /\d\s?(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|千瓦时))?\s?(?:以|左)$/;
const QUALIFIER_HALF_REST: Record<string, RegExp> = { 以: /^(?:上|内|下)\s*(?:[,，;；。、)）]|$)/, 左: /^右\s*(?:[,，;；。、)）]|$)/ };

/** The line `written` was cut inside a figure, its verb or its qualifier, which `following` (the next content line) completes. */
export function cutInsideFigure(written: string, following: string): boolean {
  const end = written.trimEnd();
  const next = following.trimStart();
  if ((CUT_DECIMAL.test(end) || LONE_CUT_DECIMAL.test(end.trimStart())) && DECIMAL_REST.test(next)) return true;
  if (CUT_INTEGER.test(end) && INTEGER_REST.test(next)) return true;
  if (FIGURE_AT_END.test(end) && /[\u4e00-\u9fff]/.test(end) && QUALIFIER_REST.test(next)) return true;
  if (HALF_QUALIFIER.test(end) && QUALIFIER_HALF_REST[end.at(-1)!]!.test(next)) return true;
  const half = VERB_HALVES[end.at(-1) ?? ''];
  // The half verb ends a line of words ("工业投资增", "…亿元,增"), never stands alone.
  return half !== undefined && end.length >= 3 && half.test(next);
}

// Round 25 (rules25c): a page's last line cut between a number and its unit, the page number between them ("…可支配收入 17935" / "- 2 -" /
// "元,同比增长…"): no line opens on a bare unit and a stop but one that goes on from a number. Only across page furniture: a short line
// and a unit under it with nothing between may be a row and its note (round 12).
const NUMBER_AT_END = /[\u4e00-\u9fff]\s?\d+(?:\.\d+)?$/;
const UNIT_REST = /^(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|千瓦时))\s*(?:[,，;；。、)）]|$)/;

/** The line `written`, the last before a page break, ends on a number whose unit opens `following` (the next page's first line). */
export function cutFromUnitAcrossPage(written: string, following: string): boolean {
  return NUMBER_AT_END.test(written.trimEnd()) && UNIT_REST.test(following.trimStart());
}

// Round 28 (rules28c): a copy that loses the page's foot may glue its page number to the page's last figure, the unit opening the next
// page after the blank lines between ("…零售总额完成118.45 1" / "" / "亿元,增长5.3%"): a number of two or more places, a space and a
// number of one to three digits ending the line is the figure and the page number when a bare unit opens the next content line. A
// letter-spaced number ("完成2 1 3.6" over "亿元…", round 14) spaces single digits, never a whole figure.
const GLUED_PAGE_NUMBER = /[\u4e00-\u9fff] ?\d[\d.]*\d ([1-9]\d{0,2})$/;

/** The length of the page number glued after `written`'s last figure (its space included), whose unit opens `following`; 0 if none. */
export function gluedPageNumber(written: string, following: string): number {
  const glued = GLUED_PAGE_NUMBER.exec(written.trimEnd());
  return glued && UNIT_REST.test(following.trimStart()) ? glued[1]!.length + 1 + (written.length - written.trimEnd().length) : 0;
}
