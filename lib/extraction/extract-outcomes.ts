// Last year's outcomes from the review: every catalogue figure whose clause opens like
// a headline ("全年地区生产总值完成359.82亿元", "完成城镇新增就业1.39万人"), plus the
// growth rate that follows a level in the next clause ("…281.6亿元,增长5.5%").
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { parseFigure, type Figure, type FigureValue } from './figure-parser';
import { flowFlag, garbledFlag, rankFlag } from './flags';
import { measureOf, pairValues } from './interpret';
import { spansRemovedText, toOriginal, type PreparedText } from './prepare-text';
import { figuresInParagraph, isLeadIn, leadInStart, scanFigures, type Reading } from './scan-figures';
import type { Range } from './sections';
import type { ExtractionFlag, OutcomeProposal } from './types';

const CONTINUATION = /^[,、]\s*/;
const HEADLINE_FIGURES = 3;
const AIM = /力争|确保/;

export function extractOutcomes(prepared: PreparedText, review: Range, year: number): { outcomes: OutcomeProposal[]; flags: ExtractionFlag[] } {
  const { text } = prepared;
  const readings = scanFigures(text, review);
  const found: OutcomeProposal[] = [];
  const flags: ExtractionFlag[] = [];

  for (const reading of readings) {
    const skipped = flowFlag(prepared, reading, year) ?? rankFlag(prepared, reading, year);
    if (skipped) flags.push(skipped);
    if (skipped || !isLeadIn(reading.prefix)) continue;
    const { result } = reading;
    if (result.kind === 'garbled') flags.push(garbledFlag(prepared, reading, year, result.verb));
    // 年均 is a multi-year average; 力争/确保 state an aim, not what happened.
    if (result.kind !== 'figure' || result.yearAverage || result.aim || AIM.test(reading.prefix)) continue;
    const pairs = pairValues(reading.keys, result.values);
    if (!pairs) continue;
    const series = pairs.length > 1;
    const next = series ? null : continuation(text, result.end, review.end);
    // One clause stating a level and its growth is quoted whole for both figures.
    const quote = { start: leadInStart(reading), end: next?.end ?? result.end };
    const context = { headline: figuresInParagraph(readings, text, reading.start) >= HEADLINE_FIGURES, vintage: vintageOf(text, reading, result) };
    const propose = (key: string, figure: Figure, value: FigureValue, extra: { series: boolean; continuation: boolean }) => {
      const measure = measureOf(key, figure.verb, value.unit);
      if (!measure) return null;
      const proposal: OutcomeProposal = {
        indicatorKey: key,
        year,
        measure,
        value: figure.verb === 'decline' ? negate(value.value) : value.value,
        unit: value.unit,
        vintage: context.vintage,
        ...toOriginal(prepared, quote.start, quote.end),
        confidence: scoreConfidence({
          kind: 'outcome',
          headline: context.headline,
          wording: false,
          ...extra,
          joinedAcrossArtefact: spansRemovedText(prepared, quote.start, quote.end),
          runTogether: reading.runTogether,
          bound: value.suffix !== '' || value.valueHigh !== null,
        }),
      };
      found.push(proposal);
      return proposal;
    };
    const first = pairs.map(([key, value]) => propose(key, result, value, { series, continuation: false }))[0];
    if (first && next && measureOf(first.indicatorKey, next.verb, next.values[0]!.unit) !== first.measure) {
      propose(first.indicatorKey, next, next.values[0]!, { series: false, continuation: true });
    }
  }
  return { outcomes: dedupe(found), flags };
}

/** "…完成281.6亿元,增长5.5%": a figure with its own verb right after, and no name of its own. */
function continuation(text: string, from: number, limit: number): Figure | null {
  const separator = CONTINUATION.exec(text.slice(from, limit));
  if (!separator) return null;
  const next = parseFigure(text, from + separator[0].length);
  if (next.kind !== 'figure' || next.verb === null || next.yearAverage || next.aim || next.values.length !== 1 || next.end > limit) return null;
  return next;
}

/** 初步核算 / 最终核实 in the sentence say which vintage; otherwise it is the report's own estimate. */
function vintageOf(text: string, reading: Reading, figure: Figure): Vintage {
  const sentence = text.slice(Math.max(text.lastIndexOf('。', reading.start), text.lastIndexOf('\n', reading.start)) + 1, figure.end);
  if (/最终核实|最终核算/.test(sentence)) return 'final';
  if (/初步核算/.test(sentence)) return 'preliminary';
  return 'estimate';
}

/** One figure per indicator, year and measure (a report repeats its headline figures): the surest, then the first. */
function dedupe(outcomes: OutcomeProposal[]): OutcomeProposal[] {
  const best = new Map<string, OutcomeProposal>();
  for (const outcome of outcomes) {
    const key = `${outcome.indicatorKey}|${outcome.measure}`;
    const kept = best.get(key);
    if (!kept || outcome.confidence > kept.confidence) best.set(key, outcome);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

function negate(value: string): string {
  if (value.startsWith('-')) return value.slice(1);
  return value === '0' ? value : `-${value}`;
}
