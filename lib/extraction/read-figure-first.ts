// Lines that give the figure first and its name after a dash, as "一组数据看…" items do:
// "412.6亿元——全区地区生产总值", "5.8%——地区生产总值增速". The prose readers read a name and
// then its figure, so such lines are read here, in the review only (figures of last year).
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { FIGURE_FIRST_DASH, parseFigure } from './figure-parser';
import { asWritten } from './extract-targets';
import { measureOf, qualifierOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import type { Range } from './sections';
import type { OutcomeProposal, TargetProposal } from './types';

// After the name only a rate word may follow ("…增速", "…增幅"), then the line ends.
// Round 17 (rules17b): …a rate word of a post's list too ("…增长", "…比上年增长"), and a remark in brackets without a figure
// ("-4.6%｜固定资产投资(受项目收尾影响)").
const NAME_TAIL = /^((?:比上年|同比)?(?:增速|增幅|增长))?[ \t]*(?:\([^\d()\n]{1,24}\))?[ \t]*$/;
// Round 17 (rules17b): …or, after a level's name, its growth after a comma ("29.7亿元｜社会消费品零售总额,增长4.9%", ",同口径增长3.8%").
const LEVEL_RATE = /^[ \t]*,[ \t]*(?:同口径|同比|比上年)?(?=增长)/;
// The district's scope may stand before the name ("——全区地区生产总值"), or its urban core's, where air quality is measured
// ("97.5%｜中心城区空气质量优良天数比率").
const SCOPE = /^(?:全[区县市旗]|中心城区|城区|县城)?$/;

export function readFigureFirst(prepared: PreparedText, review: Range, context: ReadingContext, year: number, vintage: Vintage): OutcomeProposal[] {
  const { text } = prepared;
  const outcomes: OutcomeProposal[] = [];
  let lineStart = review.start;
  while (lineStart < review.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = Math.min(newline < 0 ? text.length : newline, review.end);
    outcomes.push(...read(lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  return outcomes;

  function read(start: number, end: number): OutcomeProposal[] {
    const indent = /^[ \t]*/.exec(text.slice(start, end))![0].length;
    const figure = parseFigure(text, start + indent, 1, true);
    if (figure.kind !== 'figure' || figure.verb !== null || figure.values.length !== 1 || figure.end > end) return [];
    const dash = FIGURE_FIRST_DASH.exec(text.slice(figure.end, end));
    if (!dash) return [];
    const nameFrom = figure.end + dash[0].length - 1;
    const mention = context.catalogue.findMentions(text, nameFrom, end)[0];
    if (!mention || mention.keys.length !== 1 || !SCOPE.test(text.slice(nameFrom, mention.start))) return [];
    const value = figure.values[0]!;
    const key = mention.keys[0]!;
    const tail = NAME_TAIL.exec(text.slice(mention.end, end));
    const rate = tail || value.unit === '%' ? null : levelRate(mention.end, end);
    if (!tail && !rate) return [];
    // A level stands for the name alone; a rate needs its rate word, unless the name's level is never a percentage
    // (Round 17, rules17b: "-4.6%｜固定资产投资" is its growth; "4.8%｜城镇调查失业率" is a level).
    const rateWord = tail?.[1] !== undefined;
    if (rateWord && value.unit !== '%') return [];
    const measure = rateWord ? measureOf(context.catalogue, key, 'growth', '%') : (measureOf(context.catalogue, key, null, value.unit) ?? (value.unit === '%' ? measureOf(context.catalogue, key, 'growth', '%') : null));
    if (!measure) return [];
    const quote = toOriginal(prepared, start + indent, rate ? rate.end : mention.end + tail![0].trimEnd().length);
    const outcome = { indicatorKey: key, year, vintage, ...quote, confidence: confidence('outcome') };
    const growth = rate?.values[0];
    return [
      { ...outcome, measure, value: value.value, unit: value.unit },
      ...(growth && measure !== 'growth' ? [{ ...outcome, measure: 'growth' as const, value: growth.value, unit: '%' }] : []),
    ];
  }

  // ",增长4.9%" to the line's end: one growth rate in %.
  function levelRate(from: number, end: number) {
    const comma = LEVEL_RATE.exec(text.slice(from, end));
    if (!comma) return null;
    const rate = parseFigure(text, from + comma[0].length, 1);
    if (rate.kind !== 'figure' || rate.verb !== 'growth' || rate.values.length !== 1 || rate.values[0]!.unit !== '%' || text.slice(rate.end, end).trim() !== '') return null;
    return rate;
  }
}

// "▶ 6%左右" on one line, "2025年地区生产总值预期增长" on the next: a card ("数读报告") gives the
// figure alone and names it below, with the year it belongs to. The name line holds the year,
// the district's scope, one name and a rate or goal word, nothing else.
// Round 16 (rules16a): …or sets it in a card's brackets ("【 452.6亿元 】"), the bracket closed after the figure.
const FIGURE_LINE = /^[ \t]*(?:[▶►●•·■◆★▪【\u25a0-\u25ff\u2600-\u27bf\ufe0f]|[\ud83c-\ud83e][\udc00-\udfff])*[ \t]*$/;
const FIGURE_LINE_MAX = 20;
/** Nothing but the figure on its line: the rest is blank, or the bracket the bullet opened. */
const figureAlone = (rest: string, bullet: string) => rest.trim() === '' || (bullet.includes('【') && rest.trim() === '】');
const NAME_LINE_HEAD = /^[ \t]*((?:19|20)\d{2}) ?年(?:全[区县市旗])?$/;
const NAME_LINE_TAIL = /^(增速|增幅|增长|预期增长|预期增速|增长目标|预期目标|目标)?[ \t]*$/;

/** Figure-above lines anywhere in the text: last year's as outcomes, the report year's as targets. */
export function readFigureAbove(
  prepared: PreparedText,
  context: ReadingContext,
  reportYear: number,
  vintage: Vintage,
): { outcomes: OutcomeProposal[]; targets: TargetProposal[] } {
  const { text } = prepared;
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  const lines = [...text.matchAll(/[^\n]*/g)].filter((match) => match[0].trim() !== '').map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    // A card's figure line is short: a bullet, a figure and its qualifier.
    if (line.end - line.start > FIGURE_LINE_MAX) continue;
    const bullet = FIGURE_LINE.exec(text.slice(line.start, line.end).replace(/[\d百].*$/, ''));
    if (!bullet) continue;
    const from = line.start + bullet[0].length;
    const figure = parseFigure(text, from, 1, true);
    if (figure.kind !== 'figure' || figure.verb !== null || figure.values.length !== 1 || !figureAlone(text.slice(figure.end, line.end), bullet[0])) continue;
    const below = lines[i + 1]!;
    const mention = context.catalogue.findMentions(text, below.start, below.end)[0];
    if (!mention || mention.keys.length !== 1) continue;
    const head = NAME_LINE_HEAD.exec(text.slice(below.start, mention.start));
    const tail = NAME_LINE_TAIL.exec(text.slice(mention.end, below.end));
    if (!head || !tail) continue;
    const value = figure.values[0]!;
    // A rate needs its rate word; a level stands for the name alone.
    if ((value.unit === '%') !== (tail[1] !== undefined)) continue;
    const key = mention.keys[0]!;
    const measure = measureOf(context.catalogue, key, value.unit === '%' ? 'growth' : 'level', value.unit);
    if (!measure) continue;
    const year = Number(head[1]);
    const quote = toOriginal(prepared, from, mention.end + tail[0].trimEnd().length);
    if (year === reportYear - 1) {
      outcomes.push({ indicatorKey: key, year, measure, value: value.value, unit: value.unit, vintage, ...quote, confidence: confidence('outcome') });
    } else if (year === reportYear) {
      const read = qualifierOf(figure, value);
      if (!read) continue;
      targets.push({
        indicatorKey: key, year, measure, qualifier: read.qualifier, value: read.value, valueHigh: value.valueHigh, unit: value.unit,
        asWritten: asWritten(text, figure, value, true), relativeToIndicatorKey: null, ...quote, confidence: confidence('target'),
      });
    }
  }
  return { outcomes, targets };
}

function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}

// Round 11 (rules11a): a poster's card under a review heading ("📊 2023 成绩单") gives the figure alone on its
// line and names it on the next, with no year (the heading gave it), the name maybe followed by its rate:
// "▪️ 186.4亿元" / "地区生产总值,增长5.1%"; "▪️ 增长7.6%" / "规模以上工业增加值"; "▪️ 98.6%" / "…优良天数比率".
// Read in the review only; the name line holds the district's scope, one name and at most ",增长x%".
// The scope may be the district's or its urban core's (air quality is measured there: "中心城区空气质量…").
const CARD_SCOPE = /^[ \t]*(?:全[区县市旗]|中心城区|城区|县城)?$/;
const CARD_RATE = /^[ \t]*,[ \t]*(?=(?:同比)?增长)/;
const RATE_WORD = /^(?:增速|增幅|增长)(?=[ \t]*$)/;
const RATE_LINE = /^[ \t]*(?=(?:同比|比上年)?增长)/;

/** Figure-above cards in the review, without a year on the name line: outcomes of `year`. */
export function readReviewCards(prepared: PreparedText, review: Range, context: ReadingContext, year: number, vintage: Vintage): OutcomeProposal[] {
  const { text } = prepared;
  const outcomes: OutcomeProposal[] = [];
  const lines = [...text.slice(review.start, review.end).matchAll(/[^\n]*/g)]
    .filter((match) => match[0].trim() !== '')
    .map((match) => ({ start: review.start + match.index, end: review.start + match.index + match[0].length }));
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.end - line.start > FIGURE_LINE_MAX) continue;
    const bullet = FIGURE_LINE.exec(text.slice(line.start, line.end).replace(/(?:增长)?[\d百].*$/, ''));
    // A card is bulleted ("▪️"): a bare "增长7.8%" line under a name above it is that name's (e3-wp05's layout).
    if (!bullet || bullet[0].trim() === '') continue;
    const from = line.start + bullet[0].length;
    // (Only with a catalogue that keeps the pair: a caller's own catalogue may not.)
    const pair = context.catalogue.byKey.has('urban_income') && context.catalogue.byKey.has('rural_income') ? readPairCard(text.slice(from, line.end), text.slice(lines[i + 1]!.start, lines[i + 1]!.end)) : null;
    if (pair) {
      const quote = toOriginal(prepared, from, lines[i + 1]!.end);
      for (const item of pair) outcomes.push({ ...item, year, vintage, ...quote, confidence: confidence('outcome') });
      i += 1;
      continue;
    }
    const figure = parseFigure(text, from, 1, true);
    if (figure.kind !== 'figure' || (figure.verb !== null && figure.verb !== 'growth') || figure.values.length !== 1 || !figureAlone(text.slice(figure.end, line.end), bullet[0])) continue;
    const below = lines[i + 1]!;
    const mentions = context.catalogue.findMentions(text, below.start, below.end);
    const mention = mentions[0];
    if (!mention || mention.keys.length !== 1 || mentions.length !== 1 || !CARD_SCOPE.test(text.slice(below.start, mention.start))) continue;
    const key = mention.keys[0]!;
    const value = figure.values[0]!;
    // Round 16 (rules16a): a rate's name may end in its rate word ("【 9.7% 】" over "规上工业增加值增速", "固定资产投资增长").
    const rateWord = RATE_WORD.exec(text.slice(mention.end, below.end))?.[0] ?? '';
    if (rateWord !== '' && (figure.verb !== null || value.unit !== '%')) continue;
    const measure = measureOf(context.catalogue, key, figure.verb === 'growth' || rateWord !== '' ? 'growth' : 'level', value.unit);
    if (!measure) continue;
    const nameEnd = mention.end + rateWord.length;
    // The name line ends at the name, or gives the rate after a comma ("地区生产总值,增长5.1%").
    const comma = CARD_RATE.exec(text.slice(nameEnd, below.end));
    const rate = comma ? parseFigure(text, nameEnd + comma[0].length, 1) : null;
    const rateOnName = rate?.kind === 'figure' && rate.verb === 'growth' && rate.values.length === 1 && text.slice(rate.end, below.end).trim() === '' ? rate : null;
    if (!rateOnName && text.slice(nameEnd, below.end).trim() !== '') continue;
    // Round 16 (rules16a): …or on a line of its own under the name ("同比增长5.9%,高于全市0.8个百分点"), a remark after a comma.
    const rateLine = rateOnName || measure === 'growth' ? null : rateBelow(lines[i + 2]);
    const rateRead = rateOnName ?? rateLine;
    const quote = toOriginal(prepared, from, rateRead ? rateRead.end : nameEnd);
    outcomes.push({ indicatorKey: key, year, measure, value: value.value, unit: value.unit, vintage, ...quote, confidence: confidence('outcome') });
    const growth = rateRead?.values[0];
    if (growth && measure !== 'growth' && growth.unit === '%') {
      outcomes.push({ indicatorKey: key, year, measure: 'growth', value: growth.value, unit: '%', vintage, ...quote, confidence: confidence('outcome') });
    }
    i += rateLine ? 2 : 1;
  }
  return outcomes;

  // "同比增长5.9%" / "增长6.6%,…": a line that opens on the rate, one growth and nothing after it but a remark.
  function rateBelow(line: { start: number; end: number } | undefined) {
    const opening = line ? RATE_LINE.exec(text.slice(line.start, line.end)) : null;
    if (!line || !opening) return null;
    const rate = parseFigure(text, line.start + opening[0].length, 1);
    if (rate.kind !== 'figure' || rate.verb !== 'growth' || rate.values.length !== 1 || rate.end > line.end) return null;
    return /^[ \t]*(?:,[^\n]*)?$/.test(text.slice(rate.end, line.end)) ? rate : null;
  }
}

