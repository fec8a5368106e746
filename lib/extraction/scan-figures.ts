// Walks a range of prepared text and pairs every indicator mention with the figure
// (or wording) that follows it. Both the target and the outcome readers build on this.
import { definitionNoteBefore } from './definition-note';
import { parseFigure, SERIES_START, type FigureResult } from './figure-parser';
import type { Mention } from './indicator-matcher';
import type { ReadingContext } from './reading-context';
import type { Range } from './sections';
import { markedFigureEnd } from './marked-figure';
import { otherEntitySubject } from './sentence-subject';

export type Reading = {
  keys: string[];
  /** A combined name's whole ("城乡居民收入" → resident income), for a wording that speaks of both at once. */
  wholeKey: string | null;
  /** Start of the first mention, end of the last one ("实际使用外商直接投资额、出口总额"). */
  start: number;
  mentionEnd: number;
  result: FigureResult;
  /** Text between the clause start and the mention: lead-in words only, or a sub-item's subject. */
  prefix: string;
  /** Where the next name starts (or the range ends): a wording never runs into it. */
  nextStart: number;
  /** No punctuation before the mention, only the previous figure ("…增长5%农林牧渔业…"). */
  runTogether: boolean;
};

// A bar, a slash or a middle dot separates the clauses of a flash summary ("…亿元｜增长5.9%｜一般公共预算收入…"), as a comma does.
const BOUNDARY = /[,;。!?:\n、 \t|/·]/;
const LIST_JOINER = /^(?:、|和|及|以及)$/;
const LIST_MARKERS = /^(?:\s|[(][一二三四五六七八九十\d]+[)]|\d+[.、)]|[一二三四五六七八九十]+[、是]|——|—|[●•·◆◇■□▶►★☆○✔√\u25a0-\u25ff\u2600-\u27bf\ufe0f\u20e3]|[\ud83c-\ud83e][\udc00-\udfff])+/;
// Words that may open a clause before a headline figure. Anything else ("“1+2”主导产业实现",
// "新增涉旅", "占全区", "人均", "全省") makes the figure a sub-item's or another entity's,
// which is not proposed. The district's own name and scope word are added per document.
const LEAD_IN_WORDS = [
  // A clause may open a quoted remark (“城乡居民人均可支配收入分别增长5.5%和7%,…”).
  // Round 16 (rules16a): …or go on after an ellipsis, as a live blog's next entry resumes the report it quotes ("【09:48】" over
  // "……固定资产投资下降7.2%,…").
  '\\s', '[“"]', '…{1,2}', '[(][一二三四五六七八九十\\d]+[)]', '\\d+[.、)]', '[一二三四五六七八九十]+[、是]', '——', '—',
  // Bullets of lists and infographics ("●地区生产总值…", "▶ 固定资产投资…").
  '[●•·◆◇■□▶►★☆○✔√\\u25a0-\\u25ff]',
  // …and emoji used as bullets ("✅地区生产总值…", "👉一般公共预算收入…").
  '[\\u2600-\\u27bf\\ufe0f\\u20e3]', '[\\ud83c-\\ud83e][\\udc00-\\udfff]',
  // A bracketed heading on the figures' own line ("【2024年成绩】地区生产总值148.2亿元…").
  '【[^】\\d]{0,6}(?:(?:19|20)\\d{2} ?年?)?[^】\\d]{0,6}】',
  // An item number whose punctuation was lost ("1地区生产总值完成…").
  '\\d{1,2}(?![\\d.%])',
  // "区属地区生产总值", "区级一般公共预算收入": the district's own part of a figure it shares with a zone or the city.
  '[区县旗]属', '[区县旗]级',
  // Round 24 (rules24a): …also written 区本级 ("全年区本级完成固定资产投资…", a plan report's own-level figures), as 区级.
  '[区县旗]本级',
  // Round 26 (rules26a): …and the district's whole jurisdiction after its name ("某区辖区地区生产总值…", a bulletin that counts its
  // zones in): never a part of the city (市辖区, the city's districts).
  '(?<=[区县旗])辖区',
  // Round 15 (rules15b): the level of government or the field that owns a fiscal name ("地方级一般公共预算收入",
  // "财政一般公共预算收入"): the district's own revenue, as budget reports and bulletins write it (a bare 地方 is no lead-in:
  // "其中地方税收收入" is the local taxes, not the tax revenue).
  '地方级', '财政',
  // Hong Kong's press names a place's own product "本地生产总值" and its scope "区内" / "县内".
  '本地', '[区县旗]内',
  // Round 22 (rules22b): …with the speaker's adverb after 我们 ("我们还新增城镇就业6280人", "我们也…": one more of the district's figures).
  '全年', '全域', '全体', '我们(?:还|也|又)?',
  // Round 23 (rules23a): "全社会消费品零售总额增长5.2%": 全社会 (the whole of society, as in 全社会固定资产投资) names the same total, no other
  // entity's; the name read opens on its 社会, so the 全 is the prefix's last character.
  '全$',
  // Round 19 (rules19b): "今年我们将确保粮食播种面积稳定在…": the speaker's future tense before 确保 (only there: "将推进…" is a task).
  // Round 25 (rules25a): …or the report's 要 ("他还提到,要确保粮食播种面积稳定在…", a news item citing the report).
  // Round 26 (rules26c): …with the adverb that adds it to what was said ("…,今年还要确保城镇新增就业…", "也将确保…").
  '(?:还|也)?[将要](?=确保)',
  // Round 11 (rules11c): "全区常住居民人均可支配收入为71860元": the resident population's income, as releases write it.
  '常住',
  // "我们把今年地区生产总值增长目标定为6%—6.5%": the speaker setting this year's target.
  // Round 14 (rules14b): …and a speaker's own county in spoken words ("去年咱县粮食播种面积…", "咱们区", "俺县").
  // Round 21 (rules21b): …or the report doing so ("报告把今年规上工业增加值增长目标定在7.5%以上", a deputy citing it).
  '把', '(?:政府工作)?报告(?=把)', '(?:我|咱们?|俺)(?:区|县|市|旗)', '本区', '本县', '该区', '该县', '该旗', '完成', '实现', '确保', '力争', '努力', '锚定', '瞄准', '预计', '初步预计',
  // Round 10n: "全县初步核算实现地区生产总值152.6亿元": the basis of a bulletin's estimate, before the name.
  '初步核算',
  // Round 11 (rules11a): an interview's later answer: "今年(还)要实现城镇新增就业5000人以上" (this year's commitment),
  // "我们还明确城镇调查失业率控制在5.5%以内" (a target the speaker adds to those set).
  '(?:还|也)?要实现', '(?:还|也)明确了?',
  // Round 13 (rules13c): "我们还要把城镇调查失业率控制在3.5%以内" (one more target the speaker sets).
  '(?:还|也)要把',
  // Round 12 (rules12a): "今年目标是城镇新增就业6500人以上", "今年的目标是…": a speaker giving this year's target before its name
  // (only after 今年: "去年的目标是…" restates last year's plan).
  // Round 21 (rules21b): …also with the speaker's 我们 ("今年我们的目标是城镇新增就业7500人以上", a department head's answer).
  '今年(?:我们)?的?(?:主要|预期|发展)?目标(?:是|为)',
  // Round 12 (rules12a): "扣除这些因素后一般公共预算收入增长4.1%": the adjustment opening the clause (read as another basis).
  // Round 13 (rules13c): not a part taken out ("剔除房地产开发投资后固定资产投资增长8.9%": the rest of the total, no basis of it);
  // round 22 (rules22a): a category only ("扣除汽车类后"), an investment taken out being a second basis (figure-parser.ts).
  // Round 14 (rules14a): …its cause may name a year ("剔除2023年一次性专项收入后").
  '(?:剔除|扣除)(?!价格)(?![^,。;:\\d]{0,12}?类(?:商品)?(?:后|影响))(?:[^,。;:\\d]|(?:19|20)\\d{2} ?年){1,16}?(?:后|影响)',
  // Round 15 (rules15b): "期末实有经营主体9.87万户": a stock at the reporting period's end (年末 in a year's review).
  '期末',
  // Round 19 (rules19b): "固定资产投资增长5.2%(其中工业投资增长19.6%)": a bracket that opens on 其中 holds the sub-item's own figure.
  '\\((?=其中)',
  // Round 22 (rules22b): a revenue's part named after its whole and 中 ("去年一般公共预算收入中税收收入完成13.6亿元"), as after 其中 (the whole
  // named as the budget names it: a scope before it, "全市…收入中", stays another entity's).
  '(?:地方)?(?:一般公共预算|财政总?)收入中',
  '年内', '年末', '年底', '今年', '其中', '一年来', '过去一年', '去年', '同时', '和', '及', '以及', '按常住地分',
  // Round 25 (rules25a): a news item glosses the relative year with its number in brackets ("去年(2024年)全市地区生产总值…",
  // "今年(2025年)…"): the same word of time.
  '(?:去年|今年|上年)\\((?:19|20)\\d{2} ?年\\)',
  // Round 10: a bulletin's qualifiers of a stock or a total: "年末全县(登记)在册经营主体9.86万户",
  // "实有市场主体…", "全部规模以上工业增加值…".
  // Round 15 (rules15a): …with 的 too ("全区登记在册的各类经营主体10.84万户", "年末实有的市场主体").
  '(?:登记)?在册的?', '实有的?', '全部',
  // Round 16 (rules16b): …and "年末全县登记注册经营主体2.63万户" (the registered stock, as bulletins write it).
  '(?:登记)?注册的?',
  // Round 17 (rules17c): …and "年末全县共有经营主体9.68万户" (the whole stock counted).
  '共有',
  // Round 12 (rules12c): "全区各类经营主体总数达到58216户": every kind of market entity, the stock's usual wording.
  '各类',
  // Round 10n: "但规上工业增加值仅增长4.6%": a clause turning to a weak figure is still the district's.
  '但', '但是',
  // Round 21 (rules21b): …and a clause singling one figure out ("特别是规上工业增加值增长10.3%", "尤其是…"): still one of the district's.
  '(?:特别|尤其)是',
  // "申桂香对报告中“粮食播种面积稳定在36万亩以上…”的目标印象深刻": a deputy pointing to the report's own figure.
  // (Quoted from the figure's name: the reference is the sentence's, not the figure's.)
  '(?:(?!全[市省国州])[\\u4e00-\\u9fff]){0,10}?对(?:政府工作)?报告(?:中|里)(?:的|提出的)?', '(?:政府工作)?报告(?:中|里)(?:的|提出的)?',
  // Round 17 (rules17b): …or a deputy reading out what the report writes ("报告里写着农牧民人均可支配收入增长9%", "报告上写的是…").
  '(?:政府工作)?报告(?:中|里|上)(?:写着|写的是|写了)',
  // "今年报告又提出农村居民人均可支配收入增长7%".
  // Round 13 (rules13c): …and "报告确定今年地区生产总值增长6%左右" (the report fixing this year's figure).
  '(?:政府工作)?报告(?:又|还|也)?(?:提出|明确|确定)了?',
  // Round 25 (rules25b): …or a speaker's plain verb for what the report says, run into the name without a pause ("报告说农村常住居民人均
  // 可支配收入达到…", "报告显示城镇新增就业…", "报告里讲粮食产量…"): the report's own figure, as after 报告中.
  '(?:政府工作)?报告(?:里面?|中)?(?:还|也)?(?:说|讲|讲到|提到|谈到|显示)',
  // Round 13 (rules13c): "…今年目标1.2万人以上,再加上居民消费价格涨幅控制在2%左右": one more of the figures a speaker lists.
  '再加上',
  // Round 17 (rules17b): …or a speaker's connective run into the name by speech-to-text ("然后规上工业增加值增长…", "还有单位GDP能耗
  // 下降了3.5%", "另外就是…"): one more of the district's own figures, as 再加上.
  '(?:然后|还有|另外|此外|再就是|接下来)(?:就是)?',
  // Round 13 (rules13c): "今年确定地区生产总值增长6.5%左右" (a county head giving the target he set).
  '确定',
  // "2024年,全区…": a year is read with the figure; readers check it is the right one.
  '(?:19|20)\\d{2} ?年度?',
];
// "全年县城空气质量优良天数比率为93.4%": a district's air is measured in its seat, so the seat
// (县城, 城区, 中心城区) before an air-quality name is the district's own figure, not another entity's.
// Round 12 (rules12c): …with 环境 between the seat and a name the catalogue spells without it ("县城环境空气质量优良天数比例").
// Round 12 (rules12b): …or the seat named as such ("全年旗所在地空气质量…", "县政府驻地", "县城所在地").
const SEAT_NAMED = '(?:[县旗区]|县城|旗府|县府|[县旗区]政府)(?:所在地|驻地)';
// Round 16 (rules16a): …or the district's area as a whole, as a zone's or a district's page says it ("区域空气质量优良天数比率", "全区域…").
const SEAT_BEFORE_AIR = new RegExp(`(?:县城|城区|中心城区|主城区|全?区域|${SEAT_NAMED})?环境$|(?:县城|城区|中心城区|主城区|全?区域|${SEAT_NAMED})$`);

