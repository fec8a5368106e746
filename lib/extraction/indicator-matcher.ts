// Finds catalogue indicators in report text by their Chinese names and aliases. Only
// catalogue indicators are ever proposed as targets or outcomes, so the catalogue is
// also the extractor's notion of a "headline figure".
import type { IndicatorSpec } from './catalogue';

export type Mention = {
  /** One key, or several for a combined name ("城乡居民人均可支配收入" → urban, rural). */
  keys: string[];
  /** For a combined name: the indicator of the whole ("居民人均可支配收入"), when the catalogue has one. */
  whole?: string;
  start: number;
  end: number;
};

export type Matcher = { pattern: RegExp; keyBySpelling: Map<string, string>; combined: Array<{ keys: string[]; whole?: string }> };

// Two names that share a tail and are written once ("城镇、农村居民人均可支配收入",
// "城乡居民人均可支配收入"): read from the catalogue's own names, for any pair of
// indicators whose names differ only in a 城镇/农村 head.
const URBAN_HEAD = /^城镇/;
const RURAL_HEAD = /^农村/;
// Round 10: …also "城镇 农村…", where a caption or OCR copy turned the 、 into a space.
// Round 11 (rules11b): pastoral regions write 农牧区 / 农村牧区 for 农村 ("城镇和农牧区常住居民人均可支配收入").
// Round 26 (rules26c): …and 牧区 alone as the rural half of a pair after 城镇 ("城镇和牧区常住居民…分别增长…"): beside 城镇 it is the
// countryside; alone it stays a herding area's figure (round 11's refusal).
const PAIRED_RESIDENTS = '城镇(?:常住)?居民[和、与及](?:农村(?:常住)?居民|农牧民)';
const PAIR_HEAD = '(?:城乡|城、乡|城镇和农村|城镇、农村|城镇与农村|城镇及农村|城镇和乡村|城镇农村|城镇 农村|城镇[和、与及]?(?:农(?:村)?)?牧区)';

// A name split by a clause ("粮食连年丰收,产量达36.3万吨"): the head word, a short
// clause, then the tail ("产量"): any output name of a two-character head word.
// Round 11 (rules11b): …also "总产" ("粮食播种面积稳定在92.6万亩,总产达到38.4万吨"); "总产值增长…" stays unread (值 is no connector).
// Round 22 (rules22b): …and an area name's tail after its head's clause ("粮食总产量6.83亿斤,播种面积62.7万亩", "粮食我们也没有放松,播种面积
// 稳定在33.5万亩"): 播种面积/种植面积 right after the separator, never another crop's ("蔬菜播种面积": the tail must follow the separator).
const SPLIT_NAME = /^(\p{Script=Han}{2})(总?产量|总产|播种面积|种植面积)$/u;

const PRICE_BASIS = '(?:按)?(?:可比价|现价|不变价|当年价)格?';
const SHORT_INCOME = /人均可支配收入$/;
const SPACEABLE = /^\p{Script=Han}{5,}$/u;

// A spelling that continues a longer, different name ("进出口总额" is not 出口总额):
// a name that starts with 出口 must not be read inside 进出口.
const LONGER_BEFORE: ReadonlyArray<[RegExp, string]> = [[/^出口/, '进']];
// Round 12 (rules12c): …or runs on into a longer word after it: the short name 社零 (社会消费品零售总额) is not
// the 社 ending one word and the 零 opening the next ("供销社零售网点", "合作社零星收购").
const LONGER_AFTER: ReadonlyArray<[RegExp, RegExp]> = [[/零$/, /^(?:售|星|散|碎|件|部件|工|钱)/]];

