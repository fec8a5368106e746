import { affirmedResults } from './affirmed-results';
import { attributedRemarkAt } from './attributed-remark';
import { NEXT_YEARS_PLAN } from './december-ahead';
import { callsItselfCity } from './city-scope';
import { blankPartListings } from './contents-list';
import { lookAtTargets } from './look-at-targets';
import { TASK_LEAD_IN, turnsToWork } from './task-turn';
import { sessionTargetBox } from './session-box';
import { untitledBulletinYear } from './untitled-bulletin';
import { lastYearLineBlocks, reportYearLineBlocks } from './year-line-blocks';
// Where a work report looks back (outcomes of last year) and where it looks ahead
// (this year's targets), and which year it was given in. Reports follow one shape:
// "一、2023年工作回顾 … 二、2024年工作安排 … 主要预期目标是：…"; figures before the
// plan are outcomes, figures after it are targets.

export type Range = { start: number; end: number };

/** bulletin: a statistical bulletin (统计公报), whose figures are preliminary unless stated final. */
export type DocumentKind = 'report' | 'bulletin';

/** Where the report year was read (or 'given' when the caller passed it). */
export type YearSource = 'given' | 'bulletin_title' | 'plan_heading' | 'review_heading' | 'date_line' | 'year_opening' | 'title' | 'review_year' | 'target_year';

export type Sections = {
  reportYear: number | null;
  yearSource: YearSource | null;
  kind: DocumentKind;
  /** Outcomes of reportYear − 1 are read here. */
  review: Range;
  /** Targets for reportYear are read here; null when the report states none. */
  plan: Range | null;
  /** The 主要预期目标 paragraph(s) within the plan: the headline targets. */
  mainBlocks: Range[];
  /** Round 13 (rules13b): targets quoted from the report in the plan's remarks ("代表们围绕报告提出的“…增长8%”展开讨论"). */
  quotedTargets: Range[];
  /** Sentences inside the plan that look back ("去年,全区地区生产总值增长5.1%"): outcomes are read there too. */
  pastInPlan: Range[];
  /** Round 19 (rules19b): a December article read one year on for its 明年 targets (december-ahead.ts). */
  readsAhead?: boolean;
};

