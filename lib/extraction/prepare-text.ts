// Turns a report as captured from the web into text the extractor can read, while
// remembering where every character came from: quotes must be exact substrings of
// the ORIGINAL text, so every index the extractor finds is mapped back through `origin`.
//
// Five things happen, none of which moves a character:
// 1. full-width → half-width (normalizeWidth keeps the length);
// 2. traditional → simplified characters, one for one (./traditional.ts), and years in
//    Chinese digits ("二〇二四年") → Arabic digits, four for four;
// 3. page furniture lines (navigation, copyright, metadata, share buttons, page numbers,
//    running headers) are dropped, so nothing can ever be proposed from them;
// 4. line-number artefacts of scanned/converted documents ("22、…固\n23、定资产投资")
//    are dropped and the broken sentence is joined again;
// 5. line breaks a PDF put inside clauses are removed.
import { isPagedHeader, pageFootNotes } from './page-foot';
import { loneFigureJoins } from './lone-figure-lines';
import { arrowContinuations, inlineArrow } from './arrow-lines';
import { respectiveContinuations } from './respective-lines';
import { normalizeWidth } from '@/lib/text/normalize-width';
import { cellLineBreaks } from './cell-lines';
import { readColumns } from './columns';
import { cutFromUnitAcrossPage, cutInsideFigure, gluedPageNumber } from './split-figure';
import { opensOnClauseMark } from './leading-mark';
import { cutInsideHandedDown } from './handed-down-wrap';
import { cutBeforeFigure } from './clause-before-figure';
import { UNIT_GAP } from './unit-gap';
import { singleMarks } from './doubled-marks';
import { readWordCellMarks } from './word-cell-marks';
import { findFootnotes } from './footnotes';
import { readFontPunctuation } from './font-punctuation';
import { readGlyphCodes } from './glyph-codes';
import { readOcrPercent } from './ocr-percent';
import { readOcrLookalikes } from './ocr-lookalikes';
import { readCharacterReferences } from './html-entities';
import { letterSpacingGaps } from './letter-spacing';
import { LOOK_AT_TARGETS_LINE } from './look-at-targets';
import { FILLER } from './speech-fillers';
import { SPOKEN_CENTURY } from './spoken-century';
import { spaceCellBoundaries } from './space-cells';
import { flatTableChanges } from './flat-table-runs';
import { timeStampPrefix } from './time-stamp-prefix';
import { endsOnDateStamp } from './date-stamp-line';
import { toSimplified } from './traditional';
import { findWatermarks } from './watermark-lines';

export type PreparedText = {
  original: string;
  /** Normalised, furniture-free, artefact-free text. */
  text: string;
  /** origin[i] is the index in `original` of text[i]. */
  origin: Int32Array;
  /** Round 13 (rules13b): [start, end) stretches of `text` moved from elsewhere in the original (a footnote read at its marker). */
  moved?: Array<[number, number]>;
};

