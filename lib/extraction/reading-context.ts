// What the readers know about the document as a whole: the catalogue, the district it
// is about (named in its title, or given), and the word it uses for itself ("全区",
// "全县"; "全市" only in a county-level city's report). A figure introduced by another
// entity's word ("全市", "全省", "全国") is that entity's, never the district's.
import type { Catalogue } from './catalogue';
import { districtFromMedium } from './district-from-medium';
import { DISTRICT_NAME_SOURCE, LONG_NAME_SOURCE, districtStem, fullAutonomousName, fullZoneName, isKindAlone } from './district-name';

export type ReadingContext = {
  catalogue: Catalogue;
  /** The district's name as written and without its 区/县 suffix ("望海区", "望海"). */
  districtNames: string[];
  /** "全区" / "全县" / "全旗" / "全市": the district's own word for itself. */
  selfScope: string;
};

// A province or city may stand right before the name ("广东省某市海湾区日前召开…"); a headline's bar
// before it ("视频|数说禾丰区政府工作报告") leaves a column word the ending rule below trims; a report's
// byline names it before its head's title ("望川县县长　杜雅琳"); a statistics page's title names it before
// what it tabulates ("2025年越秀湾区主要经济指标"); a news agency's dateline ends in a slash
// ("中评社香港1月10日电/大陆四川青川县第十八届…"); a headline may say what it will do ("划重点!2026年,岭南区这样干").
// Round 10: a transcript's title names it before its head speaking ("望川县县长在县十七届人大五次会议上作…").
// Session 7: a news item names it before its head's name and a speech verb ("海屿县县长蔡文斌告诉记者"), or in
// its county broadcaster's source line ("来源:安澜县广播电视台"), as it does before 融媒体中心; an interview's
// headline names it before its head and a colon ("前湾区区长:今年GDP增长6%左右").
// Round 11 (rules11c): …or a Taiwan-press headline in which it sets (订, 訂) this year's targets ("陆澄湖湾区订今年GDP增长目标"),
// or its plan report's author under the title ("…计划草案的报告 某县发展和改革委员会"), as at the foot.
// Round 13 (rules13c): an interview's subtitle names it before its head and the head's name, ending the line ("——访南陵塘县县长许卫东").
// Round 16 (rules16a): …or an interview's headline before its head, the head's name and a colon ("专访青屿旗旗长包文山：今年…").
// Round 18 (rules18a): …or a recording's export file name, its parts joined by underscores ("录音转写_岭北县十八届人大…_…").
// Round 19 (rules19a): …or a chat group's name, quoted straight and its year run on without 年 ("\"岭北县2025两会材料群\"的聊天记录"), and
// a session line's date ending in its month ("——2026年2月在岭北县第十八届…", a draft not yet dated to the day).
// Round 20 (rules20a): …or an item of a list of titles, after its 、 ("市人大代表、清岭彝族自治县县长…"), and an interview's guest named
// by the party office the head holds with the head's own ("嘉宾:石川县委副书记、县长 李某").
// Round 24 (rules24a): …or after a headline's reading word ("一分钟速览某某县政府工作报告", "三分钟读懂…"), whatever the words
// before it, which the name's stem may not hold. An economic zone run with a district writes that district's name in brackets
// after its own ("某某经济技术开发区(某某区)2025年工作会议召开"): the bracket stands between the zone's name and what follows it,
// and the zone is the text's. A new area's bracket ("某某新区(某某区)政府工作报告") is left as before: such a text names its
// district on its own.
// Round 26 (rules26c): …or after a subtitle's dash ("——在某某县第十八届…会议上", the speech's occasion under its title), and before
// its head, a long name (a transliterated one, "某某吉日格拉", or one with its middle dot) and the day, then 在/作 ("旗长某某某某1月13日
// 在旗第十七届…"): the day stands between the head's name and the verb, so the name's length is no longer held to three.
// Round 28 (rules28c): …or a yearbook's name, the county's own ("2024年工作回顾和2025年主要目标-某某县年鉴", a chapter page's title after its
// site's hyphen): a county's yearbook is compiled by and of the county.
const DISTRICT_AT_TOP = new RegExp(
  String.raw`(?:^|[\n(《“”"。于,日月):年的自省市!? \t】|｜/访_、\u2600-\u27bf\udc00-\udfff]|速览|图解|解读|读懂|看懂|—在|(?<=[\u4e00-\u9fff])-)\s*(${DISTRICT_NAME_SOURCE})(?=(?:(?<=开发区|经开区|高新区|合作区|投资区)\([\u4e00-\u9fff]{2,8}(?:区|县|旗|市)\))?\s*(?:人民政府|年鉴|(?:这样|这么|怎么)干|管委会|管理委员会|政府工作报告|政府工作|第[一二三四五六七八九十]+(?:\n[一二三四五六七八九十]+)?届|[一二三四五六七八九十]+届|\d{4} ?年|去年|今年|订(?:今年|明年|\d{4} ?年)|国民经济|经济运行|(?:\d{4} ?)?[“"]?两会|人代会|(?:主要)?经济指标|政府门户|统计局|发改局|发展和改革局|发展和改革委员会|发改委|财政局|融媒体中心|人大|政协|发布\s|(?:日前|近日|今天|昨天)?(?:召开|举行)|代?(?:区|县|旗|市)长[\s\u3000]|(?:区|县|旗)长(?:在|作)|(?:区|县|旗)长[\u4e00-\u9fff]{2,3}(?:在|作|告诉|表示|介绍|指出|\s*\n|[:：])|(?:区|县|旗)长[\u4e00-\u9fff·]{2,8}?\d{1,2}月\d{1,2}日(?:在|作)|(?:区|县|旗)长[:：]|委副?书记[、,，]\s*代?(?:区|县|旗|市)长|(?:广播)?电视台))`,
);
// A news item or an excerpt may name its source only at the end: "——摘自黎阳区政府工作报告",
// "来源 沙河口区融媒体中心", "(云岭区发展和改革局 2025年12月)".
const DISTRICT_AT_FOOT = new RegExp(
  String.raw`(?:^|[\n(《“于,日):年的自 \t\u2600-\u27bf\udc00-\udfff])\s*(${DISTRICT_NAME_SOURCE})(?=\s*(?:人民政府|管委会|管理委员会|政府工作报告|统计局|融媒体中心|(?:广播)?电视台|发展和改革局|发展和改革委员会|发改局|财政局))`,
);
// (Round 15, rules15a: an autonomous county's or a zone's long name too, in each formula below.)
// Round 11 (rules11a): a work report whose speech names the district only in its body, in one of two set
// formulas: the review's opening "2025年是渝岭区发展进程中极不平凡的一年" (a year, 是, the name, 发展/历史), and
// the closing call "为奋力谱写中国式现代化的临川县篇章而不懈奋斗" (谱写 …现代化(的) the name 篇章).
const YEAR_IS_DISTRICTS = new RegExp(String.raw`(?:^|[\n。])\s*(?:19|20)\d{2} ?年是(${LONG_NAME_SOURCE}|[\u4e00-\u9fff]{2,4}?(?:新区|区|县|旗))(?=发展|历史|经济社会)`);
const DISTRICTS_CHAPTER = new RegExp(String.raw`谱写(?:[^。\n]{0,12}?现代化)?的?(${LONG_NAME_SOURCE}|[\u4e00-\u9fff]{2,4}?(?:新区|区|县|旗))(?=篇章)`);
// Round 22 (rules22a): …or a statistics release, which names the district only in the caption of the table it ends on
// ("附表：2024年曹溪市主要经济指标", "附表1 岭南县2024年主要经济指标"), a line of its own after the text, wherever the foot ends.
const TABLE_CAPTION = new RegExp(String.raw`(?:^|\n)[ \t]*(?:附表\s*\d*\s*[:：]?\s*)?(?:(?:19|20)\d{2} ?年度?)?(${LONG_NAME_SOURCE}|[\u4e00-\u9fff]{2,4}?(?:新区|区|县|旗|市))(?=\s*(?:(?:19|20)\d{2} ?年度?)?(?:主要)?经济指标[ \t]*(?:\n|$))`);
const NAME_AND_COLON = new RegExp(String.raw`^\s*(${LONG_NAME_SOURCE}|[\u4e00-\u9fff]{2,6}?(?:新区|区|县|旗))(?=[:：])`);
const SCOPES = ['全区', '全县', '全旗', '全市'] as const;
const TOP = 400;
const FOOT = 300;

