// Round 15 (rules15a): how a county-level name is built, so that a long official name is read whole.
// Besides "<stem>区/县/旗/市", China's county-level divisions include ethnic autonomous counties and banners —
// a stem, the one or more peoples they are named for, then 自治县/自治旗 ("务川仡佬族苗族自治县", "双江拉祜族佤族布朗族
// 傣族自治县", "鄂温克族自治旗", "隆林各族自治县"; "鄂伦春自治旗" names no 族) — and development zones that report like a
// district ("<stem>经济技术开发区", "<stem>高新技术产业开发区", "<stem>经济开发区", and their short forms 经开区/高新区).
// Round 18 (rules18a): …and the other state-level zones that do: a border economic co-operation zone ("<stem>边境经济合作区",
// short 边合区) and a Taiwan-investment zone ("<stem>台商投资区"), whose kind words are read whole as 经济技术开发区's are (else
// "投资区" or "边合区" alone is taken for the name).
// The peoples are the 55 recognised minorities (a closed, official list) and 各族 ("all peoples").
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
// Round 19 (rules19a): a people of two or more characters may stand without its 族, as Xinjiang's autonomous counties write it
// ("木垒哈萨克自治县", "察布查尔锡伯自治县"); a people of one character always takes it (else any stem's last character would be one).
const PEOPLE = `(?:(?:${PEOPLES})族|${PEOPLES.split('|').filter((people) => people.length >= 2).join('|')})`;
const ZONE = '经济技术开发区|高新技术产业开发区|经济开发区|高新技术开发区|边境经济合作区|台商投资区|经开区|高新区|边合区';

/** An autonomous county or banner, or a development zone: the long official names. */
// Round 19 (rules19a): a stem of up to five characters ("在哈日诺尔…", a session line's 在 before a four-character stem, trimmed after;
// 日 there is no date's end).
export const LONG_NAME_SOURCE = `[\\u4e00-\\u9fff]{1,5}?${PEOPLE}{0,4}自治(?:县|旗)|[\\u4e00-\\u9fff]{2,4}?(?:${ZONE})`;

/** The name group the district patterns share: a long name (above), else "<1–6 characters>区/县/旗/市". */
export const DISTRICT_NAME_SOURCE = `${LONG_NAME_SOURCE}|[\\u4e00-\\u9fff]{1,6}?(?:新区|区|县|旗|市)`;

// What a name ends in: its kind, with the peoples of an autonomous name.
const KIND = new RegExp(`(?:${PEOPLE}*自治(?:县|旗)|${ZONE}|新区|区|县|旗|市)$`);
// A name that is its people alone ("鄂伦春自治旗") keeps the people as its stem.
const AUTONOMY = /自治(?:县|旗)$/;

/** The name without its kind ("务川仡佬族苗族自治县" → "务川", "滨溧经开区" → "滨溧", "望海区" → "望海"). */
export function districtStem(name: string): string {
  const stem = name.replace(KIND, '');
  return stem === '' && AUTONOMY.test(name) ? name.replace(AUTONOMY, '') : stem;
}

/** The text's own word for itself, never a name: "自治县统计局", "经开区党工委" (as 本县, 全区). */
// Round 21 (rules21a): …and so is the tail of a zone's kind ("开发区2024年计划执行情况…", a zone's plan report titled by its own
// word, "合作区", "投资区"): no name is the end of a zone's kind words, the zone's name stands before them all.
const ZONE_TAILS = ZONE.split('|');

export function isKindAlone(name: string): boolean {
  return districtStem(name) === '' || /^治(?:县|旗)$/.test(name) || ZONE_TAILS.some((zone) => zone !== name && zone.endsWith(name));
}

/**
 * A zone written short is named in full, as the district table writes it ("滨溧经开区" → "滨溧经济技术开发区"): in the long
 * form the text writes after the same stem ("常州经济开发区"), else the one long form it writes at all, else the usual one.
 */
// Each short form with its long forms, the usual one first.
const LONG_FORMS: Record<string, string[]> = {
  经开区: ['经济技术开发区', '经济开发区'],
  高新区: ['高新技术产业开发区', '高新技术开发区'],
  边合区: ['边境经济合作区'],
};

export function fullZoneName(name: string, text: string): string {
  const short = /(经开区|高新区|边合区)$/.exec(name)?.[1];
  if (!short) return name;
  const stem = name.slice(0, -3);
  const forms = LONG_FORMS[short]!;
  const written = forms.find((form) => text.includes(stem + form)) ?? (forms.filter((form) => text.includes(form)).length === 1 ? forms.find((form) => text.includes(form)) : undefined);
  return stem + (written ?? forms[0]!);
}

/**
 * Round 19 (rules19a): a headline writes an autonomous county or banner short, by its stem and kind ("塔什萨依县两会"), and the story
 * in full ("塔什萨依哈萨克自治县第十七届…"): the district is the full name the text writes after the same stem.
 */
export function fullAutonomousName(name: string, text: string): string {
  const kind = /^([\u4e00-\u9fff]{2,5})(县|旗)$/.exec(name);
  if (!kind || name.includes('自治')) return name;
  return new RegExp(`${kind[1]}${PEOPLE}{1,4}自治${kind[2]}`).exec(text)?.[0] ?? name;
}