// Page furniture, told by what it is on any site rather than by one site's words:
// addresses and file names, copyright and registration lines, article metadata
// ("来源:", "发布时间:"), breadcrumbs, menus of short items, share/print buttons,
// comment counters and page numbers. Matched against a trimmed line.
const WEB_ADDRESS = /https?:\/\/|www\.|\.s?html?\b|\.(?:docx?|xlsx?|pptx?|pdf|wps|ofd|zip|rar)\b|\.aspx?\b/i;
const FOOTER = /copyright|©|版权所有|版权声明|ICP备|ICP证|公网安备|网站标识码|网站地图|主办单位|承办单位|技术支持[:：]|本站|本文仅代表/i;
const METADATA = /^[(（]?(?:来源|信息来源|文章来源|本文来源|稿件来源|新闻来源|发布时间|发布日期|发布机构|作者|责任编辑|责编|编辑|主编|校对|审核|监制|摄影|浏览次数|浏览量|点击数|点击量|阅读数|阅读量|访问量|字号|字体|时间|日期|当前位置|您所在的位置|您的位置|所在位置|本文地址|链接地址|关\s*键\s*词|关键字|索引号|标题|主题分类|信息分类|发文机关|发文字号|文号|成文日期|有效性|公开方式|公开范围|地址|邮编|联系电话|电话|传真|邮箱|投稿邮箱)\s*[:：]/;
const BREADCRUMB = /^[^。;]{0,40}(?:\s*[>›»]{1,2}\s*[^>›»。;]{1,12}){2,}$|^首页\s*[>›»]/;
// A bracketed label with a figure ("【2025年目标】"), or naming the targets or last year's results
// ("【目标任务】", "【成绩单】"), is a heading, not a button.
// 上一条/下一条 lines name other articles, whose figures (another year's, another place's) are not this text's.
// Round 13 (rules13b): …also a reader-action button with its count or targets ("【点赞 128】", "【分享至:微信 微博】").
const BUTTONS = /^(?:(?:【(?![^】]*(?:目标|成绩|回顾|今年|去年|过去一年|新的一年))[^】\d]{1,8}】|【(?:点赞|赞|收藏|分享|转发|评论|打印|纠错)[^】]{0,12}】)\s*)+$|^(?:\[[^\]\d]{1,6}\]\s*)+$|^(?:分享到|分享至|分享|打印|关闭|返回顶部|返回|收藏|扫一扫|微信扫一扫|扫码|长按|二维码|上一篇|下一篇|上一条|下一条|上一页|下一页|下载附件|我要纠错|网站纠错|政府网站找错|保护视力色|无障碍|长者模式|适老化|A\+)|^[-—–\s]*END[-—–\s]*$/i;
// Round 21 (rules21c): …also a PDF viewer's page label, printed with each page it exports ("Page 4 - 某市政府工作报告", "Page 4 of 12",
// "P. 4"): between two halves of a sentence it is a page break as a bare number is.
// Round 24 (rules24c): …and a word processor's page-number field copied with its code before the number ("—PAGE7—", "- PAGE Page 7 -",
// "PAGE \* MERGEFORMAT 7"): the field's code is the instruction that prints the number, the line a page break all the same.
const PAGE_NUMBER = /^[-—–·•\s]*\d{1,3}[-—–·•\s]*$|^\d+\s*\/\s*\d+$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$|^(?:Page|PAGE)[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?(?:[ \t]+[-—–|][ \t]*[^。;!?,\n]{1,40})?$|^P\.[ \t]?\d{1,3}$|^[-—–·•\s]*PAGE(?:[ \t]*\\\*[ \t]*[A-Za-z]+)*[ \t]*(?:Page[ \t]*)?\d{1,3}[-—–·•\s]*$/;
// A subtitle file's cue timing ("00:00:04,800 --> 00:00:08,600") or a transcript's bare time stamp
// ("[00:01:12]"): the clock of a video, never a figure of the report.
const TIME_CODE = /^\[?\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?\]?(?:\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?)?$/;
const COMMENTS = /评论/;
// A byline ("记者 王菲", "(通讯员:李明)"); an interview's "记者:今年…?" is a question, not furniture.
// Round 13 (rules13b): a disclosure box spaces its labels out to one width ("有 效 性:有效", "标  题:…", "索 引 号:…").
const SPACED_LABEL = /^([\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,4})(?=\s*[:：])/;
const unspacedLabel = (line: string) => line.replace(SPACED_LABEL, (label) => label.replace(/[ \u3000]+/g, ''));
// Round 13 (rules13b): a site's search box ("请输入关键词  搜索", "站内搜索").
const SEARCH_BOX = /^(?:请输入)?(?:关键[词字]|搜索内容|站内搜索)[^。,，\d]{0,6}?(?:\s*搜索)?$/;
// Round 13 (rules13b): an article's metadata line that opens on its publication time ("2024-01-11 21:04:37 来源:某日报 作者:…").
const DATED_METADATA = /^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?(?:来源|作者|编辑|责任编辑|发布|浏览)\s*[:：]/;
const BYLINE = /^[(（]?(?:记者|通讯员|摄影|摄像)[:：\s][^。？?！!,，]{0,12}[)）]?$/;
// Background a news item appends ("新闻链接:2024年全县主要预期目标为…"): another text's figures.
const BACKGROUND = /^【?(?:新闻链接|背景链接|知识链接|背景资料|相关背景|链接)】?\s*[:：]/;
// A site header's clock: "今天是2026年3月2日 星期一 农历正月十三", "2026年3月2日 星期一 晴 3℃".
const TODAY = /^(?:今天是)?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天].*(?:农历|天气|[晴阴雨雪]|℃|欢迎)/;
// Headings that open a list of links to other articles, which can hold other years' figures.
// Round 13 (rules13b): …or of readers' comments, with their count ("网友评论(6)", "精彩评论（12）"): readers' figures are not the report's.
// The heading may wear decorations: "▼往期精彩▼", "【相关阅读】", "—— 推荐阅读 ——".
const RELATED_LINKS = /^[\u2190-\u2bff\ufe0f\ud800-\udfff【\[<《#*=~—\-\s]*(?:相关链接|相关连结|相关新闻|相关阅读|相关文章|相关稿件|推荐阅读|延伸阅读|热点新闻|热门文章|猜你喜欢|友情链接|往期回顾|往期推荐|往期精彩|往期链接|热点推荐|热门推荐|精彩推荐|相关推荐|相关报道|更多阅读|更多新闻|网友评论|网友留言|热门评论|精彩评论|最新评论|精选留言|读者留言|评论区|评论\s*[(（]?\d*[)）]?|链接|新闻链接|背景链接|知识链接|背景资料|相关背景|本版其他文章|其他文章|热门排行|新闻排行|点击排行|热点排行|排行榜|更多[\u4e00-\u9fff]{1,4}新闻)(?:\s*[(（]\d*[)）])?\s*[:：]?[\u2190-\u2bff\ufe0f\ud800-\udfff】\]>》#*=~—\-\s]*$/;
// A box of links whose heading ends in a "more" button: "本地要闻 更多>>", "部门动态 more+".
const MORE_LINKS = /^[^。,，;；:：\d]{1,12}?\s*(?:更多|more)\s*(?:>>|>|»|›|\+)?$/i;
// A furniture marker inside a long paragraph is more likely quoted text than chrome.
// "相关链接:某县2024年统计公报 2025-03-30": a heading and its one link on a single line.
const RELATED_LINK_LINE = /^(?:相关链接|相关连结|相关新闻|相关阅读|相关文章|相关文件|推荐阅读|延伸阅读)\s*[:：]/;
// A news ticker, however long: "滚动新闻:· 某县:今年GDP预期增长7%左右 · 某区:…" (other articles' headlines).
const TICKER = /^(?:滚动新闻|滚动播报|新闻滚动)\s*[:：]/;
// A headline ending in its date after a space ("…增长6.2% 2024-03-25", "…[03-20]"): no sentence inside,
// no table cells (a tab-separated row may end in "5.9").
const DATED_LINK = /^[^。;；\t]{4,60}?[ \u3000]+[[(（]?(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/]\d{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\])）]?$/;
// A table row with bars: around every cell, or between cells ("地区生产总值 | 亿元 | 1046.27 | 5.3 |").
const BARRED_ROW = /^\s*\|.*\|\s*$|^[^|\n]+(?: \| [^|\n]*){2,}\|?\s*$/;
const TABLE_HEADER = /^(?:主要)?(?:指标|项目)(?:名称)?$/;
// Round 10n: an infographic row of a name and one or two figure cells, bars without spaces ("地区生产总值｜预计271.5亿元｜
// 增长5.3%", "固定资产投资｜增长2.6%"), as newspapers print a 数读 box. The bar after the name would part the name from
// its figure (a bar separates clauses, scan-figures.ts), so it is dropped. A name holds no digit or space: a flash
// summary's "…123亿元|增长5.9%|…" and a headline "新春第一会|某县召开…" are not rows.
const INFOGRAPHIC_ROW = /^(\s*[^|\d\s:,。;]{2,24})\|(?=(?:预计|初步核算)?(?:增长|下降|-?\d))[^|\n]+(?:\|(?:增长|下降|-?\d)[^|\n]*)?\s*$/;
const FURNITURE_MAX_LENGTH = 400;
const SHORT = 30;
// The lines a document's title may wrap over (a plan report's long title set in a narrow column).
const TITLE_LINES = 4;
const SENTENCE_END = /[。！？!?；;:：][”’"」』)]*$/;
// Round 16 (rules16a): a rule drawn across the page between a post's parts ("━━━━━━━━━━", "——————", "=====") parts them:
// never a running header however often it is drawn, nor a line the page wrapped.
const DIVIDER = /^[\u2500-\u257f\u2014\u2015_=~\-]{4,}$/;
const HAS_PUNCTUATION = /[。！？!?；;，,：:]/;
const SEPARATOR_MARK = /^[-—–*·•]$/;
const LINE_NUMBER = /^(\s*)(\d{1,3})、/;
// A unit or a qualifier ends a figure only after one: "…常住居民人" and "…规模以上" are cut words.
// Round 19 (rules19c): …or in Chinese numerals, as speech-to-text writes figures ("…增长百分之九点一", "…稳定在十二点六万亩"): a caption
// copy's line ending on one is a whole clause too, never joined to the next clause's name ("…十二点六万亩粮食总产量…").
const FIGURE_END = /(?:\d|%|\d\s?[万亿千百]?(?:元|人|户|吨|斤|亩|公?顷|家|个)|百分之[〇零一二两三四五六七八九十百点]+|[〇零一二两三四五六七八九十百千万点]+[万亿]?(?:元|人|户|吨|斤|亩|公?顷))(?:\s?(?:以上|以内|以下|左右|上下))?$/;
// (Read on the line's last characters only: a run of numerals as long as a text is never matched over and over.)
const endsOnFigure = (line: string) => FIGURE_END.test(line.slice(-24));
const FIGURE_GOES_ON = /^(?:[\d.%]|以上|以内|以下|左右|上下|亿|万|元|人|户|吨|斤|亩|公顷|家|个|[,;、。)])/;
// A line that ends inside a number: "…控制在5.", "…增长1".
const CUT_FIGURE = /\d\.?$/;
// A unit opening a line, after a number that ends the line above ("亿斤,", "万元,", "%,").
const UNIT_AFTER_CUT = /^(?:%|[万亿千百]?(?:元|斤|公斤|吨|亩|公顷|人|户|美元))/;
// "8.1%——规模以上工业增加值增速": a line that opens on a figure and a dash is an item of its own.
// Round 17 (rules17b): …or a bar ("6.1%｜规模以上工业增加值增长"); a rate may be negative ("-2.3%｜固定资产投资").
const FIGURE_FIRST_LINE = /^-?\d+(?:\.\d+)?\s?(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩)?\s*(?:——|—|–|\|)\s*[\u4e00-\u9fff]/;
// Round 16 (rules16a): "【 452.6亿元 】", "【 43862元 / 24517元 】": a card's figures alone in its brackets head the card; its name is
// on the next line, never the rest of a clause.
const CARD_FIGURES = /^【\s*\d+(?:\.\d+)?\s?[%\u4e00-\u9fff]{0,3}(?:\s*\/\s*\d+(?:\.\d+)?\s?[%\u4e00-\u9fff]{0,3})*\s*】$/;
// Round 13 (rules13b): a title or clause cut after a joining word ("…2024年国民经济和社会发展计划执行情况与").
const TITLE_GOES_ON = /(?:与|和|及|暨|以及)$/;
// Round 14 (rules14c): a narrow column's wrap inside a figure's qualifier ("…稳定在27万吨以" over "上 完成…", "增长6%左" over
// "右"): no line ends on half of 以上/以下/以内/左右, so the two lines are one, however short the second.
function cutInsideQualifier(written: string, following: string): boolean {
  return /\d[^\s\d]{0,3}以$/.test(written) ? /^[上下内]/.test(following) : /\d[^\s\d]{0,3}左$/.test(written) && following.startsWith('右');
}
// Round 13 (rules13b): a row of a table laid out with spaces, as a PDF's text layer gives it ("地区生产总值增速      5.5%左右
// 5.3%      基本完成"): three cells or more parted by runs of two spaces or more, one of them a bare figure or a dash (text
// without punctuation parts its clauses by spaces too, but each clause names its figure: "增长6.1%  规模以上…"). Never a
// wrapped line of prose.
const ALIGNED_ROW = /\S(?: {2,}|\u3000{2,})\S.*?\S(?: {2,}|\u3000{2,})\S/;
// Round 16 (rules16b): …a figure with its qualifier only ("5.5左右", "7以上": a target column that leaves the unit to the row) is
// bare too (its header, "指标名称      单位      2026年目标      属性", then stays above it).
const BARE_CELL = /(?:^|\S(?: {2,}|\u3000{2,}))(?:-?\d+(?:\.\d+)?%?(?:以上|以内|以下|左右)?|[—–-]+)(?=(?: {2,}|\u3000{2,})|\s*$)/;
const alignedRow = (row: string) => ALIGNED_ROW.test(row) && BARE_CELL.test(row);
const UNIT_OR_SUFFIX_START = /^(?:以上|以内|以下|左右|上下|亿|万|元|人|户|吨|斤|亩|公顷|家|个|%)/;
// A figure with its unit: headings name years, not amounts, so a line holding one is prose.
const FIGURE_WITH_UNIT = /\d(?:\.\d+)?\s?(?:%|[万亿]?元|万?人|万?吨|万?亩)/;
// Lines copied from a PDF: an item of a list or a heading starts a new line on purpose.
// Round 15 (rules15a): …or a bullet sign (▪ ● ◆ ■ ▶ ★ ✅ ☑ ✔ ➤: a poster's or a web page's list, one item a line), which no wrapped
// clause goes on with: "✅ 居民人均可支配收入增长与经济增长同步" over "✅ 城镇调查失业率控制在…以内" are two items, never one line.
const STARTS_ITEM = /^\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:、|\.(?!\d))|——|[-•·\u25a0-\u25ff\u2605\u2606\u2611\u2713\u2714\u2705\u27a4])/;

// Round 16 (rules16c): a news item without punctuation (an OCR copy of a page, a transcript) opens its paragraphs on the report's
// verb of saying ("报告显示 2024年…", "报告还提出 今年要…"): such a line starts a statement of its own, never the rest of the clause
// above (a page's wrap falling right there would part two statements anyway).
const RUNS_ON_AFTER_STOP = /[。;!?][ \t]*[\u4e00-\u9fff]{1,12}$/;
const OPENS_STATEMENT = /^(?:报告|会议)(?:还|也|同时|中)?(?:提出|指出|显示|回顾|强调|明确|要求|认为)/;
const TURNS_TO_LAST_YEAR = /^(?:去年|上年|过去一年)/;
/** end excludes the line break (\n or \r\n); next is where the following line starts. */
type Line = { start: number; end: number; next: number; text: string; physical?: number };