/** Whether the text writes the name's stem (of two or more characters) again after the place it was read at. */
function writtenAgain(text: string, name: string, at: number): boolean {
  const stem = districtStem(name);
  return stem.length >= 2 && text.indexOf(stem, text.indexOf(name, at) + name.length) >= 0;
}

// What follows a publisher's name, and a session's.
const PUBLISHER = /^\s*(?:发布\s|融媒体中心|(?:广播)?电视台)/;
const SESSION = /^\s*第[一二三四五六七八九十]+届人民代表大会/;

/** A headline line at the top naming a delegation, other than the city, that reviews the city's (prefecture's, league's) report. */
function delegationHeadline(text: string, city: RegExpExecArray): RegExpExecArray | null {
  const delegation = DELEGATION_HEADLINE.exec(text.slice(0, TOP));
  return delegation && !notAName(delegation[1]!) && trimName(delegation[1]!) !== trimName(city[1]!) ? delegation : null;
}
const DELEGATION_HEADLINE = new RegExp(String.raw`(?:^|\n)[ \t]*(${DISTRICT_NAME_SOURCE})(?=代表团(?:审议|讨论)[市州盟]政府工作报告)`);

/** A later name at the top whose congress is in session (and is another name than the publisher's). */
function sessionAtTop(text: string, publisher: RegExpExecArray): RegExpExecArray | null {
  const pattern = new RegExp(DISTRICT_AT_TOP.source, 'g');
  pattern.lastIndex = publisher.index + 1;
  for (let match = pattern.exec(text.slice(0, TOP)); match; match = pattern.exec(text.slice(0, TOP))) {
    const name = trimName(match[1]!);
    if (!notAName(match[1]!) && !notAName(name) && name !== trimName(publisher[1]!) && SESSION.test(text.slice(match.index + match[0].length))) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** Where the district is named: its title or first lines, else a source line at the foot. */
export function findDistrictSpan(text: string): { start: number; end: number } | null {
  // The first name at the top that is one; a headline that opens on the name and a colon: "海门区:两会数据速递".
  const topPattern = new RegExp(DISTRICT_AT_TOP.source, 'g');
  let top: RegExpExecArray | null = null;
  for (let match = topPattern.exec(text.slice(0, TOP)); match; match = topPattern.exec(text.slice(0, TOP))) {
    // Round 19 (rules19a): …and is one once trimmed ("1月下旬召开的县人代会" trims to a bare 县).
    if (!notAName(match[1]!) && !notAName(trimName(match[1]!))) {
      // Round 22 (rules22a): …and, when a later name at the top is the text's, is one the text writes again: a programme's
      // title ("《直通区两会》", a verb and a bare 区 run into 两会) names no place the story speaks of, while the session line
      // below it ("溪岭区第三届人民代表大会…", "去年我们溪岭…") names the district the text is about.
      top ??= match;
      if (writtenAgain(text, trimName(match[1]!), match.index)) {
        top = match;
        break;
      }
    }
    topPattern.lastIndex = match.index + 1;
  }
  // Round 26 (rules26c): a name that is the publisher's account ("某某经开区发布", "某某县融媒体中心") gives way to the one whose congress
  // the top reports in session ("某某区第十八届人民代表大会…开幕"): a zone's or a city's medium reports the district's session.
  if (top && PUBLISHER.test(text.slice(top.index + top[0].length))) top = sessionAtTop(text, top) ?? top;
  // Round 28 (rules28a): a city's account that carries a county delegation's review of the city's report ("北岭市人民政府官方微信" over the
  // headline "辉河旗代表团审议市政府工作报告"): the story is the delegation's, its figures the county's own.
  if (top && /市$/.test(trimName(top[1]!))) top = delegationHeadline(text, top) ?? top;
  top ??= NAME_AND_COLON.exec(text);
  if (top && notAName(top[1]!)) top = null;
  const footFrom = Math.max(0, text.length - FOOT);
  const foot = top ? null : DISTRICT_AT_FOOT.exec(text.slice(footFrom));
  // Round 11 (rules11a): a work report's own formulas, where neither its top nor its foot names it.
  // (A foot match that is no name, "我代表区人民政府" in a short text, leaves the formulas to be read.)
  // Round 23 (rules23a): …nor one that is its kind alone once trimmed ("。昨天上午的区政府工作报告": a time of day, 的 and a bare 区), as
  // at the top.
  const footName = foot && !notAName(foot[1]!) && !notAName(trimName(foot[1]!)) ? foot : null;
  const body = top || footName ? null : (YEAR_IS_DISTRICTS.exec(text) ?? DISTRICTS_CHAPTER.exec(text) ?? TABLE_CAPTION.exec(text));
  const match = top ?? footName ?? body ?? foot;
  if (!match) return null;
  const name = match[1]!;
  const end = (top || match === body ? 0 : footFrom) + match.index + match[0].length;
  if (notAName(name)) return null;
  const trimmed = trimName(name);
  if (notAName(trimmed)) return null;
  // Taiwan's press heads a mainland place with 陆 ("陆东港区今年…"): when the text also names the place
  // without it ("…某市东港区日前召开…"), 陆 is not part of the name (陆丰市, 陆良县 keep theirs).
  if (trimmed.length >= 4 && trimmed.startsWith('陆') && text.split(trimmed.slice(1)).length - 1 > text.split(trimmed).length - 1) {
    return { start: end - trimmed.length + 1, end };
  }
  // Round 17 (rules17b): a headline that runs the city and its district together ("晋东城区今年…") where the text names them
  // in full ("晋东市城区第十七届…"): the district is what follows the city's 市, whatever the length of its stem (城区, 郊区
  // and 矿区 are districts' real names).
  for (let cut = trimmed.length - 2; cut >= 2; cut -= 1) {
    if (text.includes(`${trimmed.slice(0, cut)}市${trimmed.slice(cut)}`)) return { start: end - trimmed.length + cut, end };
  }
  // A province and city written without 省/市 ("广东东莞松湖区日前召开…"): a long name whose shortest
  // ending the text also writes on its own ("去年松湖区…", not only "东莞松湖区") is that shorter name.
  if (trimmed.length >= 5) {
    const times = (word: string) => text.split(word).length - 1;
    for (let cut = trimmed.length - 3; cut >= 1; cut -= 1) {
      // Round 15 (rules15a): the shorter name keeps a stem of two characters before its kind: never "自治县" or
      // "苗族自治县" out of "务川仡佬族苗族自治县", nor "经开区" out of "滨溧经开区" (the text's words for itself).
      // Round 17 (rules17b): …and the whole kind of the long name: the cut falls inside its stem, so "开发区" (the text's
      // word for itself: "2024年，开发区坚持…") is never read out of "邕北经济技术开发区".
      if (cut > districtStem(trimmed).length - 2) continue;
      if (times(trimmed.slice(cut)) > times(trimmed.slice(cut - 1))) return { start: end - trimmed.length + cut, end };
    }
  }
  return { start: end - trimmed.length, end };
}

// "关于云岭区2024年…的报告": the title's 关于 is not part of the name, nor the 在 of a
// session line ("1月14日在云溪区第六届人民代表大会…") or of those attending it ("出席南湖区政协…"), nor what a 的 attaches to it
// ("在1月10日开幕的白鹭区第三届…"; "1 月 8 日在…" when a PDF spaces the date out), nor its
// province ("广东省珠湾区第四届…"), nor its city ("某市海湾区"; "市中区" keeps its 市), nor 政协/人大 before it.
// …nor the period of an in-year release's title ("2025年上半年柳塘区经济运行情况").
function trimName(name: string): string {
  return name
    .replace(/^.*[的省]/, '')
    .replace(/^.*市(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗)$)/, '')
    .replace(/^日?(?:关于|在|摘自|出席|列席|参加)/, '')
    // Round 14 (rules14b): …nor a verb or preposition of place, and what stands before it, in front of it ("来自清源县财政局", "记者走进
    // 清源县", "向清源县…"): a two-character verb ending in 自/到/往/赴/进/入/经, or a preposition, with a name of two or more characters
    // after it (自流井区, 向阳区, 从化区 keep theirs).
    // Round 15 (rules15a): …cut within the stem only, two of its characters left: the 经 of 经济技术开发区 and the 自 of 自治县 are the
    // name's kind, never a verb ("西湾经济技术开发区", "务川仡佬族苗族自治县").
    .replace(/^[\u4e00-\u9fff]*?(?:[\u4e00-\u9fff][自到往赴进入经]|[在从向由据对给与跟])(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗|市)$)/, (verb, _at, whole: string) =>
      verb.length <= districtStem(whole).length - 2 ? '' : verb,
    )
    // "记者从岭南县第十八届…获悉": the reporter's source, not the name.
    .replace(/^(?:记者|笔者)(?:从|自)/, '')
    // "政协云岭县第十一届委员会": the body's name before the district's, in the official form.
    .replace(/^(?:政协|人大)(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗)$)/, '')
    // "聚焦两会｜一图速览石门县政府工作报告": a headline's verb of reading before the name.
    // Round 16 (rules16a): …or of an interview ("专访青屿旗旗长…").
    .replace(/^(?:一图(?:速览|读懂|看懂)|速览|图解|解读|数读|读懂|看懂|聚焦|专访|访谈)(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗)$)/, '')
    .replace(/^(?:上半年|下半年|前三季度|[一二三四]季度)/, '')
    // Round 23 (rules23a): "2025\n年柳岭市政府工作报告", a PDF's title whose year broke from its 年 onto the line before: a line
    // that opens on 年 opens on the date's end (no county's name begins with 年).
    .replace(/^年度?(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗|市)$)/, '')
    // Round 25 (rules25c): "我代表柳河县人民政府向大会报告工作" at a line's start: the speaker, not the name.
    .replace(/^我?代表(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗|市)$)/, '')
    // "1月9日上午海沧湾区第九届…": the session's time of day before the name.
    // Round 26 (rules26c): …and its day ("今天上午岭东县两会开幕", "近日岭东县…").
    .replace(/^(?:今天|昨天|今日|昨日|日前|近日)?(?:上午|下午|晚上)?(?=[\u4e00-\u9fff]{2,}(?:新区|区|县|旗)$)/, '');
}

