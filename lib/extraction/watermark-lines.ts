// Round 19 (rules19c): a PDF stamped with a watermark ("内部资料 注意保存", "仅供参阅") gives the stamp's text as a line of its own
// wherever the extractor met it on the page: often right inside a sentence ("…一般公共" / "内部资料 注意保存" / "预算收入实现…").
// Read as text, it parts an indicator's name from its figure and ends a list of targets early. A running header is told by
// its page numbers (prepare-text.ts); a watermark has none near it, but is told the same way by repetition: a short bare line
// (no figure, no punctuation) seen twice or more, and every time between two halves of one sentence (the line above is prose
// cut after a character, the line below goes on with a character, no item or heading). Such lines are page furniture.
// A label an infographic repeats ("地区生产总值" over last year's figure, then over the target) stands between figures and
// headings, never inside a sentence, and is kept.
const BARE = /^[^\d。！？!?；;，,：:、()（）【】]{2,20}$/;
// Prose: a line long enough to be a page's wrapped line, holding a clause's punctuation, cut after a character.
const CUT_PROSE = /^(?=.{16,})(?=.*[，,；;。：:]).*[\u4e00-\u9fff]$/;
// …and the line below goes on with a character, not with an item's number or a heading's ("二、", "（三）").
const GOES_ON = /^[\u4e00-\u9fff](?![、.])/;
const ITEM = /^(?:[一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+)/;

/** Indices of the watermark lines among `texts` (one entry a physical line). */
export function findWatermarks(texts: readonly string[]): number[] {
  const byKey = new Map<string, number[]>();
  texts.forEach((text, index) => {
    const key = text.trim().replace(/\s+/g, ' ');
    if (BARE.test(key)) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const found: number[] = [];
  for (const indices of byKey.values()) {
    if (indices.length >= 2 && indices.every((index) => splicesSentence(texts, index))) found.push(...indices);
  }
  return found;
}

function splicesSentence(texts: readonly string[], index: number): boolean {
  const before = texts[index - 1]?.trim() ?? '';
  const after = texts[index + 1]?.trim() ?? '';
  return CUT_PROSE.test(before) && GOES_ON.test(after) && !ITEM.test(after);
}
