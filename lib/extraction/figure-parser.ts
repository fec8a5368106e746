// Reads the figure that follows an indicator name: "完成359.82亿元", "同比(下同)增长7.1%",
// "增长6.5%左右", "控制在3%左右", "下降3%", "分别增长5%、7%", "6%—6.5%", "增长百分之五",
// "与上年持平", "突破120亿元". Only a short whitelist of connecting words may stand between
// name and number; anything else ("占比", "新增", "增速全市第五") means the figure is not
// this indicator's.
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { CAP_WORDS, FLOOR_WORDS, REDUCTION_WORDS, SUFFIX_ALTERNATION } from '@/lib/targets/qualifier-words';
import { matchUnitPrefix } from '@/lib/units/units';
import { readChineseFigure } from './chinese-numerals';

export type FigureValue = {
  value: string;
  valueHigh: string | null;
  unit: string;
  /** 左右 / 上下 / 以上 / 以内 / 以下 / … / '' */
  suffix: string;
  /** Written in Chinese numerals ("百分之五", "一成"): value holds the digits. */
  chinese: boolean;
  start: number;
  end: number;
};

export type Figure = {
  kind: 'figure';
  verb: 'growth' | 'decline' | 'level' | null;
  cap: boolean;
  floor: boolean;
  /** 年均 / 两年平均: a multi-year average, never an annual figure. */
  yearAverage: boolean;
  /** 力争/确保/努力 or 预期/目标: an aim, which in a review is not an outcome. */
  aim: boolean;
  estimate: boolean;
  /** 近/突破/超/约: the report gives a round figure, not the exact one. */
  approximate: boolean;
  /** 同口径: a growth rate on a comparable basis, a second figure beside the reported one. */
  comparableBasis: boolean;
  /** 一度: a figure the year passed through ("一度下降3.2%,全年…增长1.5%"), never its annual figure. */
  transient: boolean;
  /** "比2020年增长35%": the year compared with; an annual rate compares with the year before only. */
  comparedYear: number | null;
  /** "规模以上工业增加值1—11月增长7.9%": a part of the year written between the name and the verb. */
  period?: string;
  /** Round 12 (rules12a): "规上工业增加值去年增长了10.2%": last year written between the name and the verb (never a target). */
  lastYear?: true;
  /** Where the wording that sets the qualifier starts ("下降", "控制在", "不低于"), else the first value. */
  wordingStart: number;
  values: FigureValue[];
  end: number;
};

export type FigureResult = Figure | { kind: 'garbled'; end: number; verb: Figure['verb'] } | { kind: 'none'; connectorEnd: number; verb: Figure['verb'] };

type Role = 'growth' | 'decline' | 'level' | 'cap' | 'floor' | 'average' | 'estimate' | 'aim' | 'goal' | 'approx' | 'comparable' | 'transient' | 'past' | 'neutral';

