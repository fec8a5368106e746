// Round 17 (rules17b): a post's list that names each indicator on a line of its own and gives what it leads to on the next,
// behind an arrow ("地区生产总值" over "➡️ 增长5.5%左右", "城镇新增就业" over "→ 3000人以上"). The arrow is dropped, so the line
// below opens on the figure and is read as the name's, as a name's figure on the next line is; the line break stays, so a
// card's second-line wording is still refused unless handed down ("➡️ 止跌回稳" no, "➡️ 完成市下达目标任务" yes). The name
// line is a bare name: Chinese characters only (no figure, no punctuation, no bullet), as a heading with its year or a
// sentence never is; an arrow under anything else stays where it is.
const ARROW = /^[ \t]*[\u2192\u21d2\u2794\u279c\u27a1\u27a4\u27f6][\ufe0f]?[ \t]*(?=\S)/;
const BARE_NAME = /^[\u4e00-\u9fff]{2,20}$/;

type Line = { text: string };

/** Arrow lines under a bare name: index → the arrow's length (dropped), the line kept. */
export function arrowContinuations(lines: Line[], furniture: boolean[]): Map<number, { prefixLength: number; join: boolean }> {
  const result = new Map<number, { prefixLength: number; join: boolean }>();
  lines.forEach((line, index) => {
    const arrow = ARROW.exec(line.text);
    const above = lines[index - 1];
    if (!arrow || !above || furniture[index] || furniture[index - 1] || !BARE_NAME.test(above.text.trim())) return;
    result.set(index, { prefixLength: arrow[0].length, join: false });
  });
  return result;
}

// Round 18 (rules18a): …and a post's list that gives the name and what it leads to on one line, an arrow between them
// ("🔹地区生产总值 ➡️ 增长6%左右", "· 城镇新增就业 → 8000人以上"): the arrow (with the spaces around it) is dropped, so the name
// and its figure read as one clause, as a colon-less "地区生产总值增长6%左右" does. The name is a bare name behind at most a
// bullet (no figure, no punctuation), and something must follow the arrow; an arrow after a sentence or a figure
// ("增长5.5% → 6%") stays where it is.
const INLINE_ARROW = /^([^\u4e00-\u9fff\d\n]{0,4}[\u4e00-\u9fff]{2,20})([ \t]*[\u2192\u21d2\u2794\u279c\u27a1\u27a4\u27f6]\ufe0f?[ \t]*)(?=[\u4e00-\u9fff\d])/;

/** The arrow between a bare name and what it leads to on one line: where it starts and its length, or null. */
export function inlineArrow(line: string): { at: number; length: number } | null {
  const match = INLINE_ARROW.exec(line);
  return match ? { at: match[1]!.length, length: match[2]!.length } : null;
}
