// Deterministic, offline extraction of target and outcome proposals from the text of a
// district government work report (政府工作报告), a news article about one, a
// plan-execution report (计划执行情况) or a statistical bulletin (统计公报). Pure: text
// and the indicator catalogue in, plain data out.
import { normalizeWidth } from '@/lib/text/normalize-width';
import { compileCatalogue } from './catalogue';
import { districtFromMedium } from './district-from-medium';
import { blankPrecedingReport } from './compilation-page';
import { readOneYearBack, yearEndEstimates } from './december-ahead';
import { applyDocumentPeriods, documentPeriods, periodAt } from './document-period';
import { extractOutcomes } from './extract-outcomes';
import { extractTargets } from './extract-targets';
import { reportYearUnknownFlag } from './flags';
import { toSimplified } from './traditional';
import { prepareText } from './prepare-text';
import { readBracketedLastYear } from './read-bracketed-last-year';
import { readBoxRows } from './read-box-rows';
import { readCardRows } from './read-card-rows';
import { readFigureAbove, readFigureFirst, readPlanCards, readReviewCards } from './read-figure-first';
import { readFigureCards } from './read-figure-cards';
import { readSideBySide } from './read-side-by-side';
import { readLabelledRows } from './read-labelled-rows';
import { readParagraphTables } from './read-paragraph-table';
import { readTables } from './read-tables';
import { readNamelessClauses } from './read-nameless-clause';
import { findDistrict, readingContext } from './reading-context';
import { findSections } from './sections';
import type { ExtractOptions, ExtractionResult, TargetProposal } from './types';

