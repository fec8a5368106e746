// Tables copied from a web page or a PDF arrive as lines of tab-separated cells: a header
// row naming the columns ("指标 单位 2024年计划 2024年完成 增长(%)") and one row per
// indicator, its name in the first cell. The prose readers see no clauses there, so the
// cells are read by their column's header instead:
//   单位 → the row's unit (else a unit in the header, "增长(%)", or in the name, "(亿元)");
//   增长/增速/增幅/比上年/±% → last year's growth rate;
//   完成/实际/实绩/预计/执行/累计/绝对数/总量 (of last year, or of no year) → last year's figure;
//   a 目标/计划/预期 column of the report year → this year's target, read as written;
//   a 计划/目标 column of last year → last year's plan, neither outcome nor target.
// "—", "-", "/" and empty cells hold nothing.
import type { Vintage } from '@/lib/domain/types';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { matchUnitPrefix } from '@/lib/units/units';
import { cellRun } from './cell-run';
import { columnsUnderYears } from './header-years';
import { scoreConfidence } from './confidence';
import { HANDED_DOWN_WORDING, wordingMeasure } from './extract-targets';
import { isRelativeWording, measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { OutcomeProposal, TargetProposal } from './types';

type Cell = { text: string; start: number; end: number };
type Column = 'name' | 'unit' | 'growth' | 'outcome' | 'target' | 'other';

// Round 13 (rules13c): statistical tables mark a sub-item with # ("  #税收收入  亿元  36.81  5.6": 其中 in the yearbooks' notation).
const SUB_ITEM = /^\s*(?:其中\s*[:：]?|[#＃])\s*/;
// Round 10: "区级一般公共预算收入", "县级…": the district's own level of a figure, named in its row (as in prose, scan-figures.ts).
const OWN_LEVEL = /^(?:[区县旗]级|本级)/;
// Round 16 (rules16b): "县城空气质量优良天数比率": the district's seat, where its air is measured, before an air-quality name (as in prose,
// scan-figures.ts).
const SEAT_BEFORE_AIR = /^(?:县城|城区|中心城区|主城区)(?=(?:环境)?空气)/;
// Round 10: a target cell that names a change ("增长2%") reads as a rate; a bare "5以内" in a % row of an
// indicator kept in % (the surveyed unemployment rate) is its level.
const CHANGE_WORD = /增长|下降|降低|提高|增速|增幅|上涨|回落/;
// Round 19 (rules19a): the name cell may be spaced out to its column's width ("指　　标", "项 目"), the spaces maybe lost to a
// mirror's encoding as placeholders ("指????标", "指��标").
const HEADER_NAME = /^(?:主要)?(?:指[\s\u3000?？\ufffd]{0,8}标|项[\s\u3000?？\ufffd]{0,8}目)(?:名称)?$/;
const SEQUENCE_HEADER = /^(?:序号|编号)$/;
// A leading column's header, and the cells its rows open on: a number, or a group's name (empty under the group's first row).
const LEADING_HEADERS: Array<[RegExp, RegExp]> = [
  [/^(?:序号|编号)$/, /^(?:\d{1,3}[.、]?|)$/],
  [/^(?:类别|分类|领域|类型)$/, /^[^\d\s]{0,8}$/],
];
const YEAR = /((?:19|20)\d{2}) ?年/;
const GROWTH = /增长|增速|增幅|比上年|±|同比/;
const DONE = /完成|实际|实绩|预计|执行|累计|绝对[数值]|总量/;
const PLANNED = /目标|计划|预期/;
// A second header line's words: what each column under a year holds.
const SUB_HEADER = /^[^\d]{0,6}(?:目标|计划|预期|完成|实际|实绩|预计|执行|增长|增速|增幅|绝对[数值]|总量|属性)[^\d]{0,6}$/;
const EMPTY = /^(?:[—–\-/]+|)$/;
// Round 17 (rules17a): the tail of a row's name a PDF wrapped to a line of its own ("…工业增加值 % 7 6.8 6以上" over "增长").
const NAME_TAIL = /^[\u4e00-\u9fff]{1,4}$/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
// A unit in parentheses, in a header ("增长(%)") or after a name ("地区生产总值(亿元)").
const PARENTHESISED_UNIT = /\(([^()]{1,4})\)\s*$/;
const DECLINE_NAME = /^(?:降低|下降)率?(?:\s*\(%\))?$/;
const GROWTH_NAME = /^(?:增长率?|增长速度|增速|增幅)(?:\s*\(%\))?$/;
const MIN_CELLS = 3;
const WHOLE_YEAR_COLUMN = /^(?:1\s*[-—–~至]\s*12\s*月份?|全年)(?:累计)?(?:\([^()]{1,6}\))?$/;
// Cells are separated by tabs, or, in a table copied as aligned text, by runs of two or more spaces.
// A markdown or text-art table ("|地区生产总值|亿元|342.6|") has bars around every cell.
// …or only between cells and at the end ("地区生产总值 | 亿元 | 1046.27 | 5.3 |"): three spaced bars or more.
// Round 12 (rules12c): …or by bars without spaces, from a header that names its columns ("指标|单位|年度计划|预计完成").
// Round 29 (rules29a): …or by single spaces under a header whose 序号 column comes first ("序号 指标 单位 2024年预计 增长(%)"), the table
// rows() reads by their numbers (Round 13).
const CELL_GAP = /\t| {2,}|\u3000{2,}|^\s*\|.*\|\s*$|^[^|\n]+(?: \| [^|\n]*){2,}\|?[ \t]*$|^\s*(?:(?:序号|编号) )?(?:主要)?(?:指标|项目)(?:名称)?(?: \S+ \S+|\|[^|\n]+\|)/m;
const BARRED_ROW = /^\s*\|.*\|\s*$|^[^|\n]+(?: \| [^|\n]*){2,}\|?\s*$/;
const CELL_GAPS = /\t| {2,}|\u3000{2,}/g;

/** A header's second line of words as a row of the header's width: under the years (header-years.ts), else the last columns. */
function underHeaderWords(headerTexts: readonly string[], cells: readonly Cell[]): Cell[] {
  const empty = { text: '', start: cells[0]!.start, end: cells[0]!.start };
  const underYears = columnsUnderYears(headerTexts, cells.length);
  if (underYears) return headerTexts.map((_, index) => cells[underYears.indexOf(index)] ?? empty);
  return [...Array.from({ length: headerTexts.length - cells.length }, () => empty), ...cells];
}

export function readTables(
  prepared: PreparedText,
  context: ReadingContext,
  reportYear: number,
  vintage: Vintage,
  // Where the plan for the report year begins (sections.ts), if the text has one.
  planStart: number | null = null,
): { outcomes: OutcomeProposal[]; targets: TargetProposal[]; rows: Array<{ start: number; end: number }> } {
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  // Round 13 (rules13b): the rows read by their columns, in the original's offsets (a prose reading there gives way).
  const readRows: Array<{ start: number; end: number }> = [];
  const { text } = prepared;
  if (!CELL_GAP.test(text)) return { outcomes, targets, rows: readRows };
  let columns = null as Column[] | null;
  let headerUnits: Array<string | null> = [];
  let headerTexts: string[] = [];
  // Round 16 (rules16b): a table whose header opens on a 序号 column ("序号 | 指标 | 单位 | 2025年预计 | 2026年目标 | 属性", or
  // tab-separated): its rows open on their number (or an empty cell, a sub-item's), which is no cell the reader needs; so do
  // the rows of a table grouped by a 类别/领域 column ("经济发展\t地区生产总值增速\t%…", "\t固定资产投资增速\t%…").
  let leading: RegExp | null = null;
  // Round 16 (rules16b): a header in two lines, a year over the columns it spans ("指标\t单位\t2025年\t\t2026年" over
  // "\t\t计划\t预计完成\t目标"): each column is the year above it (or to its left, a merged cell) and its own word.
  let headerAbove = false;
  const setColumns = (texts: string[], at: number) => {
    columns = ownYearGrowth(texts, texts.map((cellText, index) => (index === 0 ? 'name' : columnOf(cellText, reportYear))));
    // Round 16 (rules16b): a table under the plan's heading whose one column of aims names no year ("指标 | 单位 | 预期目标 | 属性"):
    // that column is the report year's target (in the review, a 计划 column without a year stays last year's plan).
    const undated = texts.flatMap((cellText, index) => (index > 0 && PLANNED.test(cellText) && !DONE.test(cellText) && !YEAR.test(cellText) ? [index] : []));
    if (planStart !== null && at >= planStart && undated.length === 1 && !columns.includes('target') && !texts.some((cellText) => YEAR.exec(cellText)?.[1] === String(reportYear))) columns[undated[0]!] = 'target';
    headerUnits = texts.map((cellText) => unitIn(cellText));
    headerTexts = texts;
  };
  for (const cells of rows(text)) {
    const underHeader = headerAbove;
    headerAbove = false;
    // Round 19 (rules19a): a header aligned with spaces leaves no empty cells under its first columns ("序号  指标名称  单位  2024年
    // 2024年  2025年" over "计划  预计完成  计划", the words under the years): they are the last columns' words.
    const wordsOnly = underHeader && cells.length > 0 && cells.length < headerTexts.length && cells.every((cell) => SUB_HEADER.test(cell.text));
    let row = wordsOnly ? underHeaderWords(headerTexts, cells) : cells;
    if (underHeader && row.length === headerTexts.length && row[0]!.text === '' && row.some((cell) => cell.text !== '') && row.every((cell) => cell.text === '' || SUB_HEADER.test(cell.text))) {
      let year = '';
      setColumns(headerTexts.map((above, index) => {
        if (above !== '') year = YEAR.exec(above)?.[0] ?? '';
        const below = row[index]!.text;
        return below === '' ? above : `${above === '' ? year : above}${below}`;
      }), row[0]!.start);
      continue;
    }
    if (row.filter((cell) => cell.text !== '').length < MIN_CELLS) {
      // A blank line (or a markdown rule "|---|---|", dropped as furniture) does not end the table.
      if (row.every((cell) => cell.text === '' || /^:?-+:?$/.test(cell.text))) continue;
      // Round 17 (rules17a): …nor the tail of a row's name wrapped to a line of its own (NAME_TAIL).
      if (columns && row.length === 1 && NAME_TAIL.test(row[0]!.text)) continue;
      columns = null;
      continue;
    }
    const leadingHeader = row.length > MIN_CELLS && HEADER_NAME.test(row[1]!.text) ? LEADING_HEADERS.find(([header]) => header.test(row[0]!.text)) : undefined;
    if (leadingHeader) row = row.slice(1);
    else if (columns && leading && row.length === columns.length + 1 && leading.test(row[0]!.text)) row = row.slice(1);
    // Round 19 (rules19a): …and a numbered row under a header without its 序号 (a header of two lines, whose first line the
    // numbered-table reading dropped it from): one cell more than the header, opening on its number.
    else if (columns && row.length === columns.length + 1 && /^\d{1,3}[.、]?$/.test(row[0]!.text)) row = row.slice(1);
    if (HEADER_NAME.test(row[0]!.text)) {
      leading = leadingHeader?.[1] ?? null;
      setColumns(row.map((cell) => cell.text), row[0]!.start);
      headerAbove = true;
      continue;
    }
    if (!columns) continue;
    // Round 13 (rules13b): a long name squeezes the gap to its first figure to one space in a PDF's aligned text
    // ("实际使用外资(亿美元) 2.5             2.08"): a row a cell short whose name ends on a spaced figure is cut there.
    const squeezed = row.length < columns.length ? / (?=[-—–/]|-?\d+(?:\.\d+)?%?[^\s\d]{0,4}$)/.exec(row[0]!.text) : null;
    if (squeezed && !/\d/.test(row[0]!.text.slice(0, squeezed.index).replace(/\([^()]*\)$/, ''))) {
      const whole = row[0]!;
      row.splice(0, 1, { text: whole.text.slice(0, squeezed.index), start: whole.start, end: whole.start + squeezed.index }, { text: whole.text.slice(squeezed.index + 1), start: whole.start + squeezed.index + 1, end: whole.end });
    }
    const name = row[0]!;
    // A sub-item ("其中:税收收入") is read by its own name, as in prose ("其中税收收入增长1.5%").
    const subItem = SUB_ITEM.exec(name.text)?.[0].length ?? 0;
    const own = OWN_LEVEL.exec(name.text.slice(subItem)) ?? SEAT_BEFORE_AIR.exec(name.text.slice(subItem));
    const nameStart = name.start + subItem + (own?.[0].length ?? 0);
    const mention = context.catalogue.findMentions(text, nameStart, name.end)[0];
    // The whole name, or the name and its unit: "地区生产总值(亿元)".
    if (!mention || mention.start !== nameStart || mention.keys.length !== 1) continue;
    const rest = text.slice(mention.end, name.end).trim();
    // Round 12 (rules12c): a row named for the indicator's growth ("地区生产总值增速", "…增长(%)") holds rates in every column.
    // Round 13 (rules13c): …and one named for the fall ("单位地区生产总值能耗降低 | % | … | 3.2 |") holds falls.
    const declineRow = DECLINE_NAME.test(rest);
    const growthRow = GROWTH_NAME.test(rest) || declineRow;
    if (rest !== '' && !PARENTHESISED_UNIT.test(rest) && !growthRow) continue;
    const key = mention.keys[0]!;
    const unitCell = row.find((_, index) => columns![index] === 'unit');
    const rowUnit = growthRow ? '%' : ((unitCell && matchUnitPrefix(unitCell.text)?.symbol) ?? unitIn(name.text));
    const numberIn = (column: Column) => {
      const cell = row.find((_, index) => columns![index] === column);
      const number = cell ? NUMBER.exec(cell.text) : null;
      return number ? Number(number[0]) : null;
    };
    // "2025年目标" without a unit, in a row of 亿元 beside a growth column: "6左右" is a rate, not 6亿元,
    // when it lies nearer last year's growth than last year's level (without a level: within 10 points).
    const rateTarget = (value: number) => {
      const level = numberIn('outcome');
      const growth = numberIn('growth');
      if (growth === null) return false;
      return level !== null ? Math.abs(value - growth) < Math.abs(value - level) : Math.abs(value - growth) <= 10;
    };
    const last = row.at(-1)!;
    readRows.push(toOriginal(prepared, name.start, Math.max(name.end, last.end)));
    row.forEach((cell, index) => {
      const column = columns![index];
      if (!column || column === 'name' || column === 'unit' || column === 'other' || EMPTY.test(cell.text)) return;
      const targetNumber = column === 'target' && headerUnits[index] === null && rowUnit !== '%' ? NUMBER.exec(cell.text.replace(/^[^\d-]*/, '')) : null;
      const unit = column === 'growth' ? '%' : targetNumber && rateTarget(Number(targetNumber[0])) ? '%' : (headerUnits[index] ?? rowUnit);
      const quote = toOriginal(prepared, name.start, cell.end);
      if (column === 'target') {
        // Round 10: "与经济增长同步" in the target column: the relative target, as the prose reads it.
        if (!/\d/.test(cell.text) && isRelativeWording(cell.text)) {
          targets.push({
            indicatorKey: key, year: reportYear, measure: 'growth', qualifier: 'relative', value: null, valueHigh: null, unit: '%',
            asWritten: cell.text, relativeToIndicatorKey: 'gdp', ...quote, confidence: confidence('target'),
          });
          return;
        }
        // Round 16 (rules16b): "完成市下达任务" in the target column: the wording handed down, as the prose reads it
        // ("单位地区生产总值能耗降低完成市下达任务").
        if (!/\d/.test(cell.text) && HANDED_DOWN_WORDING.test(cell.text)) {
          targets.push({
            indicatorKey: key, year: reportYear, measure: wordingMeasure(context, key, cell.text), qualifier: 'qualitative', value: null, valueHigh: null, unit: null,
            asWritten: cell.text, relativeToIndicatorKey: null, ...quote, confidence: confidence('target'),
          });
          return;
        }
        // "6左右" in a % column reads as "6%左右"; "增长6%左右", "4000人以上" carry their own unit.
        const asWritten = declineRow && !CHANGE_WORD.test(cell.text) && /\d/.test(cell.text) ? `下降${targetWording(cell.text, unit)}` : targetWording(cell.text, unit);
        const parsed = asWritten === null ? null : parseAsWritten(asWritten);
        if (!parsed?.ok || parsed.target.value === null || parsed.target.unit === null) return;
        const { target } = parsed;
        const levelInPercent = context.catalogue.byKey.get(key)?.levelUnit === '%' && !CHANGE_WORD.test(cell.text) && !GROWTH.test(headerTexts[index] ?? '');
        const measure = measureOf(context.catalogue, key, target.measure === 'growth' && !levelInPercent ? 'growth' : null, target.unit!);
        if (!measure) return;
        targets.push({
          indicatorKey: key, year: reportYear, measure, qualifier: target.qualifier, value: target.value, valueHigh: target.valueHigh, unit: target.unit!,
          asWritten: asWritten!, relativeToIndicatorKey: null, ...quote, confidence: confidence('target'),
        });
        return;
      }
      const number = NUMBER.exec(cell.text);
      if (!number || !unit) return;
      // An indicator stated only as a change (CPI) has an index in its figure column ("100.2", 上年=100), not a rate.
      // (A row named for the growth or the fall holds rates.)
      if (column === 'outcome' && context.catalogue.byKey.get(key)?.levelUnit === null && !growthRow) return;
      const value = parseDecimal(number[0]);
      if (!value.ok) return;
      const measure = measureOf(context.catalogue, key, column === 'growth' || growthRow ? 'growth' : null, unit);
      if (!measure) return;
      const signed = declineRow && !value.value.startsWith('-') && Number(value.value) !== 0 ? `-${value.value}` : value.value;
      outcomes.push({ indicatorKey: key, year: reportYear - 1, measure, value: signed, unit, vintage, ...quote, confidence: confidence('outcome') });
    });
  }
  return { outcomes, targets, rows: readRows };
}

/** A table cell is read without its clause: confident as a figure found outside the headline paragraph. */
function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}

/** A target cell as a wording parse-as-written reads, its unit added when the cell leaves it to the column; null without a figure. */
function targetWording(cell: string, unit: string | null): string | null {
  const number = /-?\d+(?:\.\d+)?/.exec(cell);
  if (!number) return null;
  const end = number.index + number[0].length;
  const after = cell.slice(end);
  if (after.startsWith('%') || matchUnitPrefix(after)) return cell;
  return unit ? `${cell.slice(0, end)}${unit}${after}` : null;
}

function columnOf(header: string, reportYear: number): Column {
  // Round 26 (rules26a): …spaced to its column's width too ("单 位", "单　　位", the spaces maybe a mirror's placeholders "单????位"), as
  // the name's header is (HEADER_NAME).
  if (/^(?:计量)?单[\s\u3000?？\ufffd]{0,8}位$/.test(header)) return 'unit';
  const year = YEAR.exec(header);
  const of = year ? Number(year[1]) : null;
  // "2026年目标(增长%)": the report year's target column, though it names the growth it sets.
  if (PLANNED.test(header) && !DONE.test(header) && of === reportYear) return 'target';
  if (GROWTH.test(header)) return of === null || of === reportYear - 1 ? 'growth' : 'other';
  if (PLANNED.test(header) && !DONE.test(header)) return of === reportYear ? 'target' : 'other';
  if (DONE.test(header)) return of === null || of === reportYear - 1 ? 'outcome' : 'other';
  // Round 13 (rules13b): a statistics page's year-end table names its figure column by the months it sums ("1—12月",
  // "1-12月累计") or "全年": the whole year's figure (a 1—11月 column is part of a year, never read).
  if (WHOLE_YEAR_COLUMN.test(header.trim())) return 'outcome';
  // A bulletin's table names its year alone ("2024年", "2024年(亿元)"): last year's figures.
  if (of === reportYear - 1 && /^(?:19|20)\d{2} ?年?(?:\([^()]{1,6}\))?$/.test(header.trim())) return 'outcome';
  return 'other';
}

// Round 29 (rules29a): a plan's annex gives each year two columns, its figure and then its growth with no year of its own ("2024年预计
// | 增长(%) | 2025年计划 | 增长(%)"): the growth column after the plan's column is the plan's growth (a target), and after another
// year's plan it is that year's, no figure of last year. (After last year's figure it stays last year's growth.)
function ownYearGrowth(texts: string[], columns: Column[]): Column[] {
  return columns.map((column, index) => {
    const before = columns[index - 1];
    if (column !== 'growth' || YEAR.test(texts[index]!) || index < 2) return column;
    if (before === 'target') return 'target';
    return before === 'other' && YEAR.test(texts[index - 1]!) && PLANNED.test(texts[index - 1]!) ? 'other' : column;
  });
}

function unitIn(text: string): string | null {
  const inner = PARENTHESISED_UNIT.exec(text)?.[1];
  // "2025年预期目标(%)": a percent column, whose cells are rates whatever the row's level unit.
  if (inner === '%') return '%';
  return inner ? (matchUnitPrefix(inner)?.symbol ?? null) : null;
}

// Round 22 (rules22a): a header typed with its two-character words letter-spaced as wide as the gaps between cells ("指  标
// 单  位    2024年计划   2024年预计完成") splits each word in two one-character cells, one more per word than its rows have, and
// the table is not known. A line that opens on such a pair making a header name ("指  标", "项  目") is a header: each pair of
// one-character cells there is one cell (no column of a plan's table is headed by a single character).
const ONE_CHARACTER = /^[\u4e00-\u9fff]$/;

function letterSpacedHeader(cells: Cell[]): Cell[] {
  const pair = (at: number) => ONE_CHARACTER.test(cells[at]?.text ?? '') && ONE_CHARACTER.test(cells[at + 1]?.text ?? '');
  if (!pair(0) || !HEADER_NAME.test(cells[0]!.text + cells[1]!.text)) return cells;
  const merged: Cell[] = [];
  for (let at = 0; at < cells.length; at += 1) {
    if (pair(at)) {
      merged.push({ text: cells[at]!.text + cells[at + 1]!.text, start: cells[at]!.start, end: cells[at + 1]!.end });
      at += 1;
    } else merged.push(cells[at]!);
  }
  return merged;
}

function* rows(text: string): Generator<Cell[]> {
  let lineStart = 0;
  // Cells of a table copied from a PDF may stand one space apart; such a table is known by its
  // header ("指标 单位 2024年完成 增长% 2025年目标%") and lasts while its rows have as many cells.
  let spacedCells = 0;
  let spacedHeaderAbove = false;
  let tightCells = 0;
  let numberedCells = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const cells: Cell[] = [];
    const line = text.slice(lineStart, lineEnd);
    // Round 16 (rules16c): a table given as one run of cells, wrapped and joined like prose, is read row by row (cell-run.ts).
    const run = cellRun(text, lineStart);
    if (run) {
      spacedCells = 0;
      yield* run.rows;
      const after = text.indexOf('\n', run.end);
      if (after < 0) break;
      lineStart = after + 1;
      continue;
    }
    // A tab-separated row keeps its empty cells (a cell's index is its column); a row aligned with
    // spaces has none to keep, and its leading indent is no cell.
    const barred = BARRED_ROW.test(line);
    const words = line.trim().split(/\s+/);
    const plain = !barred && !line.includes('\t') && !/ {2,}|\u3000{2,}/.test(line.trim());
    // Round 13 (rules13c): a table typed with a 序号 column ("序号　指标　　2023年完成　　2024年目标" / "2　　规模以上工业增加值
    // 增长(%)　7.3　　8"), aligned by hand with one space or more between cells: known by its header, it lasts while its rows
    // open on their number and have as many words; the number column is no cell the reader needs.
    const numberedHeader = !barred && !line.includes('\t') && words.length > MIN_CELLS && SEQUENCE_HEADER.test(words[0]!) && HEADER_NAME.test(words[1]!);
    if (numberedHeader) numberedCells = words.length;
    else if (barred || line.includes('\t') || words.length !== numberedCells || !/^\d{1,2}$/.test(words[0]!)) numberedCells = 0;
    // Round 17 (rules17a): …and its header may wrap, the years over the words of the last columns ("指标名称 单位 2023年 2023年
    // 2024年" over "计划 预计 目标"): the second line's words are those columns' own, the first columns' cells empty.
    const wrappedHeader = plain && spacedHeaderAbove && words.length < spacedCells && words.every((word) => SUB_HEADER.test(word));
    spacedHeaderAbove = false;
    if (wrappedHeader) {
      const empty = Array.from({ length: spacedCells - words.length }, () => ({ text: '', start: lineStart, end: lineStart }));
      yield [...empty, ...[...line.matchAll(/\S+/g)].map((word) => ({ text: word[0], start: lineStart + word.index, end: lineStart + word.index + word[0].length }))];
      if (newline < 0) break;
      lineStart = newline + 1;
      continue;
    }
    if (plain && words.length >= MIN_CELLS && HEADER_NAME.test(words[0]!)) {
      spacedCells = words.length;
      spacedHeaderAbove = true;
    } else if (!plain || (words.length !== spacedCells && !NAME_TAIL.test(line.trim()))) spacedCells = 0;
    // Round 12 (rules12c): cells parted by bars without spaces ("指标|单位|年度计划|预计完成" / "地区生产总值增速|%|6.5左右|5.7"):
    // such a table is known by its header and lasts while its rows have as many cells.
    const barCells = !barred && !line.includes('\t') ? line.trim().split('|') : [];
    if (barCells.length >= MIN_CELLS && HEADER_NAME.test(barCells[0]!.trim())) tightCells = barCells.length;
    else if (barCells.length !== tightCells) tightCells = 0;
    // A barred row: the bars are the gaps (a bar at each end opens and closes the row, no cell there).
    const gaps = barred || tightCells > 0 ? /\|/g : line.includes('\t') ? /\t/g : spacedCells > 0 || numberedCells > 0 ? /\s+/g : CELL_GAPS;
    const opens = barred && /^\s*\|/.test(line);
    const closes = barred && /\|\s*$/.test(line);
    const indent = opens ? line.indexOf('|') + 1 : line.includes('\t') ? 0 : line.length - line.trimStart().length;
    let at = lineStart + indent;
    let from = indent;
    for (const gap of [...line.matchAll(gaps)].filter((match) => match.index >= indent)) {
      const piece = line.slice(from, gap.index);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      cells.push({ text: trimmed, start: at + lead, end: at + lead + trimmed.length });
      at = lineStart + gap.index + gap[0].length;
      from = gap.index + gap[0].length;
    }
    const last = line.slice(from);
    const lead = last.length - last.trimStart().length;
    if (!closes) cells.push({ text: last.trim(), start: at + lead, end: at + lead + last.trim().length });
    yield numberedCells > 0 ? cells.slice(1) : letterSpacedHeader(cells);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
}