const SEAT_MEASURED = /^(?:(?:环境)?空气|居民消费价格)/;
// Round 27 (rules27c): …and a county-level city's 市区 (its urban area, "市区空气质量优良天数比率93.4%"), where 全市 is the district's
// own word; in a county's or a district's text 市区 is the city above's and stays another entity.
const CITY_SEAT_BEFORE_AIR = /市区(?:环境)?$/;
const blank = (seat: string) => ' '.repeat(seat.length);

function seatBeforeAir(prefix: string, text: string, mentionStart: number, context: ReadingContext): string {
  // Round 10: …also before 环境空气 ("全年县城环境空气质量优良天数比率为94.8%").
  // The seat becomes spaces, not nothing, so that the quote still opens on the lead-in ("全年旗所在地空气…", not "在地空气…").
  // Round 17 (rules17c): …and before a consumer-price name, as prices are surveyed in the seat too ("全年旗所在地居民消费价格比上年
  // 上涨0.8%", "县城居民消费价格…").
  if (!SEAT_MEASURED.test(text.slice(mentionStart, mentionStart + 6))) return prefix;
  return (context.selfScope === '全市' ? prefix.replace(CITY_SEAT_BEFORE_AIR, blank) : prefix).replace(SEAT_BEFORE_AIR, blank);
}
const leadInPatterns = new WeakMap<ReadingContext, { whole: RegExp; tail: RegExp }>();
// Round 22 (rules22c): speech-to-text writes a year as spoken, by its last two digits ("24年全县地区生产总值预计达到…"): a word of time
// as "2024年" is (never a count of years: "连续24年", "近20年", "第10年").
const SPOKEN_YEAR_DIGITS = '(?<![\\d.]|连续|近|第|满|这|多|余)[12]\\d(?=年(?![代来间前后初底末内度]|以来))';
const SPOKEN_YEAR = `${SPOKEN_YEAR_DIGITS}年`;
const TIME_WORDS = ['全年', '过去一年', '一年来', '去年', '(?:19|20)\\d{2} ?年度?', SPOKEN_YEAR];
// "…总体平稳预计地区生产总值完成214.6亿元…": without punctuation 预计 opens the clause that gives the year's estimate.
// Round 10: so does a bulletin's 初步核算 ("…取得新成效初步核算全县地区生产总值完成68.42亿元…").
const ESTIMATE_OPENER = '(?:初步)?预计|(?:据|经)?初步核算';
// Where punctuation is missing the plan's cue runs into its first name ("…主要预期目标地区生产总值增长…").
const PLAN_CUE = '(?:主要预期目标|预期目标|主要目标)(?:是|为|如下)?';
// Round 21 (rules21b): …and after a dash that turns to the report's proposal ("…要保持较快增长——报告提出工业投资增长15%以上").
const DASHED_REPORT = '——(?=(?:政府工作)?报告)';
// …and after the previous clause's figure ("…增长6.2%高于全市1.1个百分点规模以上工业…").
// A bare number closes a clause too ("…调整为8.2比36.4比55.4一般公共预算收入…").
// Round 23 (rules23c): …also with a space before its unit, as a PDF or OCR copy spaces figures ("…突破 40 亿元粮食播种面积",
// "…就业2460 人城镇调查失业率").
const FIGURE_TAIL = '\\d(?: ?(?:个百分点|%|[亿万]?元|人|户|位))?';
// …and after a rank that closes the previous clause ("…增长5.1%总量居全市第三规模以上…").
const RANK_TAIL = '居?(?:全[市省国区县州]|[市省])[^\\d,;。]{0,4}?第[一二三四五六七八九十\\d]+位?';
// Round 20 (rules20c): …or a rank told by its verb, whatever the field ranked in ("…增长6.1%总量在苏北县区排名第四规上…",
// "…位列全国百强县第十二"): the rank closes that clause.
const RANKED_TAIL = '(?:排名|排位|位居|位列)(?:[^\\d,;。]{0,8}?)第[一二三四五六七八九十\\d]+(?:位|名)?';
// Round 20 (rules20c): …and a review paragraph's run-in heading without its punctuation, a field and what it achieved
// ("乡村振兴取得新进展粮食总产量…", "民生福祉持续增进城镇新增就业…"): a whole clause of its own, from the paragraph's start
// or the previous figure to the next name (a scope or sub-item word after it still makes the figure another's).
// Round 23 (rules23c): …or a paragraph's run-in strategy, 坚持 and its two-to-four-character slogan ("坚持民生为本城镇新增就业…",
// "坚持工业强县规模以上工业增加值…"), from the clause's start.
const HEADING_TAIL = '^(?:[\\u4e00-\\u9fff]{2,8}?(?:(?:取得|实现|迈出|展现)新(?:进展|成效|突破|步伐|成绩|气象)|(?:持续|稳步|不断)(?:增进|提升|改善|增强))|坚持[\\u4e00-\\u9fff]{2,4})';
// Round 22 (rules22c): …and a review paragraph that opens on its time and the government's 我们 ("这一年我们坚持农业稳县粮食播种面积…",
// "一年来我们稳经济促增长综合实力稳步提升全县地区生产总值…"): its run-in heading, whatever the slogan, up to the first name. A slogan
// that speaks of targets or plans, compares, or names another entity's scope (目标, 计划, 比, 全市…) is no heading.
const NARRATED_TAIL = '^(?:这一年|一年来|过去一年|过去的一年)我们(?:(?!目标|计划|预期|确定|提出|力争|争取|要|将|比|占|高于|低于|的|全[市省国州盟])[\\u4e00-\\u9fff]){2,16}?';
// Round 29 (rules29b): …and a run-in verdict on the year's economy, its punctuation lost ("报告指出2024年全县经济社会发展稳中有进地区生产总值
// 完成…", "…经济运行稳中向好规上工业增加值…"): the fixed four-character verdicts a review sums its year up with close the clause before the
// next name. A verdict on another entity's economy ("全市经济稳中向好地区生产总值…") stays that entity's: 全市/全省/全国 before it, in the
// clause, makes the figure another's.
// (The scope is looked back for only once a verdict's words have matched: no position of a prefix is searched backwards.)
const VERDICT_WORDS = '(?:稳中(?:有进|向好|提质|有升)|(?:持续|回升|稳步)向好|量质齐升)';
const VERDICT_TAIL = `${VERDICT_WORDS}(?<!全[市省国州盟][^\\d,;。]{0,12}${VERDICT_WORDS})`;
// (Its quote opens on the name: the whole slogan, and the scope words after it, are cut.)
const PREVIOUS_CLAUSE_TAIL = new RegExp(`^(?:${FIGURE_TAIL}(?![\\d.年])|${RANK_TAIL}|${RANKED_TAIL}|${HEADING_TAIL}|${NARRATED_TAIL.slice(0, -1)}|${VERDICT_TAIL})`);
// Another entity's scope word just before a run-on clause makes the clause that entity's ("全市2024年…").
// Round 27 (rules27b): …and so does a town's or a township's name ("东坝镇去年地区生产总值增长7.3%", a deputy speaking for the town
// he leads): the town's figure is not the district's. 城镇, 乡镇 and 城乡 name no town.
const OTHER_SCOPE = /全[市省国州盟]$|[\u4e00-\u9fff]{2,4}(?<!城|乡)镇$|[\u4e00-\u9fff]{2,4}(?<!城)乡$|[\u4e00-\u9fff]{2,4}街道$/;

