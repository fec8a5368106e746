// Round 29 (rules29b): OCR of a poster or a scanned page picks the look-alike of a character its font draws alike: the
// Japanese form 増 for 增 ("地区生产总值増长5.5%左右", "新増市场主体") and 兀 for 元 ("完成104.9亿兀"). Read as they stand, the
// rate's verb and the level's unit are lost, so the figure is. 増 is never a Chinese text's own character, so it is read as 增
// wherever it stands; 兀 (a word of its own, "突兀") is read as 元 only where a unit stands, right after a figure and its
// 万/亿. One character for one: no index moves.
const JAPANESE_INCREASE = /増/g;
const UNIT_AFTER_FIGURE = /(?<=\d[ \t]?[万亿]?)兀/g;

/** `text` with OCR's look-alikes of 增 and of the unit 元 read as those characters (see above). */
export function readOcrLookalikes(text: string): string {
  if (!text.includes('増') && !text.includes('兀')) return text;
  return text.replace(JAPANESE_INCREASE, '增').replace(UNIT_AFTER_FIGURE, '元');
}
