// Where a work report looks back (outcomes of last year) and where it looks ahead
// (this year's targets), and which year it was given in. Reports follow one shape:
// "一、2023年工作回顾 … 二、2024年工作安排 … 主要预期目标是：…"; figures before the
// plan are outcomes, figures after it are targets.

export type Range = { start: number; end: number };

export type Sections = {
  reportYear: number | null;
  /** Outcomes of reportYear − 1 are read here. */
  review: Range;
  /** Targets for reportYear are read here; null when the report states none. */
  plan: Range | null;
  /** The 主要预期目标 paragraph(s) within the plan: the headline targets. */
  mainBlocks: Range[];
};

const YEAR = '((?:19|20)\\d{2})年';
const REVIEW_HEADING = new RegExp(`${YEAR}(?:工作)?回顾`);
// A sentence or heading that opens the year's plan ("二、2024年工作安排", "今年经济社会发展的主要预期目标是").
const PLAN_HEADING = new RegExp(
  `(?:^|[\\n。!?;])\\s*(?:[一二三四五六七八九十]+[、.]\\s*)?(?:${YEAR}|今年)(?:的)?(?:政府)?` +
    '(?:工作安排|主要任务|总体要求|工作任务|重点工作|重点任务|主要工作|工作建议|奋斗目标|目标任务|工作部署|工作思路|经济社会发展|主要预期目标|主要目标)',
  'g',
);
const MAIN_CUE = /(?:主要预期目标|主要经济指标预期目标|主要目标|预期目标)(?:建议)?(?:是|为|如下)\s*:?|(?:主要预期目标|主要目标|预期目标)\s*:/g;
const DATE_NEAR_TOP = new RegExp(`${YEAR}\\d{1,2}月\\d{1,2}日`);
const TITLE_NEAR_TOP = new RegExp(`${YEAR}[^\\n。]{0,30}政府工作报告`);
const LIST_ITEM = /^\s*(?:[(][一二三四五六七八九十\d]+[)]|\d+[.、)]|[一二三四五六七八九十]+[、是]|[①-⑳]|[-•·])/;
const CONTINUES = /[:;,、]\s*$/;
const MAX_BLOCK = 2000;
const TOP = 800;

export function findSections(text: string, givenYear?: number): Sections {
  const review = REVIEW_HEADING.exec(text);
  const reviewYear = review ? Number(review[1]) : null;
  // The text's own years find the plan; a given year only helps when the review has none.
  const plan = findPlanStart(text, review?.index ?? 0, reviewYear !== null ? reviewYear + 1 : (givenYear ?? null));
  const reportYear =
    givenYear ?? plan?.year ?? (reviewYear !== null ? reviewYear + 1 : null) ?? yearNearTop(text);

  const planRange = plan ? { start: plan.start, end: text.length } : null;
  const mainBlocks = planRange ? findMainBlocks(text, planRange.start) : [];
  return { reportYear, review: { start: 0, end: planRange?.start ?? text.length }, plan: planRange, mainBlocks };
}

function findPlanStart(text: string, after: number, expectedYear: number | null): { start: number; year: number | null } | null {
  const heading = new RegExp(PLAN_HEADING.source, PLAN_HEADING.flags);
  heading.lastIndex = after;
  for (let match = heading.exec(text); match; match = heading.exec(text)) {
    const year = match[1] ? Number(match[1]) : null;
    // "2023年经济社会发展…" in the review is last year, not the plan.
    if (year !== null && expectedYear !== null && year !== expectedYear) continue;
    const start = match.index + match[0].search(/[^\s\n。!?;]/);
    return { start, year };
  }
  // No heading: the plan starts with the sentence that states the targets.
  const cue = new RegExp(MAIN_CUE.source, MAIN_CUE.flags).exec(text);
  if (!cue) return null;
  const start = Math.max(text.lastIndexOf('\n', cue.index), text.lastIndexOf('。', cue.index)) + 1;
  const year = /((?:19|20)\d{2})年/.exec(text.slice(start, cue.index));
  return { start, year: year ? Number(year[1]) : null };
}

function yearNearTop(text: string): number | null {
  const top = text.slice(0, TOP);
  const found = DATE_NEAR_TOP.exec(top) ?? TITLE_NEAR_TOP.exec(top);
  return found ? Number(found[1]) : null;
}

/**
 * From each cue to the end of its sentence; when the cue opens a list (ends with ":" or
 * items end with "；"/"，"), the following list lines belong to the block too.
 */
function findMainBlocks(text: string, from: number): Range[] {
  const blocks: Range[] = [];
  const cue = new RegExp(MAIN_CUE.source, MAIN_CUE.flags);
  cue.lastIndex = from;
  for (let match = cue.exec(text); match; match = cue.exec(text)) {
    const start = match.index + match[0].length;
    if (blocks.some((block) => start < block.end)) continue;
    let end = sentenceEnd(text, start);
    let listMode = /:\s*$/.test(match[0]) && text.slice(start, end).trim() === '';
    while (end < text.length && end - start < MAX_BLOCK) {
      const piece = text.slice(start, end);
      const next = nextLine(text, end);
      if (!next) break;
      const isItem = LIST_ITEM.test(next.text);
      if (!(CONTINUES.test(piece) || (listMode && isItem) || (isItem && /:\s*$/.test(piece)))) break;
      listMode = listMode || isItem;
      end = sentenceEnd(text, next.start);
    }
    blocks.push({ start, end });
  }
  return blocks;
}

/** End of the sentence starting at `start`: after its "。", or the end of its line. */
function sentenceEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 ? text.length : newline;
  const stop = text.indexOf('。', start);
  return stop === -1 || stop >= lineEnd ? lineEnd : stop + 1;
}

function nextLine(text: string, from: number): { start: number; text: string } | null {
  let start = text.indexOf('\n', from);
  while (start !== -1) {
    start += 1;
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
    if (text.slice(start, end).trim() !== '') return { start, text: text.slice(start, end) };
    start = end === text.length ? -1 : end;
  }
  return null;
}
