// Round 14 (rules14c): a table pasted with each cell as a paragraph of its own, a blank line between cells and an empty cell
// as one more blank paragraph (a word processor's or a converter's text of a table, as e9-b-pe01's plan report gave it):
//   指标名称 / 预期目标 / 实际完成 / 备注
//   1.地区生产总值 / 增长6.5%左右 / 增长6.1% / 486.25亿元
//   5.实际使用外资 / 1.5亿美元 / 1.62亿美元 / 完成108%
// Line by line the prose readers take a row's first figure after its name (last year's target, 1.5亿美元) as the result. The
// header names the columns; a row is as many cells as the header has, its first a catalogue name. The cell under a column of
// results (实际完成, 完成, 预计完成, 实际) is last year's outcome; a target column (预期目标, 计划) is last year's target, read as
// nothing; a 备注 column is read as nothing. Anything else ends the table: the run is left to the prose readers.
import type { Vintage } from '@/lib/domain/types';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { matchUnitPrefix } from '@/lib/units/units';
import { scoreConfidence } from './confidence';
import { measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { OutcomeProposal } from './types';

const FIRST_HEADER = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
const HEADER_CELL = /^[\u4e00-\u9fff]{2,6}$/;
const RESULT_COLUMN = /^(?:实际完成|完成情况|完成|预计完成|实际|全年完成)$/;
const CELL_MAX = 30;
const REMARK_COLUMN = /^(?:备注|说明)$/;
const OWN_LEVEL = /^(?:[区县旗]本?级|本级|地方级)/;
const ROW_NAME = /^(?:\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*(\S.*)$/;
const GROUP_HEADING = /^[一二三四五六七八九十]{1,3}[、.][\u4e00-\u9fff]{2,10}$/;
const CELL = /^(增长|上涨|提高|下降|降低)?\s?(-?\d+(?:\.\d+)?)\s?(%|[^\d\s]{1,6})$/;

type Cell = { text: string; start: number } | null;

/** Outcomes read from such tables, and the tables' rows (ranges of the original text) on which prose readings give way. */
export function readParagraphTables(prepared: PreparedText, context: ReadingContext, reportYear: number, vintage: Vintage): { outcomes: OutcomeProposal[]; rows: Array<{ start: number; end: number }> } {
  const found = { outcomes: [] as OutcomeProposal[], rows: [] as Array<{ start: number; end: number }> };
  const { text } = prepared;
  if (!/\n\n(?:主要)?(?:指标|项目)(?:名称)?\n\n/.test(text)) return found;
  const lines: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line.trim(), start: at + (line.length - line.trimStart().length) });
    at += line.length + 1;
  }
  for (let index = 0; index < lines.length; index += 1) {
    if (!FIRST_HEADER.test(lines[index]!.text) || lines[index - 1]?.text !== '') continue;
    const cells = cellsFrom(lines, index);
    // The header: its first cell, then short words without figures, up to the first row's name.
    let width = 1;
    while (width < cells.length && cells[width] !== null && HEADER_CELL.test(cells[width]!.text) && !nameAt(text, cells[width]!, context)) width += 1;
    if (width < 3 || width > 8) continue;
    const results = cells.slice(1, width).map((cell, column) => (RESULT_COLUMN.test(cell!.text) ? column + 1 : -1)).filter((column) => column > 0);
    if (results.length !== 1) continue;
    const remark = cells.slice(1, width).findIndex((cell) => REMARK_COLUMN.test(cell!.text)) + 1;
    for (let row = width; row < cells.length; ) {
      // Round 27 (rules27a): a group's heading across the table ("一、综合发展", "二、民生保障"), the rest of its row empty, heads the
      // rows under it: passed over, never the table's end.
      if (cells[row] && GROUP_HEADING.test(cells[row]!.text) && cells.slice(row + 1, row + width).every((cell) => cell === null)) {
        row += width;
        continue;
      }
      const name = cells[row];
      const key = name ? nameAt(text, name, context) : null;
      if (!name || !key) break;
      const size = rowSize(text, cells, row, width, context);
      if (size <= results[0]!) break;
      const last = cells.slice(row, row + size).filter((cell) => cell !== null).at(-1)!;
      const span = toOriginal(prepared, name.start, last.start + last.text.length);
      found.rows.push({ start: span.start, end: span.end });
      const cell = cells[row + results[0]!];
      const outcome = cell ? readCell(cell.text, key, context) : null;
      if (outcome && cell) found.outcomes.push(outcomeAt(prepared, name.start, cell, key, outcome, reportYear, vintage));
      // Round 25 (rules25a): a remark column may give the level where the result column gives the change ("增长5.1%" /
      // "2186.4亿元"): a bare figure with a level unit there is the row's level; a remark in words ("完成108%") is none.
      const note = remark > 0 && remark < size ? cells[row + remark] : null;
      const level = note && outcome?.measure === 'growth' && CELL.exec(note.text)?.[1] === undefined ? readCell(note.text, key, context) : null;
      if (note && level?.measure === 'level') found.outcomes.push(outcomeAt(prepared, name.start, note, key, level, reportYear, vintage));
      row += size;
    }
  }
  return found;
}