export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  // Round 18 (rules18c): a box-drawing table's rule ("┌────┬────┐", "├────┼────┤") draws, states nothing, and parts its rows
  // from their header: dropped, the rows (their │ read as bars) are read as a markdown table's.
  if (BOX_RULE.test(trimmed)) return true;
  if (trimmed === '' || trimmed.length > FURNITURE_MAX_LENGTH) return false;
  if (WEB_ADDRESS.test(trimmed) || FOOTER.test(trimmed) || METADATA.test(trimmed) || METADATA.test(unspacedLabel(trimmed)) || DATED_METADATA.test(trimmed) || SEARCH_BOX.test(trimmed) || BYLINE.test(trimmed) || BACKGROUND.test(trimmed) || TICKER.test(trimmed)) return true;
  if (PAGE_NUMBER.test(trimmed) || TIME_CODE.test(trimmed) || TODAY.test(trimmed) || isPagedHeader(trimmed)) return true;
  if (trimmed.length > SHORT * 2) return false;
  if (BREADCRUMB.test(trimmed) || BUTTONS.test(trimmed) || RELATED_LINK_LINE.test(trimmed)) return true;
  // "网站首页 | 新闻中心 | 政务公开", "注册 | 登录": a menu of short items; not a table's header
  // row ("指标 | 单位 | 绝对数 | 比上年增长(%) |").
  // Round 16 (rules16b): …nor a header's second line, empty cells under the name and unit ("|  |  | 计划 | 预计完成 | 目标 |"):
  // a menu has no empty item between its bars.
  const items = trimmed.split(/\s*[|｜]\s*/);
  if (items.length >= 2 && !TABLE_HEADER.test(items[0] || items[1] || '') && !items.slice(1, -1).includes('') && items.every((item) => item.length <= 8 && !/\d/.test(item))) return true;
  // "- 配套讲稿:" style bullets of document-sharing sites; "留言与评论(共有 条评论)".
  if (/^-\s/.test(trimmed) && trimmed.length < 40) return true;
  return COMMENTS.test(trimmed) && trimmed.length < SHORT && !SENTENCE_END.test(trimmed);
}

export function prepareText(original: string): PreparedText {
  // Both keep the length: every index is still an index into the original.
  // Round 19 (rules19c): …and so does reading a PDF's glyph numbers ("(cid:8)" for "%", glyph-codes.ts).
  // Round 20 (rules20b): …and a newspaper PDF's punctuation copied as characters ("亿元袁增长", font-punctuation.ts).
  // Round 20 (rules20c): …and reading a page's numeric character references ("#xff0c;" for "，", html-entities.ts).
  // Round 21 (rules21a): …and reading a converter's doubled marks ("亿元，，增长", "城镇、，农村") as one (doubled-marks.ts).
  // Round 21 (rules21a): …and reading a Word table's end-of-cell marks (U+0007) as cell boundaries (word-cell-marks.ts).
  // Round 27 (rules27c): …and reading OCR's "°/o" after a figure as the percent sign (ocr-percent.ts).
  // Round 29 (rules29b): …and reading OCR's look-alikes 増 and 兀 (after a figure) as 增 and 元 (ocr-lookalikes.ts).
  const spaced = digitYears(circleZeros(singleMarks(toSimplified(normalizeWidth(readFontPunctuation(readCharacterReferences(readOcrLookalikes(readOcrPercent(readGlyphCodes(readWordCellMarks(original))))))))))).replace(WIDE_SPACES, ' ').replace(CARE_OF_AS_PERCENT, '%').replace(HEARD_VALUE_ADDED, '值').replace(HEARD_RESIDENT, '住').replace(VERTICAL_STROKE, '|').replace(FIGURE_SLASH, '、').replace(CITATION_MARKS, (marks) => ' '.repeat(marks.length));
  // Round 14 (rules14a): a table copied one cell a line has its rows' inner line breaks read as tabs (cell-lines.ts).
  // Round 22 (rules22c): …and the line break inside a cell the table's narrow column wrapped is read as an invisible character (dropped).
  // Round 29 (rules29c): …and an annex table whose rows run on as one stream has its gaps read as tabs and line breaks (flat-table-runs.ts).
  const flatRuns = flatTableChanges(spaced).reduce((text, change) => `${text.slice(0, change.at)}${change.to}${text.slice(change.at + 1)}`, spaced);
  const cellLines = cellLineBreaks(flatRuns);
  const cellTabbed = cellLines.tabs.reduce((text, at) => `${text.slice(0, at - (text[at - 1] === '\r' ? 1 : 0))}${text[at - 1] === '\r' ? ' ' : ''}\t${text.slice(at + 1)}`, flatRuns);
  const cellBroken = cellLines.joins.reduce((text, at) => `${text.slice(0, at - (text[at - 1] === '\r' ? 1 : 0))}${text[at - 1] === '\r' ? '\u200b' : ''}\u200b${text.slice(at + 1)}`, cellTabbed);
  // Round 15 (rules15b): …and a table copied with one space between cells has those spaces read as tabs (space-cells.ts).
  const widened = spaceCellBoundaries(cellBroken).reduce((text, at) => `${text.slice(0, at)}\t${text.slice(at + 1)}`, cellBroken);
  // Round 13 (rules13b): a PDF's footnote ("1 同口径增长5.8%。" at the page's foot) is read at its marker ("增长2.7%1,"),
  // the marker as a comma (one character for one: no offset moves), see footnotes.ts.
  const footnotes = findFootnotes(splitLines(widened));
  const normalized = footnotes.reduce((text, note) => `${text.slice(0, note.marker)},${text.slice(note.marker + 1)}`, widened);
  const notesAt = [...footnotes].sort((a, b) => a.marker - b.marker);
  // Round 13 (rules13a): a subtitle's clock stamp before a line's words is dropped (time-stamp-prefix.ts).
  // Round 14 (rules14a): a page set in two columns is read column by column (columns.ts): its lines come in reading order.
  const physicalLines = splitLines(normalized);
  const columns = readColumns(physicalLines.map(withoutTimeStamp), original);
  const lines: Line[] = columns.lines;
  // Round 15 (rules15b): a subtitle's caption (a line that had a clock stamp, or stands under a stamp-only line) is one
  // spoken phrase, cut where the speaker paused: never the rest of the caption above it (findHardWraps).
  const captions = new Set(physicalLines.flatMap((line, index) => (timeStampPrefix(line.text) > 0 || (index > 0 && TIME_CODE.test(physicalLines[index - 1]!.text.trim())) ? [index] : [])));
  const furniture = findFurniture(lines);
  const noteLines = new Set(footnotes.flatMap((note) => note.lines));
  lines.forEach((line, index) => {
    if (line.physical !== undefined && noteLines.has(line.physical)) furniture[index] = true;
  });
  const artefacts = findLineNumberArtefacts(lines, furniture);
  for (const [index, arrow] of arrowContinuations(lines, furniture)) artefacts.set(index, arrow);
  // Round 25 (rules25b): …and a bullet that goes on with the respective figures of the line above (respective-lines.ts).
  for (const [index, rest] of respectiveContinuations(lines, furniture)) if (!artefacts.has(index)) artefacts.set(index, rest);
  const jumps = findPageJumps(lines, furniture, artefacts);
  const wrapped = findHardWraps(lines, furniture, artefacts, original, (index) => lines[index]!.physical !== undefined && captions.has(lines[index]!.physical!));
  for (const join of columns.joins) wrapped.add(join);
  // Round 23 (rules23c): …and a PDF's digit runs set on lines of their own are read inside their clauses (lone-figure-lines.ts).
  // The lone numbers inside clauses are figures, not page numbers or running headers.
  const loneFigures = loneFigureJoins(lines, furniture);
  for (const index of loneFigures.kept) furniture[index] = false;
  for (const join of loneFigures.joins) wrapped.add(join);
  // Round 28 (rules28c): joins that cross the blank lines between (a page break copied as an empty line), which a join otherwise never does.
  const acrossBlanks = new Set<number>();
  // Round 14 (rules14a): a line cut inside a figure or its verb goes on in the next content line (split-figure.ts).
  lines.forEach((line, index) => {
    if (furniture[index] || line.text.trim() === '') return;
    let next = index + 1;
    while (next < lines.length && (furniture[next] || lines[next]!.text.trim() === '')) next += 1;
    if (next < lines.length && cutInsideFigure(line.text, lines[next]!.text)) wrapped.add(index);
    // Round 28 (rules28c): …or the next line opens on the clause's mark the converter moved down (leading-mark.ts).
    if (next < lines.length && opensOnClauseMark(lines[next]!.text)) wrapped.add(index);
    // …or inside a target's phrase handed down by the level above (handed-down-wrap.ts).
    if (next < lines.length && cutInsideHandedDown(line.text, lines[next]!.text)) wrapped.add(index);
    // …or before the figure its clause names, a page break copied as blank lines between (clause-before-figure.ts; a wrap with no
    // blank line between is the page-width rules' to read).
    if (next > index + 1 && next < lines.length && !STARTS_ITEM.test(line.text) && !STARTS_ITEM.test(lines[next]!.text) && cutBeforeFigure(line.text, lines[next]!.text)) {
      wrapped.add(index);
      acrossBlanks.add(index);
    }
    // …or its page number glued after its last figure, the unit on the next page (split-figure.ts): the number is cut off.
    const glued = next < lines.length && next > index + 1 ? gluedPageNumber(line.text, lines[next]!.text) : 0;
    if (glued > 0 && !jumps.has(index)) {
      jumps.set(index, glued);
      acrossBlanks.add(index);
    }
    if (next < lines.length && furniture.slice(index + 1, next).some(Boolean) && cutFromUnitAcrossPage(line.text, lines[next]!.text)) wrapped.add(index);
  });
  for (const end of columns.breaks) wrapped.delete(end);
  const stacked = findStackedTables(lines);

  // [from, to, isNewline]: kept stretches of the normalised text, in order.
  const pieces: Array<[number, number, boolean]> = [];
  const movedPieces = new Set<[number, number, boolean]>();
  let joinNext = false;
  let pageBreak = false;
  let blankBreak = false;
  let skipUntil = -1;
  lines.forEach((line, index) => {
    // Round 11 (rules11b): a table scraped one cell per line is rebuilt as barred rows (see findStackedTables).
    if (index < skipUntil) return;
    const table = stacked.get(index);
    if (table) {
      pieces.push(...table.pieces);
      skipUntil = table.end;
      return;
    }
    const artefact = artefacts.get(index);
    // A joined line continues the previous one: drop the line breaks (and furniture) kept after it.
    if (artefact?.join || (joinNext && !furniture[index] && line.text.trim() !== '')) {
      // …and, across a page break, the empty stretches of the blank lines around its page number (a blank
      // line alone is a paragraph break, which no join crosses).
      const empty = () => pieces.length > 0 && pieces.at(-1)![0] === pieces.at(-1)![1];
      while (pieces.at(-1)?.[2] || ((pageBreak || blankBreak) && empty())) pieces.pop();
      joinNext = false;
      pageBreak = false;
      blankBreak = false;
    }
    if (joinNext && furniture[index]) pageBreak = true;
    const cut = jumps.get(index) ?? 0;
    if (!furniture[index]) {
      const from = line.start + (artefact?.prefixLength ?? 0);
      const to = line.end - cut;
      const bar = INFOGRAPHIC_ROW.exec(normalized.slice(from, to))?.[1]?.length;
      // The name cell's bar is dropped, so the name and its first figure read as one clause.
      const arrow = bar === undefined ? inlineArrow(normalized.slice(from, to)) : null;
      if (bar !== undefined) pieces.push(...visible(normalized, from, from + bar), ...visible(normalized, from + bar + 1, to));
      // Round 18 (rules18a): so is the arrow between a name and what it leads to (arrow-lines.ts).
      else if (arrow) pieces.push(...visible(normalized, from, from + arrow.at), ...visible(normalized, from + arrow.at + arrow.length, to));
      else {
        // A footnote's text after its marker (the marker kept, read as a comma).
        // Round 14 (rules14a): …or after the level's own rate (the marker moved with it); a note without a figure is dropped.
        let at = from;
        for (const { marker, anchor, figure, body } of notesAt) {
          if (marker < from || marker >= to || marker < at) continue;
          if (!figure) {
            pieces.push(...visible(normalized, at, marker));
            at = marker + 1;
            continue;
          }
          const note = body.flatMap(([start, end]) => visible(normalized, start, end));
          for (const piece of note) movedPieces.add(piece);
          if (anchor > marker + 1 && anchor <= to) {
            const comma: [number, number, boolean] = [marker, marker + 1, false];
            movedPieces.add(comma);
            pieces.push(...visible(normalized, at, marker), ...visible(normalized, marker + 1, anchor), comma, ...note);
            at = anchor;
          } else {
            pieces.push(...visible(normalized, at, marker + 1), ...note);
            at = marker + 1;
          }
        }
        // Round 14 (rules14c): a number letter-spaced over a narrow column's wrap ("完成2 1 3.6" over "亿元 增长5.1%") is read
        // with the unit that opens the line it is joined to.
        pieces.push(...visible(normalized, at, to, wrapped.has(index) ? joinedStart(lines, furniture, index, normalized) : ''));
      }
    }
    if (wrapped.has(index) || cut > 0) joinNext = true;
    if (acrossBlanks.has(index)) blankBreak = true;
    // Round 15 (rules15b): a subtitle file's cue (blank line, cue number, time line) parts two captions as one line break
    // does, so the captions of a list of targets stay one run of lines (sections.ts), as a caption copy without cues does.
    if (furniture[index] && TIME_CODE.test(line.text.trim()) && pieces.some((piece) => !piece[2])) {
      // Back to the line break after the last caption's text (blank lines leave empty stretches too).
      let first = pieces.length;
      while (first > 0 && (pieces[first - 1]![2] || pieces[first - 1]![0] === pieces[first - 1]![1])) first -= 1;
      const kept = pieces.slice(first).find((piece) => piece[2]);
      pieces.length = first;
      if (kept) pieces.push(kept);
      return;
    }
    // Only the \n of a \r\n is kept, so later stages see one kind of line break.
    if (line.next > line.end) pieces.push([line.next - 1, line.next, true]);
  });

  const length = pieces.reduce((sum, [from, to]) => sum + (to - from), 0);
  const origin = new Int32Array(length);
  let text = '';
  let cursor = 0;
  const moved: Array<[number, number]> = [];
  for (const piece of pieces) {
    const [from, to] = piece;
    if (movedPieces.has(piece)) {
      if (moved.at(-1)?.[1] === cursor) moved.at(-1)![1] = cursor + to - from;
      else moved.push([cursor, cursor + to - from]);
    }
    text += normalized.slice(from, to);
    for (let i = from; i < to; i += 1) origin[cursor++] = i;
  }
  return { original, text, origin, ...(moved.length > 0 ? { moved } : {}) };
}

