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
const SPACED_NUMBER = new RegExp(`(?<![\\d.])(?=\\d)(?:[\\d.] )+\\d{1,3}(?:\\.\\d+)? ?${UNIT}|(?<![\\d.])[12] \\d \\d \\d ?年|${DIGIT_GROUPS}|${STRAY_SPACE}`, 'g');
const HAN = '[\\u3400-\\u9fff]';
const SPACED_WORDS = new RegExp(`(?<!${HAN})${HAN}(?: ${HAN}(?!${HAN})){2,}(?: ${HAN}+)?`, 'g');

/**
 * Offsets of the letter-spacing spaces in `line`, in order. `follows`: the start of the line a wrapped line is joined to,
 * read for a number's unit only ("…完成2 1 3.6" over "亿元…").
 */
export function letterSpacingGaps(line: string, follows = ''): number[] {
  const gaps: number[] = [];
  // A wrap inside a run of spaced digits ("…就业2 9" over "1 5人") stands for one of its spaces.
  const spacedWrap = /(?:^|[^\d.])(?:[\d.] )+[\d.]$/.test(line.trimEnd()) && /^[\d.] /.test(follows);
  const text = follows === '' ? line : line.trimEnd() + (spacedWrap ? ' ' : '') + follows;
  for (const pattern of [SPACED_NUMBER, SPACED_WORDS]) {
    for (const match of text.matchAll(pattern)) {
      for (let offset = 0; offset < match[0].length; offset += 1) if (match[0][offset] === ' ' && match.index + offset < line.trimEnd().length) gaps.push(match.index + offset);
    }
  }
  return gaps.sort((a, b) => a - b);
}
