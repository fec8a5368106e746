// Round 26 (rules26c): a news page that sets each theme's results beside its aims writes a line holding only a year over each
// run of figures ("亮点" / "2024年" / results… / "落点" / "2025年" / aims…, again for every theme). The plan opens at the report
// year's first line; each run under last year's line, up to the report year's next line, is last year's, as a sentence that
// looks back inside the plan is; and each run under the report year's line, up to the next bare year line, states the year's targets
// (wordings included), as a headline paragraph does.
import type { Range } from './sections';

// A line that holds a year and nothing else (a bullet or an emoji may stand before it).
const BARE_YEAR_LINE = /(?:^|\n)[ \t]*(?:[\u2190-\u2bff\ufe0f\ud800-\udfff]{1,3}\s*)?((?:19|20)\d{2}) ?年[ \t]*(?=\n)/g;

// A part heading opening a line: "三、…", "(二)…".
const PART_HEADING = /\n[ \t]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Each run inside `plan` under a bare line of the year before `reportYear`, up to the next bare line of `reportYear`. */
export function lastYearLineBlocks(text: string, plan: Range, reportYear: number): Range[] {
  const lines = [...text.slice(plan.start, plan.end).matchAll(BARE_YEAR_LINE)].map((match) => ({ year: Number(match[1]), at: plan.start + match.index }));
  const blocks: Range[] = [];
  lines.forEach((line, index) => {
    if (line.year !== reportYear - 1) return;
    // A run with no report year's line after it is left to the sentence rules: nothing shows where its results end.
    const next = lines.slice(index + 1).find((later) => later.year === reportYear);
    if (next) blocks.push({ start: line.at, end: next.at });
  });
  return blocks;
}

/** Each run inside `plan` under a bare line of `reportYear`, up to the next bare year line, where last year's runs alternate with them. */
export function reportYearLineBlocks(text: string, plan: Range, reportYear: number): Range[] {
  if (lastYearLineBlocks(text, plan, reportYear).length === 0) return [];
  const lines = [...text.slice(plan.start, plan.end).matchAll(BARE_YEAR_LINE)].map((match) => ({ year: Number(match[1]), at: plan.start + match.index }));
  return lines.flatMap((line, index) => {
    if (line.year !== reportYear) return [];
    const end = lines[index + 1]?.at ?? plan.end;
    // The next theme's part heading ("三、居民收入稳步提高") ends the run before its year line does.
    const heading = text.slice(line.at, end).search(PART_HEADING);
    return [{ start: line.at, end: heading >= 0 ? line.at + heading : end }];
  });
}
