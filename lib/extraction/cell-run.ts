// Round 16 (rules16c): a PDF's text layer may give a small table as one run of cells, one space apart, wrapped at the page's
// width like prose and joined again by the wrap reader: "指标 单位 2024 年目标 2024 年预计完成 地区生产总值增速 % 6 左右 5.8
// 外贸出口总额 亿元 8.5 9.14 实际使用外资 万美元 2 350 2 500 以上". No line is a row, so neither the tab reader nor the one-row-a-line
// space reader (space-cells.ts) sees a table, and the prose takes the first figure after each name (last year's target) or none.
// Here the run is parted into rows by its header: 指标 and 单位, then the columns' headings (a year's 目标/完成…), as many cells
// as a row then holds — a name without digits, its unit (which the wrap may have glued to the name, "外贸出口总额亿元"), and one
// cell per column: a figure with its qualifier ("6 左右"), a figure grouped by thousands ("2 350"), a dash, or words ("完成市下达
// 任务"). The run is read while whole rows follow; anything else ends it.

export type RunCell = { text: string; start: number; end: number };

const HEADER_NAME = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
const COLUMN_HEADING = /^(?:(?:19|20)\d{2} ?年)?(?:预计|实际|全年)?(?:完成|目标|计划|预期目标|预期|增长|增速|执行)(?:情况|数)?(?:\(%\))?$|^(?:19|20)\d{2} ?年$/;
const UNIT = /^(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|公斤|亩|公顷|个|家|人次))$/;
const GLUED_UNIT = /(?:%|‰|[万亿千百]?(?:美元|元|人次|人|户|吨|公斤|斤|亩|公顷|家))$/;
const FIGURE = /^-?\d+(?:\.\d+)?%?(?: ?(?:左右|以上|以内|以下))?$/;
const WORDS = /^[^\d\s]{2,12}$/;
const DASH = /^[—–-]+$/;
const QUALIFIER = /^(?:左右|以上|以内|以下)$/;
const MIN_ROWS = 2;
const MAX_RUN = 2000;

/**
 * The rows of a table given as one run of cells from `lineStart` in `text` (its header first; the run may go on over line breaks
 * the wrap reader left), each cell with its offsets in the text, and where the run's last cell ends. A thousands-grouped
 * figure's text is without its space. Null when no such run starts there.
 */
export function cellRun(text: string, lineStart: number): { rows: RunCell[][]; end: number } | null {
  const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
  if (!/^\s*(?:主要)?(?:指标|项目)(?:名称)? 单位 /.test(text.slice(lineStart, lineEnd))) return null;
  // The run ends at a blank line or at a sentence's punctuation.
  const stop = /\n\s*\n|[\t|。;:]/.exec(text.slice(lineStart, lineStart + MAX_RUN));
  const cells = tokens(text.slice(lineStart, lineStart + (stop ? stop.index : MAX_RUN)), lineStart);
  let width = 2;
  while (width < cells.length && COLUMN_HEADING.test(cells[width]!.text)) width += 1;
  if (!HEADER_NAME.test(cells[0]!.text) || width < 4) return null;
  const rows: RunCell[][] = [cells.slice(0, width)];
  let at = width;
  for (;;) {
    const row = rowAt(cells, at, width);
    if (!row) break;
    rows.push(row.cells);
    at = row.next;
  }
  return rows.length > MIN_ROWS ? { rows, end: rows.at(-1)!.at(-1)!.end } : null;
}

/** The row whose name is cells[at], and where the next row starts; null when no whole row stands there. */
function rowAt(cells: RunCell[], at: number, width: number): { cells: RunCell[]; next: number } | null {
  const head = nameAt(cells, at);
  if (!head) return null;
  // The row's cells run to the next row's name (or the run's end).
  let end = head.next;
  while (end < cells.length && !nameAt(cells, end) && (FIGURE.test(cells[end]!.text) || DASH.test(cells[end]!.text) || WORDS.test(cells[end]!.text))) end += 1;
  const values = cells.slice(head.next, end);
  // "2 350": a figure grouped by thousands is one cell, where the row has a cell too many without it (a table of small figures
  // beside three-digit ones, "6 100", keeps them apart when the row comes out whole).
  for (let index = 0; index + 1 < values.length && values.length > width - 2; index += 1) {
    const [high, low] = [values[index]!, values[index + 1]!];
    if (!/^-?\d{1,3}$/.test(high.text) || !/^\d{3}(?:\.\d+)?%?(?: (?:左右|以上|以内|以下))?$/.test(low.text) || low.start !== high.end + 1) continue;
    values.splice(index, 2, { text: `${high.text}${low.text}`, start: high.start, end: low.end });
  }
  if (values.length !== width - 2 || !values.some((cell) => FIGURE.test(cell.text))) return null;
  return { cells: [...head.cells, ...values], next: end };
}

/** The name and unit cells of a row starting at cells[at] (the unit may be glued to the name by the wrap: "外贸出口总额亿元"). */
function nameAt(cells: RunCell[], at: number): { cells: RunCell[]; next: number } | null {
  const name = cells[at];
  if (!name || /\d/.test(name.text) || !/[\u4e00-\u9fff]{2}/.test(name.text)) return null;
  if (cells[at + 1] && UNIT.test(cells[at + 1]!.text)) return { cells: [name, cells[at + 1]!], next: at + 2 };
  const glued = GLUED_UNIT.exec(name.text);
  const after = cells[at + 1]?.text ?? '';
  if (!glued || glued.index < 2 || !(FIGURE.test(after) || DASH.test(after) || WORDS.test(after))) return null;
  const split = name.start + glued.index;
  return { cells: [{ text: name.text.slice(0, glued.index), start: name.start, end: split }, { text: glued[0], start: split, end: name.end }], next: at + 1 };
}

/** The line's cells at single spaces, with a year and its 年…, and a figure and its qualifier, kept together. */
function tokens(line: string, lineStart: number): RunCell[] {
  const cells: RunCell[] = [];
  for (const match of line.matchAll(/\S+/g)) {
    const token = { text: match[0], start: lineStart + match.index, end: lineStart + match.index + match[0].length };
    const previous = cells.at(-1);
    const adjacent = previous !== undefined && token.start === previous.end + 1;
    if (adjacent && ((/^(?:19|20)\d{2}$/.test(previous.text) && /^年/.test(token.text)) || (QUALIFIER.test(token.text) && /\d%?$/.test(previous.text)))) {
      cells[cells.length - 1] = { text: `${previous.text} ${token.text}`, start: previous.start, end: token.end };
    } else cells.push(token);
  }
  return cells;
}