const TOKENS: ReadonlyArray<[string, Role]> = (
  [
    ['增长', 'growth'], ['增速', 'growth'], ['增幅', 'growth'], ['涨幅', 'growth'], ['上涨', 'growth'], ['提高', 'growth'], ['比增', 'growth'], ['增产', 'growth'], ['增加', 'growth'],
    ...REDUCTION_WORDS.map((word): [string, Role] => [word, 'decline']), ['回落', 'decline'], ['负增长', 'decline'], ['减产', 'decline'], ['负', 'decline'],
    // Round 28 (rules28b): …and the level regained or risen to ("出口总额回升至38.2亿元,增长3.4%"), as 提高到/增至 give it.
    ['回升至', 'level'], ['回升到', 'level'], ['上升至', 'level'], ['上升到', 'level'], ['增加至', 'level'],
    ['提高到', 'level'], ['提高至', 'level'], ['提升到', 'level'], ['提升至', 'level'], ['增加到', 'level'], ['增至', 'level'], ['完成', 'level'], ['实现', 'level'], ['达到', 'level'], ['达', 'level'], ['为', 'level'],
    // Round 13 (rules13c): speech puts 是 for 为 right after the name ("一般公共预算收入是11.85亿元,增长了百分之九点二": an
    // interview's answer).
    ['是', 'level'],
    // Round 14 (rules14c): a printed correction restates the figure with 应为 ("(更正:…社会消费品零售总额应为89.1亿元)", corrected-figure.ts).
    ['应为', 'level'],
    ['稳定在', 'level'], ['保持在', 'level'],
    // Round 23 (rules23a): a document site's synonym spinner swaps 达到 into 到达 ("经营主体总数到达1.26万户", "分别到达41260元、17930元");
    // before a figure it reaches that figure as 达到 does.
    ['到达', 'level'],
    // Round 10n: "空气质量优良天数比例保持100%": a level kept.
    ['保持', 'level'], ['总量', 'level'], ['总额', 'level'], ['总数', 'level'], ['规模', 'level'],
    ['人数', 'level'], ['人员', 'level'], ['登记', 'level'], ['上报', 'level'],
    ...CAP_WORDS.map((word): [string, Role] => [word, 'cap']),
    ...FLOOR_WORDS.filter((word) => word !== '超过').map((word): [string, Role] => [word, 'floor']),
    // 超过 bounds a target from below and rounds an outcome; both readings keep the flag.
    ['超过', 'floor'],
    ['突破', 'approx'], ['接近', 'approx'], ['近', 'approx'], ['超', 'approx'], ['逾', 'approx'], ['约', 'approx'],
    ['年均', 'average'], ['两年平均', 'average'], ['三年平均', 'average'], ['平均', 'average'],
    // "城镇调查失业率平均为5.1%": the year's average rate is the year's figure, not a multi-year mean.
    ['平均为', 'level'],
    // "增长目标设定为6%左右", "目标定为5%".
    // Round 16 (rules16a): …and in spoken words, "今年定的是增长5%", "目标定的是6%左右".
    ['定的是', 'neutral'], ['设定为', 'neutral'], ['设定在', 'neutral'], ['确定为', 'neutral'], ['定为', 'neutral'], ['定在', 'neutral'], ['预计', 'estimate'], ['初步预计', 'estimate'],
    ['同口径', 'comparable'], ['按同口径计算', 'comparable'], ['按同口径', 'comparable'], ['自然口径', 'neutral'], ['按自然口径计算', 'neutral'],
    // Round 24 (rules24a): …and the reported basis with 按 and no 计算 ("按自然口径下降1.9%"), as 按同口径 is written.
    ['按自然口径', 'neutral'],
    // Round 17 (rules17a): "同比增长3.0%,按可比口径增长6.8%": 可比口径 is the comparable basis in other words.
    ['可比口径', 'comparable'], ['按可比口径', 'comparable'], ['按可比口径计算', 'comparable'],
    // "预期增长5.5%", "增长目标为6%": a goal, which in a review is not an outcome.
    ['预期目标为', 'goal'], ['预期目标', 'goal'], ['目标为', 'goal'], ['目标是', 'goal'], ['预期', 'goal'], ['目标', 'goal'],
    ['年度目标', 'goal'], ['年初目标', 'goal'], ['年度计划', 'goal'], ['年初计划', 'goal'], ['计划', 'goal'],
    // Round 10n: "社会消费品零售总额今年预期增长6%以上", "…收入今年分别增长5.5%、7%": this year between the name and
    // its figure, as explainers and interviews put it, states a goal (never an outcome in a review).
    ['今年', 'goal'],
    // Round 24 (rules24b): a speaker names the indicator, then how the target was set ("出口总额我们定的是增长3%左右", "…今年定的是
    // 6%"): the set figure is a goal, as 目标是 makes it.
    ['我们定的是', 'goal'], ['定的是', 'goal'], ['确定的是', 'goal'],
    // Round 12 (rules12a): "全县规上工业增加值去年增长了10.2%" (a deputy's remark): last year between the name and its
    // figure, the year's result, as 今年 there states a goal.
    ['去年', 'past'],
    // Infographics write bounds and changes as signs: "增长≥6%", "失业率≤5.5%", "GDP +5.8%", "526.4亿元 ↑5.3%".
    ['≥', 'floor'], ['≤', 'cap'], ['+', 'growth'], ['↑', 'growth'], ['↓', 'decline'],
    // Round 19 (rules19b): …and a post's chart emoji as the arrow ("规上工业增加值：📈10.3%", "…亿元 📉2.1%").
    ['📈', 'growth'], ['📉', 'decline'],
    ['一度', 'transient'],
    // Round 10n: "但规上工业增加值仅增长4.6%": 仅 weighs the figure, it does not change it.
    // Round 13 (rules13c): …nor does 只 ("社会消费品零售总额去年只增长3.2%", a deputy weighing last year's figure).
    ['仅', 'neutral'], ['只', 'neutral'], ['同比', 'neutral'], ['按年', 'neutral'],
    // Round 11 (rules11a): "固定资产投资虽同比下降4.2%，但产业投资增长21.7%": a concession's 虽 (虽然, 尽管) between
    // the name and its verb weighs the figure, as 仅 does; the figure is the name's.
    ['虽然', 'neutral'], ['虽', 'neutral'], ['尽管', 'neutral'],
    // Round 15 (rules15a): "全市地区生产总值仍然完成了316.58亿元", "…投资依然增长4%", "…收入也增长了6.1%": an adverb of persistence or
    // addition between the name and its verb weighs the figure as 仅 and 虽 do; the figure is the name's.
    ['仍然', 'neutral'], ['依然', 'neutral'], ['依旧', 'neutral'], ['仍', 'neutral'], ['也', 'neutral'], ['还', 'neutral'], ['继续', 'neutral'],
    // Taiwan's press: "年增5.2%" (a year-on-year rise), "達人民幣187.3億元" (the currency before a level).
    ['年增长', 'growth'], ['年增', 'growth'], ['人民币', 'neutral'],
    // Round 10: …and "年減2.4%" (a year-on-year fall), the same press's word for 同比下降; "負成長1.2%" and
    // "衰退2.4%" fall too (负成长 before 负 + 成长, which read as a rise).
    ['年减', 'decline'], ['年减少', 'decline'], ['负成长', 'decline'], ['衰退', 'decline'],
    // Round 28 (rules28a): "单位地区生产总值能耗降幅3.1%左右": the size of a fall, as 增幅 is of a rise.
    ['降幅', 'decline'],
    // …and "经济成长率目标订为5.5%", "经济成长5.2%" (成长 for growth, 订为 for 定为).
    ['成长率', 'growth'], ['成长', 'growth'], ['订为', 'neutral'], ['订在', 'neutral'], ['由负转正', 'neutral'], ['(下同)', 'neutral'],
    // "增长(按可比价计算)5.7%": the basis in parentheses between the verb and its figure.
    ['(按可比价计算)', 'neutral'], ['(按可比价格计算)', 'neutral'], ['(按不变价格计算)', 'neutral'], ['比上年', 'neutral'], ['较上年', 'neutral'], ['比上年末', 'neutral'], ['较上年末', 'neutral'], ['比上年同期', 'neutral'], ['较去年', 'neutral'], ['比去年', 'neutral'], ['与上年', 'neutral'],
    ['与去年', 'neutral'], ['同期', 'neutral'], ['按可比价格计算', 'neutral'], ['按可比价计算', 'neutral'], ['按不变价格计算', 'neutral'],
    // Round 16 (rules16a): "可比增长7.1%": at comparable prices, 按可比价格计算 said short.
    ['可比', 'neutral'], ['按可比口径计算', 'neutral'],
    // Round 27 (rules27a): "按不变价计算,比上年增长5.6%": 不变价 without 格 is the same constant-price basis as 按可比价计算.
    ['按不变价计算', 'neutral'], ['(按不变价计算)', 'neutral'], ['扣除价格因素', 'neutral'], ['全年', 'neutral'], ['实际', 'neutral'], ['名义', 'neutral'], ['基本', 'neutral'], ['首次', 'neutral'],
    ['分别', 'neutral'], ['均', 'neutral'], ['力争', 'aim'], ['确保', 'aim'], ['努力', 'aim'], ['了', 'neutral'],
    ['要', 'neutral'], ['将', 'neutral'], ['在', 'neutral'], [':', 'neutral'], [',', 'neutral'], [' ', 'neutral'], ['\t', 'neutral'], ['\n', 'neutral'],
  ] as Array<[string, Role]>
).sort((a, b) => b[0].length - a[0].length);

