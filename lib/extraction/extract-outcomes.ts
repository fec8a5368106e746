// Last year's outcomes from the review: every catalogue figure whose clause opens like
// a headline ("全年地区生产总值完成359.82亿元", "完成城镇新增就业1.39万人"), plus the
// rates that follow a level without a name of their own ("…281.6亿元,增长5.5%",
// "…分别达到46218元、21835元,分别增长4.6%和6.4%", "1—11月…增长9.6%,预计全年增长9.3%").
// Part-year figures are flagged, not read; other years' and other entities' figures are
// not read at all; a 同口径 rate is proposed only when it is the only rate, and flagged.
import type { Vintage } from '@/lib/domain/types';
import { scoreConfidence } from './confidence';
import { correctsEarlier } from './corrected-figure';
import { parseFigure, SERIES_START, type Figure, type FigureValue } from './figure-parser';
import { comparableBasisFlag, FLOW_BEFORE, flowFlag, garbledFlag, periodFlag, rankFlag } from './flags';
import { underFiveYearHeading } from './five-year-heading';
import { measureOf, pairReading } from './interpret';
import { markedFigureEnd } from './marked-figure';
import { spansRemovedText, toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import { comingBefore, isLeadIn, sentenceStart, leadInStart, otherYearBefore, pastBefore, PERIOD, periodBefore, scanFigures, type Reading } from './scan-figures';
import type { DocumentKind, Range } from './sections';
import type { ExtractionFlag, OutcomeProposal } from './types';

// "…下降2.4%,剔除一次性因素后同口径增长1.8%": the words that qualify the next rate lead on to it.
// A bulletin may give the rate in the next sentence, which has no name of its own
// ("…485.2亿元。按不变价格计算,比上年增长5.1%。"); a 同口径 rate may stand in brackets ("增长8.7%(同口径增长5.9%)").
// Round 10n: the reason for a fall may stand before the adjusted rate ("…下降3.6%,主要是土地收入减少,剔除这一因素后增长4.2%").
// Round 13 (rules13b): the adjustment may name its cause at length ("剔除土地出让相关税收一次性因素后,同口径增长9.3%").
// Round 10n: a milestone remark between a level and its rate ("…1046.2亿元,首次突破千亿元大关,增长3.9%") leads on too.
// Round 11 (rules11c): a bracketed note without a figure on how the level is counted ("16.92万吨(折粮),同比增长1.2%",
// "(现价)") stands between a level and its rate too, and so does its share of a total ("税收收入86204万元,占一般公共预算
// 收入的比重为53.1%,同比增长-8.2%": the share is no catalogue figure).
// Round 13 (rules13b): a note that the rate was on a comparable basis, before the reported rate ("增长10.2%,一般公共预算收入增速为
// 同口径数,自然口径增长6.8%", a footnote read at its marker). Round 13 (rules13c): "(人民币,下同)" between a level and its rate;
// never a part of the total taken out (a category since round 22: "扣除汽车类后"); "(自然口径下降4.3%)" in brackets after the rate.
// Round 14 (rules14c): the adjusted rate as the next clause after a semicolon ("…增长3.6%;剔除一次性土地出让收入因素后,增长7.9%",
// "下降1.8%;扣除上年…一次性因素后,同口径增长5.4%", plan reports' and budget reports' form), only when the clause goes straight on to
// its rate; the reason for a fall may end on a semicolon too ("…下降2.6%,主要受两家企业停产检修影响;剔除该因素后,…").
// Round 15 (rules15b): the adjusted rate in brackets after the reported one, its adjustment inside ("增长6.6%(扣除留抵退税因素后
// 同口径增长9.8%)", "下降2.1%(剔除一次性收入影响,增长4.3%)"), as budget reports write it.
// Round 14 (rules14a): the adjustment may name a year ("剔除2023年一次性专项收入后") or end on 因素 ("剔除上年一次性矿业权出让收入因素,
// 同口径增长9.7%"; never 价格因素, a real rate).
// Round 17 (rules17b): the adjustment may end on 影响因素后 ("剔除台风影响因素后增长6.2%"), read whole: cut after its 影响, the rest
// ("因素后增长…") hid the rate.
// Round 15 (rules15a): a bracketed note on the level ("1531.24亿元(现价)", "(当年价)") may stand before the rate's basis too
// ("…(现价),按可比价格计算,比上年增长5.3%"): the rate continues the level.
// Round 17 (rules17c): a cause between the level and its rate ("完成19.63亿元,受煤炭价格下行影响同比下降6.4%") is read through.
// Round 19 (rules19c): text without punctuation parts the adjustment by spaces ("…增长百分之二点三 扣除去年一次性收入因素 同口径增长百分之四点九"):
// the adjustment between two spaces, going straight on to its rate, is read as after commas.
// Round 22 (rules22b): the reason may open a speaker's quotation and lead to a comparable-basis rate ("…增长2.8%,“主要是落实减税政策的影响,
// 按同口径计算增长5.9%”"): the rate after it continues the level, as after 剔除.
// Round 28 (rules28a): …also a drag with its own figure ("年初计划增长8%,受房地产开发投资下降27.6%拖累,全年下降3.8%,扣除…后增长6.4%"):
// the part's fall explains the year's rate and is no figure of the indicator; the rate after it continues.
// Round 27 (rules27a): 即 ("that is") may restate the figure before it as its change ("居民消费价格指数为100.2,即比上年上涨0.2%"): the
// change after it continues the figure, as after a bare comma.
// Round 28 (rules28a): …and the bracketed note may be followed by 较上年 as by 比上年 ("粮食产量9.18万吨(折粮),较上年增长0.62%").
// Round 25 (rules25a): a currency's note on the level may stand before the rate's basis too ("1632.7亿元(人民币,下同),按可比价计算增长
// 5.9%"), as the bracketed note does.
const CONTINUATION = /^(?:,\s*即\s*(?=(?:比上年|较上年|同比)?(?:上涨|增长|下降)\s?-?\d)|,\s*受[^,。;\d]{1,16}?影响,?\s*(?=(?:同比|比上年)?(?:增长|下降)\s?-?\d)|,\s*受[^,。;\d]{1,16}?(?:下降|下滑|减少)\s?\d+(?:\.\d+)?%的?(?:拖累|影响),\s*(?=(?:全年)?(?:同比|比上年)?(?:增长|下降)\s?\d)|,\s*[^,。;\d]{0,16}?(?:增速|增幅)?(?:为|按)同口径(?:数|计算)?,\s*(?=(?:按)?自然口径)|\([^()\d,。;\n]{1,8}\)[,、]?\s*(?=(?:按(?:可比价格?|不变价格?)计算[,]?\s*)?(?:同比|比上年|较上年)?(?:增长|下降)\s?-?\d)|\((?:人民币|美元|港元|港币|新台币|澳门元)?[,]?下同\)[,、]?\s*(?=(?:按(?:可比价格?|不变价格?)计算[,]?\s*)?(?:同比|比上年)?(?:分别)?(?:增长|下降)\s?-?\d)|,\s*占[^,。;\d]{1,16}?比重(?:为|达到?)?\d{1,2}(?:\.\d{1,2})?%,\s*(?=(?:同比|比上年)?(?:增长|下降)\s?-?\d)|,\s*(?:首次|历史性)?(?:迈上|跨上|站上|跃上|突破|跨越|越过)[^,。;\d]{1,8}?(?:台阶|大关|关口),\s*(?=(?:同比|比上年)?(?:增长|下降)\s?\d)|[,、|/·]\s*(?:[“"]?(?:主要是|主要因为|主要受|主要由于)[^,。;\d]{1,16}[,;]\s*(?=剔除|扣除|(?:按)?同口径))?(?:(?:剔除|扣除)(?![^,。;\d]{0,12}?类(?:商品)?(?:后|影响))(?:[^,。;\d]|(?:19|20)\d{2} ?年){1,20}?(?:后|影响(?:因素)?后?|(?<!价格)因素(?:后|影响)?)[,]?)?|;\s*(?=(?:剔除|扣除)(?!价格)(?![^,。;\d]{0,12}?类(?:商品)?(?:后|影响))[^,。;\d]{1,20}?(?:后|影响)[,]?\s*(?:同口径|按同口径)?(?:同比|比上年)?(?:增长|下降)\s?-?\d)(?:剔除|扣除)[^,。;\d]{1,20}?(?:后|影响)[,]?|\s?\(\s*(?=(?:剔除|扣除)(?!价格)(?![^,。;\d()]{0,12}?类(?:商品)?(?:后|影响))[^,。;\d()]{1,20}?(?:后|影响)[,]?\s*(?:同口径|按同口径)?(?:同比|比上年)?(?:增长|下降)\s?-?\d)(?:剔除|扣除)[^,。;\d()]{1,20}?(?:后|影响)[,]?|\(\s*(?=同口径|按同口径)|[,(]\s*(?=(?:按)?自然口径(?:计算)?,?(?:增长|下降)\s?-?\d)|。\s*(?=按|比上年|较上年|扣除价格因素|同比)|[ \t]+(?:剔除|扣除)(?!价格)(?![^,。;\d\s]{0,12}?类(?:商品)?(?:后|影响))[^,。;\d\s]{1,20}?(?:后|影响(?:因素)?后?|(?<!价格)因素(?:后|影响)?)[ \t]+(?=(?:同口径|按同口径)?(?:同比|比上年)?(?:增长|下降))|\s*)/;
const HEADLINE_FIGURES = 3;
// (Opening the clause: "圆满完成了2024年确定的主要预期目标" over the figures looks back at targets met, and they are the results.)
const PLAN_OPENING = /^[^\d,。;:\n完实达]{0,6}?(?:(?:年初|年度|全年)(?:预期)?(?:目标|计划)|预期目标)(?:是|为)?:?\s*$/;
const NATURAL_BASIS = /^(?:按)?自然口径(?:计算)?[,]?(?:增长|下降)/;
// Round 12 (rules12a): the adjustment before a name, its clause's own opening ("扣除这些因素后", "剔除一次性因素影响,全区"):
// never 扣除价格因素 (a real rate, not another basis).
// Round 13 (rules13c): never a part of the total taken out ("剔除房地产开发投资后": the rest, no basis of the whole); round 22
// (rules22a): a category only ("扣除汽车类后"), an investment taken out being a second basis (figure-parser.ts).
// Round 14 (rules14a): the cause may name its year ("剔除2023年一次性专项收入后") or end on 因素 without 后 ("剔除上年一次性
// 因素,同口径增长…"), and the name after it may open on 全年/地方 ("…后,全年地方一般公共预算收入同口径增长7.6%").
// Round 17 (rules17c): …or open on the basis itself ("按同口径计算,一般公共预算收入增长5.1%", a bulletin's note under the text,
// "按可比口径,全县…"): that rate is the comparable one, proposed beside the reported rate, never replacing it. A price basis
// ("按可比价格计算") is the reported rate's own.
// Round 22 (rules22a): …and the scope word may be 全市 where it is the district's own (a county-level city: "剔除房地产开发投资后,全市
// 固定资产投资增长8.9%"), a line end's space may stand before the name ("…后,全区 固定资产投资…"), and an investment taken out may
// end on its comma without 后 ("扣除房地产开发投资,固定资产投资增长11.4%", a bulletin's terse form).
const adjustedBefore = (kinds: string) =>
  new RegExp(String.raw`(?:(?:剔除|扣除)(?!价格)(?![^,。;:\d\n]{0,12}?类(?:商品)?(?:后|影响))(?:[^,。;:\d\n]|(?:19|20)\d{2} ?年){1,16}?(?:后|影响|因素|投资(?=,))|^[\s\[\]\d]*按?(?:同口径|可比口径)(?:计算)?)[,]?\s*(?:全[${kinds}]|我[${kinds}])?(?:全年)?(?:地方)?\s*$`);
const ADJUSTED_BEFORE = adjustedBefore('区县旗');
const ADJUSTED_BEFORE_IN_CITY = adjustedBefore('区县旗市');
const ADJUSTED_REACH = 30;
const PART_TAKEN_OUT_BEFORE = /(?:剔除|扣除)[^,。;:\d\n]{1,12}?类(?:商品)?(?:后|影响)[,]?\s*(?:全[区县旗]|我[区县旗])?(?:全年)?$/;
// After a restated target: "…的目标,全县实际完成" (the actual figure follows).
// Round 12 (rules12a): …also "的目标,全年实际实现增长5.9%".
const ACTUAL_AFTER_GOAL = /^的(?:预期|年度)?目标[,]\s*(?:全[区县市旗]|全年)?实际(?:完成|实现|增长|为|达到)?/;
// The goals listed after a goal under the same 的目标 ("、规上工业增加值增长10%"), each a name and its figure.
const GOALS_AFTER = /^(?:、[^、,;。\d\n]{2,16}?(?:增长|下降|提高|达到)?-?\d+(?:\.\d+)?%(?:左右|以上|以内)?)*/;
const GOALS_REACH = 120;
const GOALS_MAX = 6;
const AIM = /力争|确保|努力/;
const RESTATED_TARGETS = /(?:确定|提出|制定|下达|设定|定下|明确|批准)的?[^,。;:\n]{0,12}?目标(?:是|为)?:/;
// Round 29 (rules29a): "县人大…次会议批准的计划确定:地区生产总值增长6%,…": the year's plan, named by its setting and opening a
// list with a colon, restates last year's targets as 目标 does; what the year gave follows in its own clauses (预计…).
const RESTATED_PLAN = /(?:确定|通过|制定|下达|批准)的[^,。;:\n]{0,16}?计划(?:确定|提出|安排|明确)?(?:是|为)?:/;
// Round 20 (rules20b): "…年度目标任务中未完成的地区生产总值增长6%左右、固定资产投资增长8%等指标": the targets the year missed, named
// by their figures, are that year's targets, never its results.
const UNMET_TARGETS = /(?:未完成|没有完成|未实现|未达到|未达成)的[^,。;:\n]{0,40}$/;
// Round 26 (rules26a): "…人代会确定的地区生产总值增长5%左右、固定资产投资增长5%的预期目标未能完成": goals named by their setting and
// closed by 的目标 with no actual figure after them (readActualAfterGoal reads one where there is) are last year's targets restated;
// so are those closed by the count of indicators ("年初确定的地区生产总值增长6%、一般公共预算收入增长5%两项指标未能完成").
const GOAL_SET_BEFORE = /(?:确定|提出|制定|下达|设定|定下|明确|批准)的/;
const GOAL_CLOSE = /^(?:的(?:预期|年度|主要)?目标|等?[两三四五六七八九十\d]{1,2}项(?:主要|预期)?(?:指标|目标))/;
const MAX_CONTINUATIONS = 3;
// Round 26 (rules26a): the review's verb of holding a figure steady before the name ("农业基础继续巩固。稳定粮食种植面积286万亩"): what
// the year held, its outcome. Only in the review: in the plan's work, "稳定粮食播种面积…以上" is a task (no lead-in of a target).
const HELD_STEADY = /稳定$/;
const heldSteady = (prefix: string, context: ReadingContext) => HELD_STEADY.test(prefix) && isLeadIn(prefix.replace(HELD_STEADY, ''), context);
// Round 11 (rules11b): the share of the year's plan or budget met, with the plan's figure and a bracketed reason.
const PLAN_SHARE = /^,\s*完成(?:年|年度|全年)?(?:计划|预算|目标)(?:\d+(?:\.\d+)?[万亿]?元)?的\d+(?:\.\d+)?%(?:\([^()\n]{0,30}\))?(?=,)/;
const PLAN_SHARE_REACH = 80;
// Round 28 (rules28a): …or whether the plan was met, without a figure ("固定资产投资下降6.8%,未完成年度计划,剔除房地产开发投资后增长3.5%"):
// a verdict on the rate before it; the rate after it continues.
const PLAN_MET = /^,\s*(?:未|没有|基本|超额|全面)?完成(?:年|年度|全年)?(?:计划|预算|目标)(?:任务)?(?=,)/;
// Round 18 (rules18c): the year's plan in brackets right after the level ("…20.47亿元(计划增长6%),同比增长7.8%",
// "(年度计划8%)"): the goal restated, no figure of what happened; the rate after it continues the level.
const PLAN_ASIDE = /^\((?:年初|年度|全年)?(?:计划|目标)(?:增长|增速)?\s?\d+(?:\.\d+)?%(?:左右|以上)?\)(?=,)/;
// Round 22 (rules22a): the name's change word and a colon, the plan in words without a figure, then 预计 and what was done.
// Round 26 (rules26a): …or the plan met in words before the estimate ("一般公共预算收入完成预期目标,预计完成36.8亿元、增长3.5%").
const WORDED_PLAN = /^(?:(?:增长|增速|降低|下降)?\s*[:]?\s*(?:年度|年初)?计划(?:目标)?[^\d,。;:\n]{1,16}?|(?:超额)?完成(?:了)?(?:年度|年初|全年)?(?:预期|计划)?目标(?:任务)?),\s*(预计(?:全年)?(?:完成|实现)?)/;
const WORDED_PLAN_REACH = 40;
// Round 25 (rules25c): …or on the verb of a threshold passed or reached ("经营主体净增1.2万户、突破9万户", "…,达到9.3万户"): the stock,
// after its flow written behind the name as well as before it.
// Round 28 (rules28c): …the flow's verb may be the register's ("新登记经营主体1.06万户,总数达到8.9万户": flags.ts FLOW_BEFORE), and text
// without punctuation parts the two clauses by a space alone ("新增经营主体1.86万户 总量达到13.2万户").
const TOTAL_AFTER_FLOW = /^(?:[,、]\s*|[ \t]+)(?=总数|总量|(?:累计)?(?:突破|达到|超过)\s?\d)/;
const FLOW_AFTER_NAME = /^(?:新增|净增)\d+(?:\.\d+)?[万千]?户/;
// Round 29 (rules29b): …the flow counted roughly, "多"/"余" between the number and its unit ("新增经营主体9800多户,总量达到14.6万户", "新增
// 市场主体1.2万余户 总数突破9万户"): a rough count is never proposed itself, but it is the flow the stock's clause follows, as an exact one.
const ROUGH_FLOW_COUNT = /^\d+(?:\.\d+)?(?:多|余)?[万千]?(?:多|余)户/;

type Continuation = { figure: Figure; start: number; series: boolean; wholeYear: boolean };

export function extractOutcomes(
  prepared: PreparedText,
  review: Range,
  year: number,
  context: ReadingContext,
  kind: DocumentKind,
  // The period of a part-year title or heading over the figure (document-period.ts), if any.
  documentPeriod: (position: number) => string | null = () => null,
): { outcomes: OutcomeProposal[]; flags: ExtractionFlag[] } {
  const { text } = prepared;
  const readings = scanFigures(text, review, context);
  const found: OutcomeProposal[] = [];
  const flags: ExtractionFlag[] = [];
  const headline = paragraphFigures(readings, text);
  // Single-name levels of the current sentence, for a trailing "分别增长5.1%和7.2%".
  let recent: Array<{ key: string; sentence: number; at: number }> = [];

  for (const reading of readings) {
    const skipped = flowFlag(prepared, reading, year) ?? rankFlag(prepared, reading, year);
    if (skipped) flags.push(skipped);
    // Round 10: "新增市场主体6320户,总数达到5.86万户": the total after the year's new entries is the stock.
    if (skipped?.code === 'flow_not_stock') readTotalAfterFlow(reading);
    // The restated goal itself is never read as what happened.
    if (!skipped && readActualAfterGoal(reading)) continue;
    if (skipped || !(isLeadIn(reading.prefix, context) || periodLeadIn(reading.prefix, context) || heldSteady(reading.prefix, context))) continue;
    // Round 16 (rules16b): a clause of the review that opens on the year's plan ("年初预期目标城乡居民人均可支配收入分别增长6%和8%",
    // "年度计划规模以上工业增加值增长8%") restates last year's target before the result: never an outcome.
    if (PLAN_OPENING.test(reading.prefix)) continue;
    // Round 12 (rules12a): a clause opening on the adjustment ("扣除这些因素后一般公共预算收入增长4.1%",
    // "剔除留抵退税因素后,全县一般公共预算收入增长6.2%") gives the adjusted rate, proposed beside the reported one.
    const before = text.slice(Math.max(sentenceStart(text, reading.start), reading.start - ADJUSTED_REACH), reading.start);
    // Round 15 (rules15b): the clause opens on a part taken out of the total ("扣除汽车类后,社会消费品零售总额增长3.4%"): the
    // rest is a part, no figure of the whole on any basis.
    if (PART_TAKEN_OUT_BEFORE.test(before)) continue;
    const adjusted = (context.selfScope === '全市' ? ADJUSTED_BEFORE_IN_CITY : ADJUSTED_BEFORE).test(before);
    const result = reading.result.kind === 'figure' && adjusted ? { ...reading.result, comparableBasis: true } : reading.result;
    if (result.kind === 'garbled') flags.push(garbledFlag(prepared, reading, year, result.verb));
    // Round 12 (rules12c): "居民消费价格指数为100.3,比上年上涨0.3%", "…总水平为100%,与上年同比持平": an indicator stated
    // only as a change may give its index (上年=100) first; the index is no rate, the change after it is the year's figure.
    const index = priceIndexEnd(text, reading, result, context);
    if (index !== null) {
      const change = continuations(text, index, review.end, 1).find((item) => !item.series && item.figure.values.length === 1 && item.figure.values[0]!.unit === '%');
      const elsewhere = periodBefore(text, reading.start, review.start) ?? documentPeriod(reading.start) ?? otherYearBefore(text, reading.start, year, review.start);
      if (change && elsewhere === null && !AIM.test(reading.prefix)) {
        propose(reading, reading.keys[0]!, change.figure, change.figure.values[0]!, leadInStart(reading, context), change.figure.end, { series: false, continuation: true });
      }
      continue;
    }
    // Round 13 (rules13a): "一般公共预算收入9.1■亿元  增长4.2%": a level with an OCR mark for a digit is flagged
    // (marked-figure.ts), and the clean rate after it is still the year's growth.
    const marked = result.kind === 'none' && reading.keys.length === 1 ? markedFigureEnd(text, result.connectorEnd) : null;
    if (marked !== null) {
      flags.push(garbledFlag(prepared, { ...reading, result: { kind: 'garbled', end: marked, verb: result.verb } }, year, result.verb));
      readRateAfterMarked(reading, marked);
      continue;
    }
    if (result.kind === 'none' && readEstimateAfterWordedPlan(reading)) continue;
    // 年均 is a multi-year average; 力争/确保 state an aim, not what happened.
    if (result.kind !== 'figure' || result.yearAverage || AIM.test(reading.prefix)) continue;
    if (underFiveYearHeading(text, reading.start, review.start)) continue;
    // "2024年政府工作报告确定的目标:地区生产总值增长7%左右,…": a year's targets restated, not what happened.
    const opening = text.slice(sentenceStart(text, reading.start), reading.start);
    if (RESTATED_TARGETS.test(opening) || RESTATED_PLAN.test(opening)) continue;
    if (UNMET_TARGETS.test(opening)) continue;
    if (restatedGoal(reading, result.end)) continue;
    if (result.aim) {
      // "计划增长6%,预计增长5.4%": the goal restated, then what happened.
      const actual = reading.keys.length === 1 ? continuations(text, result.end, review.end, 1).filter((item) => !item.series) : [];
      if (!(periodBefore(text, reading.start, review.start) ?? documentPeriod(reading.start)) && otherYearBefore(text, reading.start, year, review.start) === null) {
        const seen = new Set<string>();
        for (const item of actual) {
          // Round 22 (rules22a): "地区生产总值增长:计划5.5%左右,预计完成5.1%": 完成 with a rate the indicator cannot have as a level
          // completes the plan's own measure (as the actual after a goal does, readActualAfterGoal).
          const completes = item.figure.verb === 'level' && measureOf(context.catalogue, reading.keys[0]!, 'level', item.figure.values[0]!.unit) === null;
          const figure = completes ? { ...item.figure, verb: result.verb } : item.figure;
          const measure = measureOf(context.catalogue, reading.keys[0]!, figure.verb, figure.values[0]!.unit);
          const basis = `${measure}|${figure.comparableBasis ? 'comparable' : 'reported'}`;
          if (!measure || seen.has(basis)) continue;
          seen.add(basis);
          propose(reading, reading.keys[0]!, figure, figure.values[0]!, leadInStart(reading, context), figure.end, { series: false, continuation: true });
        }
      }
      continue;
    }
    if (otherYearBefore(text, reading.start, year, review.start) !== null || !annual(result, year)) continue;
    // "今年全区…将增长6%" before the plan heading is an intention, not what happened.
    if (comingBefore(text, reading.start, review.start) && !pastBefore(text, reading.start, review.start)) continue;
    const pairs = pairReading(text, reading, result.values);
    if (!pairs) continue;
    const sentence = sentenceStart(text, reading.start);
    if (recent[0] && recent[0].sentence !== sentence) recent = [];
    const next = continuations(text, result.end, review.end, pairs.length, year);
    const quoteStart = leadInStart(reading, context);

    // "一度下降3.2%" is a figure passed through in the year, read as a part-year one.
    const period = periodBefore(text, reading.start, review.start) ?? result.period ?? (result.transient ? '一度' : null) ?? documentPeriod(reading.start);
    if (period) {
      flags.push(periodFlag(prepared, reading, year, period, result.end, null));
      // "上半年…182.6亿元,同比增长5.8%": the rate that follows is of the same period; flagged with it, never dropped.
      for (const item of pairs.length === 1 ? next : []) {
        if (!item.wholeYear && !item.series && item.figure.values.length === 1) flags.push(periodFlag(prepared, reading, year, period, item.figure.end, null, item.figure));
      }
      // "1—11月…增长9.6%,预计全年增长9.3%": the whole-year figure that follows is the outcome.
      const whole = next.find((item) => item.wholeYear && !item.series);
      if (whole && pairs.length === 1) propose(reading, pairs[0]![0], whole.figure, whole.figure.values[0]!, whole.start, whole.figure.end, { series: false, continuation: true });
      continue;
    }

    const proposedMeasures = new Map<string, Set<string>>();
    // Measures proposed only as a round figure ("突破300亿元"), which an exact one that follows replaces.
    const roundOnly = new Set<string>();
    // Measures proposed only at a comparable basis ("同口径增长5.2%"), beside which the reported rate that follows is proposed too.
    const comparableOnly = new Set<string>();
    const quoteEnd = next.at(-1)?.figure.end ?? result.end;
    for (const [key, value] of pairs) {
      // An adjusted rate in a sentence of its own after the reported one is the second rate, not the only one.
      const reported = result.comparableBasis && found.some((item) => item.indicatorKey === key && !item.comparableBasis && item.measure === measureOf(context.catalogue, key, result.verb, value.unit));
      const proposal = propose(reading, key, result, value, quoteStart, next.length > 0 ? quoteEnd : result.end, { series: pairs.length > 1, continuation: false }, !reported);
      if (proposal) proposedMeasures.set(key, new Set([proposal.measure]));
      if (proposal && result.comparableBasis) comparableOnly.add(`${key}|${proposal.measure}`);
      if (proposal?.approximate) roundOnly.add(`${key}|${proposal.measure}`);
    }
    if (pairs.length === 1 && result.values[0] && measureOf(context.catalogue, pairs[0]![0], result.verb, result.values[0].unit) === 'level') {
      recent.push({ key: pairs[0]![0], sentence, at: result.values[0].start });
    }
    for (const item of next) {
      const count = item.figure.values.length;
      // Names for the continuation: this reading's, or, for a trailing 分别 series, the sentence's last levels.
      const own = count === pairs.length;
      const keys = own ? pairs.map(([key]) => key) : item.series && count > 1 ? seriesKeys(text, recent, sentence, item.start, count) : null;
      if (!keys) continue;
      keys.forEach((key, index) => {
        if (key === null) return;
        const value = item.figure.values[index]!;
        // Round 12 (rules12c): "比上年增长一成以上,达到10.6%": the exact rate restated after a round one (达到/为 a %) is that growth.
        const restated = item.figure.verb === 'level' && value.unit === '%' && roundOnly.has(`${key}|growth`);
        const measure = restated ? 'growth' : measureOf(context.catalogue, key, item.figure.verb, value.unit);
        if (!measure) return;
        // Round 17 (rules17c): "空气质量优良天数比率99.6%,与上年持平": a rate kept in % that stayed where it was moved by no
        // point; 持平 is no growth of 0% of it (a quantity's 持平 is, as before).
        if (measure === 'growth' && context.catalogue.byKey.get(key)?.levelUnit === '%' && /持平$/.test(text.slice(item.start, item.figure.end))) return;
        const figure: Figure = restated ? { ...item.figure, verb: 'growth' } : item.figure;
        const measures = proposedMeasures.get(key) ?? new Set<string>();
        // "自然口径下降1.8%,同口径增长4.1%": the comparable-basis rate is proposed beside the reported
        // one, marked and flagged, for staff to choose; never dropped or swapped silently.
        if (figure.comparableBasis && measures.has(measure)) {
          propose(reading, key, figure, value, item.start, figure.end, { series: count > 1, continuation: true }, false);
          return;
        }
        // …and the reported rate after a comparable-basis one ("同口径增长5.2%,自然口径下降4.7%"), quoted alone.
        if (!figure.comparableBasis && comparableOnly.delete(`${key}|${measure}`)) {
          propose(reading, key, figure, value, item.start, figure.end, { series: count > 1, continuation: true });
          return;
        }
        // Round 13 (rules13b): "增长10.2%,自然口径增长6.8%": a rate named as reported (自然口径) after one without a basis says
        // that one was on a comparable basis: the reported rate is proposed beside it, and the first is marked and flagged.
        if (measures.has(measure) && NATURAL_BASIS.test(text.slice(item.start, figure.end))) {
          const first = found.findLast((proposal) => proposal.indicatorKey === key && proposal.measure === measure && proposal.year === year && !proposal.comparableBasis);
          if (!first || !propose(reading, key, figure, value, item.start, figure.end, { series: count > 1, continuation: true })) return;
          first.comparableBasis = true;
          flags.push({ ...comparableBasisFlag(prepared, reading, year, item.start, figure.end, first.value, false), indicatorKey: key });
          return;
        }
        if (measures.has(measure) && !roundOnly.has(`${key}|${measure}`)) return;
        roundOnly.delete(`${key}|${measure}`);
        const start = own ? quoteStart : item.start;
        if (propose(reading, key, figure, value, start, figure.end, { series: count > 1, continuation: true })) {
          measures.add(measure);
          if (figure.comparableBasis) comparableOnly.add(`${key}|${measure}`);
        }
        proposedMeasures.set(key, measures);
      });
    }
  }
  return { outcomes: dedupe(found, prepared.original), flags };

  /** The single rate that follows a marked level in its clause, proposed when nothing else makes it another year's or a part-year's. */
  function readRateAfterMarked(reading: Reading, from: number): void {
    const rate = continuations(text, from, review.end, 1).find((item) => !item.series && item.figure.values.length === 1 && item.figure.values[0]!.unit === '%');
    if (!rate || rate.figure.verb === 'level' || rate.figure.period !== undefined || rate.figure.transient || rate.figure.yearAverage || AIM.test(reading.prefix) || !annual(rate.figure, year)) return;
    if (otherYearBefore(text, reading.start, year, review.start) !== null || (periodBefore(text, reading.start, review.start) ?? documentPeriod(reading.start))) return;
    if (comingBefore(text, reading.start, review.start) && !pastBefore(text, reading.start, review.start)) return;
    propose(reading, reading.keys[0]!, rate.figure, rate.figure.values[0]!, rate.start, rate.figure.end, { series: false, continuation: true });
  }

  /**
   * "去年年初确定的地区生产总值增长6%的目标,全县实际完成5.2%": last year's target restated (never
   * an outcome, whatever opens its clause), then what the year actually gave, with the goal's verb.
   */
  function readActualAfterGoal(reading: Reading): boolean {
    const { result } = reading;
    if (result.kind !== 'figure' || reading.keys.length !== 1 || result.values.length !== 1 || result.aim) return false;
    // Round 25 (rules25a): "去年提出的地区生产总值增长8%左右、规上工业增加值增长10%的目标,实际完成7.2%和9.4%": goals listed under one
    // 的目标 share its actual figures, in their order; a goal's place counts the goals listed after it (and one before it, at least,
    // where a 、 opens it).
    const later = GOALS_AFTER.exec(text.slice(result.end, Math.min(result.end + GOALS_REACH, review.end)))![0];
    const goal = ACTUAL_AFTER_GOAL.exec(text.slice(result.end + later.length, Math.min(result.end + later.length + 24, review.end)));
    if (!goal) return false;
    const after = later.split('、').length - 1;
    const listed = after > 0 || /、\s*$/.test(text.slice(Math.max(review.start, reading.start - 2), reading.start));
    const actual = parseFigure(text, result.end + later.length + goal[0].length, listed ? GOALS_MAX : 1);
    const place = actual.kind === 'figure' ? actual.values.length - 1 - after : -1;
    if (actual.kind !== 'figure' || place < 0 || (!listed && actual.values.length !== 1) || (listed && actual.values.length < 2) || actual.end > review.end) return true;
    if ((periodBefore(text, reading.start, review.start) ?? documentPeriod(reading.start)) || otherYearBefore(text, reading.start, year, review.start) !== null) return true;
    const figure = { ...actual, verb: actual.verb === null || actual.verb === 'level' ? result.verb : actual.verb };
    const start = result.end + later.length + goal[0].search(/(?:全[区县市旗]|全年)?实际/);
    const first = propose(reading, reading.keys[0]!, figure, figure.values[place]!, start, actual.end, { series: false, continuation: true });
    // Round 12 (rules12a): "…全年实际实现增长5.9%,总量达到143.2亿元": the level that follows the actual rate is the year's too.
    const level = continuations(text, actual.end, review.end, 1).find((item) => !item.series && item.figure.verb === 'level');
    if (first && level && first.measure !== 'level' && measureOf(context.catalogue, reading.keys[0]!, 'level', level.figure.values[0]!.unit) === 'level') {
      propose(reading, reading.keys[0]!, level.figure, level.figure.values[0]!, start, level.figure.end, { series: false, continuation: true });
    }
    return true;
  }

  function restatedGoal(reading: Reading, end: number): boolean {
    if (!GOAL_SET_BEFORE.test(text.slice(sentenceStart(text, reading.start), reading.start))) return false;
    const later = GOALS_AFTER.exec(text.slice(end, Math.min(end + GOALS_REACH, review.end)))![0];
    return GOAL_CLOSE.test(text.slice(end + later.length, Math.min(end + later.length + 8, review.end)));
  }

  /**
   * Round 22 (rules22a): a plan report's item whose plan is a wording, not a figure ("居民人均可支配收入增长:计划与经济增长同步,预计完成
   * 55260元、增长4.8%", "能耗:计划完成市级下达目标,预计下降3.2%"): what follows 预计 is the year's estimate, as after a plan's figure.
   */
  function readEstimateAfterWordedPlan(reading: Reading): boolean {
    const plan = reading.keys.length === 1 ? WORDED_PLAN.exec(text.slice(reading.mentionEnd, Math.min(reading.mentionEnd + WORDED_PLAN_REACH, review.end))) : null;
    if (!plan || !isLeadIn(reading.prefix, context)) return false;
    if ((periodBefore(text, reading.start, review.start) ?? documentPeriod(reading.start)) || otherYearBefore(text, reading.start, year, review.start) !== null) return true;
    const start = reading.mentionEnd + plan[0].length;
    const estimate = parseFigure(text, start, 1);
    if (estimate.kind !== 'figure' || estimate.values.length !== 1 || estimate.aim || estimate.end > review.end) return true;
    const key = reading.keys[0]!;
    const items = [{ figure: estimate }, ...continuations(text, estimate.end, review.end, 1).filter((item) => !item.series)];
    const seen = new Set<string>();
    for (const { figure } of items) {
      const measure = measureOf(context.catalogue, key, figure.verb, figure.values[0]!.unit);
      if (!measure || seen.has(measure)) continue;
      seen.add(measure);
      propose(reading, key, figure, figure.values[0]!, start - plan[1]!.length, figure.end, { series: false, continuation: true });
    }
    return true;
  }

  /** The level in a clause opening on 总数/总量 right after a flow figure (flagged, not proposed) of a stock indicator. */
  function readTotalAfterFlow(reading: Reading): void {
    const { result } = reading;
    const after = text.slice(reading.mentionEnd, reading.mentionEnd + 16);
    const flow = result.kind === 'figure' ? null : (FLOW_AFTER_NAME.exec(after) ?? (FLOW_BEFORE.test(reading.prefix) ? ROUGH_FLOW_COUNT.exec(after) : null));
    const flowEnd = result.kind === 'figure' ? result.end : flow ? reading.mentionEnd + flow[0].length : -1;
    if (flowEnd < 0 || reading.keys.length !== 1 || !isLeadIn(reading.prefix.replace(FLOW_BEFORE, ''), context)) return;
    const separator = TOTAL_AFTER_FLOW.exec(text.slice(flowEnd, Math.min(flowEnd + 4, review.end)));
    if (!separator) return;
    const start = flowEnd + separator[0].length;
    const total = parseFigure(text, start, 1);
    if (total.kind !== 'figure' || total.values.length !== 1 || total.end > review.end || total.aim || total.yearAverage) return;
    if ((periodBefore(text, reading.start, review.start) ?? documentPeriod(reading.start)) || otherYearBefore(text, reading.start, year, review.start) !== null) return;
    const figure = { ...total, verb: total.verb ?? 'level' };
    if (measureOf(context.catalogue, reading.keys[0]!, figure.verb, total.values[0]!.unit) !== 'level') return;
    propose(reading, reading.keys[0]!, figure, total.values[0]!, start, total.end, { series: false, continuation: true });
  }

  function propose(
    reading: Reading,
    key: string,
    figure: Figure,
    value: FigureValue,
    start: number,
    end: number,
    extra: { series: boolean; continuation: boolean },
    onlyRate = true,
  ): OutcomeProposal | null {
    const measure = measureOf(context.catalogue, key, figure.verb, value.unit);
    if (!measure || otherEntityNote(text, value.end, context)) return null;
    const approximate = figure.approximate || figure.cap || figure.floor || value.suffix !== '';
    const proposal: OutcomeProposal = {
      indicatorKey: key,
      year,
      measure,
      value: figure.verb === 'decline' ? negate(value.value) : value.value,
      unit: value.unit,
      vintage: vintageOf(text, { start }, figure, kind),
      ...(approximate ? { approximate: true } : {}),
      ...(figure.comparableBasis ? { comparableBasis: true } : {}),
      ...toOriginal(prepared, start, end),
      confidence: scoreConfidence({
        kind: 'outcome',
        headline: headline(reading.start),
        wording: false,
        ...extra,
        joinedAcrossArtefact: spansRemovedText(prepared, start, end),
        runTogether: reading.runTogether,
        bound: approximate || value.valueHigh !== null,
      }),
    };
    if (figure.comparableBasis) flags.push({ ...comparableBasisFlag(prepared, reading, year, start, end, value.value, onlyRate), indicatorKey: key });
    found.push(proposal);
    return proposal;
  }
}

// A level figure of any name, the catalogue's or not ("财政总收入41.2亿元").
const LEVEL_FIGURE = /\d+(?:\.\d+)?\s?(?:[万亿]?元|万?人|万?户|万?吨|万?亩)/g;

/**
 * The names a trailing 分别 series belongs to, in order: the sentence's last levels. When the
 * sentence has more levels than catalogue names ("财政总收入41.2亿元,其中一般公共预算收入24.8亿元,
 * 分别增长7.1%、5.4%"), each rate goes to the level at its position, and a rate of a name
 * outside the catalogue to no one (null).
 */
function seriesKeys(text: string, recent: ReadonlyArray<{ key: string; at: number }>, sentence: number, seriesStart: number, count: number): Array<string | null> | null {
  if (recent.length >= count) return recent.slice(-count).map((entry) => entry.key);
  const levels = [...text.slice(sentence, seriesStart).matchAll(LEVEL_FIGURE)].map((match) => sentence + match.index);
  if (levels.length !== count) return null;
  const keys = levels.map((at) => recent.find((entry) => entry.at === at)?.key ?? null);
  return keys.filter((key) => key !== null).length === recent.length ? keys : null;
}

/**
 * Figures with a verb right after, and no name of their own: "…,增长5.5%", "…,同口径增长6.3%", "…,分别增长4.6%和6.4%".
 * Round 28 (rules28a): given the year reviewed, a rate compared with the year before it by number ("…亿元,按不变价格计算,比2023年增长5.4%")
 * continues the level as 比上年 does; any other year compared ("比2020年增长35%") is a cumulative change and ends the run.
 */
function continuations(text: string, from: number, limit: number, names: number, year?: number): Continuation[] {
  const found: Continuation[] = [];
  let at = from;
  while (found.length < MAX_CONTINUATIONS) {
    // Round 11 (rules11b): ",完成年计划650亿元的94.2%(主要是…)", ",完成预算的100.4%": the share of the plan met
    // stands between a level and its growth; it is no figure of the indicator, and the growth after it continues.
    at += PLAN_SHARE.exec(text.slice(at, Math.min(limit, at + PLAN_SHARE_REACH)))?.[0].length ?? 0;
    at += PLAN_ASIDE.exec(text.slice(at, Math.min(limit, at + PLAN_SHARE_REACH)))?.[0].length ?? 0;
    at += PLAN_MET.exec(text.slice(at, Math.min(limit, at + PLAN_SHARE_REACH)))?.[0].length ?? 0;
    const separator = CONTINUATION.exec(text.slice(at, limit));
    if (!separator) break;
    const start = at + separator[0].length;
    const series = SERIES_START.test(text.slice(start, start + 4));
    const next = parseFigure(text, start, series ? 4 : names);
    // Round 10: a round level after the rate ("同比增长2.3%、突破26亿元") has no verb of its own, only 突破/近/超.
    const roundLevel = next.kind === 'figure' && next.verb === null && next.approximate && next.values.length === 1 && /[元人户吨亩]$/.test(next.values[0]!.unit);
    if (next.kind !== 'figure' || (next.verb === null && !roundLevel) || next.yearAverage || next.aim || (next.comparedYear !== null && next.comparedYear !== (year ?? 0) - 1) || next.end > limit) break;
    if (!series && next.values.length !== 1 && next.values.length !== names) break;
    // Round 12 (rules12c): "粮食播种面积18.4万亩,与上年基本持平": after the level, 基本持平 (roughly unchanged) remarks on it;
    // it states no rate (a bulletin that has one prints it). Alone ("粮食播种面积与上年基本持平") it is the growth, 0.
    if (/基本持平$/.test(text.slice(start, next.end))) break;
    // A rate after "剔除…因素后" is on an adjusted basis, like 同口径: proposed, marked and flagged.
    // (A 自然口径 rate after one without a basis is the reported rate, the first one the comparable basis: extractOutcomes
    // marks that one, round 13; the merge kept that reading of rules13b over rules13c's, which marked the 自然口径 rate.)
    const adjusted = /剔除|扣除/.test(separator[0]);
    const figure = adjusted ? { ...next, comparableBasis: true } : next;
    found.push({ figure, start, series, wholeYear: /^(?:预计)?全年/.test(text.slice(start, start + 4)) });
    at = next.end;
  }
  return found;
}

/**
 * Where the index ends, when an indicator stated only as a change (no level unit: CPI) is given as an index near 100
 * after 为/是 ("为100.3", "为100%"); null otherwise.
 */
function priceIndexEnd(text: string, reading: Reading, result: Reading['result'], context: ReadingContext): number | null {
  if (reading.keys.length !== 1 || context.catalogue.byKey.get(reading.keys[0]!)?.levelUnit !== null) return null;
  if (result.kind === 'none' && result.verb === 'level') {
    // A bare number has no unit, so the figure reader found none: "为100.3,".
    const bare = BARE_INDEX.exec(text.slice(result.connectorEnd, result.connectorEnd + 8));
    return bare && inIndexRange(bare[0]) ? result.connectorEnd + bare[0].length : null;
  }
  if (result.kind !== 'figure' || result.values.length !== 1 || result.verb === 'growth' || result.verb === 'decline') return null;
  const value = result.values[0]!;
  return (value.unit === '' || value.unit === '%') && inIndexRange(value.value) ? result.end : null;
}
const BARE_INDEX = /^\d{2,3}(?:\.\d{1,2})?(?![\d.%])/;
const inIndexRange = (value: string) => Number(value) >= INDEX_LOW && Number(value) <= INDEX_HIGH;
const INDEX_LOW = 80;
const INDEX_HIGH = 120;

/** Whether the paragraph around a position holds ≥3 catalogue figures (a headline summary), counted once per paragraph. */
function paragraphFigures(readings: readonly Reading[], text: string): (position: number) => boolean {
  const counts = new Map<number, number>();
  const paragraphOf = (position: number) => text.lastIndexOf('\n', position) + 1;
  for (const reading of readings) {
    if (reading.result.kind === 'figure') counts.set(paragraphOf(reading.start), (counts.get(paragraphOf(reading.start)) ?? 0) + 1);
  }
  return (position) => (counts.get(paragraphOf(position)) ?? 0) >= HEADLINE_FIGURES;
}

/** "比2020年增长35%" is a cumulative change; only a comparison with the year before is the year's rate. */
function annual(figure: Figure, year: number): boolean {
  return figure.comparedYear === null || figure.comparedYear === year - 1;
}

/** 初步核算 / 最终核实 in the sentence say which vintage; otherwise a bulletin's is preliminary and a report's its own estimate. */
function vintageOf(text: string, reading: Pick<Reading, 'start'>, figure: Figure, kind: DocumentKind): Vintage {
  const sentence = text.slice(Math.max(text.lastIndexOf('。', reading.start), text.lastIndexOf('\n', reading.start)) + 1, figure.end);
  if (/最终核实|最终核算/.test(sentence)) return 'final';
  if (/初步核算|初步测算/.test(sentence) || kind === 'bulletin') return 'preliminary';
  return 'estimate';
}

/**
 * One figure per indicator, year and measure (a report repeats its headline figures): the exact one, the surest,
 * then the first. A comparable-basis rate is kept beside the reported one.
 */
function dedupe(outcomes: OutcomeProposal[], original: string): OutcomeProposal[] {
  const best = new Map<string, OutcomeProposal>();
  for (const outcome of outcomes) {
    const key = `${outcome.indicatorKey}|${outcome.measure}|${outcome.comparableBasis ? 'comparable' : 'reported'}`;
    const kept = best.get(key);
    // Round 14 (rules14c): …unless the figure was corrected where it was given ("…19935元 念错了 更正一下 …一万八千九百三十五元").
    // Round 22 (rules22b): …and an exact figure over a round one ("突破400亿元" in a subhead, "…突破400亿元、达到403.7亿元" in the bullet
    // under it), whatever the confidence, as a round figure is replaced within its sentence.
    const exactness = !kept ? 0 : Number(!outcome.approximate) - Number(!kept.approximate);
    if (!kept || exactness > 0 || (exactness === 0 && outcome.confidence > kept.confidence) || correctsEarlier(original, kept, outcome)) best.set(key, outcome);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

function negate(value: string): string {
  if (value.startsWith('-')) return value.slice(1);
  return value === '0' ? value : `-${value}`;
}

// Round 17 (rules17c): a part of the year opening the clause before its lead-in ("上半年全区规模以上工业增加值增长7.9%,全年增长6.3%",
// "1—6月规上…"): the clause is read, its figure as the part-year one (flagged, never proposed) and the 全年 rate after it as the year's.
const PERIOD_OPENING = new RegExp(`^\\s*(?:${PERIOD.source})`);
function periodLeadIn(prefix: string, context: ReadingContext): boolean {
  const period = PERIOD_OPENING.exec(prefix);
  return period !== null && isLeadIn(prefix.slice(period[0].length), context);
}

// Round 16 (rules16b): a bracketed note right after the figure naming another entity's data ("上涨0.4%(全市口径)", "(全市数据)",
// "(全省数)"): the figure is that entity's, as a scope before the name makes it (the district's own scope, a county-level
// city's 全市, is its own).
const SCOPE_NOTE = /^\s?\((全[市省国州盟]|全国)(?:数据|口径|数|统计数)?\)/;
// Round 17 (rules17a): …or naming it ("上涨0.6%(佛岭市口径)", "(某省数据)"): a place's name and its kind, then 口径/数据, is
// another entity's unless it is the district's own name.
// Round 19 (rules19a): …and so is a statistical region of several counties or a prefecture written 片区/地区 ("上涨0.3%(岭东片区口径)",
// "(某某地区数据)"): prices are often surveyed for the region only (本地区 is the text's own word for itself).
const NAMED_NOTE = /^\s?\(((?!本)[\u4e00-\u9fff]{1,8}?(?:片区|地区|[市省州盟]))(?:口径|数据|统计数)\)/;
function otherEntityNote(text: string, end: number, context: ReadingContext): boolean {
  const note = SCOPE_NOTE.exec(text.slice(end, end + 12));
  if (note !== null) return note[1] !== context.selfScope;
  const named = NAMED_NOTE.exec(text.slice(end, end + 16));
  return named !== null && !context.districtNames.some((name) => named[1]!.startsWith(name));
}
