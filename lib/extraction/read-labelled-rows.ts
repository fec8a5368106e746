// Round 12 (rules12b): a summary table pasted from slides or typed without punctuation, whose cells
// stand one space apart and each repeat their column's word, under a header that names the columns:
//   主要指标 2024年计划 2024年预计 2025年目标
//   地区生产总值增长 计划6% 预计5.4% 目标5.5%左右
//   地区生产总值总量 预计488亿元
// A row may leave a column out, so a cell is placed by its word, not by its position (the table reader,
// ./read-tables.ts, places cells by position and so reads neither). Last year's 预计/完成 cell is its
// outcome, the report year's 目标/预期 cell its target, last year's 计划 cell nothing. The prose readers
// read the first figure after the name (the 计划 cell) as the target: their readings on such a row
// give way to these (extract-proposals.ts).
import type { Vintage } from '@/lib/domain/types';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { matchUnitPrefix } from '@/lib/units/units';
import { scoreConfidence } from './confidence';
import { measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { OutcomeProposal, TargetProposal } from './types';

const HEADER = /^[ \t]*(?:主要)?(?:指标|项目)(?:名称)?((?:[ \t]+(?:(?:19|20)\d{2} ?年)?[\u4e00-\u9fff]{2,4}){2,})[ \t]*$/;
const COLUMN = /^((?:19|20)\d{2}) ?年([\u4e00-\u9fff]{2,4})$/;
const CELL = /^(计划|预计|完成|实际|目标|预期)(-?\d+(?:\.\d+)?)(.*)$/;
const DONE = /^(?:预计|完成|实际)$/;
const PLANNED = /^(?:目标|预期)$/;
// The row's name may end with the measure its cells give: "地区生产总值增长", "地区生产总值总量".
const MEASURE_WORD = /^(?:增长|增速|增幅|总量)?$/;

/** `rows`: the rows read, as ranges of the original text (where proposals' offsets are). */
export type LabelledRows = { outcomes: OutcomeProposal[]; targets: TargetProposal[]; rows: Array<{ start: number; end: number }> };

export function readLabelledRows(prepared: PreparedText, context: ReadingContext, reportYear: number, vintage: Vintage): LabelledRows {
  const found: LabelledRows = { outcomes: [], targets: [], rows: [] };
  const { text } = prepared;
  if (!/(?:指标|项目)[ \t]/.test(text)) return found;
  // The header's columns by their word: "预计" → 2024, "目标" → 2025 (a word named by two columns places nothing).
  let columns: Map<string, number | null> | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    const header = HEADER.exec(line);
    if (header) {
      columns = new Map();
      for (const word of header[1]!.trim().split(/[ \t]+/)) {
        const column = COLUMN.exec(word);
        if (!column) continue;
        columns.set(column[2]!, columns.has(column[2]!) ? null : Number(column[1]));
      }
      continue;
    }
    if (!columns) continue;
    const row = readRow(text, start, line, columns, context, reportYear, vintage);
    // A line that is no such row ends the table ("前三季度地区生产总值增长5.1%").
    if (!row) {
      columns = null;
      continue;
    }
    const span = toOriginal(prepared, start, start + line.length);
    found.rows.push({ start: span.start, end: span.end });
    for (const outcome of row.outcomes) found.outcomes.push({ ...outcome, ...toOriginal(prepared, outcome.start, outcome.end) });
    for (const target of row.targets) found.targets.push({ ...target, ...toOriginal(prepared, target.start, target.end) });
  }
  return found;
}

function readRow(
  text: string,
  lineStart: number,
  line: string,
  columns: Map<string, number | null>,
  context: ReadingContext,
  reportYear: number,
  vintage: Vintage,
): { outcomes: OutcomeProposal[]; targets: TargetProposal[] } | null {
  const words = [...line.matchAll(/\S+/g)];
  if (words.length < 2) return null;
  const name = words[0]!;
  const nameStart = lineStart + name.index;
  const mention = context.catalogue.findMentions(text, nameStart, nameStart + name[0].length)[0];
  if (!mention || mention.start !== nameStart || mention.keys.length !== 1) return null;
  const measureWord = text.slice(mention.end, nameStart + name[0].length);
  if (!MEASURE_WORD.test(measureWord)) return null;
  const key = mention.keys[0]!;
  const growthRow = measureWord !== '' && measureWord !== '总量';
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  for (const word of words.slice(1)) {
    const cell = CELL.exec(word[0]);
    if (!cell) return null;
    const year = columns.get(cell[1]!);
    const end = lineStart + word.index + word[0].length;
    const figure = `${cell[2]}${cell[3]}`;
    if (year === reportYear - 1 && DONE.test(cell[1]!)) {
      const unit = cell[3]!.startsWith('%') ? '%' : (matchUnitPrefix(cell[3]!)?.symbol ?? '');
      const value = parseDecimal(cell[2]!);
      const measure = unit === '' || !value.ok ? null : measureOf(context.catalogue, key, growthRow ? 'growth' : null, unit);
      if (measure && value.ok) {
        outcomes.push({ indicatorKey: key, year, measure, value: value.value, unit, vintage, quote: '', start: nameStart, end, confidence: confidence('outcome') });
      }
    } else if (year === reportYear && PLANNED.test(cell[1]!)) {
      const parsed = parseAsWritten(growthRow ? `增长${figure}` : figure);
      if (!parsed.ok || parsed.target.value === null || parsed.target.unit === null) continue;
      const { target } = parsed;
      const measure = measureOf(context.catalogue, key, target.measure === 'growth' ? 'growth' : null, target.unit!);
      if (!measure) continue;
      targets.push({
        indicatorKey: key, year, measure, qualifier: target.qualifier, value: target.value, valueHigh: target.valueHigh, unit: target.unit!,
        asWritten: figure, relativeToIndicatorKey: null, quote: '', start: nameStart, end, confidence: confidence('target'),
      });
    }
  }
  return { outcomes, targets };
}

/** A labelled cell is read without a clause: confident as a table cell is. */
function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
