// Targets for the report year: the 主要预期目标 paragraph(s) first (headline targets,
// including wordings such as "促稳提质"), then catalogue figures elsewhere in the plan
// when their clause opens like a headline ("确保全区粮食种植面积稳定在90万亩左右"),
// never a sub-item's ("“1+2”主导产业实现规模工业增加值59.18亿元").
import { scoreConfidence } from './confidence';
import { completesEarlier, correctsEarlier } from './corrected-figure';
import { parseFigure, type Figure, type FigureValue } from './figure-parser';
import { comparableBasisFlag, flowFlag, garbledFlag } from './flags';
import { markedFigureEnd } from './marked-figure';
import { comparedIndicator, measureOf, pairReading, qualifierOf } from './interpret';
import { spansRemovedText, toOriginal, type PreparedText } from './prepare-text';
import type { ReadingContext } from './reading-context';
import { clauseRest, isLeadIn, sentenceStart, leadInStart, otherYearBefore, pastBefore, periodBefore, scanFigures, type Reading } from './scan-figures';
import type { Range, Sections } from './sections';
import type { ExtractionFlag, TargetProposal } from './types';
import { findUnknownIndicators } from './unknown-indicators';
import { readRelativeMargin } from './relative-margin';
import { TASK_LEAD_IN } from './task-turn';
import type { UnknownIndicatorProposal } from './types';
import { AIM_AFTER_BINDING, BINDING_WORD } from '@/lib/targets/qualifier-words';
import { bindsList } from './bound-list';
import { matchUnitPrefix } from '@/lib/units/units';