// PDF copies space figures out ("2024 年").
const YEAR = '((?:19|20)\\d{2}) ?年';
const SCOPE = '(?:全区|全县|全市|全旗|全镇|全州|全省)?';
// A heading may open with a symbol or an emoji ("📈 2024年成绩单", "▶ 2025年目标", "■ 主要预期目标").
// Round 16 (rules16a): …or with a post's part number ("PART 2  展望2025 · 目标单", "Part1｜回眸2024").
const SYMBOL = '(?:(?:PART|Part|part)[ \\t]*\\d{1,2}[ \\t]*[|｜:.·]?[ \\t]*)?(?:[\\u2190-\\u2bff\\u3200-\\u32ff\\ufe0f\\ud800-\\udfff#*]{1,6}\\s*)?';
// Round 11 (rules11a): an emoji or symbol, then markdown bold ("📊 **", "🎯 **"), before a poster's heading.
const POSTER_MARK = '(?:[\\u2190-\\u2bff\\u3200-\\u32ff\\ufe0f\\ud800-\\udfff]{1,6}[ \\t]*)?(?:[#*]{1,3}[ \\t]*)?';
// A keycap digit used as a list number ("1️⃣ 2024年,…").
const KEYCAP = '(?:[0-9#*]\\ufe0f?\\u20e3\\s*)?';
// Round 10: a closing session's news names the plan report in a sentence ("会议批准了县2025年国民经济和社会
// 发展计划执行情况与2026年计划", "大会审查批准了…"): a verb of approval or hearing before it says the line is no
// heading, and the review is not there (the targets the session approved may stand before it).
const NOT_APPROVAL = '(?![^\\n。,、]{0,12}?(?:批准|审查|审议|听取|表决|通过了))';
// A plan-execution report names last year in its title or first heading, not in a sentence;
// a news article or an infographic by "回顾过去一年" or "2024年成绩单 / 主要指标完成情况".
const REVIEW_HEADING = new RegExp(
  `${YEAR}[^\\n。,;]{0,6}?回顾|(?:回顾|回望|回首|回眸|盘点|纵观)了?${YEAR}(?:的)?(?:工作|,)|(?:^|\\n)\\s*(?:[一二三四五六七八九十]+、)?${NOT_APPROVAL}(?:[^\\n。,、]{0,10}关于)?[^\\n。,、]{0,6}${YEAR}[^\\n。]{0,24}计划执行情况` +
    `|(?:^|\\n)\\s*${SYMBOL}(?:[一二三四五六七八九十]+[、.]?\\s*)?【?${YEAR}${SCOPE}(?:的)?(?:工作|经济社会发展)?(?:成绩单|成绩(?:亮眼|斐然|喜人|单出炉)?|答卷|(?:主要)?(?:经济)?(?:指标)?完成情况)(?:[ \\t]*(?:[\\u2190-\\u2bff\\ufe0f\\ud800-\\udfff#*]{1,6}[ \\t]*)?(?=\\n)|】|[ \\t]*[|/·:])` +
    // "2025年越秀湾区主要经济指标", "附表:2024年桐柏湾区主要经济指标": a year's table of results (a plan's says 预期/目标).
    `|(?:^|\\n)[^\\n。,;:\\d]{0,12}${YEAR}(?![^\\n]{0,8}(?:上半年|下半年|季度|月))[^\\n。,;:\\d]{0,8}?主要经济指标[ \\t]*(?=\\n)` +
    // "【去年】全区GDP…": a bracketed 去年 heading the line.
    '|(?:^|\\n)\\s*【(?:去年|过去一年)】' +
    // "【成绩单】", "看成绩：稳中有进": a short heading, without a year, over last year's figures.
    // (On a line of its own: "【回顾】2024年…报告提出…" heading a link in a list is another article.)
    '|(?:^|\\n)[ \\t]*【(?:成绩单|成绩|回顾|年度成绩单)】(?=[ \\t]*\\n)' +
    '|(?:^|\\n)[ \\t]*(?:看|晒|亮|说)成绩(?:单)?[:：][^\\n\\d。,;]{0,8}(?=[ \\t]*\\n)' +
    // Round 11 (rules11b): "去年主要成绩", "过去一年的成绩" heading its own line (a front page's blocks).
    `|(?:^|\\n)[ \\t]*${SYMBOL}(?:去年|上年|过去一年)(?:的)?(?:主要)?(?:成绩|成就|工作成绩|发展成就)(?:单)?[ \\t]*(?=\\n)` +
    // "■ 成绩" heading its own line.
    `|(?:^|\\n)[ \\t]*[■□▶►●◆★#*]{1,3}[ \\t]*(?:成绩|成绩单|回顾)[ \\t]*(?=\\n)` +
    // "回顾2024 全区地区生产总值…": a bare year after 回顾/回眸 heading a line.
    `|(?:^|\\n)\\s*${SYMBOL}【?(?:回顾|回眸|回首|回望|盘点|数说)\\s?((?:19|20)\\d{2})(?![\\d年])` +
    // Round 10n: "【2024·成绩单】", "【2024年·答卷】": a bracketed year and a middle dot over last year's figures.
    `|(?:^|\\n)\\s*${SYMBOL}【((?:19|20)\\d{2}) ?年?[·・•](?:成绩单|成绩|答卷|回顾)】` +
    // Round 11 (rules11a): a poster's heading of a bare year, a space and 成绩单 on a line of its own, often in
    // markdown bold after an emoji ("📊 **2023 成绩单**", "2024年 答卷").
    `|(?:^|\\n)[ \\t]*${POSTER_MARK}((?:19|20)\\d{2})[ \\t]*年?[ \\t]*(?:成绩单|答卷)[ \\t*]*(?=\\n)` +
    '|(?:回顾|回望|回首|回眸|盘点|纵观)(?:了)?(?:去年|过去一年|过去的一年)|(?:^|\\n|[ \\t\\u3000])\\s*(?:过去一年|过去的一年|一年来)|报告回顾[,:]|(?:说|表示|指出)[,:]\\s*(?:过去一年|过去的一年|一年来)',
);
// Round 18 (rules18b): how a speaker says this year's targets follow ("今年的目标报告里是这么定的", "…是这样安排的").
// Round 19 (rules19c): …also as what the speaker noted or read of them ("今年目标我这边记的是 地区生产总值增长…", "今年的主要目标
// 报告里写的是 …"): 记的/定的/写的/提的/列的/念的 then 是, a figure within the next words (PLAN_HEADING and MAIN_CUE).
const SPOKEN_LIST_CUE = '(?:(?:这么|这样|如下)(?:定的|确定的|安排的|提的|定|确定|安排)?(?:的)?|(?:记的|定的|写的|提的|列的|念的)是)';
// Round 25 (rules25c): a speaker who announces reading this year's targets out ("今年的主要目标我给大家念一下", "2026年的目标跟大家
// 读一遍"), as a work group's voice message or a meeting's transcript does: the list follows, often after a remark to the listeners
// ("大家写材料的时候注意…"), so a figure within the next forty characters of the line is enough. Only the read-aloud verb
// (念/读/报/说/讲 一下/一遍) opens it: a bare mention of the targets does not.
const READ_ALOUD_CUE = String.raw`(?:(?:19|20)\d{2} ?年|今年|新的?一年)(?:的|全[区县市旗])?(?:发展|主要|预期|主要预期)?目标(?:任务)?[^\n\d。,;:!?]{0,8}?(?:(?:给|跟|向|为)(?:大家|各位|你们))?(?:念|读|报|说|讲)一(?:下|遍)(?=[^\n\d。]{0,40}?(?:\d|百分之|[一二两三四五六七八九十][十百千万]))`;
// Round 20 (rules20a): a plan report's second part may name the district between the year and its draft ("二、2025年云岭区国民经济
// 和社会发展计划草案"), as its first part does before 计划执行情况: the name is read only before the draft's own words, so a year's
// district-named review heading ("2024年云岭区国民经济和社会发展计划执行情况") opens no plan.
const NAMED_PLAN = '(?:[\\u4e00-\\u9fff]{2,8}?(?:区|县|旗|市)(?=国民经济和社会发展计划(?:草案|[(（]草案)|计划草案|(?:经济社会发展)?主要预期目标))?';
// Round 22 (rules22c): "一、经济社会发展指标（工作目标）": the indicators, called targets in brackets, heading their own line.
const INDICATORS_AS_TARGETS = String.raw`(?<=^|\n)[ \t]*(?:[一二三四五六七八九十]+[、.][ \t]*)?(?:(?:经济社会|经济和社会|国民经济和社会)?发展|主要(?:经济)?)(?:主要)?指标[(（](?:工作|主要|预期|发展|年度)?目标[)）][ \t]*(?=\n)`;
// Round 28 (rules28b): an interviewer's question names the report and its verb of proposing before the targets ("今年的报告提出了哪些主要目标?").
const REPORT_PROPOSED_WHICH = '(?:(?:政府工作)?报告(?:里|中)?(?:提出|明确|确定|定)了?(?:哪些|什么|怎样的|哪几项|哪几个)?(?:样的)?)?';
// Round 29 (rules29b): …the same words, the report and a question word both required (a question that opens on another clause).
const REPORT_PROPOSED_WHICH_REQUIRED = '(?:今年的?)?(?:政府工作)?报告(?:里|中)?(?:提出|明确|确定|定)了?(?:哪些|什么|怎样的|哪几项|哪几个)(?:样的)?';
// A sentence or heading that opens the year's plan ("二、2024年工作安排", "今年经济社会发展的主要预期目标是").
const PLAN_HEADING = new RegExp(
  // Round 11 (rules11c): a news item that led with the headline target lists the rest after its look back
  // ("其他经济目标还包括:一般公共预算收入增长百分之二左右;…"): that sentence reopens the plan.
  '(?:^|[\\n。!?;])\\s*(?:其他|其余)(?:的)?(?:主要)?(?:经济)?(?:发展)?(?:预期)?目标(?:还|则)?(?:包括|有)[:,](?=[^。\\n]{0,30}?(?:增长|达到|控制在)\\s?(?:\\d|百分之))|' +
  // A slide heading may speak for the county ("2025年 我们的目标").
  // Round 14 (rules14c): a people's-congress committee's review report heads its sections "二、关于2025年国民经济和社会发展计划草案",
  // "（二）对2025年计划草案的审查意见": 关于/对 (and a bracketed number) before the year.
  `(?:^|[\\n。!?;])\\s*${SYMBOL}(?:[(（]?[一二三四五六七八九十]+[、.)）]?\\s*)?(?:关于|对于?)?【?(?:${YEAR}|今年)[ \\t\\u3000]*(?:我们|我[区县市旗镇])?${SCOPE}${NAMED_PLAN}(?:的)?(?:政府)?(?:工作)?(?:的)?` +
    '(?:工作安排|主要任务|总体要求|工作任务|重点工作|重点任务|主要工作|工作建议|奋斗目标|目标任务|工作部署|工作思路|经济社会发展|国民经济和社会发展(?!计划执行)|' +
    // Round 18 (rules18c): a plan report's second part may bracket the draft ("二、2026年计划（草案）"): 计划 then a
    // bracketed 草案 heads the plan as 计划草案 does.
    '主要预期目标(?!完成|执行)|主要目标(?!完成|执行)|国民经济和社会发展计划|计划安排|计划草案|计划[(（]草案[)）]|(?:预期)?(?:计划|目标)(?:明确|任务|清单|一览)?(?=\\s*(?:】|\\n|$|[|/·:])))' +
    // "【今年】GDP 增长6%左右": a bracketed 今年 heading the line.
    '|(?:^|\\n)\\s*【(?:今年|新的?一年)】' +
    // "【目标任务】", "看目标：积极稳妥": a short heading, without a year, that announces the targets.
    '|(?:^|\\n)[ \\t]*【(?:(?:今年|新的?一年)[ \\t\\u3000]?)?(?:主要预期目标|预期目标|主要目标|目标任务|发展目标|目标)】(?=[ \\t]*\\n)' +
    '|(?:^|\\n)[ \\t]*(?:看|定|亮|晒|说)目标(?:任务)?[:：][^\\n\\d。,;]{0,8}(?=[ \\t]*\\n)' +
    // "展望2025 全区地区生产总值增长5.5%左右": a bare year after 展望 heading a line ("奋进2025|一组数据看…",
    // a column name before a bar, is a headline's, not the plan's).
    `|(?:^|[\\n。!?;])\\s*${SYMBOL}【?(?:展望|奋进|迈向|奋战|决战|启航|冲刺|锚定)\\s?((?:19|20)\\d{2})(?![\\d年])(?!\\s*\\|)` +
    // "【2025目标】", "【2025年主要目标】": a bracketed heading naming the year's targets.
    `|(?:^|\\n)\\s*${SYMBOL}【((?:19|20)\\d{2}) ?年?[·・•]?(?:主要预期目标|预期目标|主要目标|目标)】` +
    // "🎯 2025年 目标这样定", "2025年，我们的目标是": a short heading line that gives a year its targets.
    `|(?:^|\\n)[ \\t]*${SYMBOL}【?((?:19|20)\\d{2}) ?年[^\\n\\d。;]{0,8}?目标(?!完成|任务完成|实现)[^\\n\\d。;]{0,8}(?=[ \\t]*\\n)` +
    // "🔹2025年这样干🔹", "2025年 再出发": a short line of its own naming a year, read only when it is
    // the year after the review's (so "2024年工作回顾" is never the plan), and never a part-year
    // release's title ("2025年一季度经济运行简况"), nor a statistics page's table of a year's results
// ("2025年越秀湾区主要经济指标").
    `|(?:^|\\n)[ \\t]*${SYMBOL}【?${YEAR}(?![^\\n]{0,12}(?:回顾|成绩|完成|答卷|上半年|下半年|季度|月|运行|统计|公报|经济指标))[^\\n\\d。,;:!?]{0,12}[ \\t]*(?=\\n)` +
    // "今年目标怎么定?报告给出了答案:…", "2025年的目标是什么?": a question about this year's targets, answered after it.
    // Round 10n: …also after the interviewer's label ("记者:今年的目标是怎么定的?", "问:…").
    // Round 28 (rules28b): …also when the question asks what the report proposed ("记者:今年的报告提出了哪些主要目标?", "问:2025年政府
    // 工作报告确定了什么目标?"): the report's verb of proposing, then 哪些/什么, before the targets.
    `|(?:^|[\\n。!?;])\\s*${SYMBOL}(?:(?:记者|问|主持人|Q)\\s?:\\s*)?(?:${YEAR}|今年|新的?一年)(?:的|全[区县市旗])?${REPORT_PROPOSED_WHICH}(?:发展|主要|预期|主要预期)?目标(?:任务)?[^\\n\\d。,;:!?]{0,6}?\\?` +
    // Round 18 (rules18b): a speaker's answer that this year's targets follow ("今年的目标报告里是这么定的 地区生产总值增长…",
    // "2026年的主要目标是这样安排的"): 这么/这样/如下 after the targets, a figure (digits or Chinese numerals) within the next words.
    `|(?:^|[\\n。!?;]|[ \\t])(?:(?:19|20)\\d{2} ?年|今年|新的?一年)(?:的|全[区县市旗])?(?:发展|主要|预期|主要预期)?目标[^\\n\\d。,;:!?]{0,8}?${SPOKEN_LIST_CUE}(?=[ \\t:,]*[^\\n\\d。]{0,12}?(?:\\d|百分之|[一二两三四五六七八九十][十百千万]))` +
    `|${READ_ALOUD_CUE}` +
    // "【目标2025】", "【奋进2025】": a bracketed heading naming the targets before the year (group 7).
    `|(?:^|\\n)\\s*${SYMBOL}【(?:目标|奋进|展望)\\s?((?:19|20)\\d{2})年?】` +
    // Round 11 (rules11a): a poster's heading of a bare year, a space and 目标 on a line of its own (group 8),
    // often in markdown bold after an emoji ("🎯 **2024 目标**", "2025 主要目标").
    // Round 21 (rules21c): …or that heading read back from a long image by OCR, the year a line of its own over the words
    // ("2026" then "主要预期目标"): a panel's title broken at its gap.
    `|(?:^|\\n)[ \\t]*${POSTER_MARK}((?:19|20)\\d{2})(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:主要预期目标|预期目标|主要目标|目标)[ \\t*]*(?=\\n)` +
    // Round 22 (rules22c): a task breakdown's part heading that names the development indicators and, in brackets, calls them the
    // year's targets ("一、经济社会发展指标（工作目标）", "主要指标(预期目标)"): the report's targets restated, one an item.
    `|${INDICATORS_AS_TARGETS}` +
    // Round 26 (rules26b): a caption's line that invites the viewer to look at this year's targets ("再看看今年的小目标", "一起来看看
    // 2026年的新目标", "下面说说今年的目标"), a line of its own over the list as "一起来看看过去一年的成绩单" is over the results
    // (group 9: a year it names). Only a verb of looking or telling opens it, so "确保完成今年目标" heads nothing.
    `|(?:^|\\n)[ \\t]*${lookAtTargets(String.raw`((?:19|20)\d{2})`)}` +
    // Round 27 (rules27b): a summary's lead line that names a year and says what it will bring in the list below, the colon ending the
    // line ("2026年某某县在产业、民生等方面将有以下安排:", "2026年全区将重点抓好如下几件事:") (group 10), read only as the year after the
    // review's: a look back's lead ("2025年全区取得以下成绩:") has no 将, and another year's list is not the plan.
    `|(?:^|\\n)[ \\t]*${YEAR}[^\\n。:!?\\d]{0,40}?将[^\\n。:!?\\d]{0,12}?(?:以下|如下)[^\\n。:!?\\d]{0,6}:[ \\t]*(?=\\n)` +
    // Round 29 (rules29b): an interviewer's question that first says what the year is, then, after a comma, asks what the report proposed
    // ("记者:2026年是开局之年,政府工作报告提出了哪些目标?") (group 11): the answer after it is the headline list, as for the question
    // without the opening clause. The report's verb of proposing and 哪些/什么 are required, and the opening clause never looks back
    // (no 去年/过去/上年), so "去年是…,报告提出的目标完成得怎样?" opens nothing.
    `|(?:^|\\n)[ \\t]*(?:记者|问|主持人|Q)[ \\t]?:[ \\t]*(?:${YEAR}|今年|新的?一年)(?:(?!去年|上年|过去)[^\\n?]){0,24}?,[ \\t]*${REPORT_PROPOSED_WHICH_REQUIRED}(?:发展|主要|预期|主要预期)?目标(?:任务)?[^\\n\\d。,;:!?]{0,6}?\\?`,
  'g',
);
// A bracketed line "【目标2025】" / "【2025年目标】" heads the targets' lines (wordings are read there too).
// A line "主要经济指标" heads the year's targets; with a year or a period before it ("2025年某区主要经济指标",
// a statistics page's title) it heads that year's figures, not a plan.
// Round 14 (rules14c): …also "主要预期目标即:", "主要预期目标,即:", "主要目标也就是:" (a committee's review report restating the plan's targets).
// Round 14 (rules14b): a heading may announce the targets listed under it as a headline does ("【划重点】2024年主要预期目标来了——",
// "主要目标出炉!", "今年的目标揭晓👇"): the announcing word, then a dash, an exclamation or a pointing sign, ends the heading when
// the next line (blank lines, a live blog's dropped clock lines, between) states a figure. A page title of the same words over a
// date line or a lead ("…2025年目标定了" / "2025-01-15 来源:…") heads no list.
// Round 25 (rules25b): …also a narration's line that points at the list below ("报告给出了" / "这样一组目标", "以下几项目标"), never one
// looking back at targets met ("去年完成了这样一组目标").
const ANNOUNCED_CUE = String.raw`(?<=^|\n)[^\n。,;:]{0,24}(?:主要预期目标|主要目标|预期目标|(?:(?:19|20)\d{2} ?年|今年)[ \t]*的?(?:发展)?目标|(?:这样|以下|如下|下面)(?:的)?(?:一组|几项|几个|这些)?(?:主要|发展)?目标(?<!(?:完成|实现|去年|上年|过去)[^\n]{0,30}))(?:来了|来啦|出炉了?|出炉啦|揭晓了?|公布了?|发布了?|定了|一览|速览|看这里)?[!~]*[ \t]*(?:——?|…{1,2}|-{1,2}|\ud83d\udc47|\u2b07\ufe0f?)?[ \t]*(?=\n\s*[^。\n]{0,30}?(?:增长|达到|控制在|稳定在|保持在|下降|降低)\s?(?:\d|百分之))`;
// Round 15 (rules15a): …also when the report's proposal of them ends a clause's line after a comma ("今年是收官之年,报告提出全县主要预期目标👇",
// "新的一年,政府工作报告明确了以下主要目标:", "2025年,报告确定的主要预期目标如下——"): the clause names the report or the year and a verb of
// proposing (never 完成/实现: "圆满完成了年初确定的主要预期目标" looks back), and the next line states a figure, as above.
const PROPOSED_CUE = String.raw`(?<=[。,;!?])[ \t]*(?:[^\n。,;:完实]{0,12}?(?:报告|今年|新的?一年|(?:19|20)\d{2} ?年))[^\n。,;:完实]{0,12}?(?:提出|明确|确定|列出|给出|安排|部署)了?(?:以下|如下)?的?[^\n。,;:完实]{0,8}?(?:主要预期目标|主要目标|预期目标|目标任务)(?:如下|是|为)?[:]?[!]*[ \t]*(?:——?|…{1,2}|-{1,2}|\ud83d\udc47|\u2b07\ufe0f?)?[ \t]*(?=\n\s*[^。\n]{0,30}?(?:增长|达到|控制在|稳定在|保持在|下降|降低)\s?(?:\d|百分之))`;
// Round 23 (rules23b): a sentence of its own that says this year's targets were set ("再看看今年定下的各项“小目标”。地区生产总值增长…",
// "新的一年,县里确定的发展目标。…"), the first clause after its full stop stating a figure: the list follows, as after a colon. Only
// 今年 / 新的一年 (a named year may be the one looked back on), and never a review of them (完成, 实现).
const SET_THIS_YEAR_CUE = String.raw`(?<=^|[\n。!?;])[^\n。,;:!?\d完实]{0,10}?(?:今年|新的?一年)[^\n。;:!?\d完实]{0,8}?(?:定下|确定|制定|设定|提出|明确|定)了?的[^\n。,;:!?\d完实]{0,6}?[“"]?[\u4e00-\u9fff]{0,3}目标[”"]?[ \t]*(?:[。:]|(?=\n))(?=\s*[^。\n]{0,30}?(?:增长|达到|控制在|稳定在|保持在|下降|降低)\s?(?:\d|百分之))`;
// Round 23 (rules23b): …and a speaker's "…确定的目标是:" / "定下的目标为:" before the figures ("今年是收官之年,我们在人代会上确定的目标是:
// 地区生产总值增长…"): the list follows. Its sentence looks at no past (去年, 年初, 过去: "年初确定的目标是…,实际完成…"); the sentence
// is checked behind the words, so the check runs only where they stand.
const SET_TARGETS_ARE_CUE = String.raw`(?:定下|确定|制定|设定|提出)了?的(?:发展|主要|年度)?目标(?:是|为)[ \t]*:(?<=(?:^|[\n。!?;])(?![^\n。!?;]{0,48}?(?:去年|上年|年初|过去|(?:19|20)\d{2} ?年))[^\n。!?;]{0,48})(?=[ \t]*[^。\n]{0,30}?(?:增长|达到|控制在|稳定在|保持在|下降|降低)\s?(?:\d|百分之))`;
// Round 23 (rules23a): a document site's synonym spinner writes 目的 for 目标 in the list's head ("主要预期目的是:…"): 预期目的 says nothing
// else in a report, so it opens the list as 预期目标 does.
// …and a county's own name for its list, the development's 努力目标 or 奋斗目标 given with a colon ("建议全县经济社会发展的努力目标为:…").
const MAIN_CUE = new RegExp(
  String.raw`(?:主要预期目标|主要预期目的|主要经济指标预期目标|主要目标|预期目标)(?:建议|安排)?(?:(?:是|为|如下)\s*:?|(?:定下了?|确定为|定为)\s*:)|(?<=发展的?)(?:努力|奋斗)目标(?:是|为)\s*:|(?:主要预期目标|主要目标|预期目标)\s*,?\s*(?:即为?|也就是)?\s*:|(?<=^|\n)[^\n。,;:\d]{0,24}主要经济指标[ \t]*(?=\n)|(?<=^|\n)[^\n。,;:]{0,24}(?:主要预期目标|主要目标|预期目标|(?:19|20)\d{2} ?年[ \t]*(?:我们|我[区县市旗镇])?的?(?:发展)?目标(?:明确|任务|清单|一览)?|年度目标)[ \t]*(?=\n)|(?<=发展的?)(?:主要预期目标|主要目标)(?=[\u4e00-\u9fff])(?![是为如任完实的])|(?<=(?:19|20)\d{2} ?年|今年)(?:主要预期目标|主要目标|预期目标)(?:[ \t]+|(?=[\u4e00-\u9fff]))(?![是为如任完实的])(?=[^\n。]{0,30}\d)|(?<=(?:19|20)\d{2} ?年的|今年的)(?:主要预期目标|主要目标|预期目标)[ \t]+(?![是为如任完实的])(?=[^\n。]{0,30}\d)|(?<=^|\n)[ \t]*[■□▶►●◆★#*]{0,3}[ \t]*(?:今年)?目标[ \t]*(?=\n)|(?<=^|\n)[ \t]*(?:[\u2190-\u2bff\u3200-\u32ff\ufe0f\ud800-\udfff]{1,6}[ \t]*)?【(?:目标|(?:19|20)\d{2} ?年?(?:主要预期目标|预期目标|主要目标|目标))(?:(?<=目标)\s?(?:19|20)\d{2}年?)?】[ \t]*(?=\n)` +
    // (Round 12, rules12a: an emoji may stand before the bracket, "📌【2026 主要预期目标】".)
    // Round 16 (rules16a): a post's part heading of a year and its list of targets, as 成绩单 heads the results ("PART 2  展望2025 ·
    // 目标单", "2026 目标清单").
    String.raw`|(?<=^|\n)[^\n。,;:]{0,24}(?:19|20)\d{2}(?: ?年)?[ \t]*[·・•|]?[ \t]*(?:目标单|目标清单)[ \t]*(?=\n)` +
    // Round 12 (rules12a): an infographic's bracketed slogan of a verb and the coming year on a line of its own
    // ("【锚定2026】", "【奋进2025】") over one target a line heads them as the headline targets (wordings too).
    String.raw`|(?<=^|\n)[ \t]*(?:[\u2190-\u2bff\u3200-\u32ff\ufe0f\ud800-\udfff]{1,6}[ \t]*)?【(?:展望|奋进|迈向|奋战|决战|启航|冲刺|锚定)\s?(?:19|20)\d{2}年?】[ \t]*(?=\n)` +
    // Round 28 (rules28c): …and so does that slogan unbracketed, a looking-ahead verb and the year on a line of its own ("展望2025"), when the
    // line under it states a figure (a text without punctuation keeps no brackets): the list under it, its wordings too.
    String.raw`|(?<=^|\n)[ \t]*(?:展望|迈向|启航|冲刺|锚定)[ \t]?(?:19|20)\d{2}年?[ \t]*(?=\n[ \t]*[^。\n]{0,30}?(?:增长|达到|控制在|稳定在|保持在|下降|降低)[ \t]?(?:\d|百分之))` +
    // Round 26 (rules26b): …and a caption's line that invites the viewer to look at them ("再看看今年的小目标", PLAN_HEADING) heads
    // the run of target lines under it, wordings included.
    String.raw`|(?<=^|\n)[ \t]*${lookAtTargets(String.raw`(?:19|20)\d{2}`)}` +
    // Round 28 (rules28b): …or a heading sentence naming them, then the report (often by its title in book marks) that proposes the
    // list after a colon ("(二)2025年主要预期目标。《计划报告》提出:地区生产总值增长…;…与经济增长同步;…", an explainer's part).
    '|(?<=主要预期目标|主要目标|预期目标)。[ \\t]*(?:《[^》\\n]{1,16}》|(?:政府工作|计划)?报告)(?:中)?(?:提出|明确|确定)了?:' +
    // Round 28 (rules28b): …or a speaker's own account of how they were set, after a comma ("今年全县的主要预期目标,我们是这么定的:…",
    // "主要目标,我们是这样安排的:"): the list follows the colon.
    '|(?:主要预期目标|主要目标|预期目标),?[ \\t]*(?:我们|我[区县市旗])?(?:是)?(?:这么|这样)(?:定|确定|安排|提)的[ \\t]*:' +
    // Round 11 (rules11c): the cue, a comma, then the report's verb before the colon ("至于今年的主要预期目标,报告列明:…").
    '|(?:主要预期目标|主要目标|预期目标),\\s*(?:政府工作)?报告(?:中)?(?:列明|列出|提出|明确|显示|指出)了?:' +
    // …and the list of the other targets after a headline one ("其他经济目标还包括:…;居民收入增长和经济增长同步。").
    '|(?:其他|其余)(?:的)?(?:主要)?(?:经济)?(?:发展)?(?:预期)?目标(?:还|则)?(?:包括|有):' +
    // Round 13 (rules13a): text without punctuation loses the colon after the cue, leaving spaces ("会议同意报告提出的
    // 2024年全区经济社会发展主要预期目标  地区生产总值增长6%左右"): a figure soon after still says the list follows.
    String.raw`|(?<=发展的?)(?:主要预期目标|主要目标)[ \t]+(?![是为如任完实执])(?=[^\n。]{0,30}?(?:\d|百分之))` +
    // Round 13 (rules13b): "据了解,报告提出的2024年全区主要预期目标还包括:…" (after targets quoted by deputies), "主要目标包括:".
    '|(?:主要预期目标|主要目标|预期目标)(?:还|也|则)?(?:包括|有):' +
    // Round 20 (rules20b): a clause that takes a stand on the year's targets the report proposed, then the colon ("代表们对报告提出的
    // 2026年目标任务表示赞同:…", "委员们对报告确定的今年主要目标一致认可:…"): the list follows, as after 主要目标包括. A review of
    // them (完成, 实现, 执行) looks back.
    String.raw`|(?<=报告(?:提出|确定|明确|安排)的)(?:(?:19|20)\d{2} ?年|今年|新的?一年)?[^
。,;:\d]{0,4}?(?:主要预期目标|主要目标|预期目标|目标任务)(?![^
。,;:\d]{0,10}?(?:完成|实现|执行))[^
。,;:\d]{1,10}?:` +
    // Round 18 (rules18b): a speaker's answer that the year's targets follow ("今年的目标报告里是这么定的 …", PLAN_HEADING) heads
    // them as the list, wordings included ("城乡居民收入增长和经济增长同步").
    String.raw`|(?<=(?:^|[\n。!?;]|[ \t])(?:(?:19|20)\d{2} ?年|今年|新的?一年)(?:的|全[区县市旗])?(?:发展|主要|预期|主要预期)?)目标[^\n\d。,;:!?]{0,8}?${SPOKEN_LIST_CUE}(?=[ \t:,]*[^\n\d。]{0,12}?(?:\d|百分之|[一二两三四五六七八九十][十百千万]))` +
    `|${ANNOUNCED_CUE}|${PROPOSED_CUE}|${SET_THIS_YEAR_CUE}|${SET_TARGETS_ARE_CUE}|${READ_ALOUD_CUE}|${INDICATORS_AS_TARGETS}`,
  'g',
);
// Round 19 (rules19b): a sentence opening on 今年 (after a speaker's tag or a quotation mark) whose 确保 binds the first figure's clause.
const COMMITS_THIS_YEAR = /(?<=^|[\n。!?”"])(?:[^:\n。,]{1,8}:)?\s*[“"]?今年[,]?(?:我们|全[区县市旗])?(?:还|也)?(?:要|将)?确保(?=[^。\n\d,;]{2,16}?\d)[^。\n]*/g;
// Round 20 (rules20b): a deputy's sentence opening on 今年 and what the report proposes ("…很不容易。今年提出全县生产总值增长6%左右,我们镇
// 要多作贡献。", "今年报告提出粮食播种面积稳定在…以上,"): its first clause, a name and its figure, is the report's target, as a quoted one is.
// Round 27 (rules27b): …or a deputy's quotation that opens on the report's proposal itself ("“报告提出确保粮食播种面积稳定在…以上,我们
// 合作社…"): 提出/明确 is the report's verb for what it sets, never for what was done (that is 显示/指出/提到), so no 今年 is needed there.
const PROPOSED_THIS_YEAR = /(?:(?<=^|[\n。!?“"])今年[,]?(?:的?(?:政府工作)?报告(?:里|中)?)?|(?<=[“"])(?:政府工作)?报告)(?:还|也|又)?(?:提出|明确)了?[,:]?(?=[^。\n\d,;:“”"]{2,16}?\d)[^。\n,;:“”"]*/g;
// Round 21 (rules21b): deputies' verdict on the targets the report proposes, listed between 提出的 and 等(主要预期)目标 ("认为,《政府工作报告》
// …提出的2025年地区生产总值增长6%以上、固定资产投资增长8%…等主要预期目标,积极稳妥"): each item of the list is the report's target,
// as a quoted one is (group 1). Never a look back in it, nor targets said to be met ("…等目标全面完成").
const PROPOSED_LIST = /报告[》”"]?[^。\n]{0,30}?(?:提出|确定|明确)的((?:(?:19|20)\d{2} ?年|今年|新的?一年)?(?![^。\n]{0,160}?(?:去年|上年|过去))[^。;:\n“”"]{2,160}?\d[^。;:\n“”"]{0,12}?等(?:主要)?(?:预期)?(?:目标|指标))(?![^。\n]{0,8}?(?:完成|实现|达成|超额|如期))/g;
// Round 13 (rules13b): targets quoted in a news item on the session ("“地区生产总值增长5.8%左右的目标,…”", "代表们围绕报告提出的
// “固定资产投资增长8%、社会消费品零售总额增长7%”展开讨论", "更关注“粮食总产量稳定在2.8亿斤以上”的目标"): a quotation holding a
// figure, closed by 的目标 (inside or right after it) or opened by the report's 提出的. Never last year's ("“去年…的目标”"), nor the
// city's ("与全市“地区生产总值增长6%左右”的目标保持衔接"), nor a target said to be met ("“…增长6%的目标”顺利完成": last year's).
const QUOTED_TARGET_SOURCE = String.raw`(?<!(?:全市|全省|全国|国家|省里|市里|[市省州]政府|[市省州]委)[^,。;:\n]{0,6})[“"](?![^”"\n。]{0,60}?(?:去年|上年|过去|(?:19|20)\d{2} ?年))[^”"\n。]{2,40}?\d[^”"\n。]{0,12}?(?:的目标|[”"]的?目标)(?![^。\n]{0,6}?(?:完成|实现|达成|超额|如期))`;
// Round 15 (rules15a): …or named without quotation marks between the report's proposing and 的目标 ("对报告提出的社会消费品零售总额增长7%的
// 目标充满信心", "报告确定的地区生产总值增长6%左右的预期目标"): one clause, no year or look back in it.
const PROPOSED_TARGET = String.raw`(?<!(?:去年|上年|过去)[^,。;:\n]{0,6})(?<=报告(?:提出|明确|确定|定下)的)(?![^,。;:\n]{0,40}?(?:去年|上年|过去|(?:19|20)\d{2} ?年|全[市省国州]))[^,。;:“”"\n]{2,40}?\d[^,。;:“”"\n]{0,12}?的(?:预期)?目标(?![^。\n]{0,6}?(?:完成|实现|达成|超额|如期))`;
// Round 23 (rules23b): …or said to be written into this year's targets by the report ("报告把城镇新增就业2200人以上写进了今年目标",
// "报告将粮食播种面积稳定在30万亩列入今年的主要目标"): the words between 把/将 and the verb, one clause, no look back in it.
const WRITTEN_INTO_TARGETS = String.raw`(?<=报告(?:把|将))(?![^,。;:\n]{0,40}?(?:去年|上年|过去|(?:19|20)\d{2} ?年|全[市省国州]))[^,。;:“”"\n]{2,40}?\d[^,。;:“”"\n]{0,12}?(?=(?:写进|写入|列入|纳入)了?(?:今年|新的?一年)的?(?:主要)?(?:预期)?目标)`;
// Round 24 (rules24b): a quotation that opens its sentence and is followed by its speaker, a deputy or member (group 1: the quotation's
// words); never one that looks back or speaks of the city or province.
const SPOKEN_TARGETS = /(?:^|[\n。!?;])\s*[“"]((?![^”"\n]{0,160}?(?:去年|上年|过去|(?:19|20)\d{2} ?年|全[市省国]))[^”"\n]{2,160}?)(?=[”"][^。\n“”"]{0,30}?(?:代表|委员)[^。\n“”"]{0,30}?(?:说|表示|认为|谈道))/g;
// A figure bound as a target is (…左右, …以上, …以内, 控制在…): a restatement of targets holds two or more.
const BOUND_FIGURE = /\d[^,;、。\d]{0,4}?(?:左右|以上|以内)|控制在/g;
// Round 28 (rules28b): …or quoted from the report by 报告中/报告里, one quotation after another ("报告中“规模以上工业增加值增长7%”“一般公共预算
// 收入增长2%”让人看到…"): each quotation of the run after the report's name is its words.
const REPORT_QUOTES_BEFORE = String.raw`(?<=报告(?:(?:提出|明确|确定)的?|中|里)(?:[“"][^”"\n。]{2,60}?[”"]){0,3})`;
// Round 28 (rules28b): …or a wording the report proposes, the clause after 报告提出/明确 that sets income in step with the economy ("代表说,报告
// 提出城乡居民人均可支配收入增长与经济增长基本同步,…"): a target without a figure, never last year's, nor the city's.
const PROPOSED_IN_STEP = String.raw`(?<!(?:全市|全省|全国|国家|省里|市里|[市省州]政府|[市省州]委)[^,。;:\n]{0,6})(?<=报告(?:提出|明确)了?)(?![^,。;:\n]{0,40}?(?:去年|上年|过去|(?:19|20)\d{2} ?年|全[市省国州]))[^,。;:“”"\n\d]{2,30}?(?:与|和|同)经济增长(?:基本)?同步`;
const QUOTED_TARGET = new RegExp(String.raw`${QUOTED_TARGET_SOURCE}|${REPORT_QUOTES_BEFORE}[“"](?![^”"\n。]{0,60}?(?:去年|上年|过去|(?:19|20)\d{2} ?年))[^”"\n。]{2,60}?\d[^”"\n。]{0,20}[”"]|${PROPOSED_TARGET}|${WRITTEN_INTO_TARGETS}|${PROPOSED_IN_STEP}`, 'g');
const PLAN_SENTENCE = new RegExp(
  // A clause may open on a source ("据了解,今年…") or a quotation mark ("“今年全区GDP增长目标是6%左右,”区长说").
  `(?:^|[\\n。!?;:]|(?:表示|指出|提出|明确|强调|说|了解到?|获悉|介绍)[,:])\\s*[“"]?(?:报告(?:提出|指出|明确|要求)[,:]?\\s*)?(?:对于|关于|展望)?(?:${YEAR}|今年|新的?一年)[,]?[^,。;\\n\\d]{0,12}?(?:将|(?<!主)要|力争|努力|确保|计划|锚定|瞄准|目标(?:是|为|定在|定为|设定为|订为|订在)|报告(?:提出|明确|要求))` +
    // "2025年 全区地区生产总值预期增长5.5%…": 预期 before a figure states a target, after an indicator name.
    // …also after a keycap or emoji bullet ("3️⃣ 2025年,地区生产总值预期增长6%左右"), or after a space in text
    // without punctuation ("…增长5.3% 今年GDP目标增长5.5%左右"); 目标 before a figure says the same.
    // Round 10: …also after a speech verb ("县长在政府工作报告中表示,2025年该县地区生产总值目标增长6%左右").
    `|(?:(?:^|[\\n。!?;])\\s*${KEYCAP}${SYMBOL}|[ \\t\\u3000](?=今年|新的?一年)|(?:表示|指出|提出|明确|强调)[,:]\\s*)(?:${YEAR}|今年|新的?一年)[,]?[^,。;\\n\\d]{0,14}?(?:预期|目标)(?=增长|达到|实现|完成|\\d)` +
    // "4 今年全县地区生产总值增长6%左右", "新的一年 全县生产总值增长7%左右", "…目标 今年地区生产总值增长5.5%":
    // a (numbered) line, or a space-separated clause, that opens on 今年 / 新的一年 and states a figure.
    '|(?:^|\\n|[ \\t\\u3000])[ \\t]*(?:\\d{1,2}[ \\t]+)?(?:今年(?!以来)|新的?一年)[, \\t]?(?=[^,。;\\n\\d]{0,14}?(?:增长|达到)\\s?\\d)' +
    // Round 21 (rules21c): …also when a transcript speaks the figure ("今年地区生产总值增长百分之六左右"), the name and its figure in the
    // clause 今年 opens (a transcript's space parts clauses: "今年的会我这里记了 地区生产总值增长百分之六" is a remark, then a figure).
    '|(?:^|\\n|[ \\t\\u3000])[ \\t]*(?:今年(?!以来)|新的?一年)[, \\t]?(?=[^,。;\\n\\d \\t]{0,14}?(?:增长|达到)百分之)' +
    // Round 28 (rules28a): …or a subtitle line that opens on 今年 and ends on the targets it names ("今年报告里我们定的目标" over "生产总值增长
    // 6%左右"): in text without punctuation the line's end stands for the colon, the next line states the first figure.
    '|(?:^|\\n)[ \\t]*今年(?!以来)[^,。;:\\n\\d]{0,12}?目标[ \\t]*(?=\\n[^\\n\\d]{0,24}?(?:增长|达到)\\s?\\d)' +
    // "灵川县政府工作报告提出,全县地区生产总值增长6%以上,…": what the report proposes, stated with figures.
    // Round 13 (rules13c): …also without the comma ("报告提出地区生产总值增长6%左右,…", a short item's only plan sentence),
    // unless it turns to last year ("报告提出去年…").
    '|(?:^|[\\n。!?;])\\s*(?:[^\\n。!?;,]{0,12}?政府工作)?报告(?:提出|明确)(?:[,:]|(?=[\\u4e00-\\u9fff])(?!的|去年|上年|过去|一年来|五年来))(?=[^。\\n]{0,30}?(?:增长|达到)\\s?\\d)' +
    // "委员们认为,报告提出的全县地区生产总值增长6.5%左右的目标…", "他说,报告提出规模以上工业增加值增长10%以上…".
    // (With 今年 after 报告提出 the alternatives above decide.)
    '|(?:认为|表示|说|指出)[,:]\\s*[“"]?报告(?:提出|明确)(?!今年|新的?一年)的?(?=[^。\\n\\d]{0,30}?(?:增长|达到|控制在)\\s?\\d)' +
    // "报告提出,2025年地区生产总值增长5%左右": the year the report's proposals are for.
    // …also inside a deputy's quoted remark (“报告提出今年全县地区生产总值增长6.5%左右的目标,…”).
    // …also right after a byline ("本报讯(记者 常青)“报告提出今年…").
    // …also after a deputy's verb of opinion ("她认为,报告提出今年地区生产总值增长6%左右的目标,…").
    // Round 21 (rules21b): …also after a clause of the reasons it weighed ("综合考虑发展基础和上级要求,报告提出今年全市…"): the
    // report's proposal for this year opens the plan after a comma too.
    `|(?:^|[\\n。!?;,]|\\)(?=[“"])|(?:认为|表示|说|指出)[,:])\\s*[“"]?(?:[^\\n。!?;,]{0,12}?政府工作)?报告(?:提出|明确|要求)[,:]?\\s*(?:${YEAR}|今年|新的?一年)` +
    // "区长…作政府工作报告时表示,今年全区地区生产总值增长目标设定为6%左右".
    // Round 13 (rules13c): …not when 今年 names a part of the year (“说,今年上半年,…一度下降1.2%;全年预计…完成208亿元”: a
    // look back at the year's halves, never the coming year's plan).
    '|(?:表示|指出|提出|明确|强调|说)[,:]\\s*(?:今年(?!上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度)|新的?一年)(?=[^。\\n]{0,30}(?:\\d|百分之))' +
    // "…根据县人代会批准的计划,今年全县计划地区生产总值增长6.5%": 今年 after a comma, with a plan verb and a figure.
    '|,\\s*(?:今年|新的?一年)(?=[^,。;\\n\\d]{0,12}?(?:将|(?<!主)要|力争|努力|确保|计划|锚定|瞄准|预期|目标)[^。\\n]{0,30}\\d)' +
    // "会议…确定今年全县地区生产总值增长6.5%、…的目标": what a session decides for this year (Taiwan's
    // press: "区长…订下今年经济成长率目标为6%左右").
    '|(?:确定|确立|订下|定下|订定|设定)了?(?=(?:今年|新的?一年)[^。\\n]{0,40}\\d)' +
    // "…在政府工作报告中提出,2025年,全区…增速目标分别为…": 提出/明确 propose, so the year is the plan's.
    // "会议确定，2026年锦川区地区生产总值增长5.5%左右": what a session decides.
    `|(?:提出|明确|确定|确立)[,:]\\s*${YEAR}(?=[^。\\n]{0,40}\\d)` +
    // "…说,2025年,全区…增速目标分别为6%和5%": a sentence that gives a year its targets.
    `|(?:^|[\\n。!?;,:])\\s*${YEAR}[,]?(?=[^。;\\n]{0,30}?(?:预期目标|增速目标|增长目标|目标)(?:分别)?(?:为|是|设定为|定为)[^。;\\n]{0,12}\\d)` +
    // "2025年 GDP增长≥6% …": a line opening on this year and a space, then a target figure (the
    // year is checked against the review's, so last year's line is not taken).
    `|(?:^|\\n)[ \\t]*${KEYCAP}${SYMBOL}${YEAR}[ \\t]+(?=[^\\n]{0,24}?(?:增长|达到|控制在|≥|≤))` +
    // "关于2025年工作,区长说,全区…增长6%左右", "谈及今年的发展目标,县长表示,…": a topic naming this
    // year, then a speaker, then figures (group 7).
    `|(?:^|[\\n。!?;])\\s*(?:在)?(?:关于|对于|谈及|谈到|说到|部署)(?:${YEAR}|今年|新的?一年)(?:的)?[^,。;\\n\\d]{0,10},\\s*[^,。;\\n\\d“"]{0,20}?(?:说|表示|指出|强调|介绍|提出)[,:](?=[^。\\n]{0,40}\\d)` +
    // "GDP增长目标定在6%左右,社零总额增长7%。": a sentence opening on a name and its target (not last year's
    // restated one: "去年GDP增长目标为6%,实际…").
    '|(?:^|[\\n。!?;])\\s*(?=[^。\\n,;:]{2,16}?(?:预期|增长|增速)目标(?:定在|定为|设定为|设为|为|是)\\s?(?:增长)?\\d)(?![^。\\n,;:]{0,16}?(?:去年|上年|过去|实际|(?:19|20)\\d{2}))' +
    // "展望未来,政府工作报告释放积极信号:地区生产总值增长5.5%左右…" (not 展望未来五年, a horizon).
    '|(?:^|[\\n。!?;])\\s*展望(?:未来|新的?一年|新年)(?![\\d一二三四五六七八九十几]{1,2}年),(?=[^。\\n]{0,50}?(?:增长|达到|控制在)\\s?\\d)' +
    // Round 10: "“十五五”开局之年,该区明确,地区生产总值增长5%左右,…", "新的一年,全县提出:…": a sentence that
    // opens on the coming year (an 之年 phrase, 今年, 新的一年), then a subject and 明确/提出/确定 with figures.
    '|(?:^|[\\n。!?;])\\s*(?:[^,。;\\n\\d]{1,16}?之年|今年|新的?一年),\\s*[^,。;\\n\\d]{0,12}?(?:明确|提出|确定)了?[,:](?=[^。\\n]{0,40}?(?:增长|达到|控制在)\\s?\\d)' +
    // Round 10: a committee's review of the plan (审查报告) recommends the year's plan and lists it ("建议批准2025年
    // 计划草案,即:地区生产总值增长6.5%;…", "同意县人民政府提出的2026年计划草案,主要指标为:…"): the plan
    // opens there (group 8), with figures after it in the same sentence.
    `|(?:建议|同意|决定)(?:本次大会)?(?:批准)?[^。\\n,;]{0,16}?${YEAR}(?:国民经济和社会发展)?计划(?:草案)?(?!执行)(?=[^。\\n]{0,16}?[:][^。\\n]{0,30}?(?:增长|达到|控制在)\\s?\\d)` +
    // Round 10n: a sentence that turns to this year and announces its targets before a colon, the list after it
    // ("新的一年,该县定下了“跳起摸高”的目标:地区生产总值增长7%左右,…", "今年是…开局之年,县人代会确定的目标
    // 必须坚决完成:地区生产总值增长百分之六左右,…"), in a feature or a speech that restates the session's targets.
    '|(?:^|[\\n。!?;]|(?:表示|指出|强调|说)[,:])\\s*[“"]?(?:今年|新的?一年)[^。;:\\n\\d]{0,30}?目标[^。;:,\\n\\d]{0,8}:(?=[^。\\n]{0,30}?(?:增长|达到|控制在)\\s?(?:\\d|百分之))' +
    // Round 13 (rules13b): a deputy's remark that opens on a target quoted from the report ("“地区生产总值增长5.8%左右的目标,
    // 既积极又稳妥。”…代表说"): the discussion of this year's targets begins there.
    `|(?:^|[\\n。!?;])\\s*(?=${QUOTED_TARGET_SOURCE})[“"]` +
    // Round 22 (rules22b): a sentence that names the year it speaks in ("2026年是“十五五”开局之年。") then, in the next sentence or
    // clause, the district's aims with figures ("全县将围绕…主线,地区生产总值增长6%左右,…"): the year (group 9) is the plan's.
    `|(?<=(?:^|[\\n。!?;])\\s*${YEAR}[ \\t]?是[^。\\n]{0,40}?之年[。,]\\s*)[^,。;\\n\\d“"\\s]{1,12}?(?:将|(?<!主)要|力争|努力|计划)(?=[^。\\n]{0,60}?(?:增长|达到|控制在)\\s?\\d)`,
);
// A title line ends with 统计公报; a link to a bulletin ("相关链接:…统计公报 2025-03-30", "· 某区2023年…统计公报") does not.
// A PDF may break the title over two lines ("…2024年国民经济和" / "社会发展统计公报").
// Round 12 (rules12b): a copy without punctuation drops the brackets of "统计公报（摘要）": "…统计公报 摘要", "…统计公报摘要".
// Round 19 (rules19a): a bulletin mirror prints the title with its note marker ("…统计公报[1]", "…统计公报①": the note on
// preliminary figures at the foot) and its year tag after it ("…统计公报[1] 2025"): still the title. A date after it
// ("…统计公报 2025-03-30") stays a link.
const TITLE_NOTE_MARK = '(?:\\[\\d{1,2}\\]|[\\u2460-\\u2473\\u00b9\\u00b2\\u00b3])?';
const TITLE_YEAR_TAG = '(?:[ \\t]+(?:19|20)\\d{2}年?)?';
// Round 24 (rules24a): a web copy's title carries the page's site after a dash or bar ("…统计公报-某县年鉴", "…统计公报_某区
// 人民政府网", "…统计公报 | 某市统计局"): a name without digits or punctuation closing the line, still the title. A date there
// ("…统计公报 2025-03-30", a link) has digits and stays a link.
const TITLE_SITE_SUFFIX = '(?:[ \\t]*[-_|—–][ \\t]*[^\\n。,:;!?\\d\\-_|—–]{2,16})?';
const BULLETIN_TITLE = new RegExp(
  `(?:^|\\n)(?![ \\t]*[·•▶►*-])[^\\n:]{0,30}?${YEAR}[^\\n。:]{0,40}(?:\\n[^\\n。:,]{0,20})?统计公报${TITLE_NOTE_MARK}(?:\\s*\\([^)\\n]{1,8}\\)|[ \\t]*(?:摘要|摘录|节选|简本|简版))?${TITLE_NOTE_MARK}${TITLE_YEAR_TAG}${TITLE_SITE_SUFFIX}[ \\t]*(?=\\n|$)`,
);
// Round 11 (rules11c): the title line of a statistics release on a whole year: a year with no part of it
// (上半年, 1—9月, 季度) before the release words, and nothing after them but an analysis word.
const WHOLE_YEAR_RELEASE_TITLE = new RegExp(`^[ \\t]*[^\\n。,:\\d]{0,12}?${YEAR}[^\\n。,:\\d上下季前月]{0,10}?(?:经济运行|主要经济指标)(?:情况|分析|简析|简况|态势)*[ \\t]*(?=\\n)`);
// Month and day may be in Chinese numerals ("二〇二五年一月十日": the year is already in digits here).
const DATE_LINE = new RegExp(`${YEAR} ?(?:\\d{1,2}|[一二三四五六七八九十]{1,2}) ?月 ?(?:\\d{1,2}|[一二三四五六七八九十]{1,3}) ?日|((?:19|20)\\d{2})[-/.]\\d{1,2}[-/.]\\d{1,2}`);
// Round 18 (rules18b): a recording's or a document's exported file name heading the text may be its only date, written as
// eight digits ("录音转写_某县代表团分组审议_20260119.txt", "会议纪要-20250108.docx"): a line ending with a file's
// extension, the digits a valid month and day between separators.
const FILE_NAME_DATE = /(?:^|\n)[^\n]{0,80}?(?:^|[_\-\s(（])((?:19|20)\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=[_\-\s)）.])[^\n]{0,80}?\.(?:txt|docx?|pdf|srt|mp3|mp4|m4a|wav|aac|amr)[ \t]*(?=\n|$)/i;
const PUBLISHED = /(?:发布时间|发布日期|发表时间|发表日期|发文日期|成文日期|更新时间|时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]/;
// A signature at the foot may give only the month: "(某区人民政府 2025年1月)", "时间是二〇二五年一月".
const MONTH_AT_FOOT = new RegExp(`${YEAR} ?(?:\\d{1,2}|[一二三四五六七八九十]{1,2}) ?月(?:[)]|[ \\t]*(?:\\n|$))`);
// "回眸2024 展望2025", "展望2025,全区…": a year written without its 年 after a word that looks ahead or back.
const LOOK_AHEAD_YEAR = /(?:展望|迈向|奋进|奋战|决战|启航|冲刺|开启)\s*((?:19|20)\d{2})(?![\d年])/;
const LOOK_BACK_YEAR = /(?:回顾|回首|回眸|回望|盘点)\s*((?:19|20)\d{2})(?![\d年])/;
// "2025年是'十四五'规划收官之年": the year the report speaks in.
// Round 12 (rules12b): a subtitle spaces the words out ("2025年 是 十四五 规划收官之年").
const YEAR_OPENING = new RegExp(`${YEAR}[ \\t]?是[^。\\n]{0,40}之年`);
// "今年是“十四五”规划收官之年": the year from the five-year plan it opens or closes.
// Round 12 (rules12b): subtitles drop the quotes, leaving spaces ("今年是 十四五 规划收官之年").
const FIVE_YEAR_PLAN_YEAR = /今年是[ \t]?[“"]?十([一二三四五六七八九])五[”"]?[ \t]?(?:规划)?[^。\n]{0,12}?(开局|起步|收官|决胜)之年/;
const CHINESE_ORDINAL = '一二三四五六七八九';
// Round 25 (rules25b): a caption copy's title line of a year and how it will be worked ("2026年咱们这样干", "2026年全县怎么干"):
// the year the plan is for (never "…这样干的", "…干出来", a look back).
// "2025年政府工作报告", or a news headline "枫桥区2025年经济社会发展目标出炉", "某区2025年目标任务出炉".
// Round 21 (rules21a): …and a zone's report by its committee ("管委会工作报告"), its title wrapped after the year as a poster's OCR
// gives it ("湘溪新区2025年\n管委会工作报告"): the year the title names is the report's, never a review's.
const TITLE_NEAR_TOP = new RegExp(`(?:^|\\n)[ \\t]*${SYMBOL}${YEAR}[ \\t]*(?:咱们|我们|全[区县市旗])?(?:就|要)?(?:这样|这么|怎么|如何)干(?![的了出])[^\\n\\d。]{0,6}(?=\\n|$)|${YEAR}(?:[^\\n。]{0,30}|[ \\t]*\\n[ \\t]*)(?:(?:政府|管委会|管理委员会)工作报告|[“"]?两会[”"]?|人代会)|政府工作报告[ \\t(]*((?:19|20)\\d{2})年?\\)?[ \\t]*(?=\\n|$)|^[^\\n。]{0,12}?${YEAR}[^\\n。\\d]{0,12}?(?:发展目标|预期目标|主要目标|目标任务|目标(?:出炉|发布|公布|来了))` +
  // "#石湾两会# 【石湾区政府工作报告出炉！2025年这样干👇】": the report named first, then a year with no figure after it.
  `|^[^\\n。]{0,20}?政府工作报告[^\\n。\\d]{0,12}?${YEAR}(?=[^\\n\\d]*(?:\\n|$))`);
// Round 10n: check marks (✅ ☑ ✔) bullet a WeChat post's list of targets as ● does.
// Round 25 (rules25b): a decimal opening a line ("5.5%左右", a subtitle's figure under its name) is no list number "5.".
const LIST_ITEM = /^\s*(?:[(][一二三四五六七八九十\d]+[)]|\d+(?:[、)]|\.(?!\d))|[一二三四五六七八九十]+[、是]|[①-⑳]|——|[-•·—●◆■▶►★○\u25a0-\u25ff\u2705\u2611\u2714])/;
// A part of a report headed by a Chinese numeral ("三、2025年重点工作").
// Round 11 (rules11b): …or a bracketed one ("(二)主要任务" after "(一)主要预期目标" and its "——" list).
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/;
const CONTINUES = /[:;,、]\s*$/;
const REASONING = /^\s*(?:主要)?(?:考虑|理由|依据|说明)\s*[:：]/;
// Round 25 (rules25b): …also a post's spoken heading of the year's work ("■ 2026年 要干这些事", "今年重点干什么"), as the task reader
// reads it (extract-targets.ts TASK_HEADING): the list of targets ends there.
// Round 28 (rules28c): …and "■ 2025年要干的大事", "今年要办的实事": the year's work by what is to be done (extract-targets.ts TASK_HEADING).
// Round 29 (rules29b): …and "2025年 重点抓好这些事" (extract-targets.ts TASK_HEADING).
const NEXT_PART_HEADING = /^\s*(?:[\u2190-\u2bff\u3200-\u32ff\ufe0f\ud800-\udfff]{1,3}\s*)?(?:【[^】\n]{1,12}】\s*$|[^\n\d。,;:!?]{0,12}?(?:(?:19|20)\d{2} ?年)?[^\n\d。,;:!?]{0,6}?(?:重点工作|重点任务|主要任务|工作任务|工作安排|民生实事|为民办实事|重点干|干(?:这些|哪些)事|(?:抓好|办好|做好|干好)(?:这些|哪些|这几件|以下几件)(?:大|实)?事|要(?:干|办)的(?:大事|实事|事情))[^\n\d。,;:!?]{0,8}$)/;
const MAX_BLOCK = 2000;
// A line that opens on last year (round 10: ends a caption copy's run of target lines).
// Round 12 (rules12b): …also after a spoken topic ("就业这块去年…", "就业方面 去年…").
const PAST_WORD_LINE = /^\s*(?:[\u4e00-\u9fff]{2,4}?(?:这块|这一块|方面)[,\s]?)?(?:去年|上年|过去一年|过去的一年|一年来)/;
const PAST_LINE = /^\s*(?:[\u4e00-\u9fff]{2,4}?(?:这块|这一块|方面)[,\s]?(?=去年|上年|(?:19|20)\d{2} ?年))?(?:去年|上年|过去一年|过去的一年|一年来|(?:19|20)\d{2} ?年(?:全|[,\s]))/;
// A sentence about the city's, the province's or the nation's figures.
// …also after a short attribution ("报告又指,国家今年经济增长预期目标为5%左右").
const OTHER_ENTITY_START = /^\s*(?:[^,。\n\d]{0,8}[,:]\s*)?(?:据悉,|另外,|同时,)?(?:全市|全省|全国|国家|省里|市里)/;
// Round 23 (rules23b): …also a province's or an autonomous region's report quoted for its own aims ("今年的自治区政府工作报告提出,
// 全区生产总值增长5.5%左右": its 全区 is the region), never the district's (a county-level city's 市政府 report is its own).
const HIGHER_REPORT = '(?:省|自治区)(?:人民)?政府(?:工作)?报告';
// "今年我们镇…", "今年,全市…": the subject of a plan sentence when it is not the district.
const OTHER_SUBJECT = new RegExp(String.raw`^[^。\n]{0,12}?(?:${HIGHER_REPORT}|我们?(?:镇|乡|村|街道|社区|园区|公司|企业|厂|学校|医院)|(?<![区县旗])(?:全市|全省|全国))`);
// Round 21 (rules21b): …but 全市 in a county-level city's own text is the district itself (city-scope.ts).
const OTHER_SUBJECT_IN_CITY = new RegExp(String.raw`^[^。\n]{0,12}?(?:${HIGHER_REPORT}|我们?(?:镇|乡|村|街道|社区|园区|公司|企业|厂|学校|医院)|(?<![区县旗])(?:全省|全国))`);
const HAS_FIGURE = /\d+(?:\.\d+)?\s?(?:%|[万亿]?美?元|万?人|万?户|万?亩|万?吨)|百分之/;
// A short line without any punctuation that names a figure or a wording ("生产总值增长5.5%").
// Round 16 (rules16a): a 、 between a series' figures ("…分别增长5%、7%") parts no clauses.
const BARE_LINE = /^(?:[^。;,:!?、]|(?<=[\d%])、(?=\d)){4,40}$/;
// Round 10: …or a name, a colon and its figure or wording ("地区生产总值:增长6%左右", "居民人均可支配收入:与经济增长同步"),
// a news card's layout of the targets, one a line.
const NAMED_LINE = /^[ \t]*[^。;,:!?、\d]{2,20}:[ \t]*[^。;,:!?、]{2,30}$/;
// Round 17 (rules17b): …or two such targets a bullet pairs with one comma, each with its figure ("● 城镇新增就业3500人以上,城镇调查
// 失业率5.5%左右"): still a line of the list, so the run goes on to its last line ("● 完成市下达的节能降碳目标任务" was left out).
const PAIRED_LINE = /^([^。;,:!?、\n]{4,30}),([^。;,:!?、\n]{4,30})$/;
// Round 20 (rules20b): …each half its figure or a target's wording: a comparison or a task handed down ("- 居民收入增长与经济增长同步,节能
// 降碳完成上级下达任务"), or a steady wording ("外贸出口保稳提质,实际使用外资4.5亿美元"); a remark ("稳住就业基本盘") still ends the run.
const STEADY_WORDING = /(?:[保促]稳提质|稳中提质|稳中有[进增升]|稳定增长)$/;
const targetHalf = (half: string) => HAS_FIGURE.test(half) || CAPTION_WORDING.test(half.trim()) || STEADY_WORDING.test(half.trim());
const pairedTargets = (line: string) => {
  const pair = PAIRED_LINE.exec(line);
  return pair !== null && targetHalf(pair[1]!) && targetHalf(pair[2]!);
};
const oneTargetLine = (line: string) => BARE_LINE.test(line) || NAMED_LINE.test(line) || pairedTargets(line);
const TOP = 800;
const DATE_TOP = 400;
const DATE_FOOT = 200;

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) last = match;
  return last;
}


