// Round 14 (rules14b): a relative target may say by how much its growth beats the economy's, and over a combined
// name it may say so for each part ("城乡居民人均可支配收入增长分别高于经济增长0.5个和1.5个百分点", "居民收入增长快于经济增长
// 1个百分点以上", "城镇和农村居民收入增长分别快于GDP增长"). The margin is part of the wording: the comparison reads on
// over it (left to the figure reader, "经济增长0.5个…" had cut the wording at its comparison word); and 分别 (or 均, 都) makes
// the combined name's parts (urban, rural) each a target of its own, as "分别增长5%、7%" does for figures. A relative target
// holds no figure of its own (parse-as-written reads "增长高于经济增长" as relative to GDP growth), so the margin stays in
// the quote, never in the value.
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半](?:点[〇零一二三四五六七八九]+)?)`;
const MARGIN = String.raw`(?:[ \t]?${NUMBER}个?(?:百分点)?(?:以上|左右)?(?:和|、|与|及|至|到|—|-|~)?)*?[ \t]?${NUMBER}?个?百分点(?:以上|左右)?`;
const COMPARED = String.raw`(?:快于|高于|不低于|跑赢)(?:经济增长|经济增速|地区生产总值增长|地区生产总值增速|GDP增长|GDP增速|GDP)`;
const RELATIVE_MARGIN = new RegExp(String.raw`^(增长|增速)?[ \t]?(分别|均|都)?[ \t]?(${COMPARED})(${MARGIN})?`);

const REACH = 60;

export type RelativeMargin = {
  /** Where the wording ends: after its margin when it states one. */
  end: number;
  /** The wording as staff would type it, without the margin ("增长高于经济增长"). */
  asWritten: string;
  /** 分别 / 均 / 都: each part of a combined name is a target of its own. */
  each: boolean;
};

/**
 * The relative wording at `from` when it states a margin or 分别 (null otherwise: the plain wording,
 * "增长高于经济增长", is read as before).
 */
export function readRelativeMargin(text: string, from: number, limit: number): RelativeMargin | null {
  // A wording is short: looked for within its reach only, so a long text without stops stays linear.
  const match = RELATIVE_MARGIN.exec(text.slice(from, Math.min(limit, from + REACH)));
  if (!match || (match[2] === undefined && match[4] === undefined)) return null;
  return { end: from + match[0].length, asWritten: `${match[1] ?? '增长'}${match[3]}`, each: match[2] !== undefined };
}