// Round 24 (rules24a): …or in tortoise-shell brackets ("〔3〕"), a report's mark for a term its end-notes explain.
const NOTE_REFERENCE = /^(?:\[\d{1,2}\]|〔\d{1,2}〕|[①-⑳])/;
const SHARE_OF_WHOLE = /^占[^,，;；。]{0,8}?(?:份额|比重|比例)/;
const MAX_WORDING = 20;
const CHINESE_NUMERAL_FIGURE = /百分之[零〇一二两三四五六七八九十]|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?[%％]|[零〇一二两三四五六七八九十百千]{2,}(?:点[零〇一二三四五六七八九]+)?(?:[万亿]?元|万?人|万?户|万?吨|万?斤|万?亩|万?公顷)/;
// Round 12 (rules12a): the sentence before the wording sets a target figure ("…目标是8000人以上,").
const SETS_TARGET = /(?:目标(?:是|为|定在|定为)|预期(?:增长)?)\s?\d[^。\n]*,\s*$/;
const RELATIVE_AFTER_WORD = /^\s*(?:增长)?\s*(?:与|和|同)经济增长(?:基本)?同步/;
// " 与经济增长同步", " 和经济增长基本同步": the comparison after a space, up to the clause's end.
// Round 25 (rules25b): …or after a subtitle's line break ("城乡居民收入增长" / "与经济增长同步", one caption a line).
const SPACED_COMPARISON = /^(?:[ \t\u3000]+|[ \t]*\n[ \t]*)(?:与|和|同)经济增长(?:基本)?同步(?=[,。;\s]|$)/;
// "完成省州下达任务", "完成市下达的目标任务", "完成上级下达的节能目标": a wording handed down, complete at its 任务/目标.
// Round 11 (rules11b): "(2025年预计增长0.9%)" after a target's wording: a note, not part of the wording.
const BRACKETED_YEAR_NOTE = /\((?:19|20)\d{2} ?年/;
// Round 25 (rules25c): …nor is a bracketed pointer to a table or an annex ("(详见表1)", "(见附表2)", "(具体见附件)"): the reader is sent on.
const CROSS_REFERENCE_NOTE = /\((?:详|具体|参)?见(?:附)?(?:表|图|件|录)\s?\d*\)/;
const SENT_TO_TABLE = /(?:详|具体|参)?见(?:附)?(?:表|件|录)\s?\d*$/;
// Round 16 (rules16a): …or set by the level above, 定 for 下达 ("完成市定目标", "完成省定目标任务").
// Round 26 (rules26b): …the name's change word may stand before it ("单位地区生产总值能耗下降完成省下达任务", "能耗降低确保完成市定目标"): the
// same wording, read from the change word.
export const HANDED_DOWN_WORDING = /^(?:(?:降低|下降)[ \t]?)?(?:全面|确保)?完成[^\d。,;:\n]{0,8}?(?:下达|(?<=[省市州盟]|上级)定)的?[^\d。,;:\n]{0,6}?(?:目标任务|任务|目标)/;
// Round 28 (rules28a): names listed before one shared wording ("空气质量优良天数比率、单位地区生产总值能耗降低完成省市下达任务"): the change
// word that opens it is the last name's, so an earlier name measured as a level (the air-quality ratio) stays one.
const LAST_NAMES_CHANGE = /^(?:降低|下降|增长|增速)/;
const LIST_PARTNER = /^(?:、[^、,。;:\d\n()]{2,12}?(?:\([A-Za-z0-9.]{1,8}\))?[^、,。;:\d\n()]{0,6}?){1,2}(?=(?:全面|确保)?完成[^\d。,;:\n]{0,8}?下达)/;
const HANDED_DOWN_BEFORE = /(?:全面|确保)?完成[^\d。,;:\n]{0,8}?下达的?$/;
// Round 19 (rules19a): …the name maybe followed by its change word ("完成市下达的能耗强度降低目标任务", "…能耗下降任务").
const HANDED_DOWN_END = /^(?:降低|下降)?(?:目标任务|任务|目标)/;
const HANDED_DOWN_REACH = 32;
// Round 28 (rules28c): …and a comparison with growth is complete at its 同步: text without punctuation runs it into the next sentence
// ("…增长与经济增长同步县长最后说…", a speech-to-text draft) as into the next name.
// Only where words run straight on: a bracket after it ("同步(农村高于城镇2个百分点)") is a note of its own, refused with the wording.
const COMPARISON_WORDING = /^(?:增长)?(?:与|和|同)经济增长(?:基本)?同步(?=[\u4e00-\u9fff])/;
// Round 29 (rules29c): a rural income's comparison with the urban one, whole up to the clause's end (not a margin: no figure after it).
const URBAN_COMPARISON_AHEAD = /^(?:增长|增幅|增速)?\s?(?:要|继续)?(?:快于|高于)\s?城镇(?:居民)?(?:收入)?(?:增长|增幅|增速)?(?=[,。;，；、\s]|$)/;
const PLAN_SPAN_OPENING = /^\s*(?:[“"]?十[一二三四五六]五[”"]?(?:规划)?(?:时期|期间|期末|末)|(?:今后|未来)五年)/;
const FIVE_YEAR_PLAN_SETS = /[“"]?十[一二三四五六]五[”"]?规划(?:纲要)?(?:提出|确定|明确|设定)(?:了|的)?(?:到(?:19|20)\d{2} ?年(?:末|底)?)?[^,。;:\n\d]{0,4}$/;
const SUBJECT_REACH = 24;

/** Round 17 (rules17c): the name at `start` follows "完成…下达的" that another name's end opens: it is that name's object. */
function objectOfHandedDown(text: string, start: number, context: ReadingContext): boolean {
  const from = Math.max(0, start - 16);
  const handed = HANDED_DOWN_BEFORE.exec(text.slice(from, start));
  if (!handed) return false;
  const at = from + handed.index;
  return context.catalogue.findMentions(text, Math.max(0, at - SUBJECT_REACH), at).some((mention) => mention.end === at);
}

export function extractTargets(
  prepared: PreparedText,
  sections: Sections,
  year: number,
  context: ReadingContext,
): { targets: TargetProposal[]; flags: ExtractionFlag[]; unknownIndicators: UnknownIndicatorProposal[] } {
  const targets: TargetProposal[] = [];
  const flags: ExtractionFlag[] = [];
  const seen = new Map<string, number>();
  const add = (proposal: TargetProposal) => {
    const key = `${proposal.indicatorKey}|${proposal.measure}`;
    const at = seen.get(key);
    // Round 14 (rules14c): a target corrected where it was given ("地区生产总值增长6%左右 不好意思 念错了 地区生产总值增长5.5%左右")
    // is the figure after the correction (corrected-figure.ts); else the first reading stands.
    // Round 16 (rules16c): …and so is a subtitle's caption completed in the next frame ("…增长6%" then "…增长6% 左右").
    if (at !== undefined) {
      if (correctsEarlier(prepared.original, targets[at]!, proposal) || completesEarlier(prepared.original, targets[at]!, proposal)) targets[at] = proposal;
      return;
    }
    seen.set(key, targets.length);
    targets.push(proposal);
  };

  const unknownIndicators: UnknownIndicatorProposal[] = [];
  for (const block of sections.mainBlocks) {
    const readings = scanFigures(prepared.text, block, context);
    for (const reading of readings) {
      if (higherScopeBefore(reading.prefix, context)) continue;
      readTarget(prepared, reading, block, true, year, context, add, flags);
    }
    unknownIndicators.push(...findUnknownIndicators(prepared, block, readings, year));
  }
  if (sections.plan) {
    const inBlock = (at: number) => [...sections.mainBlocks, ...sections.quotedTargets].some((block) => at >= block.start && at < block.end);
    // Round 10: once a headline paragraph has stated the year's targets (four or more), the prose after it
    // is the work plan: "（三）…粮食播种面积稳定在96万亩以上。", "工业投资增长10%以上，力争…" are tasks.
    // A clause bound by 确保 ("确保全区粮食种植面积稳定在90万亩左右") still commits the district to a figure.
    // Round 22 (rules22b): …from the end of the first headline paragraph by which four have been stated: a later one (a link's list of the
    // city's targets at the foot, "【链接】…") does not carry the work plan between them back into the targets. (Targets hold positions
    // in the original, blocks in the prepared text.)
    const stated = [...sections.mainBlocks].sort((a, b) => a.end - b.end).find((block) => targets.filter((target) => target.start < (prepared.origin[block.end - 1] ?? 0) + 1).length >= MIN_HEADLINE_TARGETS);
    const afterTargets = stated ? stated.end : null;
    const leadInEnd = afterTargets === null ? -1 : taskLeadInEnd(prepared.text, afterTargets);
    // Round 13 (rules13b): targets quoted from the report in a deputy's remark ("围绕报告提出的“固定资产投资增长8%…”"): read as
    // the headline's, without moving where the work plan begins.
    for (const block of sections.quotedTargets) {
      for (const reading of scanFigures(prepared.text, block, context)) readTarget(prepared, reading, block, true, year, context, add, flags);
    }
    // Round 13 (rules13c): a task heading after the targets' cue ("第三部分　2024年重点任务") opens the tasks even when the
    // targets stood in a table the prose does not count ("…主要预期目标如下:" over "序号 指标 …"): "工业投资增长12%" there is a task.
    // Round 28 (rules28b): once the headline has stated the year's targets, a 确保 figure in the work plan for an indicator the headline
    // already states ("确保社会消费品零售总额突破145亿元" in the tasks under "社会消费品零售总额增长6%") is a task's milestone, not a second
    // target: 确保 adds only indicators the list does not state.
    const headlineKeys = afterTargets === null ? new Set<string>() : new Set(targets.map((target) => target.indicatorKey));
    const afterCue = sections.mainBlocks.length > 0 ? Math.max(...sections.mainBlocks.map((block) => block.end)) : null;
    const tasksFrom = afterCue === null ? null : taskHeadingEnd(prepared.text, afterCue);
    for (const reading of scanFigures(prepared.text, sections.plan, context)) {
      const proposed = reportProposes(prepared.text, reading);
      // Asked only where a rule would skip the reading: bindsSentence looks back over the sentence.
      const exempt = () => /确保/.test(reading.prefix) || bindsList(prepared.text, reading, context) || bindsSentence(prepared.text, reading.start) || proposed || namedTarget(prepared.text, reading);
      if (afterTargets !== null && reading.start >= afterTargets && (inProse(prepared.text, reading.start) || underTaskHeading(prepared.text, afterTargets, reading.start) || (leadInEnd >= 0 && reading.start >= leadInEnd)) && !exempt()) continue;
      if (tasksFrom !== null && reading.start >= tasksFrom && !exempt()) continue;
      if (afterTargets !== null && reading.start >= afterTargets && !inBlock(reading.start) && /确保/.test(reading.prefix) && reading.keys.some((key) => headlineKeys.has(key))) continue;
      // Outside the headline paragraph, "力争工业投资增长20%以上" in a task is an aim, not a target.
      // …and so is "实际使用外资力争5000万美元", 力争 between the name and its first figure.
      if (inBlock(reading.start) || !(isLeadIn(reading.prefix, context) || proposed) || /力争/.test(reading.prefix) || aimsBeforeFigure(prepared.text, reading)) continue;
      // A sentence of the plan read for last year's figures ("报告显示,2024年海湾区…增长5.1%") states no target.
      if (sections.pastInPlan.some((range) => reading.start >= range.start && reading.start < range.end)) continue;
      readTarget(prepared, reading, sections.plan, false, year, context, add, flags);
    }
  }
  return { targets: targets.sort((a, b) => a.start - b.start), flags, unknownIndicators };
}

/**
 * Round 28 (rules28a): the higher level's target cited in the list's lead-in ("综合考虑…市定目标(全市地区生产总值增长5.5%以上),建议…主要
 * 预期目标为:地区生产总值增长6%;…"): a clause opening on another scope than the district's own (全市 in a district's or a county's
 * text, 全省, 全国) is that entity's figure, never the district's target.
 */
function higherScopeBefore(prefix: string, context: ReadingContext): boolean {
  const scope = HIGHER_SCOPE_OPENING.exec(prefix)?.[1];
  return scope !== undefined && scope !== context.selfScope;
}
const HIGHER_SCOPE_OPENING = /(?:^|[(,;:])\s*(全[市省国州盟])$/;

// How many headline targets make the paragraph the year's list of targets (a slide or a news item may give two).
const MIN_HEADLINE_TARGETS = 4;

/**
 * The figure's sentence closes with "。" on its line: prose, not a line of its own. A list of one target
 * a line ("✅城镇新增就业1万人以上", "城乡居民人均可支配收入分别增长5.5%、7%") may run on past the headline
 * block's end and is still the targets'; so is the last of a numbered list of the year's undertakings
 * ("…(10)完成职业技能培训1500人,新增城镇就业1.3万人", a line without a full stop).
 */
function inProse(text: string, at: number): boolean {
  // Looked for within a sentence's reach only, so a long text without stops stays linear.
  const ahead = text.slice(at, at + PROSE_REACH);
  // Round 25 (rules25a): an excerpt's paragraph may end on an ellipsis where the rest was cut ("…新增托位300个……"): a sentence's end too.
  const stop = ahead.search(/。|……/);
  const newline = ahead.indexOf('\n');
  return stop !== -1 && (newline === -1 || stop < newline);
}
const PROSE_REACH = 300;

// Round 10n: a heading of its own line that names the year's work after the targets ("2025年重点工作", "■ 为民办实事"):
// its lines ("○新增城镇就业4500人,…;", "○…粮食总产稳定在40万吨左右;") are tasks, whatever their punctuation.
// Round 14 (rules14b): …also in a post's spoken words ("下面一起来看看2025年某县要重点干这些事👇", "今年这样干", "看今年怎么干").
// Round 28 (rules28c): …and "2025年要干的大事", "今年要办的实事": the year's work by what is to be done.
// Round 29 (rules29b): …and "🚩 2025年 重点抓好这些事", "今年要办好这几件实事": the year's work by the verb of getting it done (抓好/办好/
// 做好/干好) and the things pointed at, as 干这些事.
const TASK_HEADING = /(?:^|\n)[^\n。,;:\d]{0,12}?(?:(?:19|20)\d{2} ?年)?[^\n。,;:\d]{0,6}?(?:重点工作|重点任务|主要任务|工作任务|工作安排|民生实事|为民办实事|重点干|这样干|怎么干|干(?:这些|哪些)事|(?:抓好|办好|做好|干好)(?:这些|哪些|这几件|以下几件)(?:大|实)?事|要(?:干|办)的(?:大事|实事|事情))[^\n。,;:\d]{0,8}(?=\n)/;
function underTaskHeading(text: string, from: number, at: number): boolean {
  return TASK_HEADING.test(text.slice(from, at));
}

/** Where the first spoken turn to the work after `from` ends (-1: none); looked for once, so a long text stays linear. */
function taskLeadInEnd(text: string, from: number): number {
  const pattern = new RegExp(TASK_LEAD_IN.source, 'g');
  pattern.lastIndex = from;
  const found = pattern.exec(text);
  return found ? found.index + found[0].length : -1;
}

/** Where the first task heading after `from` ends, or null (found once: a test per reading would be quadratic). */
function taskHeadingEnd(text: string, from: number): number | null {
  const pattern = new RegExp(TASK_HEADING.source, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index + match[0].length : null;
}

/**
 * Round 10n: the sentence opens on this year and 确保 binds its first figure ("今年城镇新增就业确保4000人以上,城乡居民
 * 人均可支配收入增长和经济增长保持同步。", an interview's second answer): a commitment, each clause of it a target.
 */
function bindsSentence(text: string, at: number): boolean {
  const start = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('。', at - 1)) + 1;
  // …after a speaker's name ("县长:今年…").
  if (/^(?:[^:\n。]{1,6}:)?\s*今年[^。\n\d]{0,12}?确保\s?\d/.test(text.slice(start, at + 40))) return true;
  // Round 19 (rules19b): …or 确保 before the first clause's name, binding the clauses listed after it ("今年我们将确保粮食播种面积稳定
  // 在62万亩以上、产量稳定在22.5万吨以上", a press conference's answer).
  if (/^(?:[^:\n。]{1,6}:)?\s*今年[^。\n\d,;]{0,8}?确保[^。\n\d,;]{2,16}?\d/.test(text.slice(start, at))) return true;
  // Round 11 (rules11a): an interview's later answer commits this year to a figure ("今年要实现城镇新增就业5000人以上"),
  // or adds a target to those set ("…,我们还明确城镇调查失业率控制在5.5%以内、…").
  // Round 13 (rules13c): …or names this year's target for it ("今年城镇新增就业目标是2.5万人"), or adds one more ("我们还要把
  // 城镇调查失业率控制在3.5%以内"), an interview's answer after the headline one.
  return /^(?:[^:\n。]{1,6}:)?\s*今年(?:还|也)?要实现[^。\n\d,;]{2,16}?\d/.test(text.slice(start, at + 40)) || ALSO_SET.test(text.slice(start, at)) || THIS_YEARS_GOAL.test(text.slice(start, at + 40));
}
const ALSO_SET = /我们(?:还|也)(?:明确了?|要把)$/;
// Round 21 (rules21b): …or opens on this year's goal, then the name and its figure ("今年我们的目标是城镇新增就业7500人以上", a
// department head's answer after the headline targets): a speaker's own town or company ("今年我们镇的目标是…") is not.
const THIS_YEARS_GOAL = /^(?:[^:\n。]{1,6}:)?\s*今年[^。\n\d,;]{2,16}?目标(?:是|为|定为)\s?\d|^\s*今年(?:我们)?的?目标(?:是|为)[^。\n\d,;:]{2,16}?\d/;

/**
 * Round 12 (rules12a): the report, the subject of the sentence, proposes the clause's figure or wording ("报告把居民增收
 * 摆在突出位置,提出城乡居民人均可支配收入增长与经济增长同步", a commentary after the headline targets): the report's
 * own target, wherever the sentence stands in the plan. Not a look back ("报告显示,去年…"), nor another entity's.
 */
function reportProposes(text: string, reading: Reading): boolean {
  // Round 21 (rules21b): a dash opens the report's proposal as a clause of its own ("…要保持较快增长——报告提出工业投资增长15%以上").
  const dash = reading.prefix.lastIndexOf('——');
  if (dash >= 0 && DASHED_REPORT_VERB.test(reading.prefix.slice(dash + 2))) return true;
  if (!REPORT_VERB_CLAUSE.test(reading.prefix)) return false;
  const before = text.slice(Math.max(text.lastIndexOf('\n', reading.start - 1), text.lastIndexOf('。', reading.start - 1)) + 1, reading.start);
  return REPORT_SUBJECT.test(before) && !/去年|上年|过去|全[市省国州]|国家|国务院|[市省州]政府工作报告/.test(before);
}
// …or the clause names the report with a verb of saying before 今年 ("“报告说今年粮食总产稳定在9.5亿斤以上,…”", a deputy's quote).
const REPORT_VERB_CLAUSE = /^\s*(?:(?:并|还|也|同时)?(?:提出|明确)了?|[“"]?(?:政府工作)?报告(?:里|中)?(?:说|提到|写着)[,:]?\s*(?:今年|新的?一年))$/;
const DASHED_REPORT_VERB = /^(?:政府工作)?报告(?:又|还|也)?(?:提出|明确)了?$/;
const REPORT_SUBJECT = /^(?:[^,。;\n]{0,10},)?[^,。;\n]{0,12}?报告(?!显示|回顾|指出)/;

/**
 * Round 16 (rules16a): the clause calls its figure the target ("一般公共预算收入增长5%的目标与经济增长相匹配", a deputy's remark after the
 * headline list): the year's target restated, not a task of the work plan, whatever stands before the name.
 */
function namedTarget(text: string, reading: Reading): boolean {
  return reading.result.kind === 'figure' && NAMED_TARGET.test(text.slice(reading.result.end, reading.result.end + NAMED_LIST_REACH));
}
// Round 21 (rules21b): …also each item of a list that 的目标 closes ("今年全区一般公共预算收入增长3%左右、固定资产投资增长6%、社会消费品
// 零售总额增长6%左右的目标", a commentary's restatement after the headline ones): the items joined by 、 (或 和) up to it, one clause.
const NAMED_TARGET = /^(?:(?:、|和|以及|及)[^,。;:\n、]{2,24}?\d[^,。;:\n、\d]{0,8})*的(?:预期|发展|增长)?目标(?!任务)/;
const NAMED_LIST_REACH = 160;

const BREAKS_THROUGH = /突破\s?$/;
const SET_VERB_BEFORE = /^[^\d,。;]{0,6}?(?:定在|定为|确定为|设定为|设定在|订为|订在)\s?$/;

/** 力争 stands between the indicator's name and its first figure ("农村居民人均可支配收入力争突破1.7万元"). */
function aimsBeforeFigure(text: string, reading: Reading): boolean {
  if (reading.result.kind !== 'figure') return false;
  const head = text.slice(reading.start, reading.result.end);
  const figure = head.search(/\d|百分之/);
  return /力争/.test(figure >= 0 ? head.slice(0, figure) : head);
}

function readTarget(
  prepared: PreparedText,
  reading: Reading,
  range: Range,
  headline: boolean,
  year: number,
  context: ReadingContext,
  add: (proposal: TargetProposal) => void,
  flags: ExtractionFlag[],
): void {
  const { text } = prepared;
  const { result } = reading;
  // "上半年…", "到2027年…": not this year's target.
  if (periodBefore(text, reading.start) || otherYearBefore(text, reading.start, year) !== null) return;
  // Round 17 (rules17c): "“十五五”时期,…实现全区生产总值年均增长5%左右、经济总量突破1600亿元的目标": a sentence opening on a
  // five-year plan's span states that span's goals, every clause of it, never this year's.
  if (PLAN_SPAN_OPENING.test(text.slice(sentenceStart(text, reading.start), reading.start))) return;
  // Round 24 (rules24b): …and a five-year plan named as what proposes the figure ("“十四五”规划提出到2025年地区生产总值突破200亿元",
  // "十五五规划确定的常住人口城镇化率…"): the plan's goal for its horizon, even when the horizon is this year.
  if (FIVE_YEAR_PLAN_SETS.test(text.slice(Math.max(0, reading.start - 40), reading.start))) return;
  // Outside the headline paragraph, "去年全区…增长5.9%" in the plan is last year's figure quoted again.
  if (!headline && pastBefore(text, reading.start)) return;
  if (result.kind === 'garbled') {
    flags.push(garbledFlag(prepared, reading, year, result.verb));
    return;
  }
  // Round 26 (rules26c): "新增经营主体3500户" among the year's aims is new entries, not the stock the indicator counts: flagged, as in the
  // look back (a headline list run under a bare year line holds such task lines).
  const flow = result.kind === 'figure' ? flowFlag(prepared, reading, year) : null;
  if (flow) {
    flags.push(flow);
    return;
  }
  // Round 22 (rules22c): "增长 X%", "9.1■亿元": a figure left blank or unreadable is flagged, never read as a wording (marked-figure.ts).
  const marked = result.kind === 'none' && reading.keys.length === 1 ? markedFigureEnd(text, result.connectorEnd) : null;
  if (result.kind === 'none' && marked !== null) {
    flags.push(garbledFlag(prepared, { ...reading, result: { kind: 'garbled', end: marked, verb: result.verb } }, year, result.verb));
    return;
  }
  if (result.kind === 'none') {
    // Only the headline paragraph states targets in words; elsewhere words are plans, not targets (but a
    // sentence that 确保 binds commits to its wordings too: bindsSentence).
    const committed = headline || bindsSentence(text, reading.start) || reportProposes(text, reading);
    // Round 12 (rules12a): a relative wording in a sentence that sets a target figure ("城镇新增就业目标是8000人以上,
    // 居民人均可支配收入增长与经济增长同步", an interview's answer) is that answer's target too.
    if (!committed && !(RELATIVE_AFTER_WORD.test(text.slice(reading.mentionEnd, reading.mentionEnd + 16)) && SETS_TARGET.test(text.slice(sentenceStart(text, reading.start), reading.start)))) return;
    // Without punctuation ("…增长与经济增长同步城镇新增就业…") the next name ends the wording.
    // …and a space may stand between the name and its wording ("居民人均可支配收入 与经济增长同步").
    // An infographic puts the wording on the line under the name ("居民人均可支配收入" / "与经济增长同步"):
    // read across that line break only when what follows is a relative wording.
    let from = reading.mentionEnd;
    // Round 10: a colon may stand there too, in a card's "name: wording" line ("居民人均可支配收入:与经济增长同步").
    if (text[from] === ':') from += 1;
    // Round 23 (rules23a): …or a note's reference glued to the name ("单位地区生产总值能耗[5]完成上级下达目标", its note at the report's
    // foot): the mark is no part of the wording, which a digit would refuse.
    from += NOTE_REFERENCE.exec(text.slice(from, from + 6))?.[0].length ?? 0;
    while (from < range.end && /[ \t\n]/.test(text[from]!)) from += 1;
    // Round 15 (rules15b): a name the catalogue lacks may share the wording ("单位地区生产总值能耗、细颗粒物年均浓度完成市级下达的
    // 目标任务"): the wording handed down after the list is each name's.
    const partner = LIST_PARTNER.exec(text.slice(from, from + 32));
    if (partner) from += partner[0].length;
    // Round 14 (rules14b): "…增长分别高于经济增长0.5个和1.5个百分点": a margin over GDP growth, each part's with 分别.
    const margin = readRelativeMargin(text, from, range.end);
    if (margin) {
      for (const key of margin.each && reading.keys.length > 1 ? reading.keys : reading.wholeKey ? [reading.wholeKey] : reading.keys) {
        add({
          indicatorKey: key,
          year,
          measure: 'growth',
          qualifier: 'relative',
          value: null,
          valueHigh: null,
          unit: '%',
          asWritten: margin.asWritten,
          relativeToIndicatorKey: 'gdp',
          ...toOriginal(prepared, reading.start, margin.end),
          confidence: score(prepared, reading, margin.end, headline, { wording: true, series: false }),
        });
      }
      return;
    }
    // Round 17 (rules17c): a name after a handed-down phrase that another name opens ("单位地区生产总值能耗完成市下达的节能降耗目标")
    // names what is handed down to that subject: no target of its own (the subject's wording runs across it, below).
    if (objectOfHandedDown(text, reading.start, context)) return;
    const clause = clauseRest(text, from, Math.min(range.end, reading.nextStart));
    // Round 12 (rules12a): a caption spaces the comparison off its 增长 ("城乡居民收入增长 与经济增长同步"): one wording.
    const spaced = /增长$/.test(clause.text) ? SPACED_COMPARISON.exec(text.slice(clause.end, range.end)) : null;
    // Round 29 (rules29c): "农村居民收入增幅高于城镇居民": the wording names the urban residents it compares with, which ends the
    // clause at that name; the comparison runs on through it (a PDF's wrap may stand before 高于).
    const urban = spaced ? null : URBAN_COMPARISON_AHEAD.exec(text.slice(from, from + 24));
    const rest = spaced
      ? { text: text.slice(from, clause.end + spaced[0].length), end: clause.end + spaced[0].length }
      : urban
        ? { text: urban[0], end: from + urban[0].length }
        : clause;
    // Round 10: an OCR copy without punctuation runs a handed-down wording into the next clause
    // ("…节能减排完成省州下达任务一是抓产业…"): the wording ends with its 任务/目标.
    // Round 12 (rules12b): …and so does one that names the indicator after 下达的 ("完成自治区下达的节能减排任务重点工作…").
    // Round 17 (rules17c): …and a clause cut at the name inside its handed-down wording ("完成市下达的" before "节能降耗目标")
    // reads the wording on to its 目标.
    const across = HANDED_DOWN_BEFORE.test(rest.text) ? HANDED_DOWN_WORDING.exec(text.slice(from, Math.min(range.end, from + HANDED_DOWN_REACH))) : null;
    const handed = across ?? HANDED_DOWN_WORDING.exec(rest.text) ?? (HANDED_DOWN_BEFORE.test(text.slice(Math.max(0, reading.start - 16), reading.start)) ? HANDED_DOWN_END.exec(rest.text) : null);
    const complete = handed ?? COMPARISON_WORDING.exec(rest.text);
    const handedOrRest = across ? { text: across[0], end: from + across[0].length } : complete && complete[0].length < rest.text.length ? { text: complete[0], end: from + complete[0].length } : rest;
    // Round 11 (rules11b): "外贸出口总额保持稳定(2025年预计增长0.9%)": a bracketed note of a year's result ends the wording.
    const note = BRACKETED_YEAR_NOTE.exec(handedOrRest.text) ?? CROSS_REFERENCE_NOTE.exec(handedOrRest.text);
    const wording = note && note.index > 0 ? { text: handedOrRest.text.slice(0, note.index), end: from + note.index } : handedOrRest;
    const asWritten = wording.text.trim();
    // Round 13 (rules13a): …nor a figure in Chinese numerals the figure reader could not place ("这个 九千人以上", "增长六%左右"
    // before round 13): a figure is never offered as a wording (parse-as-written refuses it: staff type digits).
    if (asWritten === '' || /\d/.test(asWritten) || CHINESE_NUMERAL_FIGURE.test(asWritten) || asWritten.length > MAX_WORDING) return;
    // Round 16 (rules16b): a unit alone is a table's unit cell after the name ("…比率\t%\t91.2"), never a wording.
    if (matchUnitPrefix(asWritten)?.symbol === asWritten) return;
    // Round 23 (rules23a): a wording of the indicator's share of a larger whole ("外贸出口额占全市份额保持稳定", "…占全省比重稳中有升")
    // is the share's target, another quantity the catalogue lacks, not the indicator's.
    if (SHARE_OF_WHOLE.test(asWritten)) return;
    // Round 27 (rules27a): …nor one that sends the reader to a table ("外贸出口和实际使用外资目标见附表", "…指标详见表2"): the figures are
    // there (the table reader reads them), the sentence states none.
    if (SENT_TO_TABLE.test(asWritten)) return;
    const comparedWith = comparedIndicator(asWritten);
    const relative = comparedWith !== null;
    // Round 16 (rules16a): …or a wording handed down ("节能减排" / "完成市定目标": the card's second line).
    if (text.slice(reading.mentionEnd, from).includes('\n') && !relative && !(handed && handed.index === 0 && wording === handedOrRest)) return;
    // "城乡居民收入增长与经济增长同步" speaks of residents' income as a whole, not of two targets.
    const keys = reading.wholeKey ? [reading.wholeKey] : reading.keys;
    for (const key of keys) {
      add({
        indicatorKey: key,
        year,
        measure: wordingMeasure(context, key, key === keys.at(-1) ? asWritten : asWritten.replace(LAST_NAMES_CHANGE, '')),
        qualifier: relative ? 'relative' : 'qualitative',
        value: null,
        valueHigh: null,
        // A relative target compares growth rates: in % against GDP growth, as parse-as-written has it.
        unit: relative ? '%' : null,
        asWritten,
        relativeToIndicatorKey: comparedWith,
        ...toOriginal(prepared, reading.start, wording.end),
        confidence: score(prepared, reading, wording.end, headline, { wording: true, series: false }),
      });
    }
    return;
  }
  // Round 12 (rules12a): "…去年增长了10.2%": last year's figure quoted in the plan is no target.
  if (result.yearAverage || result.lastYear || result.period !== undefined || (result.comparedYear !== null && result.comparedYear !== year - 1)) return;
  // Round 16 (rules16a): "城乡居民人均可支配收入增长6%左右" is the whole's, as a wording of it is (`pairReading`).
  const pairs = pairReading(text, reading, result.values);
  if (!pairs) return;
  const series = pairs.length > 1;
  // The headline paragraph quotes from the name; elsewhere the lead-in reads with it ("确保全区…").
  const quoteStart = headline ? reading.start : leadInStart(reading, context);
  const propose = (key: string, figure: Figure, value: FigureValue, end: number, inSeries: boolean) => {
    // Round 13 (rules13c): "地区生产总值定在5.5%左右": a rate set for an indicator kept in another unit is its growth.
    const setRate = figure.verb === null && value.unit === '%' && SET_VERB_BEFORE.test(text.slice(reading.mentionEnd, value.start));
    const measure = measureOf(context.catalogue, key, figure.verb, value.unit) ?? (setRate ? measureOf(context.catalogue, key, 'growth', '%') : null);
    if (!measure) return null;
    const read = qualifierOf(figure, value);
    if (!read) return null;
    const aimed = inSeries || read.qualifier !== 'exact' ? null : floorWithAim(text, reading, value);
    // Round 19 (rules19b): a target to break through a level ("经营主体总数突破4万户") is met by any figure above it: at least.
    const breaks = read.qualifier === 'exact' && value.valueHigh === null && BREAKS_THROUGH.test(text.slice(Math.max(reading.mentionEnd, value.start - 4), value.start));
    const proposal: TargetProposal = {
      indicatorKey: key,
      year,
      measure,
      qualifier: aimed || breaks ? 'at_least' : read.qualifier,
      value: read.value,
      valueHigh: value.valueHigh,
      unit: value.unit,
      // (…worded as its floor, "4万户以上", which parse-as-written reads back as at least.)
      asWritten: aimed ? aimed.written : `${asWritten(text, figure, value, inSeries || figure.values.length > 1)}${breaks ? '以上' : ''}`,
      relativeToIndicatorKey: null,
      ...toOriginal(prepared, quoteStart, aimed ? Math.max(end, aimed.end) : end),
      confidence: score(prepared, reading, end, headline, { wording: false, series: inSeries }),
    };
    if (figure.comparableBasis) flags.push({ ...comparableBasisFlag(prepared, reading, year, proposal.start, proposal.end, read.value, true), indicatorKey: key });
    add(proposal);
    return proposal;
  };
  const first = pairs.map(([key, value]) => propose(key, result, value, result.end, series))[0];
  // "一般公共预算收入完成130亿元、增长5%": a level and its growth in one clause.
  const next = series ? null : continuation(text, result.end, range.end);
  if (first && next && measureOf(context.catalogue, first.indicatorKey, next.verb, next.values[0]!.unit) !== first.measure) {
    propose(first.indicatorKey, next, next.values[0]!, next.end, false);
  }
}

/**
 * A rate the indicator is measured in ("空气质量优良天数比率达到市下达目标") is a level; any
 * other wording speaks of the change ("增长与经济增长同步", "完成市下达任务").
 */
export function wordingMeasure(context: ReadingContext, key: string, wording: string): 'growth' | 'level' {
  const levelUnit = context.catalogue.byKey.get(key)?.levelUnit;
  return levelUnit === '%' && !/增长|增速|下降|降低/.test(wording) ? 'level' : 'growth';
}

/** The target's wording from its qualifying words to its suffix, with Chinese numerals as digits ("增长5%"). */
export function asWritten(text: string, figure: Figure, value: FigureValue, fromValue: boolean): string {
  const from = fromValue ? value.start : figure.wordingStart;
  // "≥6%" / "≤5.5%" in words, as parse-as-written reads them (the quote keeps the sign).
  const written = text.slice(from, value.end).replace(/≥/g, '不低于').replace(/≤/g, '不超过');
  // A series value that shares the last value's qualifier ("5%和7%左右" → "5%左右").
  if (!value.chinese) return written.endsWith(value.suffix) ? written : `${written}${value.suffix}`;
  // Round 14 (rules14b): a range in Chinese numerals in digits, as staff type it ("百分之五至百分之五点五" → "5%—5.5%").
  const high = value.valueHigh !== null ? `${value.unit}—${value.valueHigh}` : '';
  return `${text.slice(Math.min(from, value.start), value.start)}${value.value}${high}${value.unit}${value.suffix}`;
}

/**
 * "确保增长5.5%、力争6%": the binding figure is a floor with a higher aim (the rule and its
 * reasons are in lib/targets/qualifier-words.ts). Returns the wording from 确保 to the aim.
 */
function floorWithAim(text: string, reading: Pick<Reading, 'start' | 'mentionEnd'>, value: FigureValue): { start: number; end: number; written: string } | null {
  const { mentionEnd } = reading;
  // Only a binding word from here on can count (below); searching no further back keeps a
  // long text without stops linear.
  const from = Math.max(0, Math.min(mentionEnd, reading.start - BINDING_WORD.length - 3));
  const found = text.slice(from, value.start + BINDING_WORD.length).lastIndexOf(BINDING_WORD);
  const binding = found < 0 ? -1 : from + found;
  // "确保地区生产总值增长6%,力争7%": the binding word may also lead the clause, right before the name.
  const leads = binding >= 0 && binding < mentionEnd && binding + BINDING_WORD.length <= reading.start && reading.start - binding <= BINDING_WORD.length + 3;
  if (binding < mentionEnd && !leads) return null;
  const aim = /^([^\d\n。]{1,6}?)(\d+(?:\.\d+)?)/.exec(text.slice(value.end, value.end + 20));
  // Round 13 (rules13b): a PDF copy spaces the figures out ("确保增长 5%、力争增长 5.5%").
  if (!aim || !AIM_AFTER_BINDING.test(aim[1]!.replace(/\s+/g, '')) || Number(aim[2]) <= Number(value.value)) return null;
  const unitStart = value.end + aim[0].length;
  const unit = text[unitStart] === '%' ? '%' : matchUnitPrefix(text.slice(unitStart, unitStart + 4))?.symbol;
  if (unit !== value.unit) return null;
  const end = unitStart + unit.length;
  // Leading the clause, the wording is the binding word and what follows the name ("确保增长6%,力争7%").
  return { start: leads ? mentionEnd : binding, end, written: leads ? `${BINDING_WORD}${text.slice(mentionEnd, end)}` : text.slice(binding, end) };
}

function continuation(text: string, from: number, limit: number): Figure | null {
  const separator = /^(?:[,、|/·]\s*|\s*)/.exec(text.slice(from, limit));
  if (!separator) return null;
  const next = parseFigure(text, from + separator[0].length);
  if (next.kind !== 'figure' || next.verb === null || next.yearAverage || next.period !== undefined || next.values.length !== 1 || next.end > limit) return null;
  return next;
}

function score(prepared: PreparedText, reading: Reading, end: number, headline: boolean, extra: { wording: boolean; series: boolean }): number {
  return scoreConfidence({
    kind: 'target',
    headline,
    ...extra,
    continuation: false,
    joinedAcrossArtefact: spansRemovedText(prepared, reading.start, end),
    runTogether: reading.runTogether,
    bound: false,
  });
}