export function scanFigures(text: string, range: Range, context: ReadingContext): Reading[] {
  const mentions = context.catalogue.findMentions(text, range.start, range.end);
  const readings: Reading[] = [];
  let lastEnd = range.start;
  for (let i = 0; i < mentions.length; i += 1) {
    const first = mentions[i]!;
    if (first.start < lastEnd) continue;
    // Gather "A、B" lists: one wording or a 分别 series for all of them.
    const group: Mention[] = [first];
    while (i + 1 < mentions.length && LIST_JOINER.test(text.slice(group[group.length - 1]!.end, mentions[i + 1]!.start))) {
      group.push(mentions[i + 1]!);
      i += 1;
    }
    const keys = group.flatMap((mention) => mention.keys);
    const mentionEnd = group[group.length - 1]!.end;
    let result = figureAfterState(text, mentionEnd, keys.length, first.start);
    // Round 13 (rules13c): "社会消费品零售总额和进出口总额同比分别增长4.6%和7.3%": a 分别 series shared with names the
    // catalogue lacks (进出口总额, 技改投资) gives the catalogue's name its own place in the series (first here).
    if (result.kind === 'none' && keys.length === 1) {
      const partners = PARTNERS_THEN_SERIES.exec(text.slice(mentionEnd, mentionEnd + 48));
      const next = mentions[i + 1];
      if (partners && (!next || next.start >= mentionEnd + partners[0].length)) {
        const count = partners[0].split(/和|、|及/).length;
        const series = parseFigure(text, mentionEnd + partners[0].length, count);
        if (series.kind === 'figure' && series.values.length === count) result = { ...series, values: [series.values[0]!] };
      }
    }
    // Round 24 (rules24b): …and a wording shared with 均 by names the catalogue lacks after the catalogue's ("工业投资、民间投资、
    // 交通投资均增长10%左右", the last one unknown): the shared wording is each catalogue name's too.
    if (result.kind === 'none') {
      const partners = PARTNERS_THEN_SHARED.exec(text.slice(mentionEnd, mentionEnd + 48));
      const next = mentions[i + 1];
      if (partners && (!next || next.start >= mentionEnd + partners[0].length)) {
        const shared = figureAfterState(text, mentionEnd + partners[0].length, keys.length, first.start);
        if (shared.kind === 'figure') result = shared;
      }
    }
    const note = definitionNoteBefore(text, first.start, lastEnd);
    const clauseStart = Math.max(lastBoundary(text, note ?? first.start), lastEnd);
    const clause = note === null ? text.slice(clauseStart, first.start) : text.slice(clauseStart, note) + ' '.repeat(first.start - note);
    // Round 23 (rules23c): …and the other way round, the names it lacks before the catalogue's ("地方级财政收入、税收收入同口径分别
    // 增长4.1%、2.6%"): they hold the series' first places, the catalogue's name the one after them (never the first figure).
    if (result.kind === 'figure' && keys.length === 1 && SERIES_AFTER_NAME.test(text.slice(mentionEnd, mentionEnd + 8))) {
      const before = text.slice(Math.max(lastEnd, first.start - 40), first.start);
      const partners = PARTNERS_BEFORE.exec(before.slice(before.search(/[^,;。!?:\n]*$/)));
      const count = partners ? partners[1]!.split(/和|、|及/).length : 1;
      const series = count > 1 ? parseFigure(text, mentionEnd, count) : null;
      if (series?.kind === 'figure' && series.values.length === count) result = { ...series, values: [series.values[count - 1]!] };
    }
    readings.push({
      keys,
      wholeKey: group.length === 1 ? (first.whole ?? null) : null,
      nextStart: mentions[i + 1]?.start ?? range.end,
      start: first.start,
      mentionEnd,
      result,
      prefix: otherEntityHeading(text, clauseStart, first.start, context) ?? otherEntitySubject(text, clauseStart, first.start, context) ?? seatBeforeAir(clause, text, first.start, context),
      runTogether: lastEnd === first.start && lastEnd > range.start && !BOUNDARY.test(text[lastEnd - 1] ?? ''),
    });
    if (result.kind !== 'none') lastEnd = Math.min(afterContinuations(text, result.end, range.end), range.end);
    // Round 28 (rules28b): "去年城镇、农村居民人均可支配收入分别增长5.1%和7.4%,今年要分别增长5.5%和7.5%": the next clause turns to this year
    // with a 分别 series of its own and no names: the same names' figures for the coming year, read as a clause of their own.
    // (The clause is checked right after the series: the continuations would run into it, its time word read as a connector.)
    const again = result.kind === 'figure' && keys.length > 1 && result.values.length === keys.length ? SERIES_AGAIN.exec(text.slice(result.end, Math.min(range.end, result.end + 16))) : null;
    if (again && result.kind === 'figure') {
      const clauseAt = result.end + again[0].search(/[^,;\s]/);
      const seriesAt = result.end + again[0].length;
      const series = parseFigure(text, seriesAt, keys.length);
      if (series.kind === 'figure' && series.values.length === keys.length && series.end <= range.end) {
        readings.push({ keys, wholeKey: null, nextStart: mentions[i + 1]?.start ?? range.end, start: clauseAt, mentionEnd: clauseAt + again[1]!.length, result: series, prefix: '', runTogether: false });
        lastEnd = Math.min(afterContinuations(text, series.end, range.end), range.end);
      }
    }
    // Round 26 (rules26b): a figure garbled or with its digits lost ("增 %", "9.1■亿元") ends its clause as a figure does: the name run
    // into it ("…增 %一般公共预算收入4.12亿元") opens its own clause, the sign no lead-in of it.
    const garbled = result.kind === 'none' && keys.length === 1 ? markedFigureEnd(text, result.connectorEnd) : null;
    if (garbled !== null) lastEnd = Math.min(garbled, range.end);
  }
  return readings;
}

