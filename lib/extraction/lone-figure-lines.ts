// Round 23 (rules23c): a PDF's text layer that sets every digit run (with its % or decimal point) on a line of its own, and
// some of the punctuation after it too ("地区生产总值增长" / "5.5%" / "左右;…", "分别增长" / "4.1%" / "、" / "2.6%" / "。"): the
// run was cut out of its sentence by a change of font, not by the page, so the lines around it are one clause. A lone
// number is also a page number, a table's cell copied one a line or a card's figure, so the layout is read only in a
// document where most lone numbers sit inside a clause (the line above open on a character or a list mark, the line
// below opening on the number's unit, qualifier or punctuation) and there are several of them; there every lone number
// is joined to the open line above it and to the line below when that goes on from it.
type Line = { text: string };

const LONE_FIGURE = /^-?\d+(?:\.\d+)?\s?[%‰]?$/;
// A mark that goes on to the next figure ("4.1%" / "、" / "2.6%"); a full stop or semicolon ends the clause.
const LISTING_MARK = /^[、,，]$/;
const ENDING_MARK = /^[。;；!！?？:：)）”]+$/;
// What goes on from a number: its unit, qualifier or the punctuation after it (and a date's 年/月/日).
const GOES_ON_FROM_FIGURE = /^(?:[%‰]|以上|以内|以下|左右|上下|[万亿千百]|[元人户吨斤亩家个倍项座所台辆]|公顷|公里|千瓦|美元|个百分点|[年月日]|[。,，、;；:：)）])/;
// The line above is open: it ends on a character or a listing mark, not on a sentence's end, a figure or a dash; and it is
// prose, not a site's bar of labels set apart by runs of spaces ("PDF   27页   下载12   免费文档").
const OPEN_END = /^(?:(?! {2}|\u3000).)*[\u4e00-\u9fff、,，(（]$/;
const MIN_LONE_FIGURES = 5;
const INSIDE_SHARE = 0.5;

/**
 * In a document whose digit runs stand on lines of their own: the lines (indices) that go on in the next line, and the
 * lines inside a clause that were taken for page furniture: a lone number ("6", "18": a page number's look; "5.5%" seen
 * on several lines: a running header's) and the line going on from it ("年稳定在": a running header's look, under a "page
 * number"). They are the clause's.
 */
export function loneFigureJoins(lines: Line[], furniture: boolean[]): { joins: Set<number>; kept: Set<number> } {
  const joins = new Set<number>();
  const kept = new Set<number>();
  // A blank line parts paragraphs, which no join crosses: it stays, and no test passes on it. A table's row never joins.
  const content: number[] = [];
  lines.forEach((line, index) => {
    if (!line.text.includes('\t')) content.push(index);
  });
  const text = (at: number) => lines[content[at]!]!.text.trim();
  const stated = (at: number) => !furniture[content[at]!] || kept.has(content[at]!);
  const lone: number[] = [];
  for (let at = 0; at < content.length; at += 1) if (LONE_FIGURE.test(text(at))) lone.push(at);
  const inside = (at: number) => at > 0 && at + 1 < content.length && stated(at - 1) && OPEN_END.test(text(at - 1)) && GOES_ON_FROM_FIGURE.test(text(at + 1));
  const insideCount = lone.filter(inside).length;
  if (insideCount < MIN_LONE_FIGURES || insideCount < lone.length * INSIDE_SHARE) return { joins, kept };
  for (const at of lone) {
    if (inside(at)) {
      kept.add(content[at]!);
      kept.add(content[at + 1]!);
    }
    if (!stated(at)) continue;
    if (at > 0 && stated(at - 1) && OPEN_END.test(text(at - 1))) joins.add(content[at - 1]!);
    if (at + 1 >= content.length) continue;
    const below = text(at + 1);
    if (LISTING_MARK.test(below)) {
      joins.add(content[at]!);
      kept.add(content[at + 1]!);
      // "4.1%" / "、" / "2.6%": the mark goes on to the next figure.
      if (at + 2 < content.length && LONE_FIGURE.test(text(at + 2))) joins.add(content[at + 1]!);
    } else if (ENDING_MARK.test(below) || GOES_ON_FROM_FIGURE.test(below)) {
      joins.add(content[at]!);
      kept.add(content[at + 1]!);
    }
  }
  return { joins, kept };
}
