// Round 29 (rules29c): a PDF's annex table whose text layer runs its rows on as one stream, a space (or the page's line end)
// between every two cells and between the rows ("指标名称 单位 2024 年计划 2024 年预计 2025 年目标 地区生产总值增速 % 6 6.3 5.5 左右 规"
// over "模以上工业增加值增速 % 8 9.6 8 以上 … 外贸出口总额 亿元 4.5 5.28 6"). Read as prose the names stand far from their columns
// and a row's figures are a string of bare numbers: a row whose figures the prose did not restate (exports in 亿元, the jobs
// floor, an unemployment ceiling) was lost. The header names the columns (a year's column heads, a one-line 属性), so a row is
// known by its count: a name (its wrapped parts joined), a unit, then one cell per column — a figure with its bound
// ("5.5 左右", "4以内"), a dash, a wording handed down or "与经济增长同步", a 预期性/约束性. The gaps between cells are read as
// tabs, those between rows as line breaks, a line end inside a cell as an invisible character (one character for one: no
// offset moves), and the table reader (read-tables.ts) reads the rows by the header. The run ends at the first token that
// fits no cell (a page number, the next heading); fewer than two whole rows leave the text as it stands.
// The header's first cells one space apart on one line (a table one cell a line is cell-lines.ts's).
const HEADER = /(?:^|[ \n])((?:序号 )?(?:主要)?指 ?标(?:名 ?称)? 单 ?位)(?=[ \n])/g;
const YEAR_HEAD = /^(?:19|20)\d{2}(?:年[\u4e00-\u9fff]{0,6})?$/;
const YEAR_WORD = /^年[\u4e00-\u9fff]{0,6}$/;
// A column's word the page wrapped under its year ("2024 年" over "预计完成").
const COLUMN_WORD = /^(?:计划|目标|预期目标|预期|完成|预计完成|预计|实际完成|实际|计划目标|目标值|预计数|执行数)$/;
const ONE_LINE_HEAD = /^(?:属性|指标属性|备注|性质)$/;
const UNIT = /^(?:%|‰|[万亿千百]?(?:元|美元|人|户|吨|斤|公斤|亩|公顷|个|家|千瓦时|平方公里|人次))$/;
const NAME_PART = /^[\u4e00-\u9fff()（）]{1,24}$/;
const FIGURE = /^[-−]?\d+(?:\.\d+)?%?(?:左右|以上|以内|以下)?$/;
const BOUND = /^(?:左右|以上|以内|以下)$/;
const DASH = /^[—–-]{1,2}$/;
const WORDING = /^(?:全面|确保)?完成[\u4e00-\u9fff]{0,8}?下达的?[\u4e00-\u9fff]{0,6}?(?:目标任务|任务|目标)$|^(?:与|和)经济增长(?:基本)?同步$/;
const ATTRIBUTE = /^(?:预期性|约束性)$/;
const ROW_NUMBER = /^\d{1,2}$/;
const MIN_ROWS = 2;
/** A cell's parts the page may have wrapped (a wording over two or three lines). */
const MAX_PARTS = 3;
/** How far the run may go: a table of a page or two. */
const MAX_TOKENS = 400;

type Token = { text: string; start: number; end: number; separator: string };
type Change = { at: number; to: '\t' | '\n' | '\u200b' | ' ' };

/** The characters to read otherwise (tabs between cells, line breaks between rows, nothing inside a wrapped cell). */
export function flatTableChanges(text: string): Change[] {
  const changes: Change[] = [];
  if (!/单 ?位/.test(text)) return changes;
  for (const header of text.matchAll(HEADER)) {
    const from = header.index + header[0].length - header[1]!.length;
    if (changes.length > 0 && from < changes.at(-1)!.at) continue;
    changes.push(...readRun(text, from));
  }
  return changes;
}

function readRun(text: string, from: number): Change[] {
  const tokens = tokensFrom(text, from);
  // The header opens a line of its own (a title may run into it: "…主要指标 指 标 单 位 …").
  const changes: Change[] = text[from - 1] === ' ' ? [{ at: from - 1, to: '\n' }] : [];
  // The header: 序号?, 指标(名称), 单位 (maybe letter-spaced), then the column heads.
  let at = 0;
  const numbered = tokens[0]?.text === '序号';
  if (numbered) at += 1;
  while (at < tokens.length && tokens[at]!.text !== '单位' && tokens[at]!.text !== '位') at += 1;
  at += 1;
  const gap = (index: number, to: Change['to']) => changes.push({ at: tokens[index - 1]!.end, to });
  // A letter-spaced name cell ("指 标", "单 位") keeps its inner space.
  for (let index = 1; index < at; index += 1) if (!/^(?:标|位|称)$/.test(tokens[index]!.text)) gap(index, '\t');
  const heads: boolean[] = [];
  while (at < tokens.length) {
    const token = tokens[at]!.text;
    if (YEAR_HEAD.test(token) || ONE_LINE_HEAD.test(token)) {
      gap(at, '\t');
      heads.push(ONE_LINE_HEAD.test(token));
      const spacedYear = /^(?:19|20)\d{2}$/.test(token) && YEAR_WORD.test(tokens[at + 1]?.text ?? '');
      at += spacedYear ? 2 : 1;
      if (/年$/.test(tokens[at - 1]!.text) && wrappedBefore(tokens, at) && COLUMN_WORD.test(tokens[at]?.text ?? '')) {
        gap(at, '\u200b');
        at += 1;
      }
    } else break;
  }
  if (heads.filter((attribute) => !attribute).length === 0) return [];
  const rows: Change[][] = [];
  while (at < tokens.length) {
    const row = readRow(tokens, at, heads, numbered);
    if (!row) break;
    rows.push([{ at: tokens[at - 1]!.end, to: '\n' }, ...row.changes]);
    at = row.next;
  }
  // Rows each on a line of their own are a table space-cells.ts reads; here rows run on, a space between them.
  const runOn = rows.filter((row) => text[row[0]!.at] === ' ').length;
  // A run that stops on a figure lost count of its cells (a figure spaced in thousands, "2 350"): it is left as it stands.
  if (rows.length < MIN_ROWS || runOn < MIN_ROWS || FIGURE.test(tokens[at]?.text ?? '')) return [];
  // What follows the last row on its line (a page's number, "- 4 -") is no part of its last cell.
  const after = tokens[at - 1]!;
  const end: Change[] = after.separator === ' ' ? [{ at: after.end, to: '\n' }] : [];
  return [...changes, ...rows.flat(), ...end];
}