const BULLET = /^\s*-\s+/;
// A figure an item states: a number with its unit or per cent ("6%", "1.1万人", "4.5亿美元"), never a page number ("- 2 -").
const STATED_FIGURE = /\d(?:\.\d+)?\s?(?:%|‰|个百分点|[万亿千百]?(?:元|美元|人|户|家|个|吨|亩|公顷|公里|千瓦时))/;

/** Lines of the "- " lists (blank lines may part their items) of which at least one item states a figure. */
function figureListBullets(lines: Line[]): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const close = () => {
    if (run.some((index) => STATED_FIGURE.test(lines[index]!.text))) found.push(...run);
    run = [];
  };
  lines.forEach((line, index) => {
    if (BULLET.test(line.text)) run.push(index);
    else if (line.text.trim() !== '') close();
  });
  close();
  return found;
}

/**
 * Furniture lines: each line by itself (isFurnitureLine), plus what only shows in
 * context — a running header repeated on every page, a run of three or more very
 * short lines without punctuation (a menu), and a list of links under "相关新闻".
 */
// A line that opens on a figure, behind the words of a result or a target ("预计完成168.4亿元", "增长6.3%", "控制在5.5%以内"), or on
// a figure with its unit ("2460人"); a date ("2025-01-06") or a bare number is no such line.
const STATES_FIGURE_FIRST = /^(?:(?:全年)?(?:预计|初步核算)?(?:完成|实现|达到|增长|下降|控制在|稳定在|突破)\s?-?\d|\d+(?:\.\d+)?\s?(?:%|[万亿]?元|万?人|万?吨|万?亩))/;
// Round 25 (rules25b): …also "过去这一年", and a subtitle that asks how the new year goes ("新的一年怎么干", "今年如何干"): a
// narration's question before the targets it answers, never a menu's item.
const NARRATION_CUE = /^(?:过去(?:的|这)?一年|一年来|新的?一年|今年|(?:政府工作)?报告(?:提出|明确|指出|显示))$|^(?:新的?一年|今年)(?:我们|咱们)?(?:要|该)?(?:怎么|如何|咋)(?:干|办|做|抓|走)$/;

const BARE_YEAR = /^((?:19|20)\d{2}) ?年$/;