// Words that look like a name and are none: "全区经济运行…" (the scope word, also after a place: "深圳全市"), "我县召开…" (the text
// speaking of itself), "区长在区人大会议上…", "记者从区统计局获悉" (a preposition and a bare 区),
// "日前召开区人大会议" (a verb and a bare 区), "出席县十八届人大五次会议的代表" (attending a bare 县), "我代表区人民政府" (a speaker and a bare 区), "数读区政府工作报告"
// (a headline's verb of reading and a bare 区), "大会听取县人大常委会工作报告" (a verb and a bare 县), "…请予审议,
// 并请县政协委员…提出意见" (a request and a bare 县); a masthead before a headline that opens on a bare 区
// ("昙溪新闻 区十二届人大六次会议开幕" run together: 新闻/日报/融媒 never end a place's name).
// Round 14 (rules14b): …nor a verb or preposition of place before a bare 县 ("来自县财政局的代表", "走进县融媒体中心", "深入县统计局",
// "回到县工业园区"): a character that ends such a word (来自, 来到, 前往, 奔赴, 走进, 深入, 途经, 面对…) ends no county's name
// (周至县, 平和县, 无为市 end in 至, 和, 为: those stay names).
// Round 17 (rules17a): …nor a verb of carrying out before a bare 县 whose session set the targets ("全面完成县十七届人大一次会议
// 确定的目标", "认真落实区人大…决议"): 完成, 落实, 贯彻, 执行 end no county's name.
// Round 19 (rules19a): …nor 待 before a bare 县 ("待县统计局核定后修改", a draft's note on its estimates).
// Round 20 (rules20a): …nor 是 or 了 before a bare 市 or 县 ("这里是市第七届人代会…访谈节目", a presenter's opening; "专访了县委副书记"), nor a conjunction joining a
// bare 区 to the phrase before it ("在区人大的有力监督和区政协的支持下"): 和/与/及 after a stem of two or more characters end no
// county's name (永和县, 平和县, 和县 keep theirs).
// Round 21 (rules21a): …nor a word of time after the event before a bare 县 in a text without punctuation ("…分解任务 会后县发改局
// 要在一周之内下发", a speech's transcript): 会后, 随后, 此后, 今后, 之后, 然后, 事后 end no county's name.
// Round 26 (rules26c): …nor a time of day or a day before a bare 县 ("今天上午县两会开幕", a forum post's own words): no county's name
// ends in 上午, 今天 or 日前.
const NOT_A_NAME = /^(?:全|我|本|该)(?:区|县|旗|市)$|(?:上午|下午|晚上|今天|昨天|今日|昨日|日前|近日)(?:区|县|旗|市)$|全(?:区|县|旗|市)$|各[区县旗市]+$|(?:[会随此今之然事]后|[在从向由据自到往赴进入经对给与跟被把让待是了]|[邀提]?请|召开|举行|开幕|代表|听取|审议|审查|批准|通过|完成|落实|贯彻|执行|数读|解读|读懂|看懂|速览|聚焦|图解|出席|列席|参加)(?:区|县|旗|市)$|(?:新闻|日报|晚报|时报|融媒|发布)(?:区|县|旗|市)$|^[\u4e00-\u9fff]{2,}[和与及](?:区|县|旗|市)$/;