/**
 * `text` is the prepared text (furniture removed); `raw`, when given, is the whole
 * width-normalised original, whose dropped metadata lines ("发布时间:2025-01-10") can
 * still date the document.
 */
export function findSections(written: string, givenYear?: number, raw?: string, rawFoot?: string): Sections {
  const text = blankPartListings(written);
  const bulletin = BULLETIN_TITLE.exec(text.slice(0, DATE_TOP));
  if (bulletin) {
    // A bulletin about 2024 is filed with the reports of 2025: its figures are 2024 outcomes.
    const year = givenYear ?? Number(bulletin[1]) + 1;
    return { reportYear: year, yearSource: givenYear ? 'given' : 'bulletin_title', kind: 'bulletin', review: { start: 0, end: text.length }, plan: null, mainBlocks: [], quotedTargets: [], pastInPlan: [] };
  }
  // Round 27 (rules27a): …and so is one pasted without its title, known by its chapters (untitled-bulletin.ts).
  const untitled = untitledBulletinYear(text);
  if (untitled !== null) {
    const year = givenYear ?? untitled + 1;
    return { reportYear: year, yearSource: givenYear ? 'given' : 'review_year', kind: 'bulletin', review: { start: 0, end: text.length }, plan: null, mainBlocks: [], quotedTargets: [], pastInPlan: [] };
  }
  // Round 11 (rules11c): a bare look back (过去一年, 一年来: no year) with no figure anywhere after it reviews nothing: a remark quoted at a
  // news item's end ("代表王秀兰说 过去一年 咱们乡的大棚蔬菜收入翻了一番") is no review heading.
  const headed = REVIEW_HEADING.exec(text);
  const bare = headed !== null && headed.slice(1).every((group) => group === undefined) && /(?:过去|一年来)/.test(headed[0]);
  const review = bare && !HAS_FIGURE.test(text.slice(headed.index)) ? yearLineReview(text) : (headed ?? yearLineReview(text));
  const reviewYearText = review?.slice(1).find((group) => group !== undefined);
  const reviewYear = reviewYearText !== undefined ? Number(reviewYearText) : null;
  // The text's own years find the plan; a given year only helps when the review has none.
  const expected = reviewYear !== null ? reviewYear + 1 : (givenYear ?? null);
  const afterReview = findPlanStart(text, review ? review.index + review[0].length : 0, expected);
  // A news item may lead with the targets, asked and answered ("今年目标怎么定?报告给出了答案:…。过去一年成绩
  //如何?…。今年该区将实施…"): a plan opened by a question before the review is the plan, whatever follows it.
  // So is a news item's sentence in which the report proposes this year's figures before a look back ("“报告提出今年全县地区生产总值增长
  // 6.5%左右的目标…” 代表说。…报告回顾2024年,…。…说,报告明确今年…").
  const beforeReview = review && (!afterReview || afterReview.question !== true) ? findPlanStart(text, 0, expected) : null;
  // Round 10: the report may be named before the speech verb that opens the block, in the same sentence
  // ("县长…在政府工作报告中表示,2025年该县地区生产总值目标增长6%左右,…").
  const leads = (found: NonNullable<typeof beforeReview>) =>
    found.start < review!.index && (found.question === true || (found.block !== undefined && /报告/.test(text.slice(Math.max(text.lastIndexOf('\n', found.block.start - 1), text.lastIndexOf('。', found.block.start - 1)) + 1, found.block.end)) && HAS_FIGURE.test(text.slice(found.block.start, found.block.end))));
  // Round 11 (rules11b): …and so does a line of its own that heads the year's targets ("今年预期目标" over a ■ block,
  // then "去年主要成绩"): a front page may give the targets first.
  const targetsHeading = (found: NonNullable<typeof beforeReview>) => found.start < review!.index && /^[^\n\d。,;]{0,12}目标[ \t]*\n/.test(text.slice(found.start, found.start + 20));
  const headedPlan = beforeReview && (!afterReview || leads(beforeReview) || targetsHeading(beforeReview)) ? beforeReview : afterReview;
  // Round 28 (rules28b): a short session item cut to its box of targets, with neither a look back nor a plan found, is that box (session-box.ts).
  const box = headedPlan || review ? null : sessionTargetBox(text, raw ?? '');
  const plan = headedPlan ?? (box ? { start: box.start, year: null, block: box } : null);
  const found = givenYear
    ? { year: givenYear, source: 'given' as const }
    : plan?.year
      ? { year: plan.year, source: 'plan_heading' as const }
      : reviewYear !== null
        ? { year: reviewYear + 1, source: 'review_heading' as const }
        : (yearFromBody(text, raw, rawFoot) ?? yearAfterReview(text, plan?.start ?? null) ?? (plan ? yearOfPlans(text) : null));

  // A news article may give the targets first and look back after them ("…主要预期目标为:…。
  // 回顾2024年,…"): then the plan ends where the review begins, and the review runs to the end.
  const reviewAfter = plan && review && review.index > plan.start ? review.index + review[0].search(/[^\s\n。!?;]/) : null;
  // Round 27 (rules27b): …unless the look back is one part's subsection, its heading a line of its own inside a plan parted by numbered
  // headings ("一、经济发展" … "2025年成绩回顾" … "二、对外开放"): then it ends at the next part, and the plan goes on after it.
  const reviewPart = reviewAfter !== null ? subsectionEnd(text, plan!.start, reviewAfter) : null;
  const reviewAfterPlan = reviewPart === null ? reviewAfter : null;
  const planRange = plan ? { start: plan.start, end: reviewAfterPlan ?? text.length } : null;
  // A block never runs past the plan: "…5.5%以内 过去一年全区…" on one line is the review's.
  const clip = (block: Range) => ({ start: block.start, end: Math.min(block.end, planRange!.end) });
  // Round 11 (rules11b): an indented heading ("    今年预期目标") is a cue at its line's start: search from before the indent.
  const mainFrom = planRange ? planRange.start - (/[ \t]*$/.exec(text.slice(Math.max(0, planRange.start - 8), planRange.start))?.[0].length ?? 0) : 0;
  const mainBlocks = planRange ? findMainBlocks(text, mainFrom).filter((block) => block.start < planRange.end).map((block) => clip(withAddOns(text, answered(text, block)))) : [];
  // Round 26 (rules26c): …or the runs under the report year's bare lines, where last year's runs alternate with them (year-line-blocks.ts).
  if (planRange && found && mainBlocks.length === 0) mainBlocks.push(...reportYearLineBlocks(text, planRange, found.year));
  // …also under a heading that opens the plan ("看目标:积极稳妥" then "…报告把今年全区GDP预期目标定为…").
  if (plan && mainBlocks.length === 0) {
    if (plan.block) mainBlocks.push(clip(answered(text, plan.block)));
    // A news item without a 主要预期目标 paragraph may give the report's proposals in more than one
    // sentence ("…今年经济增长目标为5.5%左右。报告显示,2024年…。报告指出,今年…增长6%,…"): each
    // later sentence in which the report proposes this year's figures is a headline paragraph too.
    const more = new RegExp(PROPOSES_THIS_YEAR.source, 'g');
    // Round 18 (rules18a): …and a deputies' discussion piece quotes them before its box of targets ("…表示：“报告提出规上工业增加值
    // 增长10%以上…”" above "◆2026年目标："): under a heading without a sentence of its own, each such sentence
    // from the look back on (the text's start when it has none) counts.
    more.lastIndex = plan.block?.end ?? Math.min(review?.index ?? 0, plan.start);
    // …also after a look back that followed the first ("…报告回顾2024年,…。刘伟强说,报告明确今年…").
    for (const match of text.matchAll(more)) {
      const start = match.index + match[0].search(/报告/);
      const block = { start, end: sentenceEnd(text, start) };
      // "此外,规上工业增加值增长9%,…": a sentence that adds to the proposals continues them.
      while (ADDS_ON.test(text.slice(block.end, block.end + 4))) block.end = sentenceEnd(text, block.end + 1);
      if (HAS_FIGURE.test(text.slice(block.start, block.end))) mainBlocks.push(start < planRange!.end ? clip(block) : block);
    }
  }
  // Round 14 (rules14b): "其他经济目标还包括:…" lists the rest of targets a news item led with: the lead's clause that sets the
  // year's target ("区长作政府工作报告,将2026年地区生产总值增长目标设定在百分之五至百分之五点五,…") is a headline paragraph too.
  if (plan && found && /^(?:其他|其余)/.test(text.slice(plan.start, plan.start + 2))) {
    const led = ledTarget(text, plan.start, found.year);
    if (led && !mainBlocks.some((block) => led.start < block.end && led.end > block.start)) mainBlocks.unshift(led);
  }
  // Round 13 (rules13b): targets quoted from the report in the plan's remarks are headline targets, each its quotation.
  const quotedTargets: Range[] = [];
  if (planRange) {
    for (const match of text.slice(planRange.start, planRange.end).matchAll(QUOTED_TARGET)) {
      const quoted = { start: planRange.start + match.index, end: planRange.start + match.index + match[0].length };
      if (!mainBlocks.some((block) => quoted.start < block.end && quoted.end > block.start)) quotedTargets.push(quoted);
    }
    // Round 19 (rules19b): an interview's answer before the targets' question may commit this year already ("去年粮食播种面积稳定在
    // 426.8万亩…。今年,我们要确保粮食播种面积稳定在425万亩以上,粮食总产量稳定在62亿斤以上。"): a sentence before the plan that opens on
    // 今年 and binds its figures with 确保 is read as the headline's are.
    if (reviewAfterPlan === null) for (const match of text.slice(0, planRange.start).matchAll(COMMITS_THIS_YEAR)) {
      const start = match.index + match[0].search(/今年/);
      quotedTargets.push({ start, end: match.index + match[0].length });
    }
    for (const match of text.matchAll(PROPOSED_LIST)) {
      const start = match.index + match[0].length - match[1]!.length;
      const listed = { start, end: start + match[1]!.length };
      if (![...mainBlocks, ...quotedTargets].some((block) => listed.start < block.end && listed.end > block.start)) quotedTargets.push(listed);
    }
    // Round 24 (rules24b): a deputy's remark that opens on the report's targets restated in quotation marks, the speaker after it
    // ("“城镇新增就业3000人、失业率控制在5.5%以内,件件连着民生。”县人大代表某某说"): each figure is the report's target.
    for (const match of text.slice(planRange.start, planRange.end).matchAll(SPOKEN_TARGETS)) {
      const spoken = { start: planRange.start + match.index + match[0].length - match[1]!.length, end: planRange.start + match.index + match[0].length };
      if ((match[1]!.match(BOUND_FIGURE) ?? []).length < 2) continue;
      if (![...mainBlocks, ...quotedTargets].some((block) => spoken.start < block.end && spoken.end > block.start)) quotedTargets.push(spoken);
    }
    for (const match of text.matchAll(PROPOSED_THIS_YEAR)) {
      const proposed = { start: match.index, end: match.index + match[0].length };
      if (![...mainBlocks, ...quotedTargets].some((block) => proposed.start < block.end && proposed.end > block.start)) quotedTargets.push(proposed);
    }
  }
  return {
    reportYear: found?.year ?? null,
    yearSource: found?.source ?? null,
    ...(found && 'ahead' in found && found.ahead ? { readsAhead: true } : {}),
    kind: 'report',
    review: reviewAfterPlan !== null ? { start: reviewAfterPlan, end: text.length } : { start: 0, end: planRange?.start ?? text.length },
    plan: planRange,
    mainBlocks,
    quotedTargets,
    pastInPlan: planRange
      ? [
          // Round 14 (rules14a): a news item that looks back after its targets may also open on last year's figures before
          // them ("报告指出,2025年全区地区生产总值预计完成245.3亿元,…。报告提出,2026年…主要预期目标是:…。…报告回顾,过去一年,…"):
          // the sentences before the plan that open on last year are read as the review's, as those inside the plan are.
          ...(reviewAfterPlan !== null ? pastSentences(text, { start: 0, end: planRange.start }, [], found ? found.year - 1 : null) : []),
          ...(reviewPart !== null ? [{ start: reviewAfter!, end: reviewPart }] : []),
          ...pastSentences(text, planRange, mainBlocks, found ? found.year - 1 : null),
          ...(found ? lastYearLineBlocks(text, planRange, found.year) : []),
          // Round 28 (rules28b): figures the deputies affirmed, before the plan or in it (affirmed-results.ts).
          ...affirmedResults(text, { start: 0, end: text.length }),
        ]
      : [],
  };
}