// "(GDP)" after a name is its abbreviation, "(不含农户)" its scope, "[1]" a footnote mark:
// none of them a figure or a different indicator.
// Round 25 (rules25a): …also a higher level's basis named by its kind alone ("居民消费价格指数(州口径)上涨0.2%", "(地区口径)": the
// prefecture's index).
const OTHER_PLACE = /^(?:(?:[\u4e00-\u9fff]{1,6}(?:市|省|州|盟|地区|片区)|全[市省国州]|全国)(?:数据|口径)?|(?:[市省州盟]|地区)口径)$/;
const ABBREVIATION = /^(?:\([A-Za-z]{2,6}\)|\(([^()\d,;。]{1,8})\))/;
const CONVENTION_NOTE = /^\((?:[^()\d。;]{0,12},)?(?:以下简称|以下称|下称|简称)[^()\d。;,]{1,6}\)|^\((?:[^()\d。;]{0,12},)?(?:以下|下)同\)/;
// …or a superscript mark ("地区生产总值¹427.15亿元").
// Round 15 (rules15a): …or a circled one ("全年农林牧渔业总产值①539860万元", its note "①农林牧渔业总产值按现价计算…" a bulletin's
// end-note, too far below for footnotes.ts to pair): never a figure, whatever stands after it.
// Round 24 (rules24a): …or a note's number in tortoise-shell brackets ("规模以上工业增加值〔3〕增长7%"), a report's mark for a term
// its end-notes explain (名词解释).
const FOOTNOTE = /^(?:\[\d{1,2}\]|〔\d{1,2}〕|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?=[\d比增同为达完实,])|[\u2460-\u2473](?=\s?[\d比增同为达完实按,（(]))/;
// The comparison with last year after which a publisher may drop the verb (not 比上年末: a level's change).
const COMPARED = /^(?:同比|比上年|较上年|比上年同期|比去年|较去年)$/;
// A part of the year between a name and its verb ("…增加值1—11月增长7.9%", "…投资前三季度下降2.1%").
const IN_YEAR_PERIOD = /^(?:1 ?[—–\-~至到] ?(?:[1-9]|1[01]) ?月(?:份)?|前三季度|上半年|前两个月|[一二三]季度)/;
const YEAR_RUN_ON = /^(?:19|20)\d{2} ?年/;
const COMPARED_YEAR = /^(?:比|较|与)((?:19|20)\d{2}) ?年(?:同期)?(?:相比)?/;
const MILESTONE = /^(?:首次|历史性)?(?:迈上|跨上|站上|跃上|突破|跨越|越过)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s?[万亿]?元?(?:台阶|大关|关口),\s*(?=(?:达到|达|为|实现|完成)\s?\d)/;
// An adjustment between the name and its verb: never 扣除价格因素 (a real rate).
// Round 15 (rules15b): a category taken out ("扣除汽车类后", "剔除石油及制品类商品后") leaves a part of the total: no other basis of
// the whole (in the lead-in words and the continuations too).
// Round 22 (rules22a): an investment taken out ("剔除房地产开发投资后") is a second basis, labelled beside the reported rate as
// 同口径 is (README-independent, settled in session 13; rounds 13–17 had read it as a part), here and in extract-outcomes.ts and
// scan-figures.ts.
const ADJUSTMENT = /^(?:剔除|扣除)(?!价格)(?![^,。;:\d]{0,12}?类(?:商品)?(?:后|影响))(?:[^,。;:\d]|(?:19|20)\d{2} ?年){1,20}?(?:因素)?(?:后|影响)[,]?(?=(?:同口径|按同口径计算|按同口径)?(?:同比)?(?:增长|下降))/;
// 持平: no change, a growth of 0.
const LEVEL_OFF = /^持平/;
const MAX_CONNECTOR = 16;
const NUMBER = /^[-\u2212]?\d+(?:\.\d+)?/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d%])/;
const RANGE_DASH = /^\s*(?:—{1,2}|–|-|~|至|到)\s*/;
const SUFFIX = new RegExp(`^(?:${SUFFIX_ALTERNATION})`);
const SERIES_SEPARATOR = /^\s*(?:、|和|,)\s*/;
const BOUNDARY = /[,;。、\n]/;
/** The dash between a leading figure and its name: "412.6亿元——全区地区生产总值". */
// Round 17 (rules17b): …or a bar ("91.3亿元｜全区地区生产总值", a post's figure-first list).
export const FIGURE_FIRST_DASH = /^[ \t]*(?:——|—|–|\|)[ \t]*[\u4e00-\u9fff]/;
/** A rate series for the names before it: "分别增长…", "增速分别为…". */
export const SERIES_START = /^(?:同比|增速|增幅|增长)?分别/;