// The partners before the name: each ends as an indicator's name does, from the clause's start (a scope word before them).
const PARTNERS_BEFORE = /^(?:全[区县市旗]|[\u4e00-\u9fff]{1,6}[区县市旗])?((?:[\u4e00-\u9fff]{2,10}?(?:总额|总值|投资|收入|产值|增加值|产量|额|量)(?:和|、|及)){1,3})$/;
// The clause after a series that turns to this year with a series of its own (group 1: its time and verb of intent).
const SERIES_AGAIN = /^[,;]\s*((?:今年|新的?一年)(?:还|也)?(?:要|将|力争|预期|计划)?)(?=分别(?:增长|达到))/;
const SERIES_AFTER_NAME = /^(?:同比|比上年|同口径|按同口径)?分别/;
const PARTNERS_THEN_SHARED = /^(?:(?:和|、|及)[\u4e00-\u9fff]{2,10}?(?:总额|总值|投资|收入|产值|增加值|产量|额|量)){1,3}(?=均)/;
const PARTNERS_THEN_SERIES = /^(?:(?:和|、|及)[\u4e00-\u9fff]{2,10}?(?:总额|总值|投资|收入|产值|增加值|产量|额|量)){1,3}(?=(?:同比|比上年)?分别)/;

// Round 10: "固定资产投资止跌回稳、增长2%左右", "…止跌回稳，力争增长3%": a short state the indicator is to reach,
// then its figure; the figure is the target (the state alone, read as a wording, was proposed instead).
// Round 18 (rules18b): a slide's row or a copy without punctuation has a space where the comma stood ("固定资产投资 止跌回稳
// 增长2%"); a name's words there ("…投资 工业投资 增长23%", "其中…") are another indicator's row, never a state.
const STATE_BEFORE_FIGURE = /^(?:[\u4e00-\u9fff]{2,6}[、,]|[ \t](?!其中)[\u4e00-\u9fff]{2,6}(?<!投资|收入|总额|总值|产值|增加值|产量|就业|消费|出口|进口|税收|支出|利润)[ \t])(?=(?:力争|努力|确保)?(?:增长|下降|达到)\s?\d)/;