// A numbered part heading on a line of its own ("二、开放合作"), and a subsection heading: a short line without a figure or a stop.
const PART_HEADING = /(?:^|\n)[ \t]*[一二三四五六七八九十]+、[^\n\d。,;:!?]{1,16}[ \t]*(?=\n)/g;
const SHORT_HEADING_LINE = /^[^\n\d。,;:!?]{0,4}(?:19|20)\d{2} ?年[^\n\d。,;:!?]{1,12}[ \t]*(?:\n|$)/;
/** Where a review heading that is a plan part's subsection ends: at the next numbered part heading, when the plan before it has one. */
function subsectionEnd(text: string, planStart: number, reviewAt: number): number | null {
  if (!SHORT_HEADING_LINE.test(text.slice(reviewAt, reviewAt + 24))) return null;
  const parts = new RegExp(PART_HEADING.source, 'g');
  parts.lastIndex = planStart;
  let partedBefore = false;
  for (const match of text.matchAll(parts)) {
    if (match.index < reviewAt) partedBefore = true;
    else return partedBefore ? match.index + match[0].search(/[^\s]/) : null;
  }
  return null;
}

// The clause that sets a year's target before a figure: "将2026年地区生产总值增长目标设定在百分之五…", "把今年GDP增长目标定为6%左右".
const LED_TARGET = new RegExp(`(?:^|[\\n。!?;,:])\\s*(?:[将把])?(?:${YEAR}|今年)[^。;,\\n]{0,24}?(?:增长目标|增速目标|预期目标|目标)(?:设定在|设定为|定在|定为|订在|订为|为|是)(?=\\s?(?:增长)?\\s?(?:\\d|百分之))`, 'g');

