// Round 22 (rules22b): an infographic's review copied as text, one card after another without bullets: the figure first on a line
// of its own, its unit maybe on the next ("658.3" / "亿元"), then the name alone on its line, then maybe its rate ("同比增长6.4%") or,
// under a percentage, the rate word alone ("9.2%" / "规上工业增加值" / "增长"). readReviewCards (read-figure-first.ts) reads such cards
// only under a bullet, as a bare line under a name may be that name's figure (a name-above layout): here a card opens after a gap
// instead, a line that is no bare name (a heading, a remark, the previous card's rate line), so a name above the figure refuses it.
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { parseFigure } from './figure-parser';
import { measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { Range } from './sections';
import type { OutcomeProposal } from './types';

type Line = { start: number; end: number; text: string };

// The figure alone: a number with its unit, or a bare number whose unit stands alone on the next line.
const FIGURE_ALONE = /^-?\d+(?:\.\d+)?(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩)?$/;
const UNIT_ALONE = /^(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩)$/;
// The name's line: the district's scope at most before the name, a rate word at most after it.
const SCOPE = /^(?:全[区县市旗])?$/;
const RATE_WORD = /^(?:同比|比上年)?(?:增速|增幅|增长)$/;
// The rate's line: the rate, then nothing or a remark after a comma.
const RATE_LINE = /^(?:同比|比上年)?(?=增长|下降)/;
const HAS_DIGIT = /\d/;

/** Figure-first cards without bullets in the review: outcomes of `year`. */
export function readFigureCards(prepared: PreparedText, review: Range, context: ReadingContext, year: number, vintage: Vintage): OutcomeProposal[] {
  const { text } = prepared;
  const lines: Line[] = [...text.slice(review.start, review.end).matchAll(/[^\n]*/g)]
    .filter((match) => match[0].trim() !== '')
    .map((match) => {
      const indent = /^[ \t]*/.exec(match[0])![0].length;
      const start = review.start + match.index + indent;
      return { start, end: start + match[0].trim().length, text: match[0].trim() };
    });
  const outcomes: OutcomeProposal[] = [];
  // The last line of the card read last: a card may follow another that ends on its name.
  let cardEnd = -1;
  for (let i = 1; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    if (!FIGURE_ALONE.test(line.text) || (cardEnd !== i - 1 && !opensCard(lines[i - 1]!))) continue;
    const unitLine = /\d$/.test(line.text) && UNIT_ALONE.test(lines[i + 1]!.text) ? lines[i + 1]! : null;
    const written = unitLine ? line.text + unitLine.text : line.text;
    const figure = parseFigure(written, 0, 1, true);
    if (figure.kind !== 'figure' || figure.verb !== null || figure.values.length !== 1 || figure.end !== written.length) continue;
    const value = figure.values[0]!;
    if (value.unit === '') continue;
    const nameLine = lines[i + (unitLine ? 2 : 1)];
    if (!nameLine) continue;
    const mentions = context.catalogue.findMentions(text, nameLine.start, nameLine.end);
    const mention = mentions[0];
    if (!mention || mentions.length !== 1 || mention.keys.length !== 1 || !SCOPE.test(text.slice(nameLine.start, mention.start))) continue;
    const tail = text.slice(mention.end, nameLine.end).trim();
    if (tail !== '' && !RATE_WORD.test(tail)) continue;
    const after = lines[i + (unitLine ? 3 : 2)];
    const rateWordBelow = after !== undefined && RATE_WORD.test(after.text);
    const rateWord = tail !== '' || rateWordBelow;
    if (rateWord && value.unit !== '%') continue;
    const key = mention.keys[0]!;
    const measure = rateWord ? measureOf(context.catalogue, key, 'growth', '%') : (measureOf(context.catalogue, key, null, value.unit) ?? (value.unit === '%' ? measureOf(context.catalogue, key, 'growth', '%') : null));
    if (!measure) continue;
    const rate = measure === 'level' && after !== undefined ? rateOn(after) : null;
    cardEnd = i + (unitLine ? 2 : 1) + (rate || rateWordBelow ? 1 : 0);
    const quote = toOriginal(prepared, line.start, rate ? rate.end : rateWordBelow ? after!.end : nameLine.end);
    const outcome = { indicatorKey: key, year, vintage, ...quote, confidence: confidence() };
    outcomes.push({ ...outcome, measure, value: value.value, unit: value.unit });
    if (rate) outcomes.push({ ...outcome, measure: 'growth', value: rate.value, unit: '%' });
  }
  return outcomes;

  /** A card opens after a line that is no bare name (one without a catalogue name, or one with a figure), or after a card. */
  function opensCard(previous: Line): boolean {
    return HAS_DIGIT.test(previous.text) || context.catalogue.findMentions(text, previous.start, previous.end).length === 0;
  }

  /** "同比增长6.4%", "增长4.8%,高于全市…": one growth rate in % opening the line. */
  function rateOn(line: Line): { value: string; end: number } | null {
    const opening = RATE_LINE.exec(line.text);
    if (!opening) return null;
    // Read within its line: the next card's figure ("增长4.8%" over "-3.5%") is no range's end.
    const rate = parseFigure(line.text, opening[0].length, 1);
    if (rate.kind !== 'figure' || rate.verb === null || rate.values.length !== 1 || rate.values[0]!.unit !== '%') return null;
    if (!/^[ \t]*(?:,.*)?$/.test(line.text.slice(rate.end))) return null;
    return { value: rate.verb === 'decline' ? `-${rate.values[0]!.value.replace(/^-/, '')}` : rate.values[0]!.value, end: line.start + rate.end };
  }
}

function confidence(): number {
  return scoreConfidence({ kind: 'outcome', headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
