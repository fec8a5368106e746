// Figures written in Chinese numerals: "百分之五" (5%), "百分之五点二" (5.2%), "一成" (10%),
// "两成半" is not read (rare, and a guess would be worse than a miss). Levels too, as
// news agencies and traditional-character reports write them: "四百一十二亿元" (412亿元),
// "二十三点六亿元", "六千三百人"; 万/亿 before a unit belong to the unit ("三万人" is 3万人),
// 万 inside a numeral does not ("一万二千人" is 12000人).
import { matchUnitPrefix } from '@/lib/units/units';

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = '[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?';
const PERCENT = new RegExp(`^百分之(${NUMERAL})`);
const SIGNED_PERCENT = new RegExp(`^(${NUMERAL})[%％]`);
// Round 14 (rules14c): a hundred per cent and more ("空气质量优良天数比率保持在百分之百", "百分之一百二十"): 百 is no digit of NUMERAL,
// so "百分之一百" had read as 1%.
const HUNDRED_PERCENT = /^百分之(一?百(?:零?[一二三四五六七八九十]+)?(?:点[零〇一二三四五六七八九]+)?)/;
const LEVEL = /^([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)/;
const TEN_THOUSANDS = /^([一二两三四五六七八九十百千]+)万([零〇一二两三四五六七八九十百千]+)/;
// "十六亿四千万元" (16.4亿元): 亿 inside the numeral, its 万 before the unit 元.
const HUNDRED_MILLIONS = /^([一二两三四五六七八九十百千]+)亿([零〇一二两三四五六七八九十百千]+)万元/;
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
// The second character of a word that opens on a digit: 一般 (一般公共预算收入), 一是/二是 (a list), 一季度, 一批.
const WORD_AFTER_DIGIT = /^(?:般|是|季度|批)/;
const TENTHS = /^([一二两三四五六七八九])成(?!本|果|效|绩|交|为|立|熟|员|都)/;

/** A Chinese-numeral figure at `pos`, as a decimal string with its unit (always %). */
export function readChineseFigure(text: string, pos: number): { value: string; unit: string; end: number } | null {
  const rest = text.slice(pos, pos + 16);
  const hundred = HUNDRED_PERCENT.exec(rest);
  if (hundred) {
    const value = chineseLevelToDecimal(hundred[1]!.startsWith('百') ? `一${hundred[1]!}` : hundred[1]!);
    if (value !== null) return { value, unit: '%', end: pos + 3 + hundred[1]!.length };
  }
  const percent = PERCENT.exec(rest);
  if (percent) {
    // Text without punctuation runs the numeral into the next word ("增长百分之七一般公共预算收入"):
    // when the whole run is no number, its longest leading part that is one is the figure.
    // Round 10: a decimal run is a number whatever follows, so "百分之六点一一般公共预算收入" would read 6.11:
    // its last digit opens the next word (一般, 一是, 二季度) when that word's second character follows.
    const opensWord = /点[零〇一二三四五六七八九]{2,}$/.test(percent[1]!) && WORD_AFTER_DIGIT.test(rest.slice(3 + percent[1]!.length));
    for (let length = percent[1]!.length - (opensWord ? 1 : 0); length > 0; length -= 1) {
      const numeral = percent[1]!.slice(0, length);
      if (numeral.endsWith('点')) continue;
      const value = chineseToDecimal(numeral);
      if (value !== null) return { value, unit: '%', end: pos + 3 + length };
    }
    return null;
  }
  // Round 13 (rules13a): speech-to-text may turn only the "百分之" into a sign and leave the numeral ("增长六%左右",
  // "百分之" heard, "六" not recognised as a number): the numeral before the % is the rate.
  const signed = SIGNED_PERCENT.exec(rest);
  if (signed) {
    const value = chineseToDecimal(signed[1]!);
    if (value !== null) return { value, unit: '%', end: pos + signed[0].length };
  }
  const tenths = TENTHS.exec(rest);
  if (tenths) return { value: String(DIGITS[tenths[1]!]! * 10), unit: '%', end: pos + 2 };
  // Round 17 (rules17b): speech may drop 百分之 altogether after the rate's verb ("工业投资增长十六点八 社零…", "增长二点九,"): a
  // decimal in Chinese numerals right after 增长/下降, ending at a pause or a stop, is the rate in %. (A whole number there,
  // "增长五", or a decimal going on into a word, stays unread: a count or a multiple is as likely.)
  const bare = BARE_RATE.exec(rest);
  if (bare && RATE_VERB_BEFORE.test(text.slice(Math.max(0, pos - 4), pos))) {
    const value = chineseLevelToDecimal(bare[1]!);
    if (value !== null) return { value, unit: '%', end: pos + bare[1]!.length };
  }
  const yi = HUNDRED_MILLIONS.exec(rest);
  if (yi) {
    const high = chineseLevelToDecimal(yi[1]!);
    const low = chineseLevelToDecimal(yi[2]!);
    if (high !== null && low !== null && !high.includes('.') && !low.includes('.') && Number(low) < 10000) {
      const fraction = low.padStart(4, '0').replace(/0+$/, '');
      return { value: fraction === '' ? high : `${high}.${fraction}`, unit: '亿元', end: pos + yi[0].length };
    }
  }
  // "一万二千人" (12000人): 万 inside the numeral, not before the unit.
  const composite = TEN_THOUSANDS.exec(rest);
  if (composite) {
    const unit = matchUnitPrefix(text.slice(pos + composite[0].length, pos + composite[0].length + 4));
    const high = chineseLevelToDecimal(composite[1]!);
    const low = chineseLevelToDecimal(composite[2]!);
    if (unit && unit.symbol !== '%' && !/^[万亿]/.test(unit.symbol) && high !== null && low !== null && !high.includes('.') && Number(low) < 10000) {
      return { value: String(Number(high) * 10000 + Number(low)), unit: unit.symbol, end: pos + composite[0].length + unit.symbol.length };
    }
  }
  const level = LEVEL.exec(rest);
  // Round 17 (rules17b): speech drops the currency after a bare 亿 as after "…亿…万" above ("生产总值是九百二十六点四亿 增长5.2%",
  // "六十四点三五亿,增长2.9%"): 亿 ending the figure, before a pause, a stop or its rate, is 亿元 ("一点二亿人次" keeps its own unit).
  if (level && SPOKEN_YI.test(text.slice(pos + level[0].length, pos + level[0].length + 4))) {
    const value = chineseLevelToDecimal(level[1]!);
    if (value !== null) return { value, unit: '亿元', end: pos + level[0].length + 1 };
  }
  if (level) {
    const unit = matchUnitPrefix(text.slice(pos + level[0].length, pos + level[0].length + 4));
    // A lone digit before a count word ("一个", "两家") is wording, not a figure.
    if (!unit || unit.symbol === '%' || (level[0].length === 1 && !/^[万亿]/.test(unit.symbol))) return null;
    const value = chineseLevelToDecimal(level[1]!);
    return value === null ? null : { value, unit: unit.symbol, end: pos + level[0].length + unit.symbol.length };
  }
  return null;
}

const BARE_RATE = /^([零〇一二两三四五六七八九十]+点[零〇一二三四五六七八九]+)(?=$|[\s,。;、])/;
const RATE_VERB_BEFORE = /(?:增长|下降|增速|增幅)(?:了|为|是)?$/;
const SPOKEN_YI = /^亿(?=$|[\s,。;、]|增长|同比|比上年)/;

/** "四百一十二" → "412", "六千三百" → "6300", "二十三点六" → "23.6", "一千零五" → "1005", "千" → "1000"; null when malformed. */
export function chineseLevelToDecimal(numeral: string): string | null {
  const [whole, fraction] = numeral.split('点');
  if (whole === undefined || whole === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastPlace = 10000;
  for (const char of whole) {
    const place = PLACES[char];
    if (place !== undefined) {
      // Places fall strictly ("三百二十"); "十" alone means one ten.
      if (place >= lastPlace) return null;
      // A place word without a digit leads the numeral as one: "十二", "突破百亿元", "千亿元".
      total += (digit ?? (total === 0 ? 1 : NaN)) * place;
      if (Number.isNaN(total)) return null;
      lastPlace = place;
      digit = null;
    } else {
      const value = DIGITS[char];
      if (value === undefined || digit !== null) return null;
      // 零 only holds a place: "一千零五".
      digit = value === 0 ? null : value;
    }
  }
  if (digit !== null) {
    // A trailing digit is the ones, unless the numbers are written digit by digit ("四一二").
    if (lastPlace <= 1) return null;
    total += digit;
  }
  if (fraction === undefined) return String(total);
  const decimals = [...fraction].map((char) => DIGITS[char]);
  if (decimals.some((value) => value === undefined)) return null;
  return `${total}.${decimals.join('')}`;
}

/** "五点二" → "5.2", "十二" → "12", "二十" → "20"; null beyond 99 or when malformed. */
export function chineseToDecimal(numeral: string): string | null {
  const [whole, fraction] = numeral.split('点');
  let value: number;
  if (whole === undefined || whole === '') return null;
  const ten = whole.indexOf('十');
  if (ten >= 0) {
    if (whole.indexOf('十', ten + 1) >= 0) return null;
    const tens = ten === 0 ? 1 : DIGITS[whole.slice(0, ten)];
    const ones = ten === whole.length - 1 ? 0 : DIGITS[whole.slice(ten + 1)];
    if (tens === undefined || ones === undefined || whole.length > 3) return null;
    value = tens * 10 + ones;
  } else {
    if (whole.length !== 1) return null;
    const digit = DIGITS[whole];
    if (digit === undefined) return null;
    value = digit;
  }
  if (fraction === undefined) return String(value);
  const decimals = [...fraction].map((char) => DIGITS[char]);
  if (decimals.some((digit) => digit === undefined)) return null;
  return `${value}.${decimals.join('')}`;
}