export function compileMatcher(indicators: readonly IndicatorSpec[]): Matcher {
  const spellings = indicators
    .flatMap((indicator) => [indicator.nameZh, ...indicator.aliases].map((text) => ({ text, key: indicator.key })))
    .filter((spelling) => spelling.text.trim() !== '')
    .sort((a, b) => b.text.length - a.text.length);
  // Round 16 (rules16c): speech-to-text and OCR copies space a name between its head word and the rest ("城镇 新增就业",
  // "粮食 总产量 达到…"): each Chinese spelling of five characters or more is also read with one space after its first two.
  const spaced = spellings
    .filter((spelling) => SPACEABLE.test(spelling.text))
    .map((spelling) => ({ text: `${spelling.text.slice(0, 2)} ${spelling.text.slice(2)}`, key: spelling.key }));
  const keyBySpelling = new Map([...spellings, ...spaced].map((spelling) => [spelling.text.toLowerCase(), spelling.key]));

  const combined: Array<{ pattern: string; keys: string[]; whole?: string }> = [];
  for (const urban of indicators) {
    for (const urbanName of [urban.nameZh, ...urban.aliases].filter((name) => URBAN_HEAD.test(name))) {
      const tail = urbanName.replace(URBAN_HEAD, '');
      const rural = indicators.find((other) => other !== urban && [other.nameZh, ...other.aliases].some((name) => RURAL_HEAD.test(name) && name.replace(RURAL_HEAD, '') === tail));
      if (!rural || tail.length < 4) continue;
      // "城乡居民人均可支配收入", "城乡常住居民人均可支配收入" and the common short form
      // "城乡居民收入" ("城乡居民收入增长与经济增长同步") alike.
      const flexible = escapeRegExp(tail).replace(/^(常住)?/, '(?:常住)?').replace(/人均可支配收入$/, '(?:人均可支配)?收入');
      // The whole of which urban and rural are the parts: "居民人均可支配收入" for "城镇(常住)居民…".
      const whole = keyBySpelling.get(tail.toLowerCase()) ?? keyBySpelling.get(tail.replace(/^常住/, '').toLowerCase());
      combined.push({ pattern: `${PAIR_HEAD}${flexible}`, keys: [urban.key, rural.key], ...(whole ? { whole } : {}) });
      // Round 17 (rules17c): each part named in full up to the shared tail ("城镇居民和农牧民人均可支配收入", "城镇居民和农村居民
      // 人均可支配收入"; 农牧民 is a pastoral region's rural residents).
      if (/^\(\?:常住\)\?居民/.test(flexible)) {
        const rest = flexible.replace(/^\(\?:常住\)\?居民/, '');
        combined.push({ pattern: `${PAIRED_RESIDENTS}${rest}`, keys: [urban.key, rural.key], ...(whole ? { whole } : {}) });
      }
    }
  }
  const seen = new Set<string>();
  const pairs = combined.filter((pair) => (seen.has(pair.pattern) ? false : (seen.add(pair.pattern), true)));
  const split: Array<{ pattern: string; keys: string[]; whole?: string }> = [];
  for (const spelling of spellings) {
    const parts = SPLIT_NAME.exec(spelling.text);
    if (parts) split.push({ pattern: `${parts[1]}(?:[^\\d。;,、面]{0,6},)?${escapeRegExp(parts[2]!)}`, keys: [spelling.key] });
    // "粮食播种面积和产量": the tail alone, after a sibling name of the same head and a joiner.
    if (parts) split.push({ pattern: `(?<=${parts[1]}[\\u4e00-\\u9fff]{2,6}(?:和|及|与|、))${escapeRegExp(parts[2]!)}`, keys: [spelling.key] });
    // "粮食播种面积稳定在92万亩以上、产量稳定在38万吨以上": the tail opening the next clause.
    // Round 13 (rules13a): …also after a space, where text without punctuation lost the comma ("…四十一点二万亩 总产量十六点八万吨").
    if (parts) split.push({ pattern: `(?<=${parts[1]}[\\u4e00-\\u9fff]{2,6}[^。;\\n${parts[1]}]{1,16}[、, ])${escapeRegExp(parts[2]!)}`, keys: [spelling.key] });
  }
  // "城镇居民收入增长4.7%": the common short form of a per-capita disposable income name.
  const short = spellings
    .filter((spelling) => SHORT_INCOME.test(spelling.text))
    .map((spelling) => ({ pattern: escapeRegExp(spelling.text.replace(SHORT_INCOME, '收入')), keys: [spelling.key] }))
    .filter((item) => !spellings.some((spelling) => spelling.text === item.pattern))
    // Round 12 (rules12b): the short form keeps whose income it is; "人均可支配收入" shortened is a bare 收入,
    // which names no indicator ("…增长6.5%地方级财政收入增长3%…" was read as residents' income).
    .filter((item) => item.pattern !== '收入');
  // "经济增长6%左右", "经济增长目标为5.5%" (Taiwan's press: "经济成长率目标订为5.5%"): in official Chinese, the economy's growth rate is the
  // real growth of the gross (regional) product, so 经济 directly before a growth figure names the
  // catalogue's 生产总值 indicator. Without a figure ("与经济增长同步") it names nothing.
  const product = keyBySpelling.get('地区生产总值') ?? keyBySpelling.get('生产总值');
  const economy = product ? [{ pattern: `经济(?=(?:增长|增速|成长率?)(?:目标)?(?:为|是|定为|设定为|定在|订为|订在)?(?:\\s?\\d|百分之))`, keys: [product] }] : [];
  // Round 18 (rules18b): a sub-item after 其中 drops a revenue's 收入 before its figure ("其中税收 4.83亿元 ↓1.2%", "其中税收增长3%",
  // a slide's or a speaker's short form): only there and only before a figure or a verb ("其中税收占比…" names no revenue).
  // Round 29 (rules29a): …and the income short forms above count as such names ("居民人均可支配收入29874元,…,其中城镇居民41260元、
  // 农村居民21935元"): the 其中 list of the whole's parts drops 收入 from 城镇居民收入 as from 城镇常住居民收入.
  const shortSpellings = short.map((item) => ({ text: item.pattern, key: item.keys[0]! }));
  const subItems = [...spellings, ...shortSpellings]
    .filter((spelling) => /^\p{Script=Han}{2,}收入$/u.test(spelling.text))
    // Round 27 (rules27a): …and so do the later items of the same 其中 list ("其中城镇常住居民48920元、增长4.3%,农村常住居民23140元、增长6.5%"):
    // the name after a comma of the clause 其中 opened. (The name is matched first and the look back is bounded, so no position of a
    // long text is searched backwards.)
    .map((spelling) => {
      const name = escapeRegExp(spelling.text.replace(/收入$/, ''));
      return { pattern: `${name}(?<=其中[:]?[ \\t]?(?:[^。;；\\n其]{1,30}?[,、][ \\t]?)?${name})(?=[ \\t]?(?:-?\\d|增长|下降|达到|完成|实现|[↑↓]))`, keys: [spelling.key] };
    });
  // Round 19 (rules19a): a bulletin puts its verb inside a sector's output or value-added name ("全年农林牧渔业实现总产值49.86亿元",
  // "规模以上工业实现增加值…", "第三产业完成增加值…"): the sector, the verb and the measure are that name.
  // Round 26 (rules26a): …or the price basis ("农林牧渔业可比价总产值预计完成151.7亿元", "规模以上工业现价总产值"): the basis of the value,
  // no other measure.
  const verbInside = spellings
    .flatMap((spelling) => {
      const parts = /^(\p{Script=Han}{2,})(总产值|增加值)$/u.exec(spelling.text);
      return parts ? [{ pattern: `${escapeRegExp(parts[1]!)}(?:实现|完成|${PRICE_BASIS})${parts[2]}`, keys: [spelling.key] }] : [];
    });
  // Round 27 (rules27c): a name split by its count's clause, as 产量 after 粮食's ("县城空气质量优良天数 348 天,优良率 95.1%"): the rate's tail
  // 优良率 opening the clause right after its head's count of good days is that head's rate; alone elsewhere it names nothing
  // (a project's or a product's 优良率).
  const rateAfterCount = spellings.flatMap((spelling) => {
    const parts = /^(\p{Script=Han}{2,})优良率$/u.exec(spelling.text);
    return parts ? [{ pattern: `(?<=${escapeRegExp(parts[1]!)}优良天数[^。;\\n,]{1,16}[,、 ])优良率`, keys: [spelling.key] }] : [];
  });
  const named: Array<{ pattern: string; keys: string[]; whole?: string }> = [...pairs, ...split, ...short, ...economy, ...subItems, ...verbInside, ...rateAfterCount];
  // One alternation, patterns first and then longest spelling first, so that at any
  // position the longest name wins ("单位地区生产总值能耗" over "地区生产总值").
  const pattern = new RegExp(
    [...named.map((item) => `(${item.pattern})`), `(${[...spellings, ...spaced].sort((a, b) => b.text.length - a.text.length).map((s) => escapeRegExp(s.text)).join('|')})`].join('|'),
    'gi',
  );
  return { pattern, keyBySpelling, combined: named.map((item) => ({ keys: item.keys, ...(item.whole ? { whole: item.whole } : {}) })) };
}

