// Round 14 (rules14a): a table copied out of a PDF's text layer often comes one cell a line, without bars or tabs:
// "指标" / "单位" / "2024年计划" / "2024年预计" / "地区生产总值增速" / "%" / "6" / "5.4" / "出口总额" / "亿元" / … Read
// line by line, the names stand apart from their figures (a bare "6" even reads as a page number). When a run of
// short lines opens on a table's header cell (指标, 项目, 主要指标) and the lines after the header part into rows of the
// same width, each a name (no digit) and then only figures, units and dashes, the line breaks inside each row are
// read as tabs (one character for one: no offset moves) and the table reader (read-tables.ts) reads the rows by their
// header, as it reads a table copied with tabs. Anything else — a list of short headings, a run whose rows do not
// come out whole — is left as it stands.

const HEADER = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
const CELL_MAX = 24;
const FIGURE = /^[-−]?\d+(?:\.\d+)?%?(?:以上|以内|左右)?$/;
const UNIT = /^(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|公斤|亩|公顷|个|家|千瓦时|平方公里|人次|元\/人)|[—–-]+|[(（][^()（）]{1,6}[)）])$/;
// Round 16 (rules16c): a plan report's table may end each row on how the plan went ("2023年计划" / "2023年完成" / "完成计划情况":
// "6" / "5.2" / "未完成"): a status word of that column is a cell of the row too, never its name (the row still needs a figure).
const STATUS = /^(?:未|基本|超额|已|全面|圆满)?完成(?:计划|目标|任务)?$|^(?:未达|达到|超过|低于|高于)(?:计划|预期|目标)$/;
const MIN_ROWS = 2;
const WIDTHS = [3, 4, 5, 6, 7, 8];

/** Positions of the line breaks to read as tabs (inside the rows of tables copied one cell a line). */
export function cellLineBreaks(text: string): number[] {
  if (!/(?:^|\n)[ \t]*(?:主要)?(?:指标|项目)/.test(text)) return [];
  const lines: Array<{ text: string; end: number }> = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end).replace(/\r$/, '').trim(), end });
    if (newline === -1) break;
    start = newline + 1;
  }
  const breaks: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!HEADER.test(lines[index]!.text)) continue;
    let last = index;
    while (last + 1 < lines.length && lines[last + 1]!.text !== '' && lines[last + 1]!.text.length <= CELL_MAX && !/[。;；,，:：]/.test(lines[last + 1]!.text)) last += 1;
    const cells = lines.slice(index, last + 1).map((line) => line.text);
    for (const width of WIDTHS) {
      // The header's cells name columns: none is a bare figure.
      if (cells.length < width * (MIN_ROWS + 1) || cells.slice(1, width).some((cell) => FIGURE.test(cell))) continue;
      let rows = 0;
      for (let row = width; row + width <= cells.length; row += width) {
        const [name, ...rest] = cells.slice(row, row + width);
        if (/\d/.test(name!) || !/[\u4e00-\u9fff]/.test(name!) || STATUS.test(name!) || !rest.every((cell) => FIGURE.test(cell) || UNIT.test(cell) || STATUS.test(cell)) || !rest.some((cell) => FIGURE.test(cell))) break;
        rows += 1;
      }
      if (rows < MIN_ROWS) continue;
      for (let row = 0; row <= rows; row += 1) {
        for (let cell = 0; cell < width - 1; cell += 1) breaks.push(lines[index + row * width + cell]!.end);
      }
      index += (rows + 1) * width - 1;
      break;
    }
  }
  return breaks;
}