// Round 11 (rules11a): the same poster's cards under the plan's heading ("▍2025年这样干"): "▶ 6%左右" over
// "今年全区地区生产总值预期增长目标,…", "▶ 1.2万人以上" over "城镇新增就业目标。". The name line says 今年 or
// nothing before the name and a goal word after it (a rate needs its rate word), then at most a remark
// without figures; a card of a task ("▶ 180个" / "全年安排区级重点项目180个") names no indicator.
const PLAN_CARD_HEAD = /^[ \t]*(?:今年)?(?:全[区县市旗])?$/;
const PLAN_CARD_TAIL = /^(预期增长目标|预期增长|增长目标|预期增速|增速目标|预期目标|目标)[ \t]*(?:[,;][^\n\d]{0,20})?[。;]?[ \t]*$/;

/** Figure-above cards in the plan, the name line without a year: targets of `year`. */
export function readPlanCards(prepared: PreparedText, plan: Range, context: ReadingContext, year: number): TargetProposal[] {
  const { text } = prepared;
  const targets: TargetProposal[] = [];
  const lines = [...text.slice(plan.start, plan.end).matchAll(/[^\n]*/g)]
    .filter((match) => match[0].trim() !== '')
    .map((match) => ({ start: plan.start + match.index, end: plan.start + match.index + match[0].length }));
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.end - line.start > FIGURE_LINE_MAX) continue;
    const bullet = FIGURE_LINE.exec(text.slice(line.start, line.end).replace(/[\d百].*$/, ''));
    if (!bullet || bullet[0].trim() === '') continue;
    const from = line.start + bullet[0].length;
    const figure = parseFigure(text, from, 1, true);
    if (figure.kind !== 'figure' || figure.verb !== null || figure.values.length !== 1 || !figureAlone(text.slice(figure.end, line.end), bullet[0])) continue;
    const below = lines[i + 1]!;
    const mentions = context.catalogue.findMentions(text, below.start, below.end);
    const mention = mentions[0];
    if (!mention || mention.keys.length !== 1 || mentions.length !== 1 || !PLAN_CARD_HEAD.test(text.slice(below.start, mention.start))) continue;
    const tail = PLAN_CARD_TAIL.exec(text.slice(mention.end, below.end));
    if (!tail) continue;
    const value = figure.values[0]!;
    // A rate needs a rate word ("预期增长"); a level its 目标 alone.
    const rateWord = /增长|增速/.test(tail[1]!);
    if ((value.unit === '%') !== rateWord) continue;
    const key = mention.keys[0]!;
    const measure = measureOf(context.catalogue, key, rateWord ? 'growth' : 'level', value.unit);
    if (!measure) continue;
    const read = qualifierOf(figure, value);
    if (!read) continue;
    targets.push({
      indicatorKey: key, year, measure, qualifier: read.qualifier, value: read.value, valueHigh: value.valueHigh, unit: value.unit,
      asWritten: asWritten(text, figure, value, true), relativeToIndicatorKey: null, ...toOriginal(prepared, from, mention.end + tail[1]!.length), confidence: confidence('target'),
    });
    i += 1;
  }
  return targets;
}

