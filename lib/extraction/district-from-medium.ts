// Round 16 (rules16a): a county's own medium names the place by its stem alone — its paper's masthead ("泗河日报"), its
// broadcaster's programme or centre ("《钧台新闻》", "钧台融媒"), its reporter's dateline ("记者 孙浩然 钧台报道") — while the
// story speaks of the place only by its kind, as the county does of itself ("县十九届人大四次会议开幕", "市长…作报告"). Where
// the text writes no name, that stem and the kind of the text's own congress make it ("泗河" + 县). A text whose bare
// congresses are of two kinds (a district's and its city's) tells no kind, and a province's paper ("陕西日报") no county's stem.

const TOP = 400;
const FOOT = 300;

// The stem stands at a line's start, after a space, a timestamp or a title mark, before what the medium is.
// Round 19 (rules19a): …or an evening or daily paper of another title ("蔗岭晚报", "某某今报", "某某时报").
// Round 20 (rules20a): …or its congress's own account ("泗河人大" atop a session story that says only "县十七届人大").
// Round 24 (rules24a): …or after the label of a story's source ("来源:某某融媒", "稿源：某某日报"), as a dated byline line gives it
// ("2024年12月30日 来源:某某融媒"); a colon alone ("记者:王丽报道") names a person, no medium.
// Round 25 (rules25c): …the account's name standing alone (before a space, a mark or the line's end): "人大" run on into words is the
// congress's business ("了解更多人大信息", "人大代表"), whatever stands before it.
const MEDIUM = /(?:^|[\s《【|｜]|(?:来源|稿源|转自)[:：][ \t]*)([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|今报|时报|新闻|融媒|报道|人大(?![\u4e00-\u9fff]))/gm;
// The text's own congress, its kind written alone: at a line's start, after a space or a date, or after 在/出席/召开.
// Round 23 (rules23a): …or its own sessions' report or season by the kind alone ("区政府工作报告", "·县两会特别版"), as a county's
// paper writes them, standing where a congress's kind does or after 的 ("昨天上午的区政府工作报告").
// Round 25 (rules25c): …or after the deputies' verbs for it ("参加县十七届人大五次会议的代表", "审议县政府工作报告").
const OWN_CONGRESS = /(?:^|[^\u4e00-\u9fff]|[在席开的]|参加|审议)(区|县|旗|市)(?:第?[一二三四五六七八九十]+届人(?:大|民代表大会)|政府工作报告|两会)/gm;
// China's provinces, autonomous regions and municipalities (a closed, official list), and the nation's papers (中国…, 人民日报):
// none is a county's.
const PROVINCES = /^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门|中国|人民|全国)$/;

// A news site's section and programme words stand where a masthead's stem does ("时政新闻", "今日新闻", "现场报道",
// "综合报道"): common words of news pages everywhere, never a place's stem.
const SECTION_WORDS = /^(?:时政|要闻|本地|本市|本县|本区|今日|每日|早间|晚间|午间|头条|视频|图片|图文|国际|国内|社会|综合|最新|热点|滚动|财经|经济|民生|县域|区县|乡镇|部门|专题|联播|相关|推荐|更多|往期|权威|全媒|现场|联合|深度|特别|跟踪|独家|两会|人大|政协|党建|文明|网络|掌上|手机|云上)$/;

// "符合/立足/结合/切合 + stem + 实际": only a stem of two or three characters, never a scope or kind word ("符合全县实际", "立足县情实际").
const OWN_STEM = /(?:符合|立足|结合|切合|贴合)([\u4e00-\u9fff]{2,3})实际/;
const NOT_A_STEM =
  /^(?:全|本|我|各|当|该|此|自身|自己|客观|工作|发展|现实|目前|时代|国家|中国|地方|基层|群众|企业|农村|农业|工业|城市|城乡|市场|产业|经济|社会|民生|行业|部门|单位|区域|县域|地区|本土|实际)|[省市区县旗镇乡村情业方层]$/;

/**
 * The district a text names only by its own medium's stem and its congress's kind ("泗河日报" … "县十九届人大" → "泗河县").
 * `written`: where to look for the medium, when the text as written keeps spaces its preparation dropped (its top and foot).
 */
export function districtFromMedium(text: string, written = text): string | null {
  const kinds = new Set([...text.matchAll(OWN_CONGRESS)].map((match) => match[1]!));
  if (kinds.size !== 1) return null;
  const [kind] = kinds;
  // Round 28 (rules28a): the story's own place by its stem in the set phrase for what suits it ("提出的目标任务符合徒骇实际", "立足某某
  // 实际"): a city's news site carrying a county's story names the county so, where its masthead's stem is the city's.
  const own = OWN_STEM.exec(text)?.[1];
  if (own && !PROVINCES.test(own) && !NOT_A_STEM.test(own)) return own + kind;
  for (const part of [written.slice(0, TOP), written.slice(Math.max(TOP, written.length - FOOT))]) {
    for (const match of part.matchAll(MEDIUM)) {
      const stem = match[1]!;
      // A stem that ends in a kind is a whole name ("兴隆县融媒"), read where names are read; one that opens on a kind or holds a
      // session's 届 is a bare congress ("县十七届人大"), no medium's.
      if (PROVINCES.test(stem) || SECTION_WORDS.test(stem) || /[省区县旗市]$|^[区县旗市]|届/.test(stem)) continue;
      // A city's paper reprinting its county's story: the text names the stem as a city ("安平市委", "安平市各县区")
      // while its congress is a county's or a district's, so the stem is the city's, not the county's, and the county
      // stays unnamed rather than misnamed.
      if (kind !== '市' && text.includes(stem + '市')) return null;
      return stem + kind;
    }
  }
  return null;
}
