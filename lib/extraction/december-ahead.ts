// Round 19 (rules19b): a session held in December discusses the coming year's report, and the news of it speaks from
// the December day: "今年预计地区生产总值增长6.2%" is the year under review, "明年目标是增长6.5%左右" the report's year.
// Such an article is filed with the next year's reports (sections.ts reads its date line one year on), and its
// relative years are read one year back, each word for one of the same length, so every index (and quote) stays.

/** Next year's targets named in so many words: "明年目标是…", "报告提出明年…", "明年报告提出…". */
export const NEXT_YEARS_PLAN = /明年的?(?:主要|预期)?目标|报告(?:提出|明确)明年|明年的?(?:政府工作)?报告/;

/** 今年 → 去年 and 明年 → 今年: the December article's words as the report's year reads them. */
export function readOneYearBack(text: string): string {
  return text.replace(/今年|明年/g, (word) => (word === '今年' ? '去年' : '今年'));
}