export function extractProposals(text: string, options: ExtractOptions): ExtractionResult {
  const read = prepareText(text);
  // Round 20 (rules20a): a compilation page's tail of the report before it is read as nothing (compilation-page.ts).
  const written = { ...read, text: blankPrecedingReport(read.text) };
  // Only the top of the original is searched for a dropped date line…
  // …and (round 11, rules11a) its foot, where a news item's dropped source line may carry the only date
  // ("来源：某县融媒体中心　2026-01-16").
  const top = normalizeWidth(text.slice(0, 400));
  const foot = normalizeWidth(text.slice(-200));
  const dated = findSections(written.text, options.reportYear, top, foot);
  // Round 19 (rules19b): a December article on next year's targets speaks of the report's year as 明年: its relative years are
  // read one year back and its parts found again in the report's year (december-ahead.ts).
  const prepared = dated.readsAhead ? { ...written, text: readOneYearBack(written.text) } : written;
  const again = dated.readsAhead ? findSections(prepared.text, dated.reportYear!, top, foot) : null;
  // …and its estimates in the plan that name no coming year and no aim are the year ending's (read as the look back's sentences are).
  const sections = again ? { ...again, yearSource: dated.yearSource, pastInPlan: [...again.pastInPlan, ...(again.plan ? yearEndEstimates(prepared.text, again.plan) : [])] } : dated;
  const reportYear = sections.reportYear;
  // In simplified characters, as the district table writes it, whatever the script of the text.
  // …else from the metadata at the top that furniture removal dropped ("来源:翠屏湾区人民政府办公室").
  // …or at the foot ("来源：沂川县融媒体中心").
  // Round 25 (rules25c): …or by its own medium's account name in the text as written, where preparation joined the words a space set apart
  // ("了解更多人大信息 南屿人大" run together), so the name no longer stands alone.
  const district =
    options.district ??
    findDistrict(prepared.text) ??
    findDistrict(toSimplified(normalizeWidth(text.slice(0, 400)))) ??
    findDistrict(toSimplified(normalizeWidth(text.slice(-300)))) ??
    districtFromMedium(prepared.text, toSimplified(normalizeWidth(`${text.slice(0, 400)}\n${text.slice(-300)}`)));
  const empty = { reportYear, reportYearSource: sections.yearSource, district, targets: [], outcomes: [], unknownIndicators: [] };
  // Without a year no proposal could be filed correctly; say so rather than guess.
  if (reportYear === null) return { ...empty, flags: [reportYearUnknownFlag()] };

  const context = readingContext(prepared.text, compileCatalogue(options.indicators), district);
  // A part-year title or heading ("2025年上半年全区经济运行情况") makes the figures under it in-year progress.
  const spans = documentPeriods(prepared);
  const documentPeriod = (position: number) => periodAt(prepared.text, spans, position);
  const outcomes = extractOutcomes(prepared, sections.review, reportYear - 1, context, sections.kind, documentPeriod);
  // "去年,全区地区生产总值增长5.1%" inside the plan: last year's figures, read as the review's are.
  for (const range of sections.pastInPlan) {
    const more = extractOutcomes(prepared, range, reportYear - 1, context, sections.kind, documentPeriod);
    const known = new Set(outcomes.outcomes.map((item) => `${item.indicatorKey}|${item.measure}`));
    outcomes.outcomes.push(...more.outcomes.filter((item) => !known.has(`${item.indicatorKey}|${item.measure}`)));
    outcomes.flags.push(...more.flags);
  }
  const targets = extractTargets(prepared, sections, reportYear, context);
  // "▶ 6%左右" above "2025年地区生产总值预期增长": a card's figure, named (with its year) on the line below;
  // the prose reads that name line as a wording without a figure, which the card's figure replaces.
  const figureAbove = readFigureAbove(prepared, context, reportYear, sections.kind === 'bulletin' ? 'preliminary' : 'estimate');
  targets.targets = targets.targets.filter((item) => item.value !== null || !figureAbove.targets.some((card) => item.start >= card.start && item.start < card.end));
  // A table's cells and side-by-side lines add what the prose does not state (the prose wins where both do).
  const vintage = sections.kind === 'bulletin' ? 'preliminary' : 'estimate';
  const tables = readTables(prepared, context, reportYear, vintage, sections.plan?.start ?? null);
  // Round 13 (rules13b): on a row the table reader read by its columns, the prose reads the first figure after the name,
  // whichever column it stands in ("出口总额增速      6%      9.2%" under "指标  2025年目标  2025年预计完成": the target
  // cell read as the result); for what the table reads there, its cell wins.
  const fromTable = (item: { start: number; year: number; indicatorKey: string; measure: string }) =>
    [...tables.outcomes, ...tables.targets].some(
      (cell) => cell.year === item.year && cell.indicatorKey === item.indicatorKey && cell.measure === item.measure && tables.rows.some((row) => cell.start >= row.start && cell.start < row.end && item.start >= row.start && item.start < row.end),
    );
  outcomes.outcomes = outcomes.outcomes.filter((item) => !fromTable(item));
  targets.targets = targets.targets.filter((item) => !fromTable(item));
  // Round 13 (rules13c): a table row the table reader read for a target ("地区生产总值增长(%)  5.3  5.5左右" under its header)
  // is no prose: the prose's reading of its name as a wording without a figure gives way to the cell.
  // Round 16 (rules16b): …and on any row it read, the prose's wording is a cell's text ("外贸出口总额\t亿元\t12.6\t保持稳定" read as
  // the wording "亿元"): the table reader reads the target cell's own wordings (relative, handed down), the prose none.
  targets.targets = targets.targets.filter((item) => item.value !== null || !tables.rows.some((row) => item.start >= row.start && item.start < row.end));
  // Round 12 (rules12b): "地区生产总值增长 计划6% 预计5.4% 目标5.5%左右" under "主要指标 2024年计划 2024年预计 2025年目标":
  // cells placed by their column's word; the prose's reading of such a row (its 计划 cell as the target) gives way.
  const labelled = readLabelledRows(prepared, context, reportYear, vintage);
  if (labelled.rows.length > 0) {
    const onRow = (item: { start: number }) => labelled.rows.some((row) => item.start >= row.start && item.start < row.end);
    outcomes.outcomes = outcomes.outcomes.filter((item) => !onRow(item));
    targets.targets = targets.targets.filter((item) => !onRow(item));
    outcomes.outcomes.push(...labelled.outcomes);
    targets.targets.push(...labelled.targets);
  }
  // Round 14 (rules14c): a table pasted one cell a paragraph ("5.实际使用外资" / "1.5亿美元" / "1.62亿美元" under "指标名称" / "预期目标" /
  // "实际完成"): its result column is last year's outcome; the prose's reading of a row (its first figure, the target cell) gives way.
  const paragraphTable = readParagraphTables(prepared, context, reportYear, vintage);
  if (paragraphTable.rows.length > 0) {
    const onRow = (item: { start: number }) => paragraphTable.rows.some((row) => item.start >= row.start && item.start < row.end);
    outcomes.outcomes = outcomes.outcomes.filter((item) => !onRow(item));
    targets.targets = targets.targets.filter((item) => !onRow(item));
    const known = new Set(outcomes.outcomes.map((item) => `${item.year}|${item.indicatorKey}|${item.measure}`));
    outcomes.outcomes.push(...paragraphTable.outcomes.filter((item) => !known.has(`${item.year}|${item.indicatorKey}|${item.measure}`)));
  }
  // Round 22 (rules22b): "658.3" / "亿元" / "地区生产总值" / "同比增长6.4%": a poster's review cards without bullets, each after a gap. A
  // card's figure is its name's: a prose reading that ran from the card above into it ("规上工业增加值" / "增长" / "-2.1%") is dropped.
  const figureCards = readFigureCards(prepared, sections.review, context, reportYear - 1, vintage);
  outcomes.outcomes = outcomes.outcomes.filter((item) => !figureCards.some((card) => item.start < card.start && card.start < item.end));
  // Round 22 (rules22c): "地区生产总值 规模以上工业增加值" over "增长5%左右 增长6%以上": a poster's boxes read across by OCR; each
  // figure belongs to the box above it, where the prose gives the second name the first box's figure (read-box-rows.ts).
  const boxRows = readBoxRows(prepared, context, reportYear, vintage, sections.review, sections.plan);
  if (boxRows.rows.length > 0) {
    const onRow = (item: { start: number }) => boxRows.rows.some((row) => item.start >= row.start && item.start < row.end);
    outcomes.outcomes = outcomes.outcomes.filter((item) => !onRow(item));
    targets.targets = targets.targets.filter((item) => !onRow(item));
    outcomes.outcomes.push(...boxRows.outcomes);
    targets.targets.push(...boxRows.targets);
  }
  // "地区生产总值去年增长6.1% 今年预期增长6%": last year's figure and this year's target on one line.
  const sideBySide = readSideBySide(prepared, context, reportYear, vintage);
  // Round 22 (rules22a): a rate on a second basis is fresh beside the reported one (read-nameless-clause.ts reads one after it), never
  // beside another on its basis; a reported rate is never fresh beside any.
  type Stated = { year: number; indicatorKey: string; measure: string; comparableBasis?: boolean };
  const statedKey = (item: Stated) => `${item.year}|${item.indicatorKey}|${item.measure}`;
  const stated = new Set([...outcomes.outcomes, ...targets.targets].flatMap((item: Stated) => [statedKey(item), ...(item.comparableBasis ? [`${statedKey(item)}|comparable`] : [])]));
  const fresh = <T extends Stated>(items: T[]) =>
    items.filter((item) => {
      const key = item.comparableBasis ? `${statedKey(item)}|comparable` : statedKey(item);
      if (stated.has(key)) return false;
      stated.add(key);
      stated.add(statedKey(item));
      return true;
    });
  // "412.6亿元——全区地区生产总值": figures first, names after a dash, in the review.
  const figureFirst = readFigureFirst(prepared, sections.review, context, reportYear - 1, vintage);
  // Round 11 (rules11b): "增长5%左右(2025年预计增长5.4%)": last year's figure in brackets after a target.
  const bracketed = readBracketedLastYear(prepared, context, reportYear, vintage);
  // Round 11 (rules11a): "▪️ 186.4亿元" over "地区生产总值,增长5.1%": a poster's cards in the review.
  const reviewCards = readReviewCards(prepared, sections.review, context, reportYear - 1, vintage);
  // …and "▶ 6%左右" over "今年全区地区生产总值预期增长目标" under the plan's heading.
  const planCards = sections.plan ? readPlanCards(prepared, sections.plan, context, reportYear) : [];
  // Round 19 (rules19a): "▍城镇新增就业" over "2024年完成:4012人" / "2025年目标:4000人": a table rendered as cards, a line a column.
  const cardRows = readCardRows(prepared, context, reportYear, vintage);
  // Round 12 (rules12a): "…增长10.2%,增速全市第一,今年定下增长9%的目标": a nameless clause borrows its sentence's name.
  const nameless = readNamelessClauses(prepared, context, reportYear, vintage);
  const inYear = applyDocumentPeriods(
    prepared,
    spans,
    [...outcomes.outcomes, ...fresh(tables.outcomes), ...fresh(sideBySide.outcomes), ...fresh(figureFirst), ...fresh(figureAbove.outcomes), ...fresh(reviewCards), ...fresh(figureCards), ...fresh(bracketed), ...fresh(cardRows.outcomes), ...fresh(nameless.outcomes)],
    [...targets.targets, ...fresh(tables.targets), ...fresh(sideBySide.targets), ...fresh(figureAbove.targets), ...fresh(planCards), ...fresh(cardRows.targets), ...fresh(nameless.targets)],
  );
  return {
    ...empty,
    targets: inYear.targets.filter((target) => !restatesWhole(target, inYear.targets)),
    outcomes: inYear.outcomes.sort((a, b) => a.start - b.start),
    unknownIndicators: targets.unknownIndicators,
    flags: [...outcomes.flags, ...targets.flags, ...inYear.flags].sort((a, b) => a.start - b.start),
  };
}

// Round 19 (rules19a): the urban and rural incomes are the parts of the residents' income. A part's relative wording (an annex row
// "城镇居民人均可支配收入 | 元 | … | 与经济增长同步") where the whole's is stated ("城乡居民人均可支配收入增长与经济增长同步")
// restates it: the whole's target stands for both.
// Round 29 (rules29c): …but a part compared with the other part ("农村居民收入增幅高于城镇居民", relative to urban income) says
// something the whole's does not: it stands.
const WHOLE_OF: Record<string, string> = { urban_income: 'resident_income', rural_income: 'resident_income' };
function restatesWhole(target: TargetProposal, targets: readonly TargetProposal[]): boolean {
  const whole = WHOLE_OF[target.indicatorKey];
  return target.qualifier === 'relative' && target.relativeToIndicatorKey === 'gdp' && whole !== undefined && targets.some((other) => other.indicatorKey === whole && other.qualifier === 'relative' && other.year === target.year);
}

export type { ExtractionResult, ExtractOptions, ExtractionFlag, OutcomeProposal, TargetProposal, UnknownIndicatorProposal } from './types';
export type { IndicatorSpec } from './catalogue';
