// Round 26 (rules26a): what a PDF copy prints at a page's head or foot besides a bare page number. (1) A running header set flush
// left with its page number flush right on one line ("某县政府工作报告            - 2 -", "- 3 -          2025年计划报告"): a label
// that names no figure and says nothing, a run of spaces, and the number between dashes. (2) An unnumbered note at the foot of the
// page ("注:规模以上固定资产投资指计划总投资500万元及以上项目投资。") printed where the page cut a sentence: it explains a word and parts
// the sentence from its figure ("粮食总产量达到" … "4.86亿斤"), so it is dropped with the page's furniture (a numbered note is read
// at its marker, footnotes.ts).
const PAGED_LABEL_FIRST = /^(\S.{1,38}?)[ \t\u3000]{2,}[-—–]\s?\d{1,3}\s?[-—–]$/;
const PAGED_NUMBER_FIRST = /^[-—–]\s?\d{1,3}\s?[-—–][ \t\u3000]{2,}(\S.{1,38})$/;
const YEARS = /(?:19|20)\d{2} ?年/g;
const PUNCTUATION = /[。！？!?；;，,：:、%]/;
const UNNUMBERED_NOTE = /^注[:：]\s*\S/;
const SENTENCE_END = /[。！？!?；;:：][”’"」』)]*$/;

/** A running header or footer with its page number on the same line. */
export function isPagedHeader(trimmed: string): boolean {
  const label = (PAGED_LABEL_FIRST.exec(trimmed) ?? PAGED_NUMBER_FIRST.exec(trimmed))?.[1];
  return label !== undefined && !/\d/.test(label.replace(YEARS, '')) && !PUNCTUATION.test(label);
}

/**
 * Indices of unnumbered notes (注:…) standing next to a page's furniture (blank lines aside) where the last line of text before that
 * furniture ends mid-sentence.
 */
export function pageFootNotes(lines: readonly string[], furniture: readonly boolean[]): number[] {
  const found: number[] = [];
  const step = (from: number, by: number) => {
    let at = from + by;
    while (at >= 0 && at < lines.length && lines[at]!.trim() === '') at += by;
    return at;
  };
  lines.forEach((line, index) => {
    if (!UNNUMBERED_NOTE.test(line.trim())) return;
    const before = step(index, -1);
    const after = step(index, 1);
    const pageBefore = before >= 0 && furniture[before];
    const pageAfter = after < lines.length && furniture[after];
    if (!pageBefore && !pageAfter) return;
    // The text before the page's furniture (and before the note) must be cut mid-sentence.
    let text = before;
    while (text >= 0 && (furniture[text] || lines[text]!.trim() === '')) text -= 1;
    if (text >= 0 && !SENTENCE_END.test(lines[text]!.trimEnd())) found.push(index);
  });
  return found;
}
