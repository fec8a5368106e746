// Round 14 (rules14c): a figure corrected where it was given. A speaker reading the report slips and restates it ("…农村常住居民人均
// 可支配收入达到19935元 不好意思 念错了 更正一下 农村常住居民人均可支配收入达到一万八千九百三十五元", a transcript), and a paper or
// site prints a correction after the figure ("…增长4.2%。(更正:…一般公共预算收入应为9.06亿元)", "勘误"). The same indicator's
// figure after the correction, within a short reach, replaces the one before it; without a correction word the surer, then the
// first, reading is kept as before (a report repeats its headline figures).
const CORRECTION = /念错|说错|读错|口误|更正|勘误/;
// A correction follows the slip closely: a later mention, paragraphs on, is a repetition.
const REACH = 300;

/** True when a correction word stands between `earlier` and `later` (offsets into `text`), close enough to correct it. */
export function correctsEarlier(text: string, earlier: { end: number }, later: { start: number }): boolean {
  if (later.start < earlier.end || later.start - earlier.end > REACH) return false;
  return CORRECTION.test(text.slice(earlier.end, later.start));
}

// Round 16 (rules16c): a subtitle burned into a video is read frame by frame, and a caption still being typed shows in one frame and
// whole in the next ("地区生产总值增长6%" then "地区生产总值增长6% 左右"): a reading whose quote starts with the previous reading's
// whole quote, a line or two later, is that caption completed, and replaces it. A report that repeats a figure repeats it
// paragraphs on, never on the next line.
const FRAME_REACH = 24;

/** True when `later` (its quote at the given offsets of `text`) is `earlier`'s caption again, completed in the next frame. */
export function completesEarlier(text: string, earlier: { start: number; end: number }, later: { start: number; end: number }): boolean {
  if (later.start < earlier.end || later.start - earlier.end > FRAME_REACH || !text.slice(earlier.end, later.start).includes('\n')) return false;
  const before = text.slice(earlier.start, earlier.end);
  const after = text.slice(later.start, later.end);
  return after.length > before.length && after.startsWith(before);
}
