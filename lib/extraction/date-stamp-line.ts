// Round 28 (rules28b): a news item's source line ends on its publication stamp ("某县融媒体中心  2025-03-06 10:12", "2026/01/21"),
// written with hyphens, slashes or a clock time, as prose never writes a date. No page cuts such a line: the line after it (a heading
// once a "■ 链接" line between them is dropped as furniture) starts anew, never continues it. (A date in words, "…于2025年1月6日",
// may end a PDF line cut mid-sentence, so it is not one.)
const STAMP_AT_END = /(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?|[ \t]\d{1,2}:\d{2}(?::\d{2})?)$/;

/** The line ends on a publication date or time stamp (hyphens, slashes or a clock), so no page wrapped it. */
export function endsOnDateStamp(line: string): boolean {
  return STAMP_AT_END.test(line.trimEnd());
}