// Round 25 (rules25c): …or a pace of growth without a figure, perhaps held for a run of months or years ("工业投资连续18个月保持两位数增长、
// 全年增长14.2%", "…实现较快增长,全年增长9%"): the figure after it, the year's growth, is the indicator's.
const PACE_BEFORE_FIGURE = /^(?:连续\s?\d{1,3}\s?个?(?:月|年|季度))?[\u4e00-\u9fff]{0,8}?增长[、,](?=(?:全年|同比|全年同比)?增长\s?\d)/;
// Round 13 (rules13c): a plan report's numbered item headed by the indicator alone, its figures in the sentence after
// the stop ("1.地区生产总值。预计完成236.5亿元,增长5.6%", "(二)固定资产投资。全年增长4.6%"): the heading names them.
// Round 15 (rules15b): a plan report's bullet ("——地区生产总值。预计完成312.6亿元") is such an item too.
const ITEM_HEADING_BEFORE = /(?:^|\n)\s*(?:\d{1,2}[.、]|[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]{1,3}、|—{1,2})\s*$/;
// Round 14 (rules14c): the words before the figure in any order ("预计全年完成528.6亿元", "全年预计实现…").
const ITEM_HEADING_STOP = /^。\s*(?=(?:(?:全年|(?:初步)?预计|完成|实现|达到|同比|比上年)\s?){0,3}(?:增长|下降|完成|实现|达到)?\s?-?\d)/;

// Round 15 (rules15b): the item may first restate the year's plan in a sentence of its own ("1.地区生产总值。年初预期
//目标为增长5%左右。预计全年完成912.6亿元", "年度计划增长6%。", "全年目标任务:增长8%。"): that sentence is last year's target,
// not an outcome, and the heading names the figures of the sentence after it. Words of the plan before the sentence's
// first digit, no word of the result (预计/完成/实现…), one line.
const PLAN_RESTATEMENT = /^。[ \t\u3000]*(?=[^\d。\n]{0,16}(?:目标|计划|预期|预算))(?![^\d。\n]*(?:预计|完成|实现|达到|增长了|下降了))[^。\n]{1,40}(?=。)/;
// Round 16 (rules16b): …or in the sentence's first clause, the result in the next ("——地区生产总值。年度计划增长6%左右,预计完成
// 806.5亿元,增长5.8%", "(二)规模以上工业增加值。年初预期目标增长9%,完成增长11.6%", "年度预算增长5%,完成61.27亿元"): the plan's one
// figure, then a comma and a clause that opens on the result's words.
// (After a colon too: "地区生产总值:年初计划增长6%,预计完成358.2亿元"; the result may follow a semicolon, or open on 执行中. Never
// across a line: the next item's heading, "(五)一般公共预算收入。", is no restated plan of this one.)
const PLAN_CLAUSE = /^[。:][ \t\u3000]*(?=[^\d。,;\n]{0,16}(?:目标|计划|预期|预算))(?![^\d。\n]*(?:预计|完成|实现|达到|增长了|下降了))[^\d。,;\n]{1,16}-?\d+(?:\.\d+)?[^\d。,;\n]{0,6}(?=[,;])/;
const RESULT_AFTER_PLAN = /^[,;]\s*(?!其中)[^\d。,;\n]{0,3}?(?=(?:(?:全年|(?:初步)?预计|实际|完成|实现|达到|同比|比上年)\s?){1,3}(?:增长|下降|完成|实现|达到)?\s?-?\d)/;