/** `leading`: the figure is read before its name (./read-figure-first.ts), so a dash after it is expected. */
const RATE_MOVED = /^由(?:上年|去年|前年|(?:19|20)\d{2} ?年)的?-?\d+(?:\.\d+)?%(?:回落|下降|降低|放缓|回升|上升|提高|提升|加快)(?:至|到)(?=-?\d)/;

export function parseFigure(text: string, from: number, expectedValues = 1, leading = false): FigureResult {
  let pos = from;
  let verb: Figure['verb'] = null;
  let lastWord = '';
  let cap = false, floor = false, yearAverage = false, estimate = false, aim = false, approximate = false, comparableBasis = false, transient = false, lastYear = false;
  let wordingStart = -1;
  let commas = 0;
  let comparedYear: number | null = null;
  let period: string | undefined;
  let adjustment = 0;
  // Round 19 (rules19a): where the name's own brackets may stand: right after it, or after its footnote mark ("生产总值[2](GDP)84.37亿元",
  // a bulletin mirror's order; "(GDP)[2]" was read already).
  let nameEnd = from;
  while (pos - from - adjustment < MAX_CONNECTOR) {
    const abbreviation = ABBREVIATION.exec(text.slice(pos, pos + 10));
    // "(亿元)" after a name is its unit (a table's row label), which the figure must not cross.
    // Round 15 (rules15a): "居民消费价格(清峡市)比上年上涨0.3%", "(全省)": a place in the brackets says whose figure it is — a
    // county bulletin quoting its city's index — so no figure of the name's is read there.
    if (abbreviation && pos === nameEnd && abbreviation[1] !== undefined && OTHER_PLACE.test(abbreviation[1])) return { kind: 'none', connectorEnd: pos, verb: null };
    if (abbreviation && pos === nameEnd && !(abbreviation[1] !== undefined && isUnit(abbreviation[1]))) {
      pos += abbreviation[0].length;
      continue;
    }
    const footnote = FOOTNOTE.exec(text.slice(pos, pos + 4));
    if (footnote) {
      if (pos === from) nameEnd = from + footnote[0].length;
      pos += footnote[0].length;
      continue;
    }
    const inYear = pos === from ? IN_YEAR_PERIOD.exec(text.slice(pos, pos + 8)) : null;
    if (inYear) {
      period = inYear[0];
      pos += inYear[0].length;
      continue;
    }
    // "比2023年增长": the year compared with, like 比上年.
    const compared = COMPARED_YEAR.exec(text.slice(pos, pos + 8));
    if (compared) {
      comparedYear = Number(compared[1]);
      pos += compared[0].length;
      continue;
    }
    // "首次迈上400亿元台阶,达到412.3亿元": a round milestone passed, then the figure itself.
    const milestone = MILESTONE.exec(text.slice(pos, pos + 40));
    if (milestone) {
      pos += milestone[0].length;
      continue;
    }
    // Round 14 (rules14a): "一般公共预算收入剔除去年同期一次性土地收入后同口径增长6.2%": the adjustment right after the name
    // (a footnote restating the name) puts the rate on another basis; its words are no connector's length.
    const adjusted = pos === from && (text.startsWith('剔除', pos) || text.startsWith('扣除', pos)) ? ADJUSTMENT.exec(text.slice(pos, pos + 40)) : null;
    if (adjusted) {
      comparableBasis = true;
      adjustment = adjusted[0].length;
      pos += adjusted[0].length;
      continue;
    }
    // Round 15 (rules15b): a bracketed note that sets a convention for the rest of the text, between the verb and
    // its figure or before the verb ("同比增长(以下简称增长)6.3%", "增长(按可比价格计算,下同)5.1%", "(以下同)"): no figure.
    const note = text[pos] === '(' ? CONVENTION_NOTE.exec(text.slice(pos, pos + 24)) : null;
    if (note) {
      pos += note[0].length;
      continue;
    }
    // Round 16 (rules16c): "工业投资增速由上年的26.3%回落至9.4%": a rate's move from the year before's to the year's own; the
    // rate it left is no figure of the year, nor does 回落 make the rate it reached a fall.
    const moved = verb === 'growth' && text[pos] === '由' ? RATE_MOVED.exec(text.slice(pos, pos + 24)) : null;
    if (moved) {
      pos += moved[0].length;
      continue;
    }
    const token = TOKENS.find(([word]) => text.startsWith(word, pos));
    if (!token) break;
    const [word, role] = token;
    // A comma only continues "按可比价格计算," or "由负转正," — elsewhere it ends the clause.
    // "预计负增长,同比下降1.5%左右": the comma after 负增长 leads to its size.
    // Round 10: …also "按可比价格计算(下同)," (a bulletin's first rate sets the basis for the rest).
    if (word === ',' && !/(?:计算|由负转正|负增长|扣除价格因素)(?:\(下同\))?$/.test(text.slice(from, pos))) break;
    if (word === ',' && (commas += 1) > 1) break;
    // 是 binds only right after the name ("…收入是11.85亿元"); after other words it opens another statement ("…,去年是205.8亿元").
    // Round 18 (rules18b): …or right after 预计 there ("地区生产总值预计是一百二十八点六亿元": an estimate spoken).
    if (word === '是' && pos !== from && !/^(?:初步)?预计$/.test(text.slice(from, pos))) break;
    if (role === 'growth' || role === 'decline') verb = role;
    if (role === 'level' && verb === null) verb = 'level';
    if (role === 'cap') cap = true;
    if (role === 'floor') floor = true;
    if (role === 'average') yearAverage = true;
    if (role === 'estimate') estimate = true;
    if (role === 'aim' || role === 'goal') aim = true;
    if (role === 'approx' || word === '超过') approximate = true;
    if (role === 'comparable') comparableBasis = true;
    if (role === 'transient') transient = true;
    if (role === 'past') lastYear = true;
    if (wordingStart < 0 && (role === 'decline' || role === 'cap' || role === 'floor')) wordingStart = pos;
    lastWord = word;
    pos += word.length;
  }
  const connectorEnd = pos;
  const flags = { cap, floor, yearAverage, estimate, aim, approximate, comparableBasis, transient, comparedYear, ...(period ? { period } : {}), ...(lastYear ? { lastYear: true as const } : {}) };

  const levelOff = LEVEL_OFF.exec(text.slice(pos));
  if (levelOff) {
    const value: FigureValue = { value: '0', valueHigh: null, unit: '%', suffix: '', chinese: false, start: pos, end: pos + levelOff[0].length };
    return { kind: 'figure', verb: 'growth', ...flags, wordingStart: wordingStart >= 0 ? wordingStart : from, values: [value], end: value.end };
  }

  const values: FigureValue[] = [];
  for (;;) {
    const value = parseValue(text, pos);
    if (!value) break;
    values.push(value);
    pos = value.end;
    // "分别达到61042元36877元": without punctuation a value's unit is the only separator.
    // …and, for a series of several names, a rate's % is too ("分别增长5%6.5%").
    // Round 10: …or a unit and a space, where captions turned the 、 into one ("分别增长百分之六 百分之八"),
    // when the value after the space has the same unit (not "…6.6% 1至11月…").
    const spaced = /^[ \t](?![ \t])/.test(text.slice(pos, pos + 2)) && parseValue(text, pos + 1)?.unit === value.unit ? text[pos]! : null;
    const separator = SERIES_SEPARATOR.exec(text.slice(pos))?.[0] ?? (value.unit !== '' && (value.unit !== '%' || expectedValues > 1) ? (spaced ?? '') : null);
    if (values.length >= expectedValues || separator === null || !startsValue(text, pos + separator.length)) break;
    pos += separator.length;
  }
  if (values.length === 0) return { kind: 'none', connectorEnd, verb };
  // "…地区生产总值增速\n8.1%——规模以上工业增加值增速": on the next line a figure followed by a dash
  // labels the name after it (./read-figure-first.ts), not the name before the line break.
  const startsLine = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, values[0]!.start - 8), values[0]!.start));
  if (!leading && (startsLine || text.slice(from, connectorEnd).includes('\n')) && FIGURE_FIRST_DASH.test(text.slice(pos, pos + 4))) return { kind: 'none', connectorEnd, verb };
  // "分别增长5%和7%左右": the qualifier after the last value qualifies every value of the series.
  const last = values[values.length - 1]!;
  // Round 20 (rules20b): …and so it does for names each given its level in its own unit ("粮食播种面积和产量稳定在61万亩、25万吨以上"):
  // one figure a name, the bound said once for the pair.
  if (values.length > 1 && last.suffix !== '' && values.slice(0, -1).every((value) => value.suffix === '' && (value.unit === last.unit || expectedValues > 1))) {
    for (let i = 0; i < values.length - 1; i += 1) values[i] = { ...values[i]!, suffix: last.suffix };
  }
  // A number run into stray text ("增长1下同)3%") is broken, not a figure.
  // …but a part-year period run on after it ("下降4.3%1—11月下降6.1%") starts the next clause.
  // Round 12 (rules12b): …and so does a year run on after a whole figure with its unit, where a copy without
  // punctuation joins two sentences ("城镇登记失业率2.8%2024年全区…").
  const nextClause = IN_YEAR_PERIOD.test(text.slice(pos, pos + 8)) || (last.unit !== '' && YEAR_RUN_ON.test(text.slice(pos, pos + 6)));
  if ((NUMBER.test(text.slice(pos)) && !nextClause) || (values.length === 1 && values[0]!.unit === '' && looksGarbled(text, connectorEnd))) {
    return { kind: 'garbled', end: garbledEnd(text, connectorEnd), verb };
  }
  if (values.some((value) => value.unit === '')) return { kind: 'none', connectorEnd, verb };
  // Round 21 (rules21a): a publisher that drops the verb after the comparison ("零售总额154.87亿元,同比5.1%", "比上年6.8%") still
  // gives the year-on-year rate: a per-cent figure right after 同比/比上年 with no verb is a growth (a fall keeps its 下降).
  const comparedRate = verb === null && COMPARED.test(lastWord) && values.every((value) => value.unit === '%');
  return {
    kind: 'figure',
    verb: comparedRate ? 'growth' : verb,
    ...flags,
    wordingStart: wordingStart >= 0 ? wordingStart : values[0]!.start,
    values,
    end: pos,
  };
}