/** The first clause before `before` that sets the report year's target (see LED_TARGET), up to its clause's end; null when none. */
function ledTarget(text: string, before: number, year: number): Range | null {
  for (const match of text.slice(0, before).matchAll(LED_TARGET)) {
    if (match[1] !== undefined && Number(match[1]) !== year) continue;
    const start = match.index + match[0].search(/[^\s\n。!?;,:]/);
    const comma = text.slice(start + match[0].length, before).search(/[,。;\n]/);
    return { start, end: comma < 0 ? before : start + match[0].length + comma };
  }
  return null;
}

// Round 24 (rules24b): a spoken answer may open on a word of assent before it looks back ("钱某:的确,2024年全区固定资产投资下降…",
// "是的,去年…"): the look back starts after it.
const AFFIRMATION = String.raw`(?:(?:确实|的确|是的|没错)[,!]\s*)?`;
// Where a statement that looks back opens inside a sentence: after a colon, a question, a quotation or a speaker's verb.
// Round 26 (rules26c): …or after a comma, where a speaker introduces themself first ("我是做物流的,报告里提到去年全县…"): the report's
// verb and last year right after the comma open the statement, as the pause does in a transcript.
const PAST_AFTER_COLON = new RegExp(
  String.raw`(?::|\?|,(?=\s*[“"])|(?:说|表示|介绍|谈到)[,:]|[ \t,](?=(?:政府工作)?报告(?:里面?|中)?(?:说|讲|提到|讲到|谈到|写到)(?:去年|上年|过去一年|(?:19|20)\d{2} ?年)))(?=\s*[“"]?\s*${AFFIRMATION}(?:(?:政府工作)?报告(?:里面?|中)?(?:说|讲|提到|讲到|谈到|写到)[,:]?\s*)?(?:去年|上年|过去一年|(?:19|20)\d{2} ?年))`,
);

