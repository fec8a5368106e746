import type { Range } from './sections';
// Round 28 (rules28b): a session story says the deputies affirmed figures ("代表们…对一般公共预算收入完成3.46亿元、增长2.9%表示肯定",
// "对全县地区生产总值增长5.2%给予充分肯定"): what is affirmed has been done, so the figures between 对 and 肯定 are last year's results,
// wherever the story places the sentence. Never a clause that turns to the coming year or an aim (对今年…增长6%的目标表示肯定).
const AFFIRMED = /对([^。;\n对]{4,60}?\d[^。;\n对]{0,30}?)(?:表示|给予|予以)(?:了)?(?:充分|高度)?(?:肯定|赞许|认可)/g;
const COMING_OR_AIM = /今年|明年|新的?一年|将|要|力争|确保|目标|预期|计划|预计/;

/** The affirmed clauses of `range` (the figures between 对 and 表示肯定), as ranges read for last year's outcomes. */
export function affirmedResults(text: string, range: Range): Range[] {
  const found: Range[] = [];
  for (const match of text.slice(range.start, range.end).matchAll(AFFIRMED)) {
    if (COMING_OR_AIM.test(match[1]!)) continue;
    const start = range.start + match.index + 1;
    found.push({ start, end: start + match[1]!.length });
  }
  return found;
}
