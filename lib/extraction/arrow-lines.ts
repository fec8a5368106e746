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