function findFurniture(lines: Line[]): boolean[] {
  const furniture = lines.map((line) => isFurnitureLine(line.text));
  const counts = new Map<string, number>();
  // Round 15 (rules15b): a running header set flush left and right ("某县人民政府公报                2026年第1期") is counted
  // by its words, the run of spaces between them read as one.
  const headerKey = (text: string) => text.trim().replace(/[ \t\u3000]{2,}/g, ' ');
  for (const line of lines) {
    const trimmed = headerKey(line.text);
    if (trimmed.length >= 4 && trimmed.length <= 40) counts.set(trimmed, (counts.get(trimmed) ?? 0) + 1);
  }
  // Round 21 (rules21c): a video's narration printed one subtitle a line ("过去的一年" / "新的一年" / "报告提出") is as short, but a
  // subtitle that turns to a year or to the report's proposals is the text's own cue, never a menu's item: it parts the run.
  // Round 27 (rules27b): a line of one separator mark alone ("-", "*", "·") between each heading and paragraph of a copied answer page
  // parts the lines as a blank line does: it is no menu's item, so the headings it stands between never make a menu's run.
  const tiny = (line: Line) => {
    const trimmed = line.text.trim();
    return trimmed !== '' && trimmed.length <= 8 && !/\d/.test(trimmed) && !HAS_PUNCTUATION.test(trimmed) && !NARRATION_CUE.test(trimmed) && !SEPARATOR_MARK.test(trimmed);
  };
  // Round 26 (rules26c): a line holding only a year, repeated beside another such line of the next or last year ("2024年" over each
  // theme's results, "2025年" over its aims), heads runs of figures by their year: a page's running header is its title, never
  // a year that alternates with another.
  const bareYears = new Set(lines.map((line) => BARE_YEAR.exec(line.text.trim())?.[1]).filter((year) => year !== undefined).map(Number));
  const headsByYear = (trimmed: string) => {
    const year = Number(BARE_YEAR.exec(trimmed)?.[1] ?? 0);
    return year > 0 && (bareYears.has(year - 1) || bareYears.has(year + 1));
  };
  let inLinks = false;
  const firstIndex = new Map<string, number>();
  const titleIndex = lines.findIndex((line) => line.text.trim() !== '');
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    const key = headerKey(line.text);
    // A running header: on every page, so three times or more; twice when it is a bare label (no figure, no punctuation).
    const repeats = counts.get(key) ?? 0;
    // A bare label seen twice is a running header only beside a page break: an infographic names an
    // indicator twice ("地区生产总值" above last year's figure and above this year's target).
    const twice = repeats === 2 && !/\d/.test(trimmed) && !HAS_PUNCTUATION.test(trimmed) && besidePageNumber(lines, index);
    // Round 13 (rules13b): a title that names its years, seen twice (first as the document's first line or by a page number, then
    // by a page number: "白鹭洲区2025年…计划执行情况与2026年计划草案的报告" again under "-2-"): the second is the running header;
    // the first, the title, is kept. Round 15 (rules15b): …also a gazette's issue, its number beside the year ("2026年第1期").
    const first = firstIndex.get(key) ?? index;
    if (!firstIndex.has(key)) firstIndex.set(key, index);
    const headerAgain = repeats === 2 && first < index && /\d/.test(key) && !/\d/.test(key.replace(/(?:19|20)\d{2} ?年|第\s?\d{1,3}\s?[期卷号]/g, '')) && !HAS_PUNCTUATION.test(trimmed) && besidePageNumber(lines, index) && (first === titleIndex || besidePageNumber(lines, first));
    if (!SENTENCE_END.test(trimmed) && !DIVIDER.test(trimmed) && !headsByYear(trimmed) && (repeats >= 3 || twice || headerAgain)) furniture[index] = true;
    // A heading may be spaced out letter by letter ("往 期 回 顾").
    if (RELATED_LINKS.test(trimmed) || RELATED_LINKS.test(trimmed.replace(/[ \t]+/g, '')) || MORE_LINKS.test(trimmed)) {
      inLinks = true;
      furniture[index] = true;
    } else if (inLinks) {
      // A link list ends at a blank line or at a line that reads like running text.
      // (A headline ends without a sentence's punctuation: "…;" or "…:" is the article again.)
      if (trimmed === '' || trimmed.length > 60 || SENTENCE_END.test(trimmed)) inLinks = false;
      else furniture[index] = true;
    }
  });
  // Round 20 (rules20b): a short "- " bullet is a sharing site's label ("- 配套讲稿:") only in a list that states nothing: a list
  // whose items state figures ("- 地区生产总值增长6%左右", "- 城镇新增就业1.1万人 [3]") is the article's own, its wordings too.
  for (const index of figureListBullets(lines)) if (!isFurnitureLine(lines[index]!.text.replace(BULLET, ''))) furniture[index] = false;
  // Round 19 (rules19c): a watermark's line spliced into sentences (watermark-lines.ts).
  for (const index of findWatermarks(lines.map((line) => line.text))) furniture[index] = true;
  // A list of other articles, each a headline with its date ("全区一般公共预算收入增长6.5% 2024-12-30"):
  // a sidebar or a "最新动态" box, whose figures are other texts' (other years, part-years, other
  // places). Two such lines in a row make a list; a single dated line may be the page's own title.
  for (let index = 0; index < lines.length; index += 1) {
    let end = index;
    while (end < lines.length && DATED_LINK.test(lines[end]!.text.trim())) end += 1;
    if (end - index >= 2) for (let i = index; i < end; i += 1) furniture[i] = true;
    index = Math.max(index, end);
  }
  for (let index = 0; index < lines.length; index += 1) {
    let end = index;
    while (end < lines.length && tiny(lines[end]!)) end += 1;
    // Round 23 (rules23c): …but the run's last line over a line that states a figure ("全县地区生产总值" over "预计完成168.4亿元"
    // in a caption copy without punctuation) names that figure: a menu's item leads to no figure.
    const named = end - index >= 3 && end < lines.length && STATES_FIGURE_FIRST.test(lines[end]!.text.trim());
    // …and a run between two lines that state figures ("增长4%" / "城乡居民收入增长" / "与经济增长同步" / "城镇调查失业率" / "控制在
    // 5.5%以内") is a list of figures' names and wordings, a caption a line: no menu stands inside one.
    const amidFigures = named && index > 0 && STATED_FIGURE.test(lines[index - 1]!.text);
    if (end - index >= 3 && !amidFigures) for (let i = index; i < end - (named ? 1 : 0); i += 1) furniture[i] = true;
    index = Math.max(index, end);
  }
  // A page break inside a sentence: "…人均可支配收入35126元," / "— 1 —" / "某区政府工作报告" /
  // "增长6.0%。" — the short line without punctuation right after the page number is the next
  // page's running header (seen once only when the copy spans two pages), not a heading.
  // Blank lines may stand around the page number ("…社会" / "" / "— 1 —" / "" / header).
  const openingTitle = lines.slice(titleIndex, titleIndex + TITLE_LINES).map((line) => line.text.replace(/\s+/g, '')).join('');
  lines.forEach((line, index) => {
    if (!PAGE_NUMBER.test(line.text.trim())) return;
    let previous = index - 1;
    while (previous >= 0 && lines[previous]!.text.trim() === '') previous -= 1;
    let following = index + 1;
    while (following < lines.length && lines[following]!.text.trim() === '') following += 1;
    if (previous < 0 || following + 1 >= lines.length) return;
    const before = lines[previous]!.text.trimEnd();
    const header = lines[following]!.text.trim();
    // …also when the line after the header goes on with the figure's unit ("…就业3650" / "人。").
    const after = lines.slice(following + 1).find((next) => next.text.trim() !== '')?.text.trim() ?? '';
    const cut = !SENTENCE_END.test(before) && (!endsOnFigure(before) || (/\d$/.test(before) && FIGURE_GOES_ON.test(after)));
    // The header may name years ("某县2024年计划执行情况与2025年计划草案的报告"), never a figure.
    // Round 13 (rules13b): …or the year in brackets ("某县人民政府工作报告(2024)").
    const figureless = !/\d/.test(header.replace(/(?:19|20)\d{2} ?年|\((?:19|20)\d{2}\)/g, ''));
    // Round 13 (rules13b): a line ending on a joining word ("…计划执行情况与" over "2025年…计划草案的报告") is the first
    // half of a title wrapped by the page, never a running header (a header is a whole title).
    const wrapsOn = TITLE_GOES_ON.test(header);
    // Round 27 (rules27c): …and a header of any length that repeats the document's title, which its first lines wrap
    // ("关于某区2024年国民经济和社会发展计划执" / "行情况与2025年…计划草案" / "的报告(书面)", again whole under "第 2 页 共 6 页").
    const short = header.length <= SHORT || (following > titleIndex + 1 && openingTitle.startsWith(header.replace(/\s+/g, '')));
    if (cut && header.length >= 4 && short && !HAS_PUNCTUATION.test(header) && figureless && !STARTS_ITEM.test(header) && !wrapsOn) furniture[following] = true;
  });
  for (const index of pageFootNotes(lines.map((line) => line.text), furniture)) furniture[index] = true;
  return furniture;
}

/**
 * Round 11 (rules11b): a table scraped from a web page with each cell on its own line, a lone bar
 * between cells ("|" / "指标名称" / "|" / "单位" / "|" / … / "|" / "地区生产总值" / "|" / "亿元" / …).
 * Line by line it reads as short labels and bare numbers (dropped as a menu, or figures without a
 * name); rebuilt as barred rows ("|地区生产总值|亿元|865.0|5.6|增长6%左右|") the table reader
 * (read-tables.ts) reads it by its header. The run must open on a header cell (指标/项目(名称)), and
 * the row length is the smallest one (3–10 cells) that parts the cells after the header into whole
 * rows, each opening on a name (no digit) and holding a digit somewhere: else the run is left alone.
 * The bar line closing one row opens the next, so its character is used twice (origin keeps the index).
 * Returns, by the run's first line, the pieces of the rebuilt rows and the index of the line after the run.
 */