// Round 15 (rules15a): "自治县统计局", "经开区党工委": the kind alone is the text speaking of itself; "治县" is an
// autonomous county's name cut after its 自 (read as a preposition of place), never a name.
// Round 16 (rules16a): …nor kind words run together, a paper's column or a series' title ("区县两会", "旗县区长访谈"): a name's
// stem is never made of kinds alone.
const KINDS_ONLY = /^[区县旗市]{2,}$/;
// Round 18 (rules18a): a park ("农产品加工园区", "物流园区", "科技园区") is a place within the district, never the district: 园区 ends no
// county-level name (the zones that report like a district end in their own kind words, above).
const PARK = /园区$/;
// Round 23 (rules23a): an autonomous region ("自治区人大代表、某县县长", "广西壮族自治区") is a province, never the district: 自治区 ends no
// county-level name (a county's autonomy ends in 自治县 or 自治旗), nor does "治区", the region cut after its 自 (read as a preposition).
const REGION = /自治区$|^治区$/;
const notAName = (name: string) => NOT_A_NAME.test(name) || isKindAlone(name) || KINDS_ONLY.test(name) || PARK.test(name) || REGION.test(name);

export function findDistrict(text: string): string | null {
  const span = findDistrictSpan(text);
  return span ? fullAutonomousName(fullZoneName(text.slice(span.start, span.end), text), text) : districtFromMedium(text);
}

