// Round 29 (rules29c): a table's header in two lines whose last column is headed on one line only ("指标 单位 2024年 2024年 2025年
// 属性" over "计划 预计 计划", a PDF's annex): the second line's words stand under the years, not under the last columns. Where
// the words are as many as the header's year cells and a cell without a year closes the header, each word is its year's.
const YEAR_CELL = /^(?:19|20)\d{2} ?年/;

/** The header's cell indexes the second line's words stand under, or null where they fill the last columns (the usual case). */
export function columnsUnderYears(headerTexts: readonly string[], words: number): number[] | null {
  const years = headerTexts.flatMap((text, index) => (YEAR_CELL.test(text.trim()) ? [index] : []));
  if (years.length !== words || words === 0) return null;
  return years.at(-1)! < headerTexts.length - 1 ? years : null;
}