function findStackedTables(lines: Line[]): Map<number, { pieces: Array<[number, number, boolean]>; end: number }> {
  const tables = new Map<number, { pieces: Array<[number, number, boolean]>; end: number }>();
  const isBar = (line: Line | undefined) => line !== undefined && line.text.trim() === '|';
  const isCell = (line: Line | undefined) => line !== undefined && line.text.trim() !== '' && !line.text.includes('|');
  for (let index = 0; index < lines.length; index += 1) {
    if (!isBar(lines[index]) || !isCell(lines[index + 1]) || !TABLE_HEADER.test(lines[index + 1]!.text.trim())) continue;
    // bars[i] is the bar line before cells[i]; the run ends on a bar line.
    const bars: number[] = [index];
    const cells: number[] = [];
    let at = index;
    while (isCell(lines[at + 1]) && isBar(lines[at + 2])) {
      cells.push(at + 1);
      bars.push(at + 2);
      at += 2;
    }
    const text = (cell: number) => lines[cell]!.text.trim();
    let width = 0;
    for (let candidate = 3; candidate <= 10 && width === 0; candidate += 1) {
      if (cells.length < candidate * 2 || cells.length % candidate !== 0) continue;
      let whole = true;
      for (let row = candidate; row < cells.length && whole; row += candidate) {
        const rowCells = cells.slice(row, row + candidate).map(text);
        whole = !/\d/.test(rowCells[0]!) && rowCells.slice(1).some((cell) => /\d/.test(cell));
      }
      if (whole) width = candidate;
    }
    if (width === 0) continue;
    const pieces: Array<[number, number, boolean]> = [];
    const span = (lineIndex: number): [number, number, boolean] => [lines[lineIndex]!.start, lines[lineIndex]!.end, false];
    for (let row = 0; row < cells.length; row += width) {
      pieces.push(span(bars[row]!));
      for (let column = row; column < row + width; column += 1) pieces.push(span(cells[column]!), span(bars[column + 1]!));
      const closing = lines[bars[row + width]!]!;
      if (closing.next > closing.end) pieces.push([closing.next - 1, closing.next, true]);
    }
    tables.set(index, { pieces, end: at + 1 });
    index = at;
  }
  return tables;
}

/** The nearest non-blank line before or after `index` is a page number. */
function besidePageNumber(lines: Line[], index: number): boolean {
  const near = (step: number) => {
    for (let i = index + step; i >= 0 && i < lines.length; i += step) {
      const trimmed = lines[i]!.text.trim();
      if (trimmed !== '') return PAGE_NUMBER.test(trimmed);
    }
    return false;
  };
  return near(-1) || near(1);
}

/**
 * Text copied from a PDF keeps the page's line breaks, which fall inside clauses and
 * even inside names ("社\n会消费品零售总额"). Such a document has many full-width lines
 * that end mid-sentence; in it, a full-width line that ends mid-sentence is joined to the
 * next content line (skipping page numbers and running headers between them), unless
 * that line is a heading (short, without an ending) or starts a list item.
 */
function findHardWraps(lines: Line[], furniture: boolean[], artefacts: Map<number, unknown>, original: string, caption: (index: number) => boolean = () => false): Set<number> {
  const divider = (index: number) => DIVIDER.test(lines[index]!.text.trim());
  const content = lines
    .map((line, index) => ({ length: line.text.trim().length, open: !SENTENCE_END.test(line.text.trimEnd()) && !endsOnFigure(line.text.trimEnd()) && !endsOnDateStamp(line.text), index }))
    .filter(({ length, index }) => length >= 10 && !furniture[index] && !artefacts.has(index) && !divider(index));
  const joins = new Set<number>();
  const numbered = numberedTableLines(lines.map((line) => line.text));
  // Round 13 (rules13b): "白鹭洲区2025年国民经济和社会发展计划执行情况与" over "2026年国民经济和社会发展计划草案的报告": a line
  // that ends on a joining word goes on in the line right under it, whatever the length of either (a wrapped title).
  for (const line of content) {
    const following = lines[line.index + 1];
    if (line.open && TITLE_GOES_ON.test(lines[line.index]!.text.trimEnd()) && following && following.text.trim() !== '' && !furniture[line.index + 1] && !STARTS_ITEM.test(following.text)) joins.add(line.index);
    if (following && !furniture[line.index + 1] && cutInsideQualifier(lines[line.index]!.text.trimEnd(), following.text.trimStart())) joins.add(line.index);
  }
  if (content.length < 4) return joins;
  const lengths = content.map((line) => line.length).sort((a, b) => a - b);
  const typical = lengths[Math.floor(lengths.length * 0.75)]!;
  // A numbered heading ("一、2024年工作回顾") ends without punctuation too, but is short and
  // stands on its own; only a full line that starts an item can have been cut.
  // Round 22 (rules22c): …unless the line goes on after its run-in heading's full stop ("(四)坚持民生优先,群众生活持续改善。城镇" over
  // "新增就业6210人,…"): that is a paragraph's first line, however short half-width digits make the page's other lines look.
  const heading = (line: { length: number; index: number }) => STARTS_ITEM.test(lines[line.index]!.text) && line.length < typical * 0.9 && !RUNS_ON_AFTER_STOP.test(lines[line.index]!.text.trimEnd());
  // nextContent[i]: the first line after i that is neither furniture nor blank (-1: none).
  const nextContent = new Int32Array(lines.length).fill(-1);
  for (let i = lines.length - 2; i >= 0; i -= 1) {
    const candidate = i + 1;
    nextContent[i] = !furniture[candidate] && lines[candidate]!.text.trim() !== '' ? candidate : nextContent[candidate]!;
  }
  const open = content.filter((line) => line.open && !heading(line)).length;
  if (open / content.length < 0.5) {
    // Mostly whole lines (a list of bullets): still, a full line cut inside a figure
    // ("…控制在5." above "5%以内;") was wrapped by the page, whatever the rest of the document.
    // …and so is an open line of the page's own width: a PDF wraps every full line at the same
    // length, so a width shared by several lines is the page's ("…比上年增长3.5%。全年粮" above
    // "食播种面积28.4万亩…" in a document of short paragraphs).
    const width = pageWidth(content.map((line) => lines[line.index]!.text).filter((text) => !text.includes('\t')).map((text) => text.trimEnd().length));
    // Half-width digits and spaces ("增长 5.5% 左") take half a place: lines of one page width then differ
    // in characters but not in the width they fill, read from the original (before full-width → half-width).
    const filled = (index: number) => displayWidth(original.slice(lines[index]!.start, lines[index]!.end).trimEnd());
    const band = pageBand(content.filter((line) => !lines[line.index]!.text.includes('\t')).map((line) => filled(line.index)));
    for (const line of content) {
      const next = nextContent[line.index]!;
      if (next < 0) continue;
      const written = lines[line.index]!.text.trimEnd();
      const following = lines[next]!.text.trim();
      if (endsOnDateStamp(written)) continue;
      // (Not a typed table's numbered row over the next: "2  …增长(%) 6.8  7" / "3  城镇新增就业(万人)  1.21  1.2".)
      if (line.length >= typical * 0.7 && CUT_FIGURE.test(written) && /^[\d.%]/.test(following) && !SPACED_ROW.test(written.trim()) && !SPACED_ROW.test(following) && !numbered.has(line.index)) joins.add(line.index);
      // A table row (tab-separated cells) is never a wrapped line.
      // Round 19 (rules19c): …or one half-place over it: a line holding several half-width figures ("增长7%左右…增长10%以上") is set a
      // little wide, never a whole character wider.
      const inBand = band !== null && filled(line.index) >= band - PAGE_BAND && filled(line.index) <= band + 1;
      const fullWidth = (inBand || (width !== null && written.length >= width - 1 && written.length <= width + 2)) && !written.includes('\t') && !following.includes('\t');
      // A title ("…统计公报") has no punctuation; a line of prose cut by the page has some.
      if (fullWidth && line.open && HAS_PUNCTUATION.test(written) && !heading(line) && !STARTS_ITEM.test(following) && !SENTENCE_END.test(written)) joins.add(line.index);
      // Round 12 (rules12c): "…粮食总产量43.7" above "亿斤,比上年下降2.1%…": a line of the page's width that ends on a number
      // whose unit opens the next line was cut between the two (the number alone would read as a complete row's figure).
      if (fullWidth && CUT_FIGURE.test(written) && HAS_PUNCTUATION.test(written) && UNIT_AFTER_CUT.test(following)) joins.add(line.index);
      // "——城镇…增长 4.6%;农村常住居" above "民人均可支配收入 19268 元,增长 7.4%;": in a list whose items
      // each end like a sentence, one of the longest items left open, over a line that is no item
      // but ends like one, was cut by the page.
      if (STARTS_ITEM.test(written) && line.open && line.length >= typical && HAS_PUNCTUATION.test(written) && !STARTS_ITEM.test(following) && SENTENCE_END.test(following)) joins.add(line.index);
    }
    return joins;
  }
  // A length (give or take one) that at least three lines and three in ten share: a narrow column's width.
  const columnWidth = (length: number) => content.filter((other) => Math.abs(other.length - length) <= 1).length >= Math.max(3, content.length * 0.3);
  for (const line of content) {
    if (line.length < typical * 0.7 || heading(line) || SENTENCE_END.test(lines[line.index]!.text.trimEnd()) || endsOnDateStamp(lines[line.index]!.text)) continue;
    const next = nextContent[line.index]!;
    const following = next < 0 ? '' : lines[next]!.text.trim();
    // A short line without an ending is a heading ("2025年主要预期目标"), not the rest of a clause.
    // Text without punctuation has none in its prose either: there a line holding a figure
    // with its unit ("收入51280元增长4.7%…") is the rest of the clause, not a title.
    // Round 25 (rules25c): …nor is a short line cut from its unit by the page ("居民人均可支配收入 17935" over a page number and "元,增长…"):
    // a page's last line, not a title.
    const afterFollowing = next < 0 ? -1 : nextContent[next]!;
    const cutFigure = afterFollowing >= 0 && furniture.slice(next + 1, afterFollowing).some(Boolean) && cutFromUnitAcrossPage(following, lines[afterFollowing]!.text);
    const isTitle = following.length < typical * 0.7 && !HAS_PUNCTUATION.test(following) && !UNIT_OR_SUFFIX_START.test(following) && !FIGURE_WITH_UNIT.test(following) && !cutFigure;
    // "…增速 6%左右" above "规模以上…": a row or clause that ends with its figure, not a cut one.
    // Round 12 (rules12b): a digit goes on only from a digit; after a % or a unit it starts the next sentence
    // ("…城镇登记失业率2.8%" above "2024年全区…": an OCR'd summary, one sentence a line, no punctuation).
    const written = lines[line.index]!.text.trimEnd();
    const rowEnds = endsOnFigure(written) && !(FIGURE_GOES_ON.test(following) && !(/[^\d.]$/.test(written) && /^\d/.test(following)));
    // A table row (tab-separated cells) is never a wrapped line, nor is the line above one.
    // Round 13 (rules13b): …nor a row laid out with spaces (alignedRow); (rules13c) nor a typed table's numbered row, its cells
    // aligned by runs of spaces ("2  规模以上工业增加值增长(%) 6.8  7" above "3  城镇新增就业(万人)  1.21    1.2").
    // Round 29 (rules29a): …nor a line of a numbered table typed with single spaces (numberedTableLines).
    const tableRow = numbered.has(line.index) || numbered.has(next) || [lines[line.index]!.text, following].some((row) => row.includes('\t') || BARRED_ROW.test(row) || alignedRow(row.trim()) || SPACED_ROW.test(row.trim()));
    const figureFirst = [lines[line.index]!.text.trim(), following].some((row) => FIGURE_FIRST_LINE.test(row)) || CARD_FIGURES.test(written.trim());
    // Round 26 (rules26b): …nor a caption's line inviting the viewer to this year's targets ("一起来看看2026年的新目标"): the list's heading.
    // Round 28 (rules28c): …nor a caption that turns to last year ("今年在农村居民增收上再加把劲" over "去年农村居民人均可支配收入增长6.9%",
    // subtitles without punctuation): a remark on this year and last year's figure are two statements. Only between lines without
    // any mark, the upper one of a length few lines share (a narrow column's wrap, its lines all of one width, may fall before 去年).
    const turnsToLastYear = TURNS_TO_LAST_YEAR.test(following) && !HAS_PUNCTUATION.test(written) && !HAS_PUNCTUATION.test(following) && !columnWidth(line.length);
    if (next < 0 || STARTS_ITEM.test(following) || OPENS_STATEMENT.test(following) || turnsToLastYear || figureFirst || isTitle || rowEnds || tableRow || (caption(line.index) && caption(next)) || LOOK_AT_TARGETS_LINE.test(written)) continue;
    joins.add(line.index);
  }
  return joins;
}