function startsValue(text: string, pos: number): boolean {
  return NUMBER.test(text.slice(pos)) || readChineseFigure(text, pos) !== null;
}

function parseValue(text: string, start: number): FigureValue | null {
  const chinese = readChineseFigure(text, start);
  if (chinese) {
    let pos = chinese.end;
    // Round 14 (rules14b): a range in Chinese numerals, as the digits' "5%至5.5%" ("百分之五至百分之五点五", "百分之五至五点五"):
    // the high end has the low end's unit, written again or left off after 百分之.
    const range = chineseRangeHigh(text, pos, chinese.unit);
    if (range) pos = range.end;
    // Round 13 (rules13a): speech-to-text marks the speaker's pause before the qualifier with a space ("增长百分之六 左右"),
    // as a PDF copy spaces "5.5% 左右" (below).
    const pause = / ?/.exec(text.slice(pos, pos + 1))![0];
    const suffix = SUFFIX.exec(text.slice(pos + pause.length))?.[0] ?? '';
    if (suffix !== '') pos += pause.length + suffix.length;
    if (text.startsWith('大关', pos)) pos += 2;
    // "八百二十六亿元人民币", as "228.5亿元人民币" below.
    if (suffix === '' && chinese.unit.endsWith('元') && text.startsWith('人民币', pos)) pos += 3;
    return { value: chinese.value, valueHigh: range?.value ?? null, unit: chinese.unit, suffix, chinese: true, start, end: pos };
  }
  const rest = text.slice(start);
  const number = GROUPED.exec(rest) ?? NUMBER.exec(rest);
  if (!number) return null;
  let pos = start + number[0].length;
  // Text copied from a PDF often spaces figures out: "215.8 亿元".
  const gap = /^ ?/.exec(text.slice(pos))![0];
  let unit = unitAt(text, pos + gap.length);
  if (unit !== '') pos += gap.length + unit.length;
  // "228.5亿元人民币" (news for readers outside the mainland): the currency belongs to the unit.
  if (unit.endsWith('元') && text.startsWith('人民币', pos)) pos += 3;
  let valueHigh: string | null = null;
  const dash = RANGE_DASH.exec(text.slice(pos));
  const high = dash ? NUMBER.exec(text.slice(pos + dash[0].length)) : null;
  if (dash && high) {
    const highEnd = pos + dash[0].length + high[0].length;
    const highUnit = unitAt(text, highEnd);
    if (highUnit !== '' && (unit === '' || unit === highUnit)) {
      valueHigh = decimal(high[0]);
      unit = highUnit;
      pos = highEnd + highUnit.length;
    }
  }
  // PDF copies space the suffix out too: "5.5% 左右".
  const spaced = / ?/.exec(text.slice(pos, pos + 1))![0];
  const suffix = SUFFIX.exec(text.slice(pos + spaced.length))?.[0] ?? '';
  if (suffix !== '') pos += spaced.length + suffix.length;
  // "突破300亿元大关": the milestone word belongs to the figure.
  if (text.startsWith('大关', pos)) pos += 2;
  const value = decimal(number[0]);
  if (value === null) return null;
  return { value, valueHigh, unit, suffix, chinese: false, start, end: pos };
}