function readRow(tokens: Token[], from: number, heads: boolean[], numbered: boolean): { changes: Change[]; next: number } | null {
  const changes: Change[] = [];
  let at = from;
  const between = (to: Change['to']) => changes.push({ at: tokens[at - 1]!.end, to });
  if (numbered) {
    if (!ROW_NUMBER.test(tokens[at]?.text ?? '')) return null;
    // The row's number is read as blank (an empty first cell, as a sub-item's): after the line break that parts the rows, a
    // number under a figure would read as the figure's wrapped digits (split-figure.ts).
    for (let digit = tokens[at]!.start; digit < tokens[at]!.end; digit += 1) changes.push({ at: digit, to: ' ' });
    at += 1;
    between('\t');
  }
  // The name, its wrapped parts joined, up to its unit.
  if (!NAME_PART.test(tokens[at]?.text ?? '') || UNIT.test(tokens[at]!.text)) return null;
  at += 1;
  while (at < tokens.length && !UNIT.test(tokens[at]!.text) && !UNIT.test(joined(tokens, at, 2)) && NAME_PART.test(tokens[at]!.text) && wrappedBefore(tokens, at)) {
    between('\u200b');
    at += 1;
  }
  const unitParts = UNIT.test(tokens[at]?.text ?? '') ? 1 : UNIT.test(joined(tokens, at, 2)) && wrappedBefore(tokens, at + 1) ? 2 : 0;
  if (unitParts === 0) return null;
  between('\t');
  at += 1;
  if (unitParts === 2) {
    between('\u200b');
    at += 1;
  }
  for (const attribute of heads) {
    if (at >= tokens.length) return null;
    between('\t');
    const parts = cellParts(tokens, at, attribute);
    if (parts === 0) return null;
    for (let part = 1; part < parts; part += 1) {
      at += 1;
      // A bound spaced from its figure stays spaced; a line end inside a cell is dropped.
      if (tokens[at - 1]!.separator === '\n') between('\u200b');
    }
    at += 1;
  }
  return { changes, next: at };
}

/** How many tokens from `at` make one cell of the column (0: none fits). */
function cellParts(tokens: Token[], at: number, attribute: boolean): number {
  const first = tokens[at]!.text;
  if (attribute) {
    for (let parts = 1; parts <= 2; parts += 1) if (ATTRIBUTE.test(joined(tokens, at, parts)) && wrappedWithin(tokens, at, parts)) return parts;
    return DASH.test(first) ? 1 : 0;
  }
  if (FIGURE.test(first)) {
    if (/\d$/.test(first) && BOUND.test(tokens[at + 1]?.text ?? '')) return 2;
    if (/\d$/.test(first) && BOUND.test(joined(tokens, at + 1, 2)) && wrappedBefore(tokens, at + 2)) return 3;
    return 1;
  }
  if (DASH.test(first)) return 1;
  for (let parts = 1; parts <= MAX_PARTS; parts += 1) if (WORDING.test(joined(tokens, at, parts)) && wrappedWithin(tokens, at, parts)) return parts;
  return 0;
}

function joined(tokens: Token[], at: number, parts: number): string {
  return tokens.slice(at, at + parts).map((token) => token.text).join('');
}

/** The token at `at` goes on from the one before across a line end (the page wrapped the cell there). */
function wrappedBefore(tokens: Token[], at: number): boolean {
  return at > 0 && at < tokens.length && tokens[at - 1]!.separator === '\n';
}

function wrappedWithin(tokens: Token[], at: number, parts: number): boolean {
  for (let part = 1; part < parts; part += 1) if (!wrappedBefore(tokens, at + part)) return false;
  return true;
}

/** The tokens from `from`, each with the one character that parts it from the next (a space or a line end). */
function tokensFrom(source: string, from: number): Token[] {
  const tokens: Token[] = [];
  let start = from;
  while (start < source.length && tokens.length < MAX_TOKENS) {
    let end = start;
    while (end < source.length && !/[ \n\t]/.test(source[end]!)) end += 1;
    if (end === start) break;
    const separator = source[end] ?? '';
    tokens.push({ text: source.slice(start, end), start, end, separator });
    // A tab, two spaces or a blank line is some other layout: the run ends there.
    if (separator !== ' ' && separator !== '\n') break;
    if (/[ \n\t]/.test(source[end + 1] ?? '')) break;
    start = end + 1;
  }
  return tokens;
}
