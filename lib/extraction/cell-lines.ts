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
// Round 22 (rules22c): a PDF's text layer spaces a figure from its bound ("3200 以上", "6 左右").
const FIGURE = /^[-−]?\d+(?:\.\d+)?%? ?(?:以上|以内|左右)?$/;
const UNIT = /^(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|公斤|亩|公顷|个|家|千瓦时|平方公里|人次|元\/人)|[—–-]+|[(（][^()（）]{1,6}[)）])$/;
// Round 16 (rules16c): a plan report's table may end each row on how the plan went ("2023年计划" / "2023年完成" / "完成计划情况":
// "6" / "5.2" / "未完成"): a status word of that column is a cell of the row too, never its name (the row still needs a figure).
const STATUS = /^(?:未|基本|超额|已|全面|圆满)?完成(?:计划|目标|任务)?$|^(?:未达|达到|超过|低于|高于)(?:计划|预期|目标)$/;
// Round 22 (rules22c): …and a target column may hold the target's wording where it has no figure ("完成市下达任务", "与经济增长同步").
const WORDING = /^(?:全面|确保)?完成[\u4e00-\u9fff]{0,8}?(?:下达|(?<=[省市州盟]|上级)定)的?[\u4e00-\u9fff]{0,6}?(?:目标任务|任务|目标)$|^[\u4e00-\u9fff]{0,6}同步$/;
const MIN_ROWS = 2;
const WIDTHS = [3, 4, 5, 6, 7, 8];
// Round 22 (rules22c): a PDF's table set in narrow columns wraps its longer cells, so the text layer gives some cells on two
// lines: a column's year over its word ("2024年" / "预计完成"), a long name over its rest ("城镇常住居民人均可支" / "配收入增速");
// and a table may open on a 序号 column, each row on its number ("序号" / "指标名称" / … then "3" / "固定资产投资增速" / …).
// The rows are then read by their cells, not by a count of lines: the line break inside a wrapped cell is dropped (read as an
// invisible character, one for one), those between cells are read as tabs.
const SEQUENCE = /^(?:序号|编号)$/;
const YEAR_HEAD = /^(?:19|20)\d{2} ?年度?$/;
const COLUMN_WORD = /^(?:计划|目标|预期目标|预期|完成|预计完成|预计|实际完成|实际|计划目标|目标值|预计数|执行数)$/;
const ROW_NUMBER = /^\d{1,2}[.、]?$/;
// A name wrapped by its column is one of the longer ones: its first line fills the column.
const WRAPPED_NAME = 8;

type Line = { text: string; end: number };

/** Positions of the line breaks to read as tabs (between the cells of tables copied one cell a line), and of those inside a cell. */
export function cellLineBreaks(text: string): { tabs: number[]; joins: number[] } {
  const tabs: number[] = [];
  const joins: number[] = [];
  if (!/(?:^|\n)[ \t]*(?:主要)?(?:指标|项目)/.test(text)) return { tabs, joins };
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ text: text.slice(start, end).replace(/\r$/, '').trim(), end });
    if (newline === -1) break;
    start = newline + 1;
  }
  for (let index = 0; index < lines.length; index += 1) {
    const numbered = SEQUENCE.test(lines[index]!.text) && HEADER.test(lines[index + 1]?.text ?? '');
    if (!numbered && !HEADER.test(lines[index]!.text)) continue;
    let last = index;
    while (last + 1 < lines.length && lines[last + 1]!.text !== '' && lines[last + 1]!.text.length <= CELL_MAX && !/[。;；,，:：]/.test(lines[last + 1]!.text)) last += 1;
    const table = readTable(lines, index, last, numbered);
    if (!table) continue;
    for (const cells of table.rows) {
      cells.forEach((cell, at) => {
        cell.slice(0, -1).forEach((line) => joins.push(lines[line]!.end));
        if (at < cells.length - 1) tabs.push(lines[cell.at(-1)!]!.end);
      });
    }
    index = table.end;
  }
  return { tabs, joins };
}

/** The header and rows (each cell its lines) of the narrowest width whose rows come out whole, and the table's last line. */
function readTable(lines: Line[], from: number, last: number, numbered: boolean): { rows: number[][][]; end: number } | null {
  for (const width of WIDTHS) {
    const header: number[][] = [];
    let at = from;
    while (header.length < width && at <= last) {
      const wrapped = YEAR_HEAD.test(lines[at]!.text) && at + 1 <= last && COLUMN_WORD.test(lines[at + 1]!.text);
      header.push(wrapped ? [at, at + 1] : [at]);
      at += wrapped ? 2 : 1;
    }
    // The header's cells name columns: none is a bare figure.
    if (header.length < width || header.slice(1).some((cell) => FIGURE.test(lines[cell[0]!]!.text))) continue;
    const rows = [header];
    for (;;) {
      const row = readRow(lines, at, last, width, numbered);
      if (!row) break;
      rows.push(row);
      at = row.at(-1)!.at(-1)! + 1;
    }
    if (rows.length - 1 >= MIN_ROWS) return { rows, end: at - 1 };
  }
  return null;
}

/** One row of `width` cells from line `at`: its number (in a numbered table), its name (maybe wrapped), then figures, units, statuses. */
function readRow(lines: Line[], at: number, last: number, width: number, numbered: boolean): number[][] | null {
  const cells: number[][] = [];
  const text = (line: number) => lines[line]!.text;
  if (numbered) {
    if (at > last || !ROW_NUMBER.test(text(at))) return null;
    cells.push([at]);
    at += 1;
  }
  const nameLike = (line: number) => line <= last && !/\d/.test(text(line)) && /[\u4e00-\u9fff]/.test(text(line)) && !STATUS.test(text(line)) && !UNIT.test(text(line));
  if (!nameLike(at)) return null;
  const wrapped = text(at).length >= WRAPPED_NAME && nameLike(at + 1);
  cells.push(wrapped ? [at, at + 1] : [at]);
  at += wrapped ? 2 : 1;
  const rest: string[] = [];
  while (cells.length < width) {
    if (at > last) return null;
    const cell = text(at);
    if (!FIGURE.test(cell) && !UNIT.test(cell) && !STATUS.test(cell) && !(rest.length > 0 && WORDING.test(cell))) return null;
    rest.push(cell);
    cells.push([at]);
    at += 1;
  }
  return rest.some((cell) => FIGURE.test(cell)) ? cells : null;
}
