// Round 22 (rules22c): a poster's boxes set two (or more) to a row, read back by OCR row by row. Each box holds an
// indicator's name over its figures; the OCR reads across the row, so the names of the row's boxes come on one line,
// parted by a space, and their figures on the lines under it, also side by side:
//   地区生产总值 规模以上工业增加值
//   1286.4亿元 增长6.8%
//   增长5.2%
// Read as prose, the second name takes the first box's figure and the first name none. This reader finds such a row of
// names (a line of names only, each alone in its cell) and gives each figure line's cells to the boxes: as many cells
// as boxes, one each, left to right; twice as many, two each; a lone cell (a box's wrapped second line) to the one box
// that still lacks that measure, or to none when both or neither do. Figures under the plan's heading are targets,
// those under the review's last year's outcomes; a line that names an indicator or holds no figure ends the row.
// The lines are read in the original (furniture dropped), where the prose's joining of lines has not yet merged the
// row of names with its figures; the rows found replace the prose's reading of them (extract-proposals.ts).
import type { Vintage } from '@/lib/domain/types';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { normalizeWidth } from '@/lib/text/normalize-width';
import { scoreConfidence } from './confidence';
import { HANDED_DOWN_WORDING, wordingMeasure } from './extract-targets';
import { isRelativeWording, measureOf } from './interpret';
import type { PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import { toSimplified } from './traditional';
import type { OutcomeProposal, TargetProposal } from './types';

type Range = { start: number; end: number };
type Cell = { start: number; end: number; text: string };
type Box = { key: string; approximate: boolean; cells: Cell[] };
type Reading = Omit<TargetProposal, 'indicatorKey' | 'year' | 'quote' | 'start' | 'end' | 'confidence'>;

// A name's cell may end on the word that heads its figure ("经营主体总数突破"); never on a figure.
const NAME_TAIL = /^[\u4e00-\u9fff]{0,4}$/;
const ROUND_FIGURE = /突破|超过|超|近|约/;
// A figure's cell: its verb, the figure and its unit, its bound ("增长6%以上", "418.7亿元", "5.5%以内").
const FIGURE_CELL = /^(?:增长|下降|增速|降低|减少|达到|突破|约)?-?\d+(?:\.\d+)?(?:%|[万亿千百]?[\u4e00-\u9fff]{1,2})?(?:以上|以内|以下|左右|上下)?$/;
const WORDING_CELL = /^[\u4e00-\u9fff]{2,10}$/;
const MAX_LINE = 60;

export function readBoxRows(
  prepared: PreparedText,
  context: ReadingContext,
  reportYear: number,
  vintage: Vintage,
  review: Range | null,
  plan: Range | null,
): { outcomes: OutcomeProposal[]; targets: TargetProposal[]; rows: Range[] } {
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  const rows: Range[] = [];
  const { original, origin } = prepared;
  const text = normalizeWidth(toSimplified(original));
  // Cheap test first: a line of two names parted by one space, with no figure on it.
  if (!/[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(text)) return { outcomes, targets, rows };
  // Which characters of the original the prepared text kept (furniture lines are dropped there).
  const kept = new Uint8Array(original.length + 1);
  for (const at of origin) kept[at] = 1;
  const inOriginal = (range: Range | null): Range | null => (range && range.end > range.start ? { start: origin[range.start] ?? original.length, end: (origin[range.end - 1] ?? original.length) + 1 } : null);
  const reviewSpan = inOriginal(review);
  const planSpan = inOriginal(plan);
  const lines = [...text.matchAll(/[^\n]+/g)]
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
    .filter((line) => line.end - line.start <= MAX_LINE && kept[line.start + (text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length)] === 1);

  for (let i = 0; i < lines.length; i += 1) {
    const boxes = namesRow(lines[i]!);
    if (!boxes) continue;
    const inPlan = planSpan !== null && lines[i]!.start >= planSpan.start && lines[i]!.start < planSpan.end;
    const inReview = !inPlan && reviewSpan !== null && lines[i]!.start >= reviewSpan.start && lines[i]!.start < reviewSpan.end;
    if (!inPlan && !inReview) continue;
    let j = i + 1;
    // Cells given to the boxes, by measure, so that a lone cell goes where its measure is missing.
    const taken = boxes.map(() => new Set<string>());
    for (; j < lines.length && j <= i + 4; j += 1) {
      const row = figureRow(lines[j]!);
      if (!row) break;
      const each = row.length / boxes.length;
      if (Number.isInteger(each)) {
        row.forEach((cell, at) => {
          const box = Math.floor(at / each);
          boxes[box]!.cells.push(cell);
          taken[box]!.add(kindOf(cell.text));
        });
      } else if (row.length === 1) {
        const kind = kindOf(row[0]!.text);
        const open = boxes.flatMap((_, at) => (taken[at]!.has(kind) ? [] : [at]));
        if (open.length === 1) {
          boxes[open[0]!]!.cells.push(row[0]!);
          taken[open[0]!]!.add(kind);
        }
      }
    }
    if (j === i + 1) continue;
    const span = { start: lines[i]!.start, end: lines[j - 1]!.end };
    const quote = original.slice(span.start, span.end);
    rows.push(span);
    for (const box of boxes) {
      for (const cell of box.cells) {
        if (inPlan) {
          const target = readTarget(box.key, cell.text);
          if (target) targets.push({ ...target, indicatorKey: box.key, year: reportYear, quote, ...span, confidence: confidence('target') });
        } else {
          const outcome = readOutcome(box.key, cell.text);
          if (outcome) outcomes.push({ ...outcome, indicatorKey: box.key, year: reportYear - 1, vintage, ...(box.approximate ? { approximate: true } : {}), quote, ...span, confidence: confidence('outcome') });
        }
      }
    }
    i = j - 1;
  }
  return { outcomes, targets, rows };

  /** The boxes a line of names only heads: two or more cells, each one indicator's name (and maybe its figure's verb). */
  function namesRow(line: Range): Box[] | null {
    const cells = cellsOf(line);
    if (cells.length < 2 || cells.some((cell) => /\d/.test(cell.text))) return null;
    const boxes: Box[] = [];
    for (const cell of cells) {
      const mentions = context.catalogue.findMentions(text, cell.start, cell.end);
      const mention = mentions[0];
      if (!mention || mentions.length !== 1 || mention.keys.length !== 1 || mention.start !== cell.start) return null;
      const tail = text.slice(mention.end, cell.end);
      if (!NAME_TAIL.test(tail)) return null;
      boxes.push({ key: mention.keys[0]!, approximate: ROUND_FIGURE.test(tail), cells: [] });
    }
    return new Set(boxes.map((box) => box.key)).size === boxes.length ? boxes : null;
  }

  /** A line of the boxes' figures: each cell a figure or a short wording, no name among them, one figure at least. */
  function figureRow(line: Range): Cell[] | null {
    const cells = cellsOf(line);
    if (cells.length === 0 || context.catalogue.findMentions(text, line.start, line.end).length > 0) return null;
    if (!cells.every((cell) => FIGURE_CELL.test(cell.text) || WORDING_CELL.test(cell.text))) return null;
    const figures = cells.filter((cell) => FIGURE_CELL.test(cell.text) || isRelativeWording(cell.text) || HANDED_DOWN_WORDING.test(cell.text));
    return figures.length > 0 ? cells : null;
  }

  function cellsOf(line: Range): Cell[] {
    return [...text.slice(line.start, line.end).matchAll(/\S+/g)].map((match) => ({ start: line.start + match.index, end: line.start + match.index + match[0].length, text: match[0] }));
  }

  function readTarget(key: string, cell: string): Reading | null {
    if (!/\d/.test(cell)) {
      if (isRelativeWording(cell)) return { measure: 'growth', qualifier: 'relative', value: null, valueHigh: null, unit: '%', asWritten: cell, relativeToIndicatorKey: 'gdp' };
      if (HANDED_DOWN_WORDING.test(cell)) return { measure: wordingMeasure(context, key, cell), qualifier: 'qualitative', value: null, valueHigh: null, unit: null, asWritten: cell, relativeToIndicatorKey: null };
      return null;
    }
    const parsed = parseAsWritten(cell);
    if (!parsed.ok || parsed.target.value === null || parsed.target.unit === null) return null;
    const { target } = parsed;
    const unit = target.unit!;
    const measure = measureOf(context.catalogue, key, changeVerb(cell), unit);
    if (!measure) return null;
    return { measure, qualifier: target.qualifier, value: target.value, valueHigh: target.valueHigh, unit, asWritten: cell, relativeToIndicatorKey: null };
  }

  function readOutcome(key: string, cell: string): Pick<OutcomeProposal, 'measure' | 'value' | 'unit'> | null {
    if (!/\d/.test(cell)) return null;
    const parsed = parseAsWritten(cell);
    if (!parsed.ok) return null;
    const { value, unit, valueHigh, qualifier } = parsed.target;
    if (value === null || unit === null || valueHigh !== null) return null;
    const measure = measureOf(context.catalogue, key, changeVerb(cell), unit);
    if (!measure) return null;
    return { measure, value: qualifier === 'reduction' && !value.startsWith('-') ? `-${value}` : value, unit };
  }
}

// A box's % without a change word is the indicator's own rate where it has one ("城镇调查失业率" over "5.5%以内"): measureOf decides.
function changeVerb(cell: string): 'growth' | null {
  return /增长|下降|增速|降低|减少/.test(cell) ? 'growth' : null;
}

/** A cell's kind, to place a lone cell: a change, a level, or a wording. */
function kindOf(cell: string): string {
  if (!/\d/.test(cell)) return 'wording';
  return /增长|下降|增速|降低|减少|%/.test(cell) ? 'change' : 'level';
}

function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