// Round 11 (rules11a): a card of the urban/rural income pair, two levels split by a slash over the pair's name and
// its two rates ("▪️ 39526元 / 15870元" / "城镇、农村常住居民人均可支配收入,分别增长4.3%、7.9%"): urban first, as
// the name orders them.
// Round 16 (rules16a): …the figures maybe in a card's brackets ("【 43862元 / 24517元 】"), the rates maybe without the comma.
const PAIR_FIGURES = /^[ \t]*(\d+(?:\.\d+)?)(元|万元)[ \t]*[/|][ \t]*(\d+(?:\.\d+)?)\2[ \t]*】?[ \t]*$/;
const PAIR_NAME = /^[ \t]*(?:全[区县市旗])?城镇(?:常住)?(?:居民)?[、和与及](?:农村)(?:常住)?居民人均可支配收入(?:[ \t]*,?[ \t]*分别(?:同比)?增长(\d+(?:\.\d+)?)%[、和](\d+(?:\.\d+)?)%)?[ \t]*$/;
function readPairCard(figureLine: string, nameLine: string): Array<Pick<OutcomeProposal, 'indicatorKey' | 'measure' | 'value' | 'unit'>> | null {
  const figures = PAIR_FIGURES.exec(figureLine);
  const name = figures ? PAIR_NAME.exec(nameLine) : null;
  if (!figures || !name) return null;
  const plain = (value: string) => String(Number(value));
  const items: Array<Pick<OutcomeProposal, 'indicatorKey' | 'measure' | 'value' | 'unit'>> = [
    { indicatorKey: 'urban_income', measure: 'level', value: plain(figures[1]!), unit: figures[2]! },
    { indicatorKey: 'rural_income', measure: 'level', value: plain(figures[3]!), unit: figures[2]! },
  ];
  if (name[1] !== undefined && name[2] !== undefined) {
    items.push({ indicatorKey: 'urban_income', measure: 'growth', value: plain(name[1]), unit: '%' }, { indicatorKey: 'rural_income', measure: 'growth', value: plain(name[2]), unit: '%' });
  }
  return items;
}