const OWN_KIND_WORD = /(?:林|新|矿|特)区$/;
// Round 27 (rules27c): …and so does a development zone by its kind's short forms ("高新区地区生产总值完成…" in 某某高新技术产业开发区's
// own post, "开发区…" in an 经济技术开发区's): in the zone's own text the bare kind is the zone itself, as 全区 is (in a county's
// text "高新区…" stays a place within it, and another kind of zone stays another).
const ZONE_KIND_WORDS: Array<[RegExp, string[]]> = [
  [/高新技术(?:产业)?开发区$/, ['高新区', '开发区']],
  [/经济(?:技术)?开发区$/, ['经开区', '开发区']],
];

export function readingContext(text: string, catalogue: Catalogue, district: string | null): ReadingContext {
  // Round 14 (rules14b): a three-character name's two-character stem is the name too ("2024年德溪全县地区生产总值…" in 德溪县's
  // news); a one-character stem ("沛县" → "沛") is too short to tell from any other word.
  // Round 15 (rules15a): an autonomous county's or a zone's stem is what stands before its peoples or its kind ("务川").
  const stem = district ? districtStem(district) : '';
  // Round 17 (rules17c): a district whose kind is a word of two characters (荆岭林区, 某某新区) calls itself by its kind alone
  // ("——林区空气质量优良天数比率100%", "新区地区生产总值…"), as a county says 全县.
  const kind = district ? OWN_KIND_WORD.exec(district)?.[0] : undefined;
  const zoneKinds = district ? ZONE_KIND_WORDS.find(([full]) => full.test(district))?.[1] ?? [] : [];
  const names = district ? [district, ...(stem.length >= 2 && stem !== district ? [stem] : []), ...(kind && kind !== district ? [kind] : []), ...zoneKinds] : [];
  // The district's own scope word: the suffix of its name, or else the county-level word the
  // text uses most; "全市" only when it uses none (a city's figures appear in district texts).
  const bySuffix = district ? SCOPES.find((scope) => district.endsWith(scope.slice(1))) : undefined;
  const counts = SCOPES.map((scope) => [scope, text.split(scope).length - 1] as const).filter(([scope, count]) => count > 0 && scope !== '全市');
  const mostUsed = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { catalogue, districtNames: names, selfScope: bySuffix ?? mostUsed ?? (text.includes('全市') ? '全市' : '全区') };
}