// A sentence that opens on last year: "去年,…", "过去一年…", "2024年,全区…".
// …or the district by name ("报告显示,2024年海湾区本地生产总值…"), not its leaders (区长, 市委); the name
// may come first ("报告指出,昆南区2024年地区生产总值…"); also opening a remark in quotation marks
// (“去年全县规上工业增加值增长10.2%,…”), or after 据统计 / 回望 ("回望2025年,…"), or after a speaker
// ("秦立群指出,2025年蔚川区…": a Taiwan or Hong Kong report quoting the district head).
// Round 11 (rules11b): a transcript's speaker tag may open the sentence ("(记者)报告显示,过去的2025年,我县…"), and
// the year may be called 过去的 / 刚刚过去的 2025年.
// Round 12 (rules12b): a spoken topic may stand before 去年 ("就业这块去年城镇新增就业1.31万人", "就业方面,去年全县…").
// Round 13 (rules13c): a topic may open it before last year's number too ("外贸方面,2024年全县出口总额48.6亿元,…").
// Round 16 (rules16c): text without punctuation has a space where the comma after the year stood ("报告显示 2024年 全县预计完成…").
// Round 19 (rules19c): a chat export's message may open on its type tag in square brackets ("[语音转文字] …", a voice message read
// as text), and a speaker adding to what was said opens on 还有/另外/此外 ("还有去年粮食 播种面积是…"): last year's all the same.
// Round 22 (rules22b): a deputy may cite the report with 讲到/谈到/写到 as with 提到 ("“报告里讲到去年全县地区生产总值达到…").
// Round 24 (rules24c): a speaker says the report "in it" as 报告里面 as well as 报告里 ("报告里面讲 去年全县…").
// Round 26 (rules26c): …and a wire story cites a bureau's release of last year's figures, often after a word of earlier time ("此前,县统计局
// 公布,2024年全县…", "日前,区统计局发布,…"): 公布/发布 are a speaker's verbs too (the year must still be last year's).
// Round 27 (rules27b): …or the year straight before an indicator's name and the verb of a result with its figure ("2025年出口总额达到
// 212.6亿元,…", "2025年实际使用外资完成1.3亿美元"), the name's words only (no 目标, no 计划): the year's result stated (the year must be last year's).
const YEAR_THEN_RESULT = String.raw`[ \t]?(?:(?!目标|计划|预期|力争|确保)[\u4e00-\u9fff]){2,12}?(?:达到|完成|实现)了?\s?\d`;
const PAST_OPENER = new RegExp(String.raw`^\s*(?:\([^()\n]{1,6}\)\s*|\[[^[\]\n]{1,6}\]\s*)?[“"]?${AFFIRMATION}(?:(?:(?:政府工作)?报告(?:里面?|中)?(?:回顾|显示|指出|披露|说|讲|提到|讲到|谈到|写到)|(?:(?:此前|日前|近日)[,]?)?[^,。:\n\d“"]{2,8}?(?:指出|表示|介绍|透露|公布|发布)|会议认为|据(?:介绍|了解|统计|悉)|数据显示|统计显示|回顾|回望|回首|回眸|盘点|纵观)[,:]?\s*)?(?:[\u4e00-\u9fff]{2,6}?[区县旗](?=去年|(?:19|20)\d{2} ?年))?(?:[\u4e00-\u9fff]{2,4}?(?:这块|这一块|方面)[,\s]?(?=去年|上年|(?:19|20)\d{2} ?年))?(?:(?:还有|另外|此外|再就是)[,\s]?)?(?:去年|上年|过去一年|过去的一年|一年来|(?:(?:刚刚)?过去的)?((?:19|20)\d{2}) ?年(?=[ \t]?[,全我该本]|[ \t]?[\u4e00-\u9fff]{1,6}?[区县旗](?![长委])|${YEAR_THEN_RESULT}))`);

// Round 11 (rules11b): words that turn a sentence to the coming year or to an aim (a plan's, not a look-back's).
// Round 22 (rules22b): "在去年…的基础上", "在2025年…的基础上" (group 1): the base a target is set on, within one sentence.
const BASED_ON_PAST = /在(?:去年|上年|((?:19|20)\d{2}) ?年)(?=[^。\n]{0,80}?\d)[^。\n]{0,80}?(?=的基础上)/;
const PAST_AFTER_NAME = /(?:^|[,;:“"])\s*([^,。;:\n“"\d]{2,20}?(?=去年(?:仅|只)?(?:增长|下降|达到|完成|实现|是|为)?了?\s?-?\d))/;
const COMING_OR_AIM = /今年|明年|新的?一年|(?:19|20)\d{2} ?年|将|要|力争|确保|努力|目标|预期|计划|预计/;
// Round 27 (rules27b): a sentence that follows the look back in its paragraph and opens on 预计 ("一年来,…稳中有进。预计全县地区生产总值
// 完成…,增长5.1%;…") gives the estimate of the year just reviewed (the report is read before its statistics are final): the opening
// 预计 turns nothing to the coming year, so only the rest of the sentence is asked for a coming year or an aim.
const OPENING_ESTIMATE = /^\s*(?:初步)?预计/;

