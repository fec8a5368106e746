// Round 13 (rules13a): a subtitle track or a speech-to-text transcript exported with its clock at the start of
// every line ("00:00:32 全县预计完成地区生产总值一百零八点六亿元", "[00:01:12] 报告提出…", "00:00:04,800 --> 00:00:09,100 …"):
// the stamp is the video's clock, never a figure of the report. Left in, it reads as a figure run into the line
// before ("…一百零八点六亿元\n00:0": garbled) and hides the line's opening words from every reader.
// Round 18 (rules18a): …or a live post's entry, its time behind a block or a bullet ("▌10:15 【今年主要预期目标】", "● 15:20 代表热议"):
// the time the entry was posted, never a figure, and left in it hides the entry's heading from the readers of headings.
// Round 19 (rules19b): …or a live blog's entry time in black brackets ("【09:31】城镇新增就业760人，…"): left in, it hides the name from the readers.
// A line that is only a stamp is furniture (prepare-text.ts TIME_CODE); this is the stamp before a line's words.
const STAMP = /^\s*(?:[\u2580-\u259f\u25a0-\u25ff]\s*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?\]\s*|【\d{1,2}:\d{2}】\s*|\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?(?:\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?(?:[,.]\d{1,3})?)?\s+)(?!-->)(?=\S)/;

/** How many characters of `line` are a leading clock stamp (and the space after it); 0 when none. */
export function timeStampPrefix(line: string): number {
  return STAMP.exec(line)?.[0].length ?? 0;
}
