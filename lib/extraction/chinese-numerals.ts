// Figures written in Chinese numerals: "百分之五" (5%), "百分之五点二" (5.2%), "一成" (10%),
// "两成半" is not read (rare, and a guess would be worse than a miss).

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = '[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?';
const PERCENT = new RegExp(`^百分之(${NUMERAL})`);
const TENTHS = /^([一二两三四五六七八九])成(?!本|果|效|绩|交|为|立|熟|员|都)/;

/** A Chinese-numeral figure at `pos`, as a decimal string with its unit (always %). */
export function readChineseFigure(text: string, pos: number): { value: string; unit: string; end: number } | null {
  const rest = text.slice(pos, pos + 16);
  const percent = PERCENT.exec(rest);
  if (percent) {
    const value = chineseToDecimal(percent[1]!);
    return value === null ? null : { value, unit: '%', end: pos + percent[0].length };
  }
  const tenths = TENTHS.exec(rest);
  if (tenths) return { value: String(DIGITS[tenths[1]!]! * 10), unit: '%', end: pos + 2 };
  return null;
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
