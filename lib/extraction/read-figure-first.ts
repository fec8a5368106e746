// Lines that give the figure first and its name after a dash, as "一组数据看…" items do:
// "412.6亿元——全区地区生产总值", "5.8%——地区生产总值增速". The prose readers read a name and
// then its figure, so such lines are read here, in the review only (figures of last year).
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { FIGURE_FIRST_DASH, parseFigure } from './figure-parser';
import { measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { Range } from './sections';
import type { OutcomeProposal } from './types';

// After the name only a rate word may follow ("…增速", "…增幅"), then the line ends.
const NAME_TAIL = /^(增速|增幅)?[ \t]*$/;
// The district's scope may stand before the name ("——全区地区生产总值").
const SCOPE = /^(?:全[区县市旗])?$/;

export function readFigureFirst(prepared: PreparedText, review: Range, context: ReadingContext, year: number, vintage: Vintage): OutcomeProposal[] {
  const { text } = prepared;
  const outcomes: OutcomeProposal[] = [];
  let lineStart = review.start;
  while (lineStart < review.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = Math.min(newline < 0 ? text.length : newline, review.end);
    const proposal = read(lineStart, lineEnd);
    if (proposal) outcomes.push(proposal);
    lineStart = lineEnd + 1;
  }
  return outcomes;

  function read(start: number, end: number): OutcomeProposal | null {
    const indent = /^[ \t]*/.exec(text.slice(start, end))![0].length;
    const figure = parseFigure(text, start + indent, 1, true);
    if (figure.kind !== 'figure' || figure.verb !== null || figure.values.length !== 1 || figure.end > end) return null;
    const dash = FIGURE_FIRST_DASH.exec(text.slice(figure.end, end));
    if (!dash) return null;
    const nameFrom = figure.end + dash[0].length - 1;
    const mention = context.catalogue.findMentions(text, nameFrom, end)[0];
    if (!mention || mention.keys.length !== 1 || !SCOPE.test(text.slice(nameFrom, mention.start))) return null;
    const tail = NAME_TAIL.exec(text.slice(mention.end, end));
    if (!tail) return null;
    const value = figure.values[0]!;
    // A rate needs its rate word ("…增速"); a level stands for the name alone.
    if ((value.unit === '%') !== (tail[1] !== undefined)) return null;
    const key = mention.keys[0]!;
    const measure = measureOf(context.catalogue, key, value.unit === '%' ? 'growth' : 'level', value.unit);
    if (!measure) return null;
    return {
      indicatorKey: key, year, measure, value: value.value, unit: value.unit, vintage,
      ...toOriginal(prepared, start + indent, mention.end + tail[0].trimEnd().length),
      confidence: scoreConfidence({ kind: 'outcome', headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false }),
    };
  }
}