const SPACED_ROW = /^\d{1,2} {2,}[^\d\s].*\S {2,}-?\d[^\s]{0,8}$/;
// Round 29 (rules29a): a numbered table typed with single spaces ("序号 指标 单位 2025年预计 增长(%) 2026年计划 增长(%)" over
// "1 城镇新增就业 人 8350 — 8000 —"): its header and the rows under it that open on their number and have as many words. A row
// ending on a bare figure ("… 4.7 — 5") over the next row's number ("2 …") is no figure cut by the line (the reading of text
// without punctuation), nor is the header the start of its first row.
const NUMBERED_HEADER = /^(?:序号|编号) (?:主要)?(?:指标|项目)(?:名称)? \S/;
const NUMBERED_ROW = /^\d{1,2} \S/;

function numberedTableLines(texts: string[]): Set<number> {
  const found = new Set<number>();
  let words = 0;
  texts.forEach((text, index) => {
    const trimmed = text.trim();
    const count = trimmed.split(/\s+/).length;
    if (NUMBERED_HEADER.test(trimmed)) words = count;
    else if (words === 0 || !NUMBERED_ROW.test(trimmed) || count !== words) {
      words = 0;
      return;
    }
    found.add(index);
  });
  return found;
}

/** The most common line length when enough lines share it, or null: a PDF's line width. */
function pageWidth(lengths: number[]): number | null {
  const counts = new Map<number, number>();
  for (const length of lengths) counts.set(length, (counts.get(length) ?? 0) + 1);
  const [width, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  return count >= Math.max(PAGE_WIDTH_LINES, lengths.length * PAGE_WIDTH_SHARE) && width >= PAGE_WIDTH_MIN ? width : null;
}

/** The widest band of PAGE_BAND half-places holding enough lines (as pageWidth), by its top, or null. */
function pageBand(widths: number[]): number | null {
  let best: [number, number] = [0, 0];
  for (const top of new Set(widths)) {
    const count = widths.filter((width) => width <= top && width >= top - PAGE_BAND).length;
    if (count > best[1] || (count === best[1] && top > best[0])) best = [top, count];
  }
  return best[1] >= Math.max(PAGE_WIDTH_LINES, widths.length * PAGE_WIDTH_SHARE) && best[0] >= PAGE_WIDTH_MIN * 2 ? best[0] : null;
}

/** Places a line fills: two for a Chinese character or full-width sign, one for a half-width one. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) >= 0x2e80 || CHINESE_SET_MARKS.test(char) ? 2 : 1;
  return width;
}
// Round 27 (rules27c): a Chinese page sets its dash, its curly quotes and its ellipsis ("——", "“ ”", "……", code points below the
// Chinese ones) a full character wide: counted as half, a line holding them ("…总体要求是……全县…规模以" over "上工业增加值…")
// looks short of the page's width and its wrap is read as the end of a paragraph.
const CHINESE_SET_MARKS = /[\u2014\u2018\u2019\u201c\u201d\u2026]/;

const PAGE_BAND = 3;
// A page width is shared by at least 3 lines and a fifth of the lines, and is a full line's.
const PAGE_WIDTH_LINES = 3;
const PAGE_WIDTH_SHARE = 0.2;
const PAGE_WIDTH_MIN = 20;
const CHINESE_DIGITS = '〇一二三四五六七八九';
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?= ?年)/g;

// Press and reprints write the zero of a Chinese numeral with a circle symbol ("二○二五年", "百分之○点三"):
// next to another Chinese digit (or 点) it is the numeral 〇, one character for one.
const CIRCLE_ZERO = /(?<=[〇零一二三四五六七八九点])[○◯]|[○◯](?=[〇零一二三四五六七八九点])/g;

function circleZeros(text: string): string {
  return text.replace(CIRCLE_ZERO, '〇');
}

/** "二〇二四年" → "2024年": formal headings write years in Chinese digits (four for four: no offset moves). */
function digitYears(text: string): string {
  return text.replace(CHINESE_YEAR, (year) => [...year].map((char) => String(Math.max(0, CHINESE_DIGITS.indexOf(char === '零' ? '〇' : char)))).join(''));
}

// A newspaper continues a story on another page: "…粮食总产量(下转第三版)" / "(上接第一版)稳定在16.2万吨。".
const JUMP_OUT = /\s*[(（【]?(?:下转|转)第?\s*[一二三四五六七八九十\d]+\s*[版页][)）】]?\s*$/;
const JUMP_IN = /^\s*[(（【]?(?:上接|接)第?\s*[一二三四五六七八九十\d]+\s*[版页][)）】]?\s*/;

/**
 * Page jumps of a newspaper: the marker at the end of a line is cut off (its length by line
 * index) and the line is joined to the next content line, whose "上接" marker becomes a
 * prefix to drop, like a line-number artefact.
 */
function findPageJumps(lines: Line[], furniture: boolean[], artefacts: Map<number, { prefixLength: number; join: boolean }>): Map<number, number> {
  const cuts = new Map<number, number>();
  lines.forEach((line, index) => {
    if (furniture[index]) return;
    const incoming = JUMP_IN.exec(line.text);
    if (incoming && !artefacts.has(index)) artefacts.set(index, { prefixLength: incoming[0].length, join: false });
    const outgoing = JUMP_OUT.exec(line.text);
    if (outgoing && outgoing.index > 0) cuts.set(index, outgoing[0].length);
  });
  return cuts;
}

// A web page's non-breaking and typographic spaces read as spaces (one for one: no offset moves);
// its invisible characters (zero-width spaces and joiners, a byte-order mark, soft hyphens) are
// dropped, since they sit inside names and figures ("地区生产\u200b总值", "5.\u200b6%").
const WIDE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f]/g;
// Some writers' input methods give "℅" (care of) for the percent sign: "同比增长6℅" (one for one).
// Round 15 (rules15b): 丨 (the radical "gun") is never a word of prose: OCR reads a column rule or a bar as it, and posts use it as
// a separator ("两会丨…"). Read as the bar it stands for, it ends a clause ("…完成节能降耗目标任务丨报告还对…").
// Round 18 (rules18c): …and so is a box-drawing table's column rule ("│外贸出口额 │亿元 │31 │33.5 │", "┃", "║"): read as the bar
// a markdown table uses, the table's rows are read as that table's.
const VERTICAL_STROKE = /[丨│┃║]/g;
// (A table's rule has corners or junctions; a plain line "━━━━" frames a heading and stays.)
const BOX_RULE = /^(?=[^\n]*[┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝])[\u2500-\u257f]+$/;
const CARE_OF_AS_PERCENT = /(?<=\d ?)℅/g;
// Round 19 (rules19c): speech-to-text hears 增加值 (value added) as its homophones 增加至 / 增加直 ("规上工业增加至增长百分之十一"): right
// before a rate's verb, "increase to" cannot stand (nothing is increased to a growth), so it is the name's 值 (one for one).
const HEARD_VALUE_ADDED = /(?<=增加)[至直](?=[ \t]?(?:同比|比上年)?(?:增长|增速|下降))/g;
// Round 27 (rules27c): …and hears 常住 (resident) as its homophone 常驻 (stationed) in the residents' income ("城镇常驻居民人均可支配收入"):
// before 居民 a population is meant, never a posting, so it is the name's 住 (one for one); 常驻 before anything else (an office's
// "常驻代表") stays.
const HEARD_RESIDENT = /(?<=常)驻(?=居民)/g;
// Round 19 (rules19b): a post pairs two figures with a slash after their name ("城乡居民人均可支配收入：43960元 / 22580元 📈4.9% / 7.0%"):
// after a figure's unit and before the next figure, on a line that opens on words (after a list number or keycap), the slash is the list's 、 (a date's "2024/12/27" and
// a unit's "元/吨" have no unit and figure around it; a card's figures over the name below, "【 43862元 / 24517元 】", are read as such).
const FIGURE_SLASH = /\/(?<=(?:^|\n)[ \t]*(?:\d\ufe0f?\u20e3|\d{1,2}[.、)])?[^\d\n]{0,40}?[\u4e00-\u9fff][^\n]{0,80}?\d(?:\.\d+)? ?(?:%|[万亿]?元|万?人|万?户|万?吨|万?亩|[万亿]?斤) ?\/)(?= ?-?\d)/g;
// Round 20 (rules20b): an AI digest of a report cites its source's pages after each item ("- 城镇新增就业1.8万人 [3]", "2025年主要预期目标
// [12]", "…增长5% [14][15]"): marks at a line's end, read as spaces (one for one), so the item or heading ends where its words do.
const CITATION_MARKS = /(?<=\S)[ \t]*(?:\[\d{1,3}\])+[ \t]*(?=\r?\n|$)/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// A page that prints the reading of rarer characters after them ("栖岭区(qū)…增长(zhǎng)5.7%", a site's
// pinyin aid copied as text): a tone-marked syllable in brackets right after a Chinese character is dropped
// like an invisible character, since it sits inside names and figures' verbs.
const PINYIN = /(?<=[\u3400-\u9fff])\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\)/g;
// Round 19 (rules19a): a draft copied from a word processor keeps its review comments' anchors where they stand, the reviewer's
// initials and the comment's number in brackets ("完成118.6亿元[敖1],同比增长5.4%", "[LW2]"; the comments follow as "批注 [敖1]: …"):
// dropped like an invisible character, so a level keeps its rate. A footnote's bare number ("[1]") has no initials and stays.
const COMMENT_ANCHOR = /\[(?:[\u4e00-\u9fff]{1,3}|[A-Za-z]{1,4})\d{1,3}\]/g;
// Round 20 (rules20a): a markdown copy sets a figure in bold ("实现地区生产总值**186.4亿元**、增长**6.3%**", "增长**6%以上**"): the
// asterisks around a short run that opens on the figure are dropped like an invisible character, so the figure stands by its
// name and verb (a bold heading's or words' asterisks stay: "**县长 某某**", "**2023 成绩单**" open on no figure's digit after words).
const FIGURE_BOLD = /\*\*(?=-?\d[^*\n]{0,10}\*\*)|(?<=\*\*-?\d[^*\n]{0,10})\*\*/g;
// Round 22 (rules22a): a bulletin marks the figures it takes from administrative records with one asterisk, explained in a note
// ("城镇新增就业人员 1.06*万人", "增长 3.9%*", "失业率 5.2%*"): the mark after a figure's digits, its per cent or its unit is dropped
// like an invisible character, so the figure keeps its unit and the clause its rate (bold's paired asterisks are read above).
const NOTE_STAR = /(?<=\d ?(?:%|[万亿千百]?(?:元|人|户|吨|亩))?)(?<!\*)\*(?!\*)/g;
// Round 28 (rules28c): …and so is a space inside a figure's unit ("2.3万 吨", unit-gap.ts).
const HIDDEN = new RegExp(`${INVISIBLE.source}|${PINYIN.source}|${FILLER.source}|${COMMENT_ANCHOR.source}|${FIGURE_BOLD.source}|${NOTE_STAR.source}|${SPOKEN_CENTURY.source}|${UNIT_GAP.source}`, 'g');

