// Round 20 (rules20b): a newspaper's PDF page set in a Founder font and copied through a tool that maps the font's full-width
// punctuation to the wrong code points gives each mark as a fixed Chinese character: "，" as 袁, "；" as 曰, "。" as 遥, "（" as
// 渊, "）" as 冤, "、" as 尧 ("地区生产总值132.6亿元袁增长4.9%曰…", "本报讯渊记者…冤"). Read as it stands, a level and its
// rate are one clause with no break, a sentence never ends, and "袁增长" is no verb after a name. Each of these characters is
// also a word's (the surname 袁, 遥远), so the table is read only in a text that shows the fault: marks standing right after a
// figure where punctuation stands ("…亿元袁", "…%曰"), at least twice. Then every such character is read as its mark, one
// character for one (no offset moves).
const MARKS: Record<string, string> = { 袁: '，', 曰: '；', 遥: '。', 渊: '（', 冤: '）', 尧: '、' };
const ANY_MARK = /[袁曰遥渊冤尧]/g;
// A figure (its unit or per cent) followed by one of the characters: punctuation's place.
const AFTER_FIGURE = /\d(?:\.\d+)?\s?(?:%|[万亿千百]?(?:元|美元|人|户|吨|斤|亩|公顷|个|家))[袁曰遥]/g;
const MIN_EVIDENCE = 2;

/** `text` with a garbled font's punctuation characters read as their marks, where the text shows the fault (see above). */
export function readFontPunctuation(text: string): string {
  if ((text.match(AFTER_FIGURE) ?? []).length < MIN_EVIDENCE) return text;
  return text.replace(ANY_MARK, (mark) => MARKS[mark]!);
}
