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

type Range = { start: number; end: number };

// Words that turn a sentence to the report's year or to an aim (read after readOneYearBack: 今年 is then the report's year).
const COMING_OR_AIM = /今年|新的?一年|(?:19|20)\d{2} ?年|目标|预期|计划|力争|确保|将|要/;

/**
 * The December article's estimates ("另悉,全县城镇居民人均可支配收入预计为45612元,增长4.9%"): on the December day 预计 estimates the
 * year ending, so a sentence of the plan that estimates and names no coming year and no aim is the review's.
 */
export function yearEndEstimates(text: string, plan: Range): Range[] {
  const found: Range[] = [];
  for (const match of text.slice(plan.start, plan.end).matchAll(/[^。!?\n]+/g)) {
    if (/预计/.test(match[0]) && !COMING_OR_AIM.test(match[0])) found.push({ start: plan.start + match.index, end: plan.start + match.index + match[0].length });
  }
  return found;
}
