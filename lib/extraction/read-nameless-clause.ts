// Round 12 (rules12a): a clause that gives a figure without a name, turning to the other year of the one
// indicator its sentence names, borrows that name. Deputies and interviews weigh a target against last
// year's result in one breath: "去年全县规上工业增加值增长10.2%,增速全市第一,今年定下增长9%的目标";
// "社会消费品零售总额今年预期增长6%以上,去年是205.8亿元,增长5.4%". 今年 makes it a target of the report
// year, 去年 an outcome of the year before. The prose readers need a name before each figure, so such
// clauses are read here; what they already read wins (extract-proposals keeps only fresh proposals).
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { asWritten } from './extract-targets';
import { parseFigure, type Figure } from './figure-parser';
import { measureOf, qualifierOf } from './interpret';
import { toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import { PERIOD, sentenceStart } from './scan-figures';
import type { OutcomeProposal, TargetProposal } from './types';

// After a comma: 今年/去年, maybe a verb of setting or being, then the figure (never a year: "今年是2025年…").
// Round 13 (rules13c): …or this year's bare 目标 or 要 ("去年城镇新增就业1.26万人,今年目标1.2万人以上", "…去年只增长3.2%,今年要增长5%").
// Round 14 (rules14b): …or the report as this year's subject ("…去年只增长了3.6%,今年报告定的是增长5%", "今年报告提出增长5%",
// "今年报告确定的目标是增长5%"): what the report sets for the indicator the clause before named.
// Round 16 (rules16a): …or a level this year must hold after 要 ("去年粮食产量达到18.9万吨,今年要稳定在18.5万吨以上").
// Round 19 (rules19b): …also after 要确保 ("…达到4.86亿斤,今年要确保稳定在4.8亿斤以上", a member's remark).
// Round 14 (rules14b): …or the whole year after a part of it ("1—11月全县社会消费品零售总额增长5.9%,全年预计完成62.7亿元,增长6.1%"):
// the year's estimate of the indicator the part-year clause named, an outcome of the year before the report's.
// Round 23 (rules23b): …also last year's figure of "this number" ("…报告提出工业投资增长15%以上,去年这个数字是22.6%"): the one
// indicator the clause before named.
const NAMELESS = /[,;]\s*(今年|去年|全年(?=(?:初步)?预计))(?:的)?(?:(?<=去年的?)(?:这个|这一|这项)(?:数字|指标|数据))?(?:(?:初步)?预计(?:可)?)?(?:(?<=今年的?)(?:政府工作)?报告(?:里|中)?(?:提出|定下?|确定|给出?|说)?了?的?)?(?:定下了?|预期目标是|目标是|预期|是|为|目标|(?:还)?要(?:实现|确保)?|(?<=预计可?)(?:完成|实现|达到))?(?=\s?(?:增长|下降|(?<=要|要确保)(?:稳定在|保持在|达到))?\s?\d)(?!\s?(?:19|20)\d{2} ?年)/g;
const THIS_NUMBER = /(?:这个|这一|这项)(?:数字|指标|数据)/;
// The rate that follows a level in the same clause ("去年是205.8亿元,增长5.4%").
const RATE_AFTER = /^,\s*(?=(?:同比)?(?:增长|下降)\s?\d)/;
// "去年这两项分别是…": last year's figures of the indicators the sentence before named.
const REFERS_BACK = /[。!?]\s*去年(?:的)?这(两|三)项(?:指标)?(?:分别)?(?:是|为|达到)?(?=\s?\d)/g;
const COUNT: Record<string, number> = { 两: 2, 三: 3 };
const SERIES_RATE_AFTER = /^,\s*(?=(?:同比)?(?:分别)?(?:增长|下降)\s?\d)/;
// "。今年预期目标是增长3%": this year's goal, its name in the sentence before.
// Round 15 (rules15a): …also with the report as its subject, as after a comma ("。今年报告定的目标是增长8%", "。今年政府工作报告提出的目标为
// 增长6%", "。今年报告定的是增长5%"): what the report sets for the one indicator the sentence before named.
// Round 23 (rules23b): …also a bare 目标 right before the rate ("…同口径增长3.2%。今年目标增长3%,要…"), as 目标是 is.
const GOAL_AFTER = /[。!?]\s*今年(?:的)?(?:(?:政府工作)?报告(?:里|中)?(?:提出|定下?|确定|给出?)了?的)?(?:(?:预期目标|目标)(?:是|为|定为|定在)|(?:预期目标|目标)(?=\s?(?:增长|下降)\s?\d)|(?<=报告(?:里|中)?(?:提出|定下?|确定|给出?)了?的)是)(?=\s?(?:增长|下降)?\s?\d)/g;
// Round 22 (rules22a): "固定资产投资下降4.6%,低于预期目标。主要受房地产开发投资下降影响,扣除房地产开发投资后增长5.2%。": a sentence
// or clause giving the reason for last year's rate (its own figures in it: "…,主要是上年有一次性收入1.1亿元,扣除该因素后同口径增长
// 6.9%"), then the rate once the cause is taken out, without a name: the second basis of the one indicator its paragraph named
// before it (README-independent: both rates labelled).
// Round 24 (rules24a): …or with no reason given, a sentence that opens on what is taken out ("固定资产投资增长3.1%,低于预期。剔除房地产
// 开发投资后增长8.6%。"), the same second basis of the one indicator named before it in the paragraph.
const REASON_THEN_ADJUSTED = /(?:[。!?,;]\s*主要(?:是|受|因为|由于|原因是)[^。;\n]{1,30}?[,;]|[。!?])\s*((?:剔除|扣除)(?!价格)[^,。;:\d\n]{1,20}?(?:后|影响(?:因素)?后?)[,]?)\s*(?=(?:同口径|按同口径)?(?:同比|比上年)?(?:增长|下降)\s?\d)/g;
// Another entity's name before the indicator ("全市规上工业增加值…") lends nothing.
const OTHER_ENTITY = /全[市省国州]$|[市省]级$/;

export function readNamelessClauses(
  prepared: PreparedText,
  context: ReadingContext,
  reportYear: number,
  vintage: Vintage,
): { outcomes: OutcomeProposal[]; targets: TargetProposal[] } {
  const { text } = prepared;
  const outcomes: OutcomeProposal[] = [];
  const targets: TargetProposal[] = [];
  for (const match of text.matchAll(NAMELESS)) {
    const opener = match.index + match[0].search(/今年|去年|全年/);
    const from = sentenceStart(text, match.index);
    // 全年 reads only after a part-year figure of last year's ("1—11月…"), never this year's ("今年一季度…").
    if (match[1] === '全年' && (!PERIOD.test(text.slice(from, match.index)) || /今年/.test(text.slice(from, match.index)))) continue;
    const mentions = context.catalogue.findMentions(text, from, match.index);
    const keys = new Set(mentions.flatMap((mention) => mention.keys));
    if (mentions.length === 0 || keys.size !== 1) continue;
    const mention = mentions.at(-1)!;
    if (OTHER_ENTITY.test(text.slice(Math.max(from, mention.start - 4), mention.start))) continue;
    const key = [...keys][0]!;
    const figure = parseFigure(text, match.index + match[0].length, 1);
    if (figure.kind !== 'figure' || figure.values.length !== 1 || figure.yearAverage || figure.period !== undefined) continue;
    if (match[1] === '今年') {
      const target = toTarget(key, figure, opener);
      if (target) targets.push(target);
      continue;
    }
    if (figure.aim) continue;
    const figures: Figure[] = [figure];
    const rate = RATE_AFTER.exec(text.slice(figure.end));
    if (rate && figure.verb === null) {
      const next = parseFigure(text, figure.end + rate[0].length, 1);
      if (next.kind === 'figure' && next.values.length === 1 && !next.aim) figures.push(next);
    }
    for (const item of figures) {
      const value = item.values[0]!;
      // "去年这个数字是22.6%": a percentage standing for the named clause's figure is last year's rate.
      const verb = item.verb ?? (THIS_NUMBER.test(match[0]) && value.unit === '%' ? 'growth' : 'level');
      const measure = measureOf(context.catalogue, key, verb, value.unit);
      if (!measure) continue;
      outcomes.push({
        indicatorKey: key, year: reportYear - 1, measure, value: item.verb === 'decline' ? `-${value.value}` : value.value, unit: value.unit, vintage,
        ...toOriginal(prepared, opener, item.end), confidence: confidence('outcome'),
      });
    }
  }
  // "去年一般公共预算收入完成26.4亿元,下降3.6%…。今年预期目标是增长3%,…": a sentence of the same paragraph opening on this
  // year's goal without a name takes the one indicator the sentence before named.
  for (const match of text.matchAll(GOAL_AFTER)) {
    const previous = sentenceStart(text, Math.max(0, match.index - 1));
    if (previous >= match.index) continue;
    // A bare "收入" in the reasons ("…土地相关收入减少") names no indicator of its own.
    const mentions = context.catalogue.findMentions(text, previous, match.index).filter((mention) => mention.end - mention.start > 2);
    const keys = new Set(mentions.flatMap((mention) => mention.keys));
    if (keys.size !== 1 || OTHER_ENTITY.test(text.slice(Math.max(previous, mentions[0]!.start - 4), mentions[0]!.start))) continue;
    const figure = parseFigure(text, match.index + match[0].length, 1);
    if (figure.kind !== 'figure' || figure.values.length !== 1 || figure.yearAverage || figure.period !== undefined) continue;
    const target = toTarget([...keys][0]!, figure, match.index + match[0].search(/今年/));
    if (target) targets.push(target);
  }
  // "城镇、农村常住居民人均可支配收入今年分别增长5.5%、7%。去年这两项分别是48260元和24310元,分别增长5.2%和6.7%。":
  // a sentence opening on last year's "这两项" names the previous sentence's indicators, in order.
  for (const match of text.matchAll(REFERS_BACK)) {
    const opener = match.index + match[0].search(/去年/);
    const previous = sentenceStart(text, match.index);
    if (previous >= match.index) continue;
    const keys = [...new Set(context.catalogue.findMentions(text, previous, match.index).flatMap((mention) => mention.keys))];
    const count = COUNT[match[1]!]!;
    if (keys.length !== count) continue;
    const levels = parseFigure(text, match.index + match[0].length, count);
    if (levels.kind !== 'figure' || levels.values.length !== count || levels.aim) continue;
    const figures: Figure[] = [levels];
    const rate = SERIES_RATE_AFTER.exec(text.slice(levels.end));
    if (rate) {
      const next = parseFigure(text, levels.end + rate[0].length, count);
      if (next.kind === 'figure' && next.values.length === count && !next.aim) figures.push(next);
    }
    for (const item of figures) {
      item.values.forEach((value, index) => {
        const key = keys[index]!;
        const measure = measureOf(context.catalogue, key, item.verb ?? 'level', value.unit);
        if (!measure) return;
        outcomes.push({
          indicatorKey: key, year: reportYear - 1, measure, value: item.verb === 'decline' ? `-${value.value}` : value.value, unit: value.unit, vintage,
          ...toOriginal(prepared, opener, item.end), confidence: confidence('outcome'),
        });
      });
    }
  }
  for (const match of text.matchAll(REASON_THEN_ADJUSTED)) {
    const paragraph = text.lastIndexOf('\n', match.index) + 1;
    const opener = match.index + match[0].indexOf(match[1]!);
    const keys = new Set(context.catalogue.findMentions(text, paragraph, opener).flatMap((mention) => mention.keys));
    if (keys.size !== 1 || /今年|(?:19|20)\d{2} ?年/.test(text.slice(paragraph, opener))) continue;
    const key = [...keys][0]!;
    const figure = parseFigure(text, match.index + match[0].length, 1);
    if (figure.kind !== 'figure' || figure.values.length !== 1 || figure.aim || figure.yearAverage || figure.period !== undefined) continue;
    const value = figure.values[0]!;
    if (measureOf(context.catalogue, key, figure.verb ?? 'level', value.unit) !== 'growth') continue;
    outcomes.push({
      indicatorKey: key, year: reportYear - 1, measure: 'growth', value: figure.verb === 'decline' ? `-${value.value}` : value.value, unit: value.unit, vintage,
      comparableBasis: true, ...toOriginal(prepared, opener, figure.end), confidence: confidence('outcome'),
    });
  }
  return { outcomes, targets };

  function toTarget(key: string, figure: Figure, opener: number): TargetProposal | null {
    const value = figure.values[0]!;
    const measure = measureOf(context.catalogue, key, figure.verb ?? 'level', value.unit);
    const read = qualifierOf(figure, value);
    if (!measure || !read) return null;
    return {
      indicatorKey: key, year: reportYear, measure, qualifier: read.qualifier, value: read.value, valueHigh: value.valueHigh, unit: value.unit,
      asWritten: asWritten(prepared.text, figure, value, false), relativeToIndicatorKey: null,
      ...toOriginal(prepared, opener, figure.end), confidence: confidence('target'),
    };
  }
}

function confidence(kind: 'target' | 'outcome'): number {
  return scoreConfidence({ kind, headline: false, wording: false, series: false, continuation: false, joinedAcrossArtefact: false, runTogether: false, bound: false });
}