const PLAN_WORD = /(?:年初|年度)?(?:预期目标|预期|目标|计划)(?:为|是)?(?=\s?(?:增长|下降|达到|控制在|稳定在)?\s?-?\d)/;

function figureAfterState(text: string, mentionEnd: number, expectedValues: number, mentionStart: number): ReturnType<typeof parseFigure> {
  const result = parseFigure(text, mentionEnd, expectedValues);
  if (result.kind === 'none' && ITEM_HEADING_BEFORE.test(text.slice(Math.max(0, mentionStart - 12), mentionStart))) {
    let from = mentionEnd;
    for (let skipped = 0; skipped <= 2; skipped += 1) {
      const stop = ITEM_HEADING_STOP.exec(text.slice(from, from + 20));
      if (stop) return parseFigure(text, from + stop[0].length, expectedValues);
      const clause = PLAN_CLAUSE.exec(text.slice(from, from + 48));
      const result = clause ? RESULT_AFTER_PLAN.exec(text.slice(from + clause[0].length, from + clause[0].length + 20)) : null;
      if (clause && result) return parseFigure(text, from + clause[0].length + result[0].length, expectedValues);
      const plan = PLAN_RESTATEMENT.exec(text.slice(from, from + 64));
      if (!plan) break;
      from += plan[0].length;
    }
    // Round 16 (rules16b): no result after it: the item states the plan alone, its figure an aim. In the plan that is the year's
    // target ("(一)地区生产总值。预期增长5.5%左右,与全市目标保持一致", "…。按照积极稳妥原则,预期增长3%"); in the review, an aim
    // is never an outcome (extract-outcomes reads only a result after it).
    const plan = PLAN_WORD.exec(text.slice(mentionEnd, mentionEnd + 24));
    if (plan && /^[。:][^\d。\n]*$/.test(text.slice(mentionEnd, mentionEnd + plan.index))) {
      const aim = parseFigure(text, mentionEnd + plan.index, expectedValues);
      if (aim.kind === 'figure' && aim.aim) return aim;
    }
  }
  if (result.kind !== 'none') return result;
  const state = STATE_BEFORE_FIGURE.exec(text.slice(mentionEnd, mentionEnd + 12)) ?? PACE_BEFORE_FIGURE.exec(text.slice(mentionEnd, mentionEnd + 24));
  if (!state) return result;
  const figure = parseFigure(text, mentionEnd + state[0].length, expectedValues);
  return figure.kind === 'figure' && figure.verb !== null ? figure : result;
}
// Round 10: a sentence headed by another entity's scope and a colon ("附:全市同期主要指标:地区生产总值增长4.5%,…",
// "全省主要指标:…") lists that entity's figures, each clause after the colon included.
const OTHER_SCOPE_WORD = /全[市省国州盟]/g;

// How far back a list's colon and its heading are looked for: a bounded window keeps a long text
// without a stop linear (the worst-case benchmark is 100,000 characters of "…目标:…,").
const HEADING_LIST_SPAN = 400;
const HEADING_SPAN = 40;

/**
 * The heading before the sentence's last colon when it names another entity's scope (then the reading's
 * prefix), else null; a clause naming the district's own scope ("根据全市统一核算:全区地区生产总值…") is its own.
 */
function otherEntityHeading(text: string, clauseStart: number, at: number, context: ReadingContext): string | null {
  if (text.slice(Math.max(clauseStart, at - HEADING_LIST_SPAN), at).includes(context.selfScope)) return null;
  // The last colon before the reading within its sentence (and the window).
  let colon = -1;
  for (let i = at - 1; i >= Math.max(0, at - HEADING_LIST_SPAN) && colon < 0; i -= 1) {
    if (SENTENCE_STOPS.has(text[i]!)) return null;
    if (text[i] === ':') colon = i;
  }
  if (colon < 0) return null;
  let start = colon;
  while (start > Math.max(0, colon - HEADING_SPAN) && !SENTENCE_STOPS.has(text[start - 1]!)) start -= 1;
  const heading = text.slice(start, colon + 1);
  return [...heading.matchAll(OTHER_SCOPE_WORD)].some((match) => match[0] !== context.selfScope) ? heading : null;
}
const SENTENCE_STOPS = new Set(['。', ';', '!', '?', '\n']);

/** "…342.7亿元增长5.2% 规模以上…": the rates that follow a figure belong to it, not to the next name's lead-in. */
function afterContinuations(text: string, from: number, limit: number): number {
  let end = from;
  for (let i = 0; i < 3; i += 1) {
    const separator = /^(?:[,、|/·]\s*|\s*)/.exec(text.slice(end, limit))![0];
    const next = parseFigure(text, end + separator.length, SERIES_START.test(text.slice(end + separator.length, end + separator.length + 4)) ? 4 : 1);
    if (next.kind !== 'figure' || next.verb === null || next.end > limit) break;
    end = next.end;
  }
  return end;
}

export function isLeadIn(prefix: string, context: ReadingContext): boolean {
  let patterns = leadInPatterns.get(context);
  if (!patterns) {
    // Round 15 (rules15a): …and the demonstrative with the district's own kind ("去年该市规模以上工业增加值…" in a county-level
    // city's news, as 该区/该县 in a district's or a county's): 该市/本市 are the district's only where 全市 is its own word.
    const kind = context.selfScope.slice(1);
    // Round 19 (rules19b): …and the bare kind opening a clause ("区空气质量优良天数比率96.4%", a district's report on its own air), never
    // part of a longer place ("城区", "开发区": the word must stand alone in the prefix).
    const own = [context.selfScope, `该${kind}`, `本${kind}`, kind, ...context.districtNames].map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const words = [...LEAD_IN_WORDS, ...own].join('|');
    patterns = { whole: new RegExp(`^(?:${words})*$`), tail: new RegExp(`(?:${[...TIME_WORDS, ESTIMATE_OPENER, PLAN_CUE, FIGURE_TAIL, RANK_TAIL, RANKED_TAIL, HEADING_TAIL, NARRATED_TAIL, DASHED_REPORT, VERDICT_TAIL].join('|')})(?:${words})*$`) };
    leadInPatterns.set(context, patterns);
  }
  if (patterns.whole.test(prefix)) return true;
  // Text without punctuation runs clauses together ("各位代表过去一年全区地区生产总值…"):
  // a clause opens at a word of time or after the plan's cue, and what precedes it is another clause.
  const tail = patterns.tail.exec(prefix);
  if (!tail) return false;
  const before = OTHER_SCOPE.exec(prefix.slice(0, tail.index))?.[0];
  return before === undefined || before === context.selfScope;
}