/**
 * How many cells the row from cells[row] holds: the header's width, or fewer where a converter dropped the row's trailing empty
 * cells (Round 25, rules25a: "3.全社会固定资产投资" / "增长6%" / "增长8.3%" with no blank paragraph for its empty 备注, the next
 * row's name straight after). A paragraph with a sentence's stop, or longer than a cell, is the prose after the table: the row ends before it.
 */
function rowSize(text: string, cells: Cell[], row: number, width: number, context: ReadingContext): number {
  let size = 1;
  while (size < width && row + size < cells.length) {
    const cell = cells[row + size] ?? null;
    if (cell !== null && (/[。;；]/.test(cell.text) || cell.text.length > CELL_MAX || nameAt(text, cell, context))) break;
    size += 1;
  }
  return size;
}

function outcomeAt(prepared: PreparedText, nameStart: number, cell: { text: string; start: number }, key: string, outcome: NonNullable<ReturnType<typeof readCell>>, reportYear: number, vintage: Vintage): OutcomeProposal {
  const quote = toOriginal(prepared, nameStart, cell.start + cell.text.length);
  return { indicatorKey: key, year: reportYear - 1, ...outcome, vintage, quote: quote.quote, start: quote.start, end: quote.end, confidence: confidence() };
}

/**
 * The cells from the header's first line on: one blank line parts two cells, and an empty cell is written as more blank lines —
 * a pair each (as e9-b-pe01's converter wrote it) or, Round 27 (rules27a), one each (another converter: "3.固定资产投资" / "增长8%" /
 * "增长3.6%" then two blank lines for its empty 备注). The table's first run longer than one blank line tells which: an odd run is
 * read the first way (and an even run then ends the table, as before), an even run, which pairs cannot give, the second.
 */
function cellsFrom(lines: Array<{ text: string; start: number }>, from: number): Cell[] {
  const gaps = blankRuns(lines, from);
  const single = (gaps.find((blank) => blank > 1) ?? 1) % 2 === 0;
  const cells: Cell[] = [lines[from]!];
  let index = from + 1;
  for (const blank of gaps) {
    if (!single && blank % 2 === 0) break;
    index += blank;
    const empties = single ? blank - 1 : (blank - 1) / 2;
    for (let empty = 0; empty < empties; empty += 1) cells.push(null);
    cells.push(lines[index]!);
    index += 1;
  }
  return cells;
}

/** The runs of blank lines between the paragraphs from line `from` on, while each paragraph is one line (a run of none ends them). */
function blankRuns(lines: Array<{ text: string; start: number }>, from: number): number[] {
  const gaps: number[] = [];
  let index = from + 1;
  while (index < lines.length) {
    let blank = 0;
    while (index < lines.length && lines[index]!.text === '') {
      blank += 1;
      index += 1;
    }
    if (index >= lines.length || blank === 0) break;
    gaps.push(blank);
    index += 1;
  }
  return gaps;
}

/** The catalogue indicator a row's first cell names, whole (after its number), else null. */
function nameAt(text: string, cell: { text: string; start: number }, context: ReadingContext): string | null {
  const name = ROW_NAME.exec(cell.text);
  if (!name || /\d/.test(name[1]!)) return null;
  // Round 25 (rules25a): "区级一般公共预算收入": the district's own level of a figure before its name (as in read-tables.ts).
  const own = OWN_LEVEL.exec(name[1]!)?.[0].length ?? 0;
  const start = cell.start + cell.text.length - name[1]!.length + own;
  const mention = context.catalogue.findMentions(text, start, start + name[1]!.length)[0];
  return mention && mention.start === start && mention.end === start + name[1]!.length - own && mention.keys.length === 1 ? mention.keys[0]! : null;
}

function readCell(cell: string, key: string, context: ReadingContext): { measure: OutcomeProposal['measure']; value: string; unit: string } | null {
  const figure = CELL.exec(cell);
  if (!figure) return null;
  const parsed = parseDecimal(figure[2]!);
  if (!parsed.ok) return null;
  const unit = figure[3] === '%' ? '%' : (matchUnitPrefix(figure[3]!)?.symbol ?? '');
  if (unit === '') return null;
  const falls = figure[1] === '下降' || figure[1] === '降低';
  const measure = measureOf(context.catalogue, key, figure[1] ? 'growth' : null, unit);
  if (!measure) return null;
  const value = falls && !parsed.value.startsWith('-') && parsed.value !== '0' ? `-${parsed.value}` : parsed.value;
  return { measure, value, unit };
}

/** A cell is read without a clause: confident as a table cell is. */
function confidence(): number {
  return scoreConfidence({ kind: 'outcome', headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
