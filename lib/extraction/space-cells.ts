// Round 15 (rules15b): a PDF's text layer often keeps a table's cells one space apart, no tab, bar or run of spaces:
// "指标名称 单位 2023 年计划 完成数 增长(%)" over "外贸出口总额 万美元 10 4862 14.5 完成". Read as prose, a row is a name
// and a string of bare numbers, none bound to it (the figures only there were lost). When a header opens on a table's
// name cell (指标, 指标名称, 项目, 主要指标) with 单位 as its second cell, and the lines under it part into rows of as many
// cells — a name without digits or spaces, a unit, then figures and words — the spaces between the cells are read as
// tabs (one character for one: no offset moves), and the table reader (read-tables.ts) reads the rows by the header.
// A space inside a cell stays: a year spaced from its 年 ("2023 年计划"), a figure from its qualifier ("7 左右", "4 以内").
// Anything else — prose, a row whose cells do not come out as many as the header's — is left as it stands.

import { columnsUnderYears } from './header-years';

const HEADER_START = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
const NAME = /^[^\s\d]{2,24}$/;
const UNIT = /^(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|公斤|亩|公顷|个|家|千瓦时|平方公里|人次|元\/人))$/;
// A token that belongs to the cell before it: a qualifier after a figure, 年… after a year's digits.
const QUALIFIER = /^(?:左右|以上|以内|以下|上下)$/;
const MIN_ROWS = 2;
// Round 20 (rules20c): a session document's annex sets its header on two lines, the years over what each column holds
// ("指标名称 单位 2024 年 2024 年 2025 年" over "计划 预计 计划": a word, no digit, for each column after the name and the
// unit), and wraps a long name in its narrow first column ("一般公共预算收入增 % 3 2.3 2.5" over "速"). The header's second
// line is read as the header's (its spaces as tabs, as the table reader reads a two-line header); a name's rest, a lone
// word without digits right under a row, is passed over and the rows go on under it.
const NAME_REST = /^[^\s\d]{1,12}$/;

/** Positions of the spaces to read as tabs (between the cells of tables copied with one space between cells). */
export function spaceCellBoundaries(text: string): number[] {
  if (!/单位/.test(text)) return [];
  const lines: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    if (newline === -1) break;
    start = newline + 1;
  }
  const boundaries: number[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const header = cellsOf(lines[index]!, true);
    if (!header || header.cells.length < 3 || !HEADER_START.test(header.cells[0]!) || header.cells[1] !== '单位') continue;
    const rows: number[][] = [];
    let next = index + 1;
    const subheader = next < lines.length ? cellsOf(lines[next]!, true) : null;
    // Round 29 (rules29c): …its words maybe fewer, under the years only, a last column headed on one line ("属性": header-years.ts).
    const subheaderFits = subheader && (subheader.cells.length === header.cells.length - 2 || columnsUnderYears(header.cells, subheader.cells.length) !== null);
    if (subheader && subheaderFits && subheader.cells.every((cell) => !/\d/.test(cell))) {
      rows.push(subheader.gaps);
      next += 1;
    }
    const subheaderRows = rows.length;
    for (; next < lines.length; next += 1) {
      if (rows.length > subheaderRows && NAME_REST.test(lines[next]!.text.trim()) && !NAME_REST.test(lines[next - 1]!.text.trim())) continue;
      const row = cellsOf(lines[next]!, false);
      if (!row || row.cells.length !== header.cells.length || !NAME.test(row.cells[0]!) || !UNIT.test(row.cells[1]!) || !/\d/.test(row.cells.slice(2).join(''))) break;
      rows.push(row.gaps);
    }
    if (rows.length - subheaderRows < MIN_ROWS) continue;
    boundaries.push(...header.gaps, ...rows.flat());
    index = next - 1;
  }
  return boundaries;
}

/** The line's cells split at single spaces (tokens that belong to the cell before joined back) and the spaces between. */
function cellsOf(line: { start: number; text: string }, header: boolean): { cells: string[]; gaps: number[] } | null {
  const trimmed = line.text.trimEnd();
  const lead = trimmed.length - trimmed.trimStart().length;
  if (trimmed.trim() === '' || /[\t。;；,，]| {2}/.test(trimmed.trim())) return null;
  const cells: string[] = [];
  const gaps: number[] = [];
  let at = line.start + lead;
  for (const token of trimmed.trim().split(' ')) {
    const previous = cells.at(-1);
    const joins = previous !== undefined && (QUALIFIER.test(token) ? /\d$/.test(previous) : header && /^年/.test(token) && /^(?:19|20)\d{2}$/.test(previous));
    if (joins) cells[cells.length - 1] = `${previous} ${token}`;
    else {
      if (previous !== undefined) gaps.push(at - 1);
      cells.push(token);
    }
    at += token.length + 1;
  }
  return { cells, gaps };
}
