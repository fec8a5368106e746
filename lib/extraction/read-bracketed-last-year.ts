// Round 11 (rules11b): plan reports list this year's targets and put last year's result after each
// in brackets: "地区生产总值增长5%左右(2025年预计增长5.4%)", "城镇调查失业率控制在5%以内(2025年为4.4%)",
// "区级一般公共预算收入增长2%(2025年预计完成186.2亿元,同口径增长1.8%)". The bracket names last
// year and no indicator: its figures belong to the indicator of the clause it closes. The prose
// readers take the clause as a target and skip the bracket, so it is read here, and its proposals
// only add what the prose does not state. A bracket of another year, or without a figure
// ("2025年完成市下达目标"), is nothing.
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { parseFigure, type Figure } from './figure-parser';
import { measureOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { OutcomeProposal } from './types';

// "(2025年": the figure parser reads what follows ("预计完成186.2亿元", "为4.4%", "预计下降3.1%").
const OPENING = /\(((?:19|20)\d{2})年/g;
// A second figure after a comma, its basis named: ",同口径增长1.8%", ",同比下降2%".
const SECOND = /^,(?:同口径|可比口径|同比|比上年)?/;
// The clause the bracket closes starts after the last comma, semicolon, full stop, line break or list dash
// before it, and after "其中" ("…增长5%(…),其中工业投资增长10%(…)"): bounded, so the search stays linear.
const CLAUSE_START = /[,;。\n:]|——|其中/g;
const CLAUSE_MAX = 60;

export function readBracketedLastYear(prepared: PreparedText, context: ReadingContext, reportYear: number, vintage: Vintage): OutcomeProposal[] {
  const outcomes: OutcomeProposal[] = [];
  const { text } = prepared;
  for (const opening of text.matchAll(OPENING)) {
    if (Number(opening[1]) !== reportYear - 1) continue;
    const bracket = opening.index;
    const floor = Math.max(0, bracket - CLAUSE_MAX);
    let clauseStart = floor;
    for (const boundary of text.slice(floor, bracket).matchAll(CLAUSE_START)) clauseStart = floor + boundary.index + boundary[0].length;
    // The clause must name one indicator and state something of it (a figure or a wording) before the bracket.
    const mention = context.catalogue.findMentions(text, clauseStart, bracket)[0];
    if (!mention || mention.keys.length !== 1 || mention.end >= bracket) continue;
    const key = mention.keys[0]!;
    const figures: Figure[] = [];
    let at = bracket + opening[0].length;
    for (let count = 0; count < 2; count += 1) {
      const figure = parseFigure(text, at);
      if (figure.kind !== 'figure' || figure.values.length !== 1 || figure.yearAverage) break;
      figures.push(figure);
      const second = SECOND.exec(text.slice(figure.end, figure.end + 8));
      if (!second) {
        at = figure.end;
        break;
      }
      at = figure.end + second[0].length;
    }
    // The bracket must close right after its figures: anything else in it may be another indicator's.
    const close = text.slice(figures.at(-1)?.end ?? at, (figures.at(-1)?.end ?? at) + 1);
    if (figures.length === 0 || close !== ')') continue;
    const quote = toOriginal(prepared, clauseStart, figures.at(-1)!.end + 1);
    for (const figure of figures) {
      const value = figure.values[0]!;
      const measure = measureOf(context.catalogue, key, figure.verb, value.unit);
      if (!measure) continue;
      outcomes.push({
        indicatorKey: key, year: reportYear - 1, measure, value: figure.verb === 'decline' ? `-${value.value.replace(/^-/, '')}` : value.value, unit: value.unit, vintage,
        ...quote, confidence: scoreConfidence({ kind: 'outcome', headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false }),
      });
    }
  }
  return outcomes;
}