// Round 12 (rules12a): a clause opening on 去年 / 上年 (not 去年同期 / 去年以来 / 去年年初…, a part of a year or a plan) within a sentence.
const PAST_CLAUSE = /[,;]\s*(?=(?:去年|上年)(?!同期|以来|年初|初|底|末|年底|年末)[^,。;\n]{0,24}?(?:增长|下降|达到|完成|实现)?\s?-?\d)/;
/** Sentences of the plan, outside its headline paragraphs, that open on last year. */
const PAST_COMPARISON = /^(?![^。\n]*(?:今年|(?:19|20)\d{2} ?年|目标|预期|力争|确保))[^。\n]*(?:同比|按年|比上年)(?:增长|下降|减少)/;
function pastSentences(text: string, plan: Range, mainBlocks: readonly Range[], lastYear: number | null): Range[] {
  const found: Range[] = [];
  let start = plan.start;
  while (start < plan.end) {
    const end = Math.min(sentenceEnd(text, start), plan.end);
    // "这一目标建立在过去一年的基础上:2024年全县…": a colon opens the statement too, and so does a speaker's
    // verb ("…代表魏长林说,去年全县地区生产总值完成…", "她说,去年全县粮食产量…").
    // Round 13 (rules13c): …also when the remark opens a quotation ("…对民生部分点赞:“去年城镇新增就业1.26万人,今年目标…").
    // Round 16 (rules16a): …also when the quotation opens on the report's words ("…关注农业:“报告里说去年粮食产量达到…").
    // Round 22 (rules22b): …and so does a question the paragraph opens on ("财政“家底”怎么样?2024年全县一般公共预算收入完成…", "就业稳不稳?
    // 去年…"): the answer after it is the statement; and a quotation after a comma ("…建议,加大工业投资力度,“去年全市工业投资增长了21.4%…”").
    // Round 24 (rules24c): …and in a transcript without punctuation, the pause before the speaker cites the report on last year
    // ("我是基层医生 我说一下民生 报告讲去年…"): the space stands for the colon (the report's verb is required, so a bare pause never opens one).
    const colon = text.slice(start, end).search(PAST_AFTER_COLON);
    const from = colon < 0 ? start : /[ \t]/.test(text[start + colon]!) ? start + colon + 1 : start + colon + text.slice(start + colon, end).search(/[,:?]/) + 1;
    const opener = PAST_OPENER.exec(text.slice(from, end));
    // Round 14 (rules14b): a sentence that looks back and then, after a clause break, turns to the report's proposal
    // ("…介绍,2025年全县城镇新增就业9120人,城镇调查失业率控制在5.5%以内;报告提出今年城镇新增就业8000人以上。") is last
    // year's up to that headline paragraph.
    const later = mainBlocks.find((block) => block.start > from && block.start < end && /[,;]\s*[“"]?(?:今年|新的?一年)?的?$/.test(text.slice(from, block.start)));
    const upTo = later && !mainBlocks.some((block) => block.start <= from && block.end > from) ? later.start : end;
    const inBlock = upTo === end && mainBlocks.some((block) => from < block.end && end > block.start);
    // "…去年全县…增长7.5%,今年报告又提出…增长7%": the clause that turns to this year is the plan's again.
    const turn = text.slice(from, upTo).search(/[,;]\s*今年(?!以来)/);
    // Round 14 (rules14b): the speaker's own town, village or company looking back ("去年我们集团…出口额增长了两成多") is not the district.
    const ownBody = OWN_BODY.test(text.slice(from, upTo));
    if (opener && !inBlock && !ownBody && (opener[1] === undefined || Number(opener[1]) === lastYear)) found.push({ start: from, end: turn > 0 ? from + turn : upTo });
    // Round 24 (rules24b): a deputy's quoted reaction under which an attribution line stands, naming no coming year and no aim, quotes
    // the report's look back (attributed-remark.ts).
    else if (!inBlock && !ownBody && isPastRemark(text, start)) found.push({ start, end });
    // Round 10n: "…增速居全市第二。但规上工业增加值仅增长4.6%,…": a sentence that turns on 但 right after last
    // year's continues it (on the same line, no 今年 in it).
    else if (!inBlock && found.at(-1)?.end === start && text[start - 1] === '。' && /^但(?:是)?[,]?(?![^。\n]*今年)/.test(text.slice(start, end))) found.push({ start, end });
    // Round 11 (rules11b): so does any sentence of the same paragraph that speaks of no coming year and no aim
    // ("报告显示,过去的2025年,…。咖啡…突破120亿元。全县空气质量优良天数比率保持100%。").
    else if (!inBlock && found.at(-1)?.end === start && text[start - 1] === '。' && !COMING_OR_AIM.test(text.slice(start, end).replace(OPENING_ESTIMATE, ''))) found.push({ start, end });
    // Round 22 (rules22b): …and so does the next paragraph's first sentence after one that ended the look back, when it opens on a
    // name and its level and rate ("社会消费品零售总额21.4亿元,增长3.8%;…") and speaks of no coming year and no aim.
    else if (!inBlock && found.at(-1) !== undefined && text[found.at(-1)!.end - 1] === '。' && /^[ \t]*\n\s*$/.test(text.slice(found.at(-1)!.end, start)) && LEVEL_THEN_RATE.test(text.slice(start, end)) && !COMING_OR_AIM.test(text.slice(start, end))) found.push({ start, end });
    // Round 21 (rules21b): a sentence that ranks its figure among its peers ("…完成23.7亿元,…在全市各县区中排名第二", "…居全市第三位")
    // and names no coming year and no aim: ranks are given to results, never to targets.
    // Round 28 (rules28b): …and so does one that calls its figure hard-won ("“一般公共预算收入增长3.8%,…来之不易。”代表说"): praise given to
    // results, never to targets.
    else if (!inBlock && (RANKED_AMONG_PEERS.test(text.slice(start, end)) || HARD_WON.test(text.slice(start, end))) && HAS_FIGURE.test(text.slice(start, end)) && !COMING_OR_AIM.test(text.slice(start, end))) found.push({ start, end });
    // Round 11 (rules11c): …and so does one that compares its figure with the year before (同比/按年/比上年增长: a
    // result, never a target) and names no year ("…2024年…增长4.2%;…。全区常住居民人均可支配收入为71860元,按年增长4.6%。").
    else if (!inBlock && found.at(-1)?.end === start && text[start - 1] === '。' && PAST_COMPARISON.test(text.slice(start, end))) found.push({ start, end });
    // Round 12 (rules12a): a clause inside the sentence that turns to last year ("…投资增长10%并不轻松,去年全区固定资产投资
    // 仅增长2.2%,今年要…"): last year's figure quoted against the target, up to the clause that turns back to this year.
    else if (!inBlock) {
      const clause = PAST_CLAUSE.exec(text.slice(start, end));
      if (clause) {
        const from = start + clause.index + clause[0].length;
        const back = text.slice(from, end).search(/[,;]\s*(?:今年|新的?一年)(?!以来)/);
        found.push({ start: from, end: back > 0 ? from + back : end });
      } else {
        // Round 13 (rules13c): …or a clause that names the indicator before 去年 ("“社会消费品零售总额去年只增长3.2%,今年要增长5%"):
        // that clause alone is last year's figure.
        const named = PAST_AFTER_NAME.exec(text.slice(start, end));
        const based = BASED_ON_PAST.exec(text.slice(start, end));
        if (named) {
          const from = start + named.index + named[0].length - named[1]!.length;
          const clauseEnd = text.slice(from, end).search(/[,;]/);
          found.push({ start: from, end: clauseEnd > 0 ? from + clauseEnd : end });
        } else if (based && (based[1] === undefined || Number(based[1]) === lastYear)) {
          // Round 22 (rules22b): …or the base a target was set on ("这些目标,是在去年地区生产总值达到403.6亿元、增长5.9%的基础上定下的"):
          // the figures between 在去年 and 的基础上 are last year's.
          const from = start + based.index + 1;
          found.push({ start: from, end: from + based[0].length - 1 });
        }
      }
    }
    start = Math.max(end, start + 1);
    // Round 14 (rules14b): a quotation closed after its stop ("…两成多。”据了解,2025年全县…") leaves its mark at the next sentence's start.
    while (start < plan.end && /[\s。”"]/.test(text[start]!)) start += 1;
  }
  return found;
}
/** Whether the sentence at `start` lies in an attributed quotation (attributed-remark.ts) whose paragraph names no coming year and no aim. */
function isPastRemark(text: string, start: number): boolean {
  const remark = attributedRemarkAt(text, start);
  return remark !== null && !COMING_OR_AIM.test(text.slice(remark.start, remark.end));
}
// A clause opening on a name, then its level and its rate ("社会消费品零售总额21.4亿元,增长3.8%").
const LEVEL_THEN_RATE = /^[\u4e00-\u9fff]{2,16}?\d+(?:\.\d+)?[万亿]?元,\s*(?:同比|比上年)?增长\d/;
const HARD_WON = /来之不易|殊为不易|实属不易/;
const RANKED_AMONG_PEERS = /(?:排名|排位|位居|位列|居)[^\d,;。\n]{0,12}?第[一二三四五六七八九十\d]{1,2}(?:位|名)?/;
// "去年我们集团…", "我们村去年…": the speaker's own body, not the district.
const OWN_BODY = /^[^。\n,;]{0,8}?我们?(?:镇|乡|村|街道|社区|园区|公司|企业|集团|厂|合作社|学校|医院)/;

function findPlanStart(text: string, after: number, expectedYear: number | null): { start: number; year: number | null; block?: Range; question?: boolean } | null {
  const heading = new RegExp(PLAN_HEADING.source, PLAN_HEADING.flags);
  heading.lastIndex = after;
  for (const match of text.matchAll(heading)) {
    const written = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? match[8] ?? match[9] ?? match[10] ?? match[11];
    const year = written ? Number(written) : null;
    // A bare year line (group 5), or a lead line of what the year will bring (group 10), opens the plan only as the year after the review's.
    if ((match[5] !== undefined || match[10] !== undefined) && expectedYear === null) continue;
    // "2023年经济社会发展…" in the review is last year, not the plan.
    if (year !== null && expectedYear !== null && year !== expectedYear) continue;
    const start = match.index + match[0].search(/[^\s\n。!?;]/);
    // A question's answer, the sentence after it, is the headline paragraph ("…怎么定?报告给出了答案:…").
    if (match[0].endsWith('?')) {
      const answer = match.index + match[0].length;
      return { start, year, question: true, block: { start: answer, end: sentenceEnd(text, answer) } };
    }
    return { start, year };
  }
  // No heading: the plan starts with the sentence that states the targets.
  const cue = ownCue(text, after);
  const sentence = planSentence(text, after, expectedYear);
  if (!cue) return sentence;
  const at = after + cue.index;
  // "报告明确,2025年全区地区生产总值增长6%左右,…" before a later "预期目标为": the news sentence opens the plan.
  if (sentence?.block && sentence.start < at && HAS_FIGURE.test(text.slice(sentence.block.start, sentence.block.end))) return sentence;
  let start = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('。', at)) + 1;
  // Without punctuation the sentence is the whole text: start at the words that turn to this year.
  const window = text.slice(Math.max(start, at - 40), at);
  const turn = [...window.matchAll(/今年|新的?一年|(?:19|20)\d{2} ?年/g)].at(-1);
  // …also when a figure stands before the turn ("过去一年…增长5.8% 今年主要预期目标…"): it is the review's.
  const turnAt = turn ? at - window.length + turn.index : -1;
  if (turn && (at - start > 40 || HAS_FIGURE.test(text.slice(start, turnAt)))) start = turnAt;
  // A slide's column heads name both years ("主要指标 2024年计划 2024年预计 2025年目标"): the year
  // the review points to, else the last one before the cue, is the plan's.
  const years = [...text.slice(start, at + cue[0].length).matchAll(new RegExp(YEAR, 'g'))].map((match) => Number(match[1]));
  const year = expectedYear !== null && years.includes(expectedYear) ? expectedYear : years.at(-1);
  // "区长说,2025年全区将…。…主要预期目标:…": the sentence that turned to the year names it.
  return { start, year: year ?? (sentence && sentence.start < at ? sentence.year : null) };
}

/** The first 主要预期目标 cue after `after` that is not another entity's ("全省今年的…预期目标为5.5%左右"). */
function ownCue(text: string, after: number): RegExpExecArray | null {
  const cue = new RegExp(MAIN_CUE.source, MAIN_CUE.flags);
  const rest = text.slice(after);
  for (const match of rest.matchAll(cue)) {
    const start = Math.max(rest.lastIndexOf('\n', match.index), rest.lastIndexOf('。', match.index)) + 1;
    if (!OTHER_ENTITY_START.test(rest.slice(start, match.index))) return match;
  }
  return null;
}

/**
 * No heading and no 主要预期目标: a news article's "报告提出,今年该区将力争实现地区生产总值
 * 增长6%…". The sentence that turns to this year's intentions opens the plan and is its
 * headline paragraph.
 */
function planSentence(text: string, after: number, expectedYear: number | null): { start: number; year: number | null; block?: Range } | null {
  const opener = new RegExp(PLAN_SENTENCE.source, 'g');
  opener.lastIndex = after;
  let first: { start: number; year: number | null; block: Range } | null = null;
  // matchAll steps past an empty match (an opener matched by lookahead alone at the text's start).
  for (const match of text.matchAll(opener)) {
    // A headline restates the body ("某区人代会开幕 今年地区生产总值预期增长6%", "某局:今年计划…增长6.5%"):
    // a short first line followed by more text opens no plan.
    if (isHeadline(text, match.index + Math.max(0, match[0].search(/[^\s\n。!?;]/)))) continue;
    const written = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? match[8] ?? match[9];
    // "政府工作报告明确,2025年全区地区生产总值增长5.8%,…": a year at the head of the proposals,
    // before any figure (and not a horizon, "到2027年"), is the year they are for.
    const head = written ? null : new RegExp(`^[^\\d。\\n]{0,24}?(?<![到至])${YEAR}(?!以来)`).exec(text.slice(match.index + Math.max(0, match[0].search(/[^\s\n。!?;]/)), match.index + 48));
    const year = written ? Number(written) : head ? Number(head[1]) : null;
    if (year !== null && expectedYear !== null && year !== expectedYear) continue;
    // After a speech verb the plan opens at 今年, not at the verb's clause.
    const speech = /^(?:表示|指出|提出|明确|强调|说|认为|了解|获悉|介绍|确定|确立|[,:])/.test(match[0]);
    // …or at the report's proposal when no year is named ("认为,报告提出的全县…").
    const turn = match[0].search(/今年|新的?一年|(?:19|20)\d{2}/);
    const start = speech ? match.index + (turn >= 0 ? turn : match[0].search(/报告/)) : match.index + match[0].search(/[^\s\n。!?;)]/);
    const block = captionLines(text, { start, end: sentenceEnd(text, start) });
    // A deputy speaking for a town or a company ("今年我们镇的目标是增长9%"), or a clause about the city,
    // states no plan of the district's.
    const figure = text.slice(block.start, block.end).search(HAS_FIGURE);
    if ((callsItselfCity(text) ? OTHER_SUBJECT_IN_CITY : OTHER_SUBJECT).test(text.slice(block.start, figure >= 0 ? block.start + figure : block.end))) continue;
    first ??= { start, year, block };
    if (start - first.start > MAX_BLOCK) break;
    // "报告指出,新的一年,该区将以…为主线。报告提出,今年全区地区生产总值增长…": the plan opens
    // with the first, its headline is the first such sentence that states figures.
    if (HAS_FIGURE.test(text.slice(block.start, block.end))) return { ...first, year: first.year ?? year, block };
  }
  return first;
}

/**
 * Round 13 (rules13c): a subtitle or caption copy states the plan over lines of its own without punctuation
 * ("新的一年 禾丰区地区生产总值预期增长6%左右" / "规上工业增加值增长8% 固定资产投资增长5%" / "一般公共预算收入增长4%
 * 居民人均可支配收入增长与经济增长同步"): the run of such bare lines with figures under the opener's bare line is its
 * headline paragraph (wordings included), up to a line that is none or turns to last year.
 */
function captionLines(text: string, block: Range): Range {
  const own = text.slice(text.lastIndexOf('\n', block.start - 1) + 1, lineEnd(text, block.start));
  if (block.end !== lineEnd(text, block.start) || !BARE_LINE.test(own.trim()) || !HAS_FIGURE.test(own)) return block;
  let end = block.end;
  for (let lines = 0; lines < MAX_CAPTION_LINES; lines += 1) {
    const next = nextLine(text, end);
    if (!next || next.start > end + 2 || !BARE_LINE.test(next.text.trim()) || !(HAS_FIGURE.test(next.text) || CAPTION_WORDING.test(next.text.trim())) || PAST_LINE.test(next.text)) break;
    end = lineEnd(text, next.start);
  }
  return { start: block.start, end };
}
const MAX_CAPTION_LINES = 12;
// Round 15 (rules15b): a caption of a target in words, without a figure ("城乡居民收入增长与经济增长同步", "完成市下达的节能减排任务",
// "出口总额保持稳定"), is one of the run too.
const CAPTION_WORDING = /(?:与|和|同)经济增长(?:基本)?同步$|下达的?[^\d]{0,8}?(?:目标任务|任务|目标)$|保持(?:基本)?稳定$/;

/**
 * "2024年,该区实现地区生产总值…" before a plan that says only 今年 / 新的一年: the review is
 * about the year it names at the head of a clause, so the report is for the year after.
 */
function yearAfterReview(text: string, planStart: number | null): { year: number; source: YearSource } | null {
  if (planStart === null) return null;
  // "报告说2024年全区地区生产总值达到…" (a transcript without commas): after a speech verb, or before the district's scope.
  const years = [...text.slice(0, planStart).matchAll(new RegExp(`(?:^|[。\\n,;:]|说|表示|指出|显示|介绍)\\s*${YEAR}(?:以来)?(?=,|(?:全|我)[区县市旗])`, 'g'))].map((match) => Number(match[1]));
  if (years.length > 0) return { year: Math.max(...years) + 1, source: 'review_year' };
  // Round 28 (rules28b): a year named with its results ("2024年成绩来之不易", "2024年取得的成就") is the one looked back on, whatever later
  // year the session's news names for what it approved ("讨论2025年民生实事项目": the coming year's).
  const achieved = [...text.slice(0, planStart).matchAll(ACHIEVED_YEAR)].map((match) => Number(match[1]));
  if (achieved.length > 0) return { year: Math.max(...achieved) + 1, source: 'review_year' };
  // "截至2024年底,…", "在刚刚过去的2024年,…": the latest year the review names, where it names no
  // future ("到2027年") and no year compared with ("比2020年"), is the year it looks back on.
  // Round 28 (rules28a): …nor the coming year's projects the session decides ("讨论2025年民生实事项目", "对2025年县民生实事项目进行了票决").
  const named = [...text.slice(0, planStart).matchAll(new RegExp(`(?<!(?<!截)[到至])(?<![比较与于])${YEAR}(?!\\d)(?![区县市旗]?民生实事)`, 'g'))].map((match) => Number(match[1]));
  if (named.length > 0) return { year: Math.max(...named) + 1, source: 'review_year' };
  // A news item may lead with this year's target and look back after it ("…今年该区经济增长目标为5.5%左右。
  // 报告显示,2024年该区…"): a clause that shows or reviews a named year with figures is last year's.
  const after = REVIEW_AFTER_PLAN.exec(text.slice(planStart));
  return after ? { year: Number(after[1]) + 1, source: 'review_year' } : null;
}

const ACHIEVED_YEAR = new RegExp(`${YEAR}(?:取得|交出)?的?(?:成绩|成就|答卷)`, 'g');

// "据了解,2024年,岱峰县将重点实施…": a year whose clause says what the district will do.
const YEAR_WITH_FUTURE = new RegExp(`(?:^|[\\n。!?;:,])\\s*${YEAR}[,]?(?:全[区县市旗]|[\\u4e00-\\u9fff]{2,6}?[区县旗])?(?:将(?!近)|力争|计划)`, 'g');

/**
 * A news item whose proposals say only 今年 and which carries no date: the latest year of which a
 * clause says what the district will do is the year the plan is for.
 */
function yearOfPlans(text: string): { year: number; source: YearSource } | null {
  const years = [...text.matchAll(YEAR_WITH_FUTURE)].map((match) => Number(match[1]));
  return years.length > 0 ? { year: Math.max(...years), source: 'target_year' } : null;
}

// Round 10n: a year-end article dated in December that estimates the whole year ("2025年12月29日 … 预计全年地区
// 生产总值增长5.5%左右") states that year's outcomes, filed with the next year's reports as a work report's review
// is; so does a December article on next year's plan. A date in any other month keeps its year.
const DECEMBER = /(?:年|[-/.])\s*(?:12|十二)\s*(?:月|[-/.])/;
const YEAR_END_ESTIMATE = /预计全年|全年(?:[^。\n]{0,8})?预计|年终盘点/;
// Round 19 (rules19a): …and so does a December story on the people's congress session or its work report (a county that holds
// its session before the new year: "12月27日下午,参加某县第十八届人民代表大会第五次会议的代表分组审议《政府工作报告》"): the
// report sets next year's targets (a meeting that prepares the session, "人代会筹备工作会", sets none).
const SESSION = /政府工作报告|人民代表大会[^。\n]{0,8}?会议|人大[一二三四五六七八九十]+次会议/;
function yearEndShift(text: string, dated: string): number {
  return DECEMBER.test(dated) && (YEAR_END_ESTIMATE.test(text) || SESSION.test(text) || NEXT_YEARS_PLAN.test(text)) ? 1 : 0;
}
// Round 19 (rules19b): …and one that gives next year's targets as 明年's is read one year back besides (december-ahead.ts).
function dated(text: string, year: number, line: string): { year: number; source: YearSource; ahead?: boolean } {
  const shift = yearEndShift(text, line);
  return { year: year + shift, source: 'date_line', ...(shift === 1 && NEXT_YEARS_PLAN.test(text) ? { ahead: true } : {}) };
}

/** Without headings: the session or publication date near the top, "20XX年是…之年", the title. */
function yearFromBody(text: string, raw?: string, rawFoot?: string): { year: number; source: YearSource; ahead?: boolean } | null {
  // A news item may carry its date only in the publication line at the foot ("2025-01-07 18:22").
  // A labelled publication date ("发布时间:2025-01-10") before any other date at the top: a site's
  // header may show the day it is read ("2026年3月2日 星期一").
  const top = PUBLISHED.test(text.slice(0, DATE_TOP)) ? text.slice(0, DATE_TOP) : (raw ?? '').slice(0, DATE_TOP);
  const published = PUBLISHED.exec(top);
  if (published) return dated(text, Number(published[1]), top.slice(published.index, published.index + published[0].length + 6));
  const date =
    DATE_LINE.exec(text.slice(0, DATE_TOP)) ??
    (raw ? DATE_LINE.exec(raw.slice(0, DATE_TOP)) : null) ??
    lastMatch(DATE_LINE, text.slice(-DATE_FOOT)) ??
    // Round 11 (rules11a): the foot's source line that furniture removal dropped ("来源：某县融媒体中心 2026-01-16").
    (rawFoot ? lastMatch(DATE_LINE, rawFoot.slice(-DATE_FOOT)) : null);
  if (date) return dated(text, Number(date[1] ?? date[2]), date[0]);
  const fileDate = FILE_NAME_DATE.exec(text.slice(0, DATE_TOP)) ?? (raw ? FILE_NAME_DATE.exec(raw.slice(0, DATE_TOP)) : null);
  if (fileDate) return { year: Number(fileDate[1]), source: 'date_line' };
  const month = MONTH_AT_FOOT.exec(text.slice(-DATE_FOOT));
  if (month) return { year: Number(month[1]), source: 'date_line' };
  const opening = YEAR_OPENING.exec(text);
  if (opening) return { year: Number(opening[1]), source: 'year_opening' };
  // A plan report named in a sentence ("听取关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告"):
  // its plan is for the later year, or the year after the one whose execution it reports.
  const planReport = PLAN_REPORT_NAME.exec(text);
  if (planReport) return { year: planReport[2] ? Number(planReport[2]) : Number(planReport[1]) + 1, source: 'plan_heading' };
  const ahead = LOOK_AHEAD_YEAR.exec(text);
  if (ahead) return { year: Number(ahead[1]), source: 'year_opening' };
  const back = LOOK_BACK_YEAR.exec(text);
  if (back) return { year: Number(back[1]) + 1, source: 'review_year' };
  const planYear = FIVE_YEAR_PLAN_YEAR.exec(text);
  if (planYear) {
    // 十一五 began in 2006; each plan runs five years, opening (开局) to closing (收官).
    const ordinal = 10 + CHINESE_ORDINAL.indexOf(planYear[1]!) + 1;
    const first = 2006 + (ordinal - 11) * 5;
    return { year: /开局|起步/.test(planYear[2]!) ? first : first + 4, source: 'year_opening' };
  }
  // Round 11 (rules11c): an undated release titled on a whole year's economy ("2024年全区经济运行情况简析",
  // "某县2024年主要经济指标") reviews that year, as a bulletin does: it is filed with the next year's reports.
  const release = WHOLE_YEAR_RELEASE_TITLE.exec(text.slice(0, DATE_TOP));
  if (release) return { year: Number(release[1]) + 1, source: 'review_year' };
  const title = TITLE_NEAR_TOP.exec(text.slice(0, TOP)) ?? new RegExp(`${YEAR}\\d{1,2}月\\d{1,2}日`).exec(text.slice(0, TOP));
  if (title) return { year: Number(title[1] ?? title[2] ?? title[3] ?? title[4] ?? title[5]), source: 'title' };
  // Last: the year a sentence gives its targets for ("…,2025年,全区…增速目标为6%…"); the latest
  // such year, since a report also restates last year's targets.
  const targetYears = [...text.matchAll(TARGET_YEAR)].map((match) => Number(match[1] ?? match[2]));
  return targetYears.length > 0 ? { year: Math.max(...targetYears), source: 'target_year' } : null;
}

// …or, with 提出/明确 and no year of its own, the figures it proposes ("他说,报告提出规模以上工业增加值增长10%以上…",
// "报告提出的全县地区生产总值增长6.5%左右的目标"); "报告把今年全区GDP预期目标定为…" likewise.
const ADDS_ON = /^(?:此外|另外|同时)[,:]/;
const LINE_ADDS_ON = /^[ \t]*\n(?:此外|另外|同时)[,:]/;
// A table's row: cells parted by tabs.
const TABLE_ROW = /\t/;
const HANDED_DOWN = /^(?:全面|确保)?完成(?:市|省|州|盟|上级)(?:政府)?(?:下达|分解|下发)/;
// Round 10: "报告还提到,今年城镇新增就业目标为…" (还/也 and 提到 after a look back) adds to them too.
// Round 14 (rules14b): …also a speaker's plain verbs for what the report says (报告说/称/讲, "报告说今年粮食播种面积稳定在…"), and
// 今年 before the report ("今年报告说城乡居民人均可支配收入分别增长5%、7%", "今年报告提出…").
const PROPOSES_THIS_YEAR = /(?:^|[\n。!?;,]|(?:说|表示|认为)[,:])\s*[“"]?(?:(?:今年|新的?一年)的?(?:政府工作)?报告(?:里|中)?(?:还|也)?(?:提出|指出|明确|提到|说|称|讲|写道|写明)[,:]?(?![^。\n]{0,4}(?:19|20)\d{2}|去年|上年)(?=[^。\n]{0,30}?\d)|报告(?:(?:还|也)?(?:提出|指出|明确|提到|把|将|说|称|讲)[,:]?\s*(?:今年|新的?一年)|(?:提出|明确)(?:的|[,:])?(?![^。\n]{0,4}(?:19|20)\d{2})(?=[^。\n]{0,30}?\d)))/;
const REVIEW_AFTER_PLAN = new RegExp(`(?:报告|数据|统计)?(?:显示|回顾)[,:]?\\s*${YEAR}(?=[^。\\n]{0,40}?(?:\\d(?:\\.\\d+)?\\s?(?:%|[万亿]?元)|百分之|[一二三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?[万亿]元))`);
const PLAN_REPORT_NAME = new RegExp(`${YEAR}(?:度)?(?:[^。\\n,;]{0,12}?)计划执行情况(?:[^。\\n,;\\d]{0,4}?${YEAR})?`);
// …or the year a sentence says the report sets targets for ("报告…提出了2026年的发展目标").
const TARGET_YEAR = new RegExp(`${YEAR}[^。;\\n]{0,30}?(?:预期目标|目标为|目标是|增速目标|增长目标)|(?:提出|明确|确定|部署)了?${YEAR}的?(?:发展|主要|预期|奋斗|工作)?目标`, 'g');

/**
 * From each cue to the end of its sentence; when the cue opens a list (ends with ":" or
 * items end with "；"/"，"), the following list lines belong to the block too.
 */
// Round 19 (rules19c): no clause mark anywhere in the text (see findMainBlocks), and the wordings of a target such a text states.
const UNPUNCTUATED_TEXT_MARK = /[。，,;；、]/;
// Round 26 (rules26b): …read around each cue, not over the whole text: a document site's copy of an unpunctuated report keeps the
// site's own punctuated notice above it ("温馨提示:当前文档最多只能预览3页,…"), which says nothing of how the report wraps its list; nor
// does a part heading's number ("二、2025 年目标任务"), the one mark such a copy keeps.
const UNPUNCTUATED_REACH = 300;
const PART_NUMBER = /(?<=^|\n)[ \t]*[一二三四五六七八九十]{1,3}、/g;
const unpunctuatedAround = (text: string, at: number) =>
  !UNPUNCTUATED_TEXT_MARK.test(text.slice(Math.max(0, at - UNPUNCTUATED_REACH), at + UNPUNCTUATED_REACH).replace(PART_NUMBER, ''));
const TURNED_TO_WORK = /方面工作|重点工作|抓好|项目/;
const UNPUNCTUATED_WORDING = /(?:与|和|同)经济增长(?:基本)?同步|下达的?[^\d\s]{0,8}?(?:目标任务|任务|目标)/;
// A line that opens on a target's figure ("6%左右", "增长8%以上", "控制在5.5%以内", "4500人以上", "增长百分之六").
const FIGURE_FIRST_LINE = /^[ \t]*(?:(?:增长|下降|达到|控制在|稳定在|保持在|突破|完成|实现)[ \t]?)?(?:-?\d|百分之)/;
const CLAUSE_REST_LINE = new RegExp(`${FIGURE_FIRST_LINE.source}|^[ \\t]*[和及与][ \\t]?(?:-?\\d|百分之)`);
const NAME_ONLY_LINE = /^[ \t]*[\u4e00-\u9fff]{2,20}[ \t]*$/;
/** Where the first turn to the work inside a block begins (its end when it has none). */
function turnToWorkIn(text: string, start: number, end: number): number {
  const turn = TASK_LEAD_IN.exec(text.slice(start, end));
  return turn && turn.index > 0 ? start + turn.index : end;
}
/** A bare name line whose figure or wording stands on the line right under it: where that line ends, else null. */
function statedUnder(text: string, name: { start: number; text: string }, piece: string): number | null {
  if (!NAME_ONLY_LINE.test(name.text) || turnsToWork(name.text) || TURNED_TO_WORK.test(piece) || TURNED_TO_WORK.test(name.text) || PAST_LINE.test(name.text)) return null;
  const nameEnd = lineEnd(text, name.start);
  const under = nextLine(text, nameEnd);
  if (!under || under.start !== nameEnd + 1 || !(FIGURE_FIRST_LINE.test(under.text) || UNPUNCTUATED_WORDING.test(under.text))) return null;
  return lineEnd(text, under.start);
}
function findMainBlocks(text: string, from: number): Range[] {
  const blocks: Range[] = [];
  const cue = new RegExp(MAIN_CUE.source, MAIN_CUE.flags);
  cue.lastIndex = from;
  for (const match of text.matchAll(cue)) {
    // "报告把今年全区GDP预期目标定为增长6%左右": the name stands before a cue that sets a figure, so the
    // block opens with the cue's clause.
    const start = /(?:定下了?|确定为|定为)\s*:?$/.test(match[0]) ? clauseStart(text, match.index) : match.index + match[0].length;
    if (blocks.some((block) => start < block.end)) continue;
    const unpunctuated = unpunctuatedAround(text, match.index);
    // "…国家今年经济增长预期目标为5%左右": another entity's targets are no headline paragraph.
    const sentence = Math.max(text.lastIndexOf('\n', match.index), text.lastIndexOf('。', match.index)) + 1;
    // Round 16 (rules16c): …but targets the speaker proposes ("全市经济社会发展的主要预期目标建议为:", a county-level city's own report)
    // are the text's own, whatever scope word opens the sentence: no report proposes another entity's.
    if (OTHER_ENTITY_START.test(text.slice(sentence, match.index)) && !/建议/.test(match[0])) continue;
    let end = sentenceEnd(text, start);
    // A cue that ends its line (a heading, or "…如下:") opens a list.
    let listMode = (/:\s*$/.test(match[0]) || text[start] === '\n') && text.slice(start, end).trim() === '';
    let bareLines = false;
    let captionRun = false;
    if (text[start] === '\n' && text.slice(start, end).trim() === '') {
      // A heading ("2025年主要预期目标"): its list, or else the paragraph under it.
      const next = nextLine(text, start);
      end = next && !LIST_ITEM.test(next.text) ? lineEnd(text, next.start) : start;
      // One target a line, no punctuation at all (a slide or an OCR copy): the run of such lines.
      if (next && oneTargetLine(next.text)) bareLines = true;
    }
    // Round 10: a caption copy (each clause a line) puts the first target on the cue's own line
    // ("…主要预期目标是 地区生产总值增长5%左右" / "规模以上工业增加值增长5.5%" / …): the run of bare lines under it continues it.
    if (!bareLines && !listMode && BARE_LINE.test(text.slice(start, end)) && HAS_FIGURE.test(text.slice(start, end))) {
      const next = nextLine(text, end);
      if (next && next.start <= end + 2 && BARE_LINE.test(next.text) && HAS_FIGURE.test(next.text)) bareLines = captionRun = true;
    }
    let firstItem: string | null = null;
    // Round 12 (rules12c): a cue on a numbered part heading ("二、2024年主要预期目标") heads that part only: the
    // next heading of the same form ("三、2024年主要任务") opens the next part, whose items are tasks.
    const partForm = headingForm(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index + match[0].length));
    let blockStart = start;
    while (end < text.length && end - start < MAX_BLOCK) {
      const piece = text.slice(blockStart, end);
      const next = nextLine(text, end);
      if (!next) break;
      // Round 19 (rules19a): a list whose items are each followed by their reasoning ("主要考虑:全市提出增长6%左右…", "说明:…"): the
      // reasoning is no target (its figures are the city's, last year's, a project's), and the next item goes on with the list.
      const after = listMode && REASONING.test(next.text) ? nextLine(text, next.start) : null;
      if (after && LIST_ITEM.test(after.text) && !SECTION_HEADING.test(after.text) && !NEXT_PART_HEADING.test(after.text) && (partForm === null || headingForm(after.text) !== partForm)) {
        blocks.push({ start: blockStart, end });
        blockStart = after.start;
        end = sentenceEnd(text, after.start);
        continue;
      }
      const isItem = LIST_ITEM.test(next.text);
      // One line a target, possibly with a blank line between (an infographic's text).
      // Round 15 (rules15a): …and any blank lines between the heading and its first line (a poster's rule line "━━━━" under the
      // heading is dropped as furniture and leaves its line empty).
      const bareNext = bareLines && (next.start <= end + 2 || end === start) && oneTargetLine(next.text);
      // Round 28 (rules28c): a text without punctuation, wrapped at a narrow column, may break a caption-like run inside a clause
      // ("…分别增长5%" / "和8% 城镇新增就业…"): a next line that opens on the clause's rest (its figure, or 和/及 and the series' next
      // figure) goes on with the run, however long (a remark or the year's work opens on words, never on a figure).
      if (captionRun && !bareNext && unpunctuated && next.start === end + 1 && CLAUSE_REST_LINE.test(next.text) && !turnsToWork(next.text) && !TURNED_TO_WORK.test(next.text)) {
        end = lineEnd(text, next.start);
        continue;
      }
      // A run of bare lines ends at the first line that is not one (a blank line, the next heading).
      if (bareLines && !bareNext) break;
      // …and it ends at a line that turns to last year ("去年全区地区生产总值增长5.2%").
      if (captionRun && PAST_LINE.test(next.text)) break;
      // Round 12 (rules12b): …and so does a run of bare lines under a heading, at a line that opens on 去年 (not on a
      // year: "2025年全区…" under the 2025 targets' heading is one of them): "就业这块去年城镇新增就业1.31万人".
      if (bareLines && PAST_WORD_LINE.test(next.text)) break;
      // Round 15 (rules15a): …and any run or list ends at a heading of the page's next part: a bracketed card label ("【图4】",
      // "【民生实事】") or a line naming the year's work ("▍2026年  重点工作  十个方面", "三、重点任务"): the figures under it are tasks.
      if (NEXT_PART_HEADING.test(next.text)) break;
      // Round 15 (rules15b): …and at a line that turns to the work ("我们将重点抓好以下九个方面工作" over "一是 …工业投资增长10%以上").
      if ((bareLines || captionRun) && turnsToWork(next.text)) break;
      // Round 19 (rules19c): a text without any punctuation (an OCR copy that dropped it) wraps its list's paragraph at the page's
      // width, the wrap falling anywhere, even right after a figure: the next line that states a target (a figure, or a wording
      // such as 与经济增长同步 / 完成…下达的…目标) goes on with the list; a line of neither (为实现上述目标 …) ends it.
      // Only the very next line, and never once the list has turned to the year's work (抓好…方面工作, 项目: tasks' figures).
      const wrappedOn =
        unpunctuated && !bareLines && !captionRun && !isItem && next.start === end + 1 && !turnsToWork(next.text) && !TURNED_TO_WORK.test(piece) && !TURNED_TO_WORK.test(next.text) &&
        (HAS_FIGURE.test(next.text) || UNPUNCTUATED_WORDING.test(next.text));
      // Round 25 (rules25b): …and a subtitle copy splits a target over two lines, its name over its figure or wording ("规模以上工业增加值"
      // / "增长8%以上", "城乡居民收入增长" / "与经济增长同步"): a bare name line goes on with the list when the line right under it
      // states that figure or wording; a name line over anything else (a remark, the year's work) ends it.
      const stated = unpunctuated && !bareLines && !captionRun && !isItem && next.start === end + 1 ? statedUnder(text, next, piece) : null;
      if (stated !== null) {
        end = stated;
        continue;
      }
      if (!(bareNext || wrappedOn || CONTINUES.test(piece) || (listMode && isItem) || (isItem && /:\s*$/.test(piece)))) break;
      // Round 10: "三、2025年重点工作" after a list of "——" items is the report's next part, not an item.
      if (isItem && SECTION_HEADING.test(next.text) && firstItem !== null && !SECTION_HEADING.test(firstItem)) break;
      if (partForm !== null && headingForm(next.text) === partForm) break;
      if (isItem) firstItem ??= next.text;
      listMode = listMode || isItem;
      end = sentenceEnd(text, next.start);
    }
    // "此外,规上工业增加值增长9%,…": a sentence that adds to the targets continues them.
    // Round 21 (rules21a): …also on the line after a table of the targets ("…\t35以上\n同时,城镇新增就业…"): a table's row ends
    // its line, so the sentence that adds to it opens the next.
    while (ADDS_ON.test(text.slice(end, end + 4)) || (TABLE_ROW.test(text.slice(text.lastIndexOf('\n', end - 1) + 1, end)) && LINE_ADDS_ON.test(text.slice(end, end + 8)))) {
      end = sentenceEnd(text, end + 1 + (text.slice(end, end + 8).match(/^\s*/)?.[0].length ?? 0));
    }
    // Round 26 (rules26b): a paragraph without punctuation runs its list into the turn to the work ("…能耗降低完成市下达任务报告要求围绕上述
    // 目标重点抓好五个方面工作一是…"), all one sentence: the list ends where the turn begins, the figures after it are tasks. (The turn is
    // read only before a pause or an item's 一是, never before a colon: task-turn.ts.)
    blocks.push({ start: blockStart, end: turnToWorkIn(text, blockStart, end) });
  }
  return blocks;
}

// A line that opens on a year and a space ("2024年 GDP +5.8% …", "🔸2025年 地区生产总值 预期增长…"),
// or an infographic's line holding only the year, over the cards of that year ("2023年" / "地区生产总值" / "增长6.3%").
const YEAR_LINE = /(?:^|\n)[ \t]*(?:[0-9#*]\ufe0f?\u20e3\s*)?(?:[\u2190-\u2bff\ufe0f\ud800-\udfff]{1,3}\s*)?((?:19|20)\d{2}) ?年(?:[ \t]+(?=\S)|[ \t]*(?=\n))/g;

/**
 * Lines that open on last year and on this year ("2024年 GDP +5.8% …" / "2025年 GDP增长≥6% …"),
 * with no other review heading: the first line of the earlier year heads the review, so the later
 * year is the report's and its first line opens the plan.
 */
function yearLineReview(text: string): RegExpExecArray | null {
  const lines = [...text.matchAll(YEAR_LINE)];
  const years = new Set(lines.map((match) => Number(match[1])));
  const first = lines.find((match) => years.has(Number(match[1]) + 1));
  if (!first) return null;
  const heading = Object.assign([first[0], first[1]], { index: first.index, input: text }) as unknown as RegExpExecArray;
  return heading;
}

/** `position` lies on a text's first line, a short one (a headline) with more lines after it. */
function isHeadline(text: string, position: number): boolean {
  const lead = text.length - text.trimStart().length;
  const end = text.indexOf('\n', position);
  if (end === -1) return false;
  if (!text.slice(lead, position).includes('\n')) return end - lead <= HEADLINE && text.slice(end).trim().length > end - lead;
  return inHeadlineBlock(text, position, end);
}
const HEADLINE = 40;

/**
 * Round 14 (rules14b): a news page stacks its title, a subtitle and often the paper's page furniture (版次, 本版导航,
 * 日期) over the body ("某县去年经济增长5.9%" / "今年目标增长6%左右" / "【本报讯】…。"): a short line that, like every line
 * above it, has no sentence in it, with a paragraph of prose below, is a headline restating the body, wherever the
 * furniture puts it. A caption or subtitle copy (short lines with no prose paragraph after them) is no headline block.
 */
function inHeadlineBlock(text: string, from: number, lineEnd: number): boolean {
  // An opener matched by its line break ("\nGDP增长目标定在…") stands on the line after it.
  const position = from + (/^\s*/.exec(text.slice(from, from + 8))?.[0].length ?? 0);
  const end = position === from ? lineEnd : text.indexOf('\n', position) === -1 ? text.length : text.indexOf('\n', position);
  const lineStart = text.lastIndexOf('\n', position - 1) + 1;
  const line = text.slice(lineStart, end).trim();
  if (line.length > HEADLINE || SENTENCE_MARK.test(line)) return false;
  if (text.slice(0, lineStart).split('\n').some((above) => above.trim().length > HEADLINE || SENTENCE_MARK.test(above))) return false;
  return PROSE_LINE.test(text.slice(end));
}
const SENTENCE_MARK = /[。!?;]/;
// A line of prose: longer than a headline, with a sentence's end in it.
const PROSE_LINE = new RegExp(`(?:^|\\n)[^\\n]{${HEADLINE},}?。`);

/**
 * A plan sentence without a figure that asks or announces ("记者:今年全区的主要目标是什么?") is
 * answered on the next line ("区长:我们把地区生产总值增长目标定为6%左右,…"): that line is the block.
 */
/**
 * "…城镇新增就业1.5万人。完成市下达的能耗强度降低目标任务。": a sentence right after the targets that adds
 * the targets the city sets (or opens 此外/另外/同时) continues the headline paragraph.
 */
function withAddOns(text: string, block: Range): Range {
  let end = block.end;
  while (text[end - 1] === '。' && (ADDS_ON.test(text.slice(end, end + 4)) || HANDED_DOWN.test(text.slice(end, end + 12)))) end = sentenceEnd(text, end + 1);
  return { start: block.start, end };
}

function answered(text: string, block: Range): Range {
  if (HAS_FIGURE.test(text.slice(block.start, block.end))) return block;
  const next = nextLine(text, block.end);
  // A table row is read by its columns (read-tables.ts), not as a sentence.
  if (!next || !HAS_FIGURE.test(next.text) || /\t|^\s*\|/.test(next.text)) return block;
  const first = { start: next.start, end: sentenceEnd(text, next.start) };
  // Round 19 (rules19b): an answer that opens on a sentence without a figure ("赵:今年是开局之年,我们把目标定得积极稳妥。地区生产总值增长
  // 5.5%左右,…;城镇新增就业6000人以上。") answers with the rest of its line, wordings included.
  return HAS_FIGURE.test(text.slice(first.start, first.end)) ? first : { start: next.start, end: lineEnd(text, next.start) };
}

/** The numbering of a part heading: "三、" (Chinese numeral and 、) or "(三)"; null for any other line. */
function headingForm(line: string): 'numeral' | 'bracketed' | null {
  const heading = SECTION_HEADING.exec(line);
  if (!heading) return null;
  return heading[0].trim().startsWith('(') ? 'bracketed' : 'numeral';
}

/** Start of the clause holding `at`: after the last ",", "。", ";", ":" or line break before it. */
function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[,。;:\n]/.test(text[start - 1]!)) start -= 1;
  return start;
}

/** End of the sentence starting at `start`: after its "。", or the end of its line. */
function sentenceEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : newline;
  const stop = text.indexOf('。', start);
  return stop === -1 || stop >= lineEnd ? lineEnd : stop + 1;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function nextLine(text: string, from: number): { start: number; text: string } | null {
  let start = text.indexOf('\n', from);
  while (start !== -1) {
    start += 1;
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    if (text.slice(start, end).trim() !== '') return { start, text: text.slice(start, end) };
    start = end === text.length ? -1 : end;
  }
  return null;
}