const REPORT_REFERENCE = /^.*报告(?:(?:中|里|上)(?:写着|写的是|写了)|(?:中|里)(?:的|提出的)?|(?:又|还|也)?(?:提出|明确)了?)[“"]?/;

/** Where a quote starts: lead-in words read with the figure ("全年地区生产总值…"), list markers do not. */
export function leadInStart(reading: Reading, context: ReadingContext): number {
  if (!isLeadIn(reading.prefix, context)) return reading.start;
  const patterns = leadInPatterns.get(context)!;
  // A run-on clause is quoted from its word of time ("过去一年全区地区生产总值…").
  // Round 19 (rules19b): …and a sub-item's bracket is quoted from its 其中, as a list marker is left out.
  const lead = patterns.whole.test(reading.prefix) ? reading.prefix.replace(LIST_MARKERS, '').replace(/^\((?=其中)/, '') : reading.prefix.slice(patterns.tail.exec(reading.prefix)!.index);
  const reference = REPORT_REFERENCE.exec(lead);
  // Round 12 (rules12b): the previous clause's figure or rank that a run-on clause follows is no part of
  // its quote ("…增长3.1%城镇常住居民…" is quoted from 城镇, not from "1%").
  const previous = PREVIOUS_CLAUSE_TAIL.exec(lead);
  return reading.start - lead.length + (reference ? reference[0].length : previous ? previous[0].length : 0);
}

function lastBoundary(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i -= 1) if (BOUNDARY.test(text[i]!) && !spacedYear(text, i) && !spacedUnit(text, i)) return i + 1;
  return 0;
}

/** A PDF or OCR copy spaces a year from its 年 ("2024 年全区…"): that space ends no clause. */
function spacedYear(text: string, at: number): boolean {
  return text[at] === ' ' && text[at + 1] === '年' && /\d/.test(text[at - 1] ?? '');
}

/**
 * Round 23 (rules23c): …nor does the space between a figure and its unit ("…突破 40 亿元粮食播种面积…", "…就业 2460 人城镇…"): the
 * clause before ends on the unit, read as the previous figure's (FIGURE_TAIL), not at the space.
 */
function spacedUnit(text: string, at: number): boolean {
  return text[at] === ' ' && /\d/.test(text[at - 1] ?? '') && SPACED_UNIT.test(text.slice(at + 1, at + 4));
}
const SPACED_UNIT = /^(?:个百分点|%|[亿万]?元|人|户|位)/;

/** Text from `from` to the end of its clause (for wordings like "促稳提质"). */
export function clauseRest(text: string, from: number, limit: number): { text: string; end: number } {
  let end = from;
  while (end < limit && !BOUNDARY.test(text[end]!)) end += 1;
  return { text: text.slice(from, end), end };
}


// Part-year periods: "上半年", "前三季度", "1—11月", "一季度", "截至10月底".
// "1—12月" and "前12个月" are the whole year (a monthly flash for December), not a part of it.
// Round 11 (rules11c): 当月 ("12月当月，规上工业增加值同比增长1.4%") is one month's figure, never the year's.
export const PERIOD =
  /上半年|下半年|前三季度|[一二三四1-4]季度|前(?!12个?月|十二个?月)[一二三四五六七八九十\d]{1,2}个?月|(?<!\d)(?!1 ?[—–\-~至到] ?12 ?月)\d{1,2} ?[—–\-~至到] ?\d{1,2} ?月|截至\d{1,2}月|(?<![\d—–\-~至到] ?)\d{1,2}月份|\d{1,2}月末|当月/;
const YEAR_MENTION = new RegExp(`((?:19|20)\\d{2}|${SPOKEN_YEAR_DIGITS}) ?年(?![度底末]?\\d)`, 'g');

/** Where the sentence holding `position` starts: after the last 。/;/!/?/line break. */
export function sentenceStart(text: string, position: number): number {
  return afterLast(text, CLAUSE_ENDS)[position]!;
}

const CLAUSE_ENDS = new Set(['。', ';', '!', '?', '\n']);
const SENTENCE_ENDS = new Set(['。', '!', '?', '\n']);
const afterLastCache = new Map<ReadonlySet<string>, { text: string; starts: Int32Array }>();

/**
 * For every position of `text`, the position just after the last of `ends` before it (0 when
 * none): one pass per text, kept for the text being read. Walking back from every figure to
 * its sentence's start instead made a long text without stops quadratic (a 50,000-character
 * run of "…目标:地区生产总值增长6%左右," took 2.5 s, a million characters froze the server).
 */
function afterLast(text: string, ends: ReadonlySet<string>): Int32Array {
  const cached = afterLastCache.get(ends);
  if (cached && cached.text === text) return cached.starts;
  const starts = new Int32Array(text.length + 1);
  for (let index = 1; index <= text.length; index += 1) starts[index] = ends.has(text[index - 1]!) ? index : starts[index - 1]!;
  afterLastCache.set(ends, { text, starts });
  return starts;
}

/** Where the sentence holding `position` starts (stops only, not ';'), never before `floor`. */
function sentenceOpening(text: string, position: number, floor: number): number {
  return Math.max(afterLast(text, SENTENCE_ENDS)[position]!, floor);
}

/**
 * The sentence up to `position` (a clause list shares its sentence's period and year), at most
 * SENTENCE_WINDOW characters back: in text without punctuation the "sentence" is the document.
 * It never reaches before `floor`, where the section being read starts (a review that opens in
 * the middle of a line without punctuation is not governed by the plan's words before it).
 */
export function sentenceBefore(text: string, position: number, floor = 0): string {
  return text.slice(Math.max(sentenceStart(text, position), position - SENTENCE_WINDOW, floor), position);
}

/**
 * A part-year period that governs the figure at `position`: in its clause ("1—11月,规模以上工业
 * 增加值增长…"), or opening the whole sentence, whose clauses it governs across semicolons
 * ("1—11月,A增长…,预计全年…;B增长…,预计全年…").
 */
export function periodBefore(text: string, position: number, floor = 0): string | null {
  const before = sentenceBefore(text, position, floor);
  const inClause = [...before.matchAll(new RegExp(PERIOD.source, 'g'))].at(-1);
  const after = inClause ? before.slice(inClause.index + inClause[0].length) : '';
  // "结合1—10月运行情况和11—12月走势研判,预计全年…如下:地区生产总值完成…": 全年 after the period
  // turns the clause to the whole year (a sentence that opens on the period still governs, below).
  if (inClause && !closedByOwnFigure(after) && !WHOLE_YEAR.test(after)) return inClause[0];
  // Round 17 (rules17c): "前三季度工业投资增速一度达到27.3%,全年工业投资增长16.8%": a clause of its own opening on 全年 is
  // the whole year's, whatever period opened the sentence.
  if (WHOLE_YEAR_CLAUSE.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1))) return null;
  const start = sentenceOpening(text, position, floor);
  if (position - start > SENTENCE_SPAN) return null;
  const opening = SENTENCE_PERIOD.exec(text.slice(start, position));
  return opening && !walkedToWholeYear(text.slice(start + opening[0].length, position)) ? opening[0] : null;
}

