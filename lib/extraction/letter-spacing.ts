// Round 13 (rules13a): an OCR copy of a printed page keeps the printer's letter-spacing as spaces, inside
// numbers ("地区生产总值 2 6 7 . 8 3亿元", "农村居民人均可支配收入2 4 310元", "增长 1 7.6%") and inside
// spaced-out titles and names ("区 十 七 届 人 大 四 次 会 议", "社 会 消 费 品零售总额"). Read as they stand, the
// number is several figures (or none) and the name no name. The spaces are dropped like invisible characters
// (prepare-text.ts: no character moves, quotes keep them), only where the run can be nothing else:
// - a number: single digits (or its point) each followed by one space, then the last digits and their unit, which
//   may be spaced too ("2 1 8.4亿元", "4 4 7 0人", "2 1 8 . 4 亿 元", "6 . 1 %"); digits of a table's cells ("865 5.6",
//   "1 1.2" with no unit) and a group of two or more digits before a space ("12 000人") are left alone; a spaced
//   year ("2 0 2 5 年 政 府 工 作 报 告", a cover's title) is joined too;
// - words: three or more single Chinese characters in a row, one space apart (a sentence without punctuation
//   spaces words and phrases, seldom three one-character words in a row), with the word that follows.
import { columnWrapGaps } from './column-wraps';

const UNIT = '(?:%|[万亿千百]? ?(?:元|人|户|吨|斤|亩|公顷|美元)|个百分点)';
// Round 14 (rules14c): digits grouped by threes with a space, as GB/T 15835 (出版物上数字用法) prints long numbers and PDF/OCR copies
// keep it ("15 820元", "12 000人", "1 234.5亿元": a group of exactly three digits after the space, the unit after the last); a
// stray space inside a number before its unit, where no two numbers can stand ("3 6245元": one digit, then four or more, never at
// a line's start where an item's number stands; "5 .8%", "5. 8%": next to the point).
const DIGIT_GROUPS = `(?<![\\d.])\\d{1,3}(?: \\d{3})+(?!\\d)(?:\\.\\d+)? ?${UNIT}`;
// Round 15 (rules15b): …and inside the integer part of a decimal figure, two digits then the rest ("13 6.8亿元", "21 5.4万吨",
// "12 34.5亿元"): no number ends on two bare digits right before a decimal figure with its unit (not after a date's or a
// time's separator, "00:15:27 6.8亿元", nor at a line's start).
const STRAY_SPACE = `(?<![\\d.:/-]|^\\s*)\\d{2} (?=\\d{1,2}\\.\\d+ ?${UNIT})|(?<![\\d.]|^\\s*)\\d (?=\\d{4,}(?:\\.\\d+)? ?${UNIT})|(?<=\\d) (?=\\.\\d+ ?${UNIT})|(?<=\\d\\.) (?=\\d+ ?${UNIT})`;
// Round 16 (rules16c): an OCR copy spaces a number anywhere, not only digit by digit: the fraction's last digit off its decimal
// ("5 2.4 7亿元": the space after a decimal's one or two digits, then one or two digits and an amount's unit, never a percentage,
// which a table's cells "6.2 5%" could be), and a year after any of its digits ("2 024年", "20 25年", a 19xx or 20xx year).
const AMOUNT = '[万亿千百]? ?(?:元|人|户|吨|斤|亩|公顷|美元)';
const SPLIT_FRACTION = `(?<=(?<![\\d.])\\d{1,4}\\.\\d{1,2}) (?=\\d{1,2} ?${AMOUNT})`;
const SPACED_YEAR = `(?<![\\d.])(?=(?:1 ?9|2 ?0)(?: ?\\d){2} ?年)(?=\\d{1,3} )(?:\\d ?){4}年`;
// …and a figure's qualifier split by a space ("增长8%以 上", "6%左 右"): no word after a figure opens on 上/下/内 after 以, or on 右 after 左.
const SPLIT_QUALIFIER = `(?<=\\d ?(?:%|[万亿]?[元人户吨斤亩])? ?以) (?=[上下内])|(?<=\\d ?(?:%|[万亿]?[元人户吨斤亩])? ?左) (?=右)`;
const SPACED_NUMBER = new RegExp(`(?<![\\d.])(?=\\d)(?:[\\d.] )+\\d{1,3}(?:\\.\\d+)? ?${UNIT}|${SPACED_YEAR}|${DIGIT_GROUPS}|${STRAY_SPACE}|${SPLIT_FRACTION}|${SPLIT_QUALIFIER}`, 'g');
const HAN = '[\\u3400-\\u9fff]';
// Round 17 (rules17a): a PDF copy may set a space before every punctuation mark ("完成 1386.42 亿元 ，同比增长 4.3% 。"): the
// figure's clause then ends on a space, and the next clause ("，同比增长…") is no continuation of it. One space after a
// character or a figure, before a comma, stop, semicolon, colon or enumeration comma, is dropped.
const SPACE_BEFORE_MARK = /(?<=[\u3400-\u9fff\d%)）]) (?=[,，。;；:：、])/g;
const SPACED_WORDS = new RegExp(`(?<!${HAN})${HAN}(?: ${HAN}(?!${HAN})){2,}(?: ${HAN}+)?`, 'g');
// Round 20 (rules20c): …and a two-character word letter-spaced right before a letter-spaced number ("， 增 长 6 . 1 %", "完 成
// 6 1 2 . 5 亿 元"): the pair alone is no run of three, but the spaced number after it shows the line is letter-spaced.
const SPACED_PAIR = new RegExp(`(?<!${HAN} ?)${HAN} ${HAN}(?!${HAN})(?= \\d [\\d.])`, 'g');

/**
 * Offsets of the letter-spacing spaces in `line`, in order. `follows`: the start of the line a wrapped line is joined to,
 * read for a number's unit only ("…完成2 1 3.6" over "亿元…").
 */
export function letterSpacingGaps(line: string, follows = ''): number[] {
  // A wrap inside a run of spaced digits ("…就业2 9" over "1 5人") stands for one of its spaces.
  const spacedWrap = /(?:^|[^\d.])(?:[\d.] )+[\d.]$/.test(line.trimEnd()) && /^[\d.] /.test(follows);
  const text = follows === '' ? line : line.trimEnd() + (spacedWrap ? ' ' : '') + follows;
  const inLine = (at: number) => at < line.trimEnd().length;
  const gaps = new Set([...spaces(text, SPACED_WORDS), ...spaces(text, SPACED_PAIR), ...spaces(text, SPACE_BEFORE_MARK), ...columnWrapGaps(line)]);
  // Round 16 (rules16c): one dropped space may reveal the next ("3 1 .6万吨": only once "1 .6" is one figure does "3 1.6万吨"
  // read as spaced digits), so numbers are read again with the spaces found dropped, until no new one is found.
  let numberGaps = spaces(text, SPACED_NUMBER);
  for (let round = 0; numberGaps.length > 0 && round < 4; round += 1) {
    for (const at of numberGaps) gaps.add(at);
    const origin = Array.from({ length: text.length }, (_, at) => at).filter((at) => !gaps.has(at));
    numberGaps = spaces(origin.map((at) => text[at]).join(''), SPACED_NUMBER).map((at) => origin[at]!).filter((at) => !gaps.has(at));
  }
  return [...gaps].filter(inLine).sort((a, b) => a - b);
}

/** Offsets of the spaces inside `pattern`'s matches in `text`. */
function spaces(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(pattern)) {
    for (let offset = 0; offset < match[0].length; offset += 1) if (match[0][offset] === ' ') found.push(match.index + offset);
  }
  return found;
}