/** The stretches of [from, to) without invisible characters and pinyin annotations, as pieces. */
function visible(text: string, from: number, to: number, follows = ''): Array<[number, number, boolean]> {
  const pieces: Array<[number, number, boolean]> = [];
  let start = from;
  const line = text.slice(from, to);
  // The lookbehind sees the line's text before `from` only through the slice: a line opens on no annotation.
  // Round 13 (rules13a): an OCR copy's letter-spacing ("2 1 8.4亿元", "社 会 消 费 品") is dropped the same way.
  const hidden = [...[...line.matchAll(HIDDEN)].map((match) => [match.index, match[0].length] as const), ...letterSpacingGaps(line, follows).map((at) => [at, 1] as const)];
  for (const [offset, length] of hidden.sort((a, b) => a[0] - b[0])) {
    const at = from + offset;
    if (at < start) continue;
    if (at > start) pieces.push([start, at, false]);
    start = at + length;
  }
  if (to > start || pieces.length === 0) pieces.push([start, Math.max(start, to), false]);
  return pieces;
}

/** The first characters of the content line that line `index` is joined to (a wrapped line's rest). */
function joinedStart(lines: Line[], furniture: boolean[], index: number, text: string): string {
  for (let next = index + 1; next < lines.length; next += 1) {
    const line = lines[next]!;
    if (furniture[next] || line.text.trim() === '') continue;
    return text.slice(line.start, Math.min(line.end, line.start + 12)).trimStart();
  }
  return '';
}

/** Maps a [start, end) range of the prepared text back to the original. */
export function toOriginal(prepared: PreparedText, start: number, end: number): { quote: string; start: number; end: number } {
  // Round 13 (rules13b): a quote never runs into or out of a moved footnote: it would span the pages between in the original.
  for (const [movedStart, movedEnd] of prepared.moved ?? []) {
    if (start < movedStart && end > movedStart) end = movedStart;
    else if (start >= movedStart && start < movedEnd && end > movedEnd) end = movedEnd;
  }
  const from = prepared.origin[start] ?? prepared.original.length;
  const to = end > start ? (prepared.origin[end - 1] ?? from) + 1 : from;
  return { quote: prepared.original.slice(from, to), start: from, end: to };
}

/** True when characters were removed inside the range (a join across a line-number artefact). */
export function spansRemovedText(prepared: PreparedText, start: number, end: number): boolean {
  if (end <= start) return false;
  return (prepared.origin[end - 1] ?? 0) - (prepared.origin[start] ?? 0) + 1 !== end - start;
}

function withoutTimeStamp(line: Line): Line {
  const stamp = timeStampPrefix(line.text);
  return stamp === 0 ? line : { ...line, start: line.start + stamp, text: line.text.slice(stamp) };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1) {
      lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
      return lines;
    }
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    lines.push({ start, end, next: newline + 1, text: text.slice(start, end) });
    start = newline + 1;
  }
}

/**
 * Scanned reports number their physical lines ("1、", "2、", … on consecutive lines)
 * and cut sentences anywhere. A real numbered list is told apart because its items
 * end in punctuation; a run of at least three consecutively numbered lines, most of
 * whose predecessors end mid-sentence, is treated as artefacts.
 */
function findLineNumberArtefacts(lines: Line[], furniture: boolean[]): Map<number, { prefixLength: number; join: boolean }> {
  const content = lines.map((line, index) => ({ line, index })).filter(({ line, index }) => line.text.trim() !== '' && !furniture[index]);
  const result = new Map<number, { prefixLength: number; join: boolean }>();
  let run: number[] = [];
  const flush = () => {
    const unterminated = run.slice(1).filter((position) => !SENTENCE_END.test(content[position - 1]!.line.text.trimEnd())).length;
    if (run.length >= 3 && unterminated * 2 >= run.length - 1) {
      for (const position of run) {
        const { line, index } = content[position]!;
        const previous = content[position - 1];
        const join = previous !== undefined && previous.index === index - 1 && !SENTENCE_END.test(previous.line.text.trimEnd());
        result.set(index, { prefixLength: LINE_NUMBER.exec(line.text)![0].length, join });
      }
    }
    run = [];
  };
  let expected = -1;
  content.forEach(({ line }, position) => {
    const match = LINE_NUMBER.exec(line.text);
    const number = match ? Number(match[2]) : null;
    if (number !== null && number === expected && run.length > 0) {
      run.push(position);
    } else {
      flush();
      if (number !== null) run = [position];
    }
    expected = number === null ? -1 : number + 1;
  });
  flush();
  return result;
}