/**
 * Round 28 (rules28a): a sentence that walks through the year ("上半年…增长4.1%,下半年受…拖累,全年转为下降;扣除…后,全区固定资产投资
 * 增长6.2%") has left its opening period once a later period has given way to 全年: what follows is the whole year's.
 */
function walkedToWholeYear(rest: string): boolean {
  const later = [...rest.matchAll(new RegExp(PERIOD.source, 'g'))].at(-1);
  return later !== undefined && WHOLE_YEAR.test(rest.slice(later.index + later[0].length));
}

/**
 * "…增长5.6% 上半年增长5.1% 规上工业增加值增长9.3%": a period followed straight by its verb
 * restates the figure before it in a clause of its own; once that clause's figure has closed
 * (a unit, then a space or the next name, no punctuation between), the period governs no more.
 */
function closedByOwnFigure(after: string): boolean {
  return OWN_CLAUSE.test(after);
}

const CLOSED_CLAUSE = /^[^,;、。!?:]*?\d(?:\.\d+)?\s?(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩|万?公顷)(?:以上|左右|以内)?(?=\s|[\u4e00-\u9fff])[^,;、。!?:]*$/;
const OWN_CLAUSE = /^(?:同比|比上年)?(?:增长|下降)\s?\d+(?:\.\d+)?\s?(?:%|％)(?![,;、，；])/;
const SENTENCE_SPAN = 200;
const WHOLE_YEAR = /全年/;
const WHOLE_YEAR_CLAUSE = /^\s*(?:预计)?全年/;
const SENTENCE_PERIOD = new RegExp(`^\\s*(?:${PERIOD.source})`);

const SENTENCE_WINDOW = 80;
const PAST = /去年|上年|过去一年|一年来|过去的一年/;
const COMING = /今年|明年|新的一年/;

/** The sentence before `position` speaks of the year just ended ("去年全区…", "一年来…"). */
export function pastBefore(text: string, position: number, floor = 0): boolean {
  // Round 28 (rules28b): a reading whose clause itself opens on this year (a 分别 series after last year's: SERIES_AGAIN) turns away from it.
  if (/^(?:今年(?!以来)|新的?一年)/.test(text.slice(position, position + 4))) return false;
  // "…去年全县…增长7.5%,今年报告又提出…增长7%": a later turn to this year ends the look back.
  const before = sentenceBefore(text, position, floor);
  const turn = [...before.matchAll(/[,;]\s*(?:今年(?!以来)|新的一年)/g)].at(-1);
  return PAST.test(turn ? before.slice(turn.index) : before);
}

/** The sentence before `position` speaks of the coming year ("今年全区…将…"). */
export function comingBefore(text: string, position: number, floor = 0): boolean {
  if (COMING.test(sentenceBefore(text, position, floor))) return true;
  // Round 14 (rules14a): "报告提出,今年将实施重点项目90个以上…;工业投资增长10%以上": a sentence that opens on this year (or on the
  // report proposing it) governs its clauses across semicolons, as a year opening a sentence does.
  const start = sentenceOpening(text, position, floor);
  return position - start <= SENTENCE_SPAN && COMING_OPENING.test(text.slice(start, position));
}
const COMING_OPENING = /^\s*(?:报告(?:提出|明确|要求|强调)[,:]\s*)?(?:今年(?!以来|上半年|前三季度|[一二三]季度)|新的一年)/;

/** The last year named in the sentence before `position`, when it is not `year` ("最终核实2023年…"). */
export function otherYearBefore(text: string, position: number, year: number, floor = 0): number | null {
  const before = sentenceBefore(text, position, floor);
  // "…增长6% 到2027年地区生产总值突破500亿元 一般公共预算收入增长4%": without punctuation a horizon
  // year (到/至20XX年) governs its own clause only, which its figure closes.
  const years = [...before.matchAll(YEAR_MENTION)]
    .filter((match) => !(/[到至]$/.test(before.slice(0, match.index)) && CLOSED_CLAUSE.test(before.slice(match.index + match[0].length))))
    // Round 11 (rules11b): "…增长5%(2025年预计下降3.1%),其中工业投资增长10%": a year opening a bracket that
    // closes before the figure is the bracket's note (last year's result), not the clause's year.
    .filter((match) => !(before[match.index - 1] === '(' && before.indexOf(')', match.index) !== -1))
    // Round 14 (rules14a): "剔除2023年一次性专项收入后,…同口径增长7.6%": a year inside an adjustment's cause is the cause's.
    .filter((match) => !/(?:剔除|扣除)[^,。;:\d]{0,12}$/.test(before.slice(0, match.index)))
    .map((match) => (match[1]!.length === 2 ? 2000 + Number(match[1]) : Number(match[1])));
  const last = years.at(-1);
  if (last !== undefined) return last !== year ? last : null;
  // "2023年,某县地区生产总值…;…;一般公共预算收入完成5.34亿元": a year opening the sentence with a comma
  // governs its clauses across semicolons, as a period does.
  const start = sentenceOpening(text, position, floor);
  const opening = position - start <= SENTENCE_SPAN ? SENTENCE_YEAR.exec(text.slice(start, position)) : null;
  return opening && Number(opening[1]) !== year ? Number(opening[1]) : null;
}
const SENTENCE_YEAR = /^\s*((?:19|20)\d{2}) ?年,/;