/** All indicator mentions in text[from, to), left to right, not overlapping. */
export function findMentionsWith(matcher: Matcher, text: string, from = 0, to = text.length): Mention[] {
  const mentions: Mention[] = [];
  const pattern = new RegExp(matcher.pattern.source, matcher.pattern.flags);
  pattern.lastIndex = from;
  for (const match of text.matchAll(pattern)) {
    if (match.index >= to) break;
    const end = match.index + match[0].length;
    if (end > to) break;
    const { keys, whole } = keysOf(matcher, match);
    if (keys.length > 0 && !continuesLongerName(text, match.index, match[0])) mentions.push({ keys, start: match.index, end, ...(whole ? { whole } : {}) });
  }
  return mentions;
}

function keysOf(matcher: Matcher, match: RegExpExecArray): { keys: string[]; whole?: string } {
  for (let group = 0; group < matcher.combined.length; group += 1) {
    if (match[group + 1] !== undefined) return { keys: [...matcher.combined[group]!.keys], whole: matcher.combined[group]!.whole };
  }
  const key = matcher.keyBySpelling.get(match[0].toLowerCase());
  return { keys: key ? [key] : [] };
}

function continuesLongerName(text: string, start: number, name: string): boolean {
  return (
    LONGER_BEFORE.some(([head, before]) => head.test(name) && text.slice(start - before.length, start) === before) ||
    LONGER_AFTER.some(([tail, after]) => tail.test(name) && after.test(text.slice(start + name.length, start + name.length + 2)))
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
