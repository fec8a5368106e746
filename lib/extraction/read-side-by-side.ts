// Lines that set last year's figure beside this year's target for one indicator, as summaries
// and slides do: "地区生产总值去年增长6.1% 今年预期增长6%", "城镇新增就业去年4120人 今年预期4000人以上".
// The prose readers split a text into a review and a plan; such a line is both at once, so it is
// read here, line by line, and its proposals only add what the prose does not state.
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { asWritten } from './extract-targets';
import { parseFigure, type Figure } from './figure-parser';
import { measureOf, qualifierOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { OutcomeProposal, TargetProposal } from './types';

// After the name: 去年 and its figure, then (after a space or a comma) 今年 and, optionally, 预期/目标.
const LAST_YEAR = /^\s*(?:去年|上年)/;
const THIS_YEAR = /^[\s,;]*(?:今年|2\d{3}年)(?:预期|目标|计划)?\s*/;
// Bullets and the district's scope may stand before the name ("▪ 全县地区生产总值去年…").
const LEAD = /^[\s\u2600-\u27bf\ufe0f●•·▪▶►◆■\u25a0-\u25ff-]*(?:全[区县市旗])?$/;

export function readSideBySide(
  prepared: PreparedText,
  context: ReadingContext,
  reportYear: number,
  vintage: Vintage,
): { outcomes: OutcomeProposal[]; targets: TargetProposal[] } {
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  const { text } = prepared;
  if (!/(?:去年|上年)[^\n]*今年/.test(text)) return { outcomes, targets };
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    read(lineStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return { outcomes, targets };

  function read(start: number, end: number): void {
    const mention = context.catalogue.findMentions(text, start, end)[0];
    if (!mention || mention.keys.length !== 1 || !LEAD.test(text.slice(start, mention.start))) return;
    const key = mention.keys[0]!;
    const past = LAST_YEAR.exec(text.slice(mention.end, end));
    if (!past) return;
    const actual = parseFigure(text, mention.end + past[0].length);
    if (!single(actual) || actual.end > end) return;
    const coming = THIS_YEAR.exec(text.slice(actual.end, end));
    if (!coming) return;
    const goal = parseFigure(text, actual.end + coming[0].length);
    if (!single(goal) || goal.end > end) return;

    const value = actual.values[0]!;
    const measure = measureOf(context.catalogue, key, actual.verb, value.unit);
    if (measure) {
      outcomes.push({
        indicatorKey: key, year: reportYear - 1, measure, value: actual.verb === 'decline' ? `-${value.value.replace(/^-/, '')}` : value.value, unit: value.unit, vintage,
        ...toOriginal(prepared, mention.start, actual.end), confidence: confidence('outcome'),
      });
    }
    const aim = goal.values[0]!;
    const targetMeasure = measureOf(context.catalogue, key, goal.verb, aim.unit);
    const read = qualifierOf(goal, aim);
    if (!targetMeasure || !read) return;
    // The quote opens at 今年: "今年预期增长6%".
    const quoteStart = actual.end + coming[0].length - coming[0].replace(/^[\s,;]*/, '').length;
    targets.push({
      indicatorKey: key, year: reportYear, measure: targetMeasure, qualifier: read.qualifier, value: read.value, valueHigh: aim.valueHigh, unit: aim.unit,
      asWritten: asWritten(text, goal, aim, false),
      relativeToIndicatorKey: null,
      ...toOriginal(prepared, quoteStart, goal.end), confidence: confidence('target'),
    });
  }
}

function single(result: ReturnType<typeof parseFigure>): result is Figure & { kind: 'figure' } {
  return result.kind === 'figure' && result.values.length === 1 && !result.yearAverage;
}

/** A side-by-side line is read without a clause around it: as confident as a table cell. */
function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