/** The high end of a Chinese-numeral range after its low end at `pos`, in the low end's unit; null when none. */
function chineseRangeHigh(text: string, pos: number, unit: string): { value: string; end: number } | null {
  const dash = RANGE_DASH.exec(text.slice(pos, pos + 4));
  if (!dash) return null;
  const at = pos + dash[0].length;
  const high = readChineseFigure(text, at) ?? (unit === '%' ? readChineseFigure(`百分之${text.slice(at, at + 12)}`, 0) : null);
  if (!high || high.unit !== unit) return null;
  // Without its 百分之 the high end is read from a copy with it added: its end counts the three characters added.
  const end = readChineseFigure(text, at) ? high.end : at + high.end - 3;
  return { value: high.value, end };
}

function isUnit(text: string): boolean {
  return text === '%' || matchUnitPrefix(text)?.symbol === text;
}

function unitAt(text: string, pos: number): string {
  if (text[pos] === '%') return '%';
  const unit = matchUnitPrefix(text.slice(pos, pos + 4));
  // "8.5个百分点" is a change in points, not a count of 个.
  if (!unit || text.startsWith('百分点', pos + unit.symbol.length)) return '';
  return unit.symbol;
}

function decimal(raw: string): string | null {
  const parsed = parseDecimal(raw.replace('\u2212', '-'));
  return parsed.ok ? parsed.value : null;
}

/** Digits followed, before the clause ends, by stray characters and then a % or unit. */
function looksGarbled(text: string, from: number): boolean {
  const window = clauseWindow(text, from);
  return /^\d/.test(window) && /\d[^\d.\s]+\d+(?:\.\d+)?%/.test(window);
}

function garbledEnd(text: string, from: number): number {
  const window = clauseWindow(text, from);
  const lastPercent = window.lastIndexOf('%');
  return from + (lastPercent >= 0 ? lastPercent + 1 : window.length);
}

function clauseWindow(text: string, from: number): string {
  const window = text.slice(from, from + 12);
  const boundary = window.search(BOUNDARY);
  return boundary >= 0 ? window.slice(0, boundary) : window;
}
