// A part-year period that governs a whole document or a section of it: a progress release
// ("2025年上半年全区经济运行情况", "1—9月主要经济指标", a news item opening "上半年，全区…",
// a release dated in the year opening "今年以来，…") or a section headed "一、1—11月经济运行情况".
// Its figures state no period of their own, sentence after sentence; read as the year's they
// would be offered as a wrong annual result. Every proposal under such a period is turned into
// an in_year_period flag carrying that period (ingestion offers it as in-year progress), unless
// its own sentence names the whole year ("预计全年增长5.5%"). A heading or paragraph that names
// the whole year (全年, "2024年主要指标") ends the period. A period in one sentence of a
// report's review governs only that sentence (scan-figures.ts periodBefore), never the rest.
import { normalizeWidth } from '@/lib/text/normalize-width';
import type { PreparedText } from './prepare-text';
import { readInYearPeriod } from '@/lib/periods/read-in-year';
import { PERIOD } from './scan-figures';
import type { ExtractionFlag, FlaggedFigure, OutcomeProposal, TargetProposal } from './types';

/** year: the year the period is of, when the heading writes it or the release's date tells it. */
export type PeriodSpan = { start: number; end: number; period: string; year: number | null };

// What a progress release calls itself.
const RELEASE_WORDS = /经济运行|主要经济指标|主要指标|统计月报|统计快报|经济形势|经济数据|统计数据|运行情况|运行分析|运行简况|完成情况|数据发布|经济简报/;
const PERIOD_ANYWHERE = new RegExp(PERIOD.source);
// The start of a line after a list number or symbol ("一、", "（二）", "1.", "■").
const NUMBERING = /^\s*(?:[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d{1,2}[、.](?!\d)|[■□▶►●◆★#*【\u25a0-\u25ff])?\s*/;
// A paragraph that opens on a period: "上半年，", "2025年1—9月，", "今年前三季度,", "截至9月底，".
const OPENS_ON_PERIOD = new RegExp(`^(?:(?:19|20)\\d{2} ?年|今年)?(?:${PERIOD.source})(?:底|末)?(?:[,，、]|以来|全区|全县|全市|全旗|我区|我县)`);
const SINCE_NEW_YEAR = /^今年以来[,，]?/;
// The whole year: "全年", "1—12月", "2024年全年", "从全年看".
const WHOLE_YEAR = /全年|1 ?[—–\-~至到] ?12 ?月|前(?:12|十二)个?月/;
const YEAR_ONLY = /(?:19|20)\d{2} ?年/;
const TARGETS_OPENING = /^[^\n。;,]{0,16}?(?:主要预期目标|预期目标|主要目标)(?:建议|安排)?(?:是|为|如下|[:：]|[ \t]+(?=[^\n]{0,30}?(?:\d|百分之)))/;
const HEADING_MAX = 40;
// Round 13 (rules13a): also in Chinese numerals, as speech-to-text writes them: "我们上半年一度 工业增速只有百分之三"
// is a spoken remark about the first half, not a part-year heading over the year's targets that follow.
const FIGURE = /\d\s*(?:%|％|[万亿]?元|万?人|万?户|万?吨|万?亩)|百分之[零〇一二两三四五六七八九十]|[零〇一二两三四五六七八九十百千]{2,}(?:点[零〇一二三四五六七八九]+)?(?:[万亿]?元|万?人|万?吨|万?亩)/;
const LINK_DATE = /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/;
// A release's title and opening lie within its first lines.
const OPENING_LINES = 6;
const DATE = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*\d{1,2}/;

type Line = { start: number; end: number; text: string };

/** The spans of the prepared text that a document- or section-level part-year period governs. */
export function documentPeriods(prepared: PreparedText): PeriodSpan[] {
  const { text } = prepared;
  const lines = splitLines(text);
  const spans: PeriodSpan[] = [];
  let open: { start: number; period: string; year: number | null } | null = null;
  const close = (at: number) => {
    if (open) spans.push({ start: open.start, end: at, period: open.period, year: open.year });
    open = null;
  };
  const published = DATE.exec(normalizeWidth(prepared.original.slice(0, 400)));
  const body = lines.filter((line) => line.text.trim() !== '');
  const openingAt = body.slice(0, OPENING_LINES).findIndex((line, index) => !isHeading(line.text, index === 0));
  body.forEach((line, index) => {
    const trimmed = line.text.replace(NUMBERING, '');
    // The first line may be a news headline with its figure ("上半年青溪区GDP增长5.8%").
    if (isHeading(line.text, index === 0)) {
      const period = PERIOD_ANYWHERE.exec(trimmed)?.[0];
      // A title or heading naming a part of the year for what follows.
      if (period && !WHOLE_YEAR.test(trimmed) && (index < OPENING_LINES || RELEASE_WORDS.test(trimmed) || trimmed.indexOf(period) <= 12)) {
        close(line.start);
        const written = new RegExp(`((?:19|20)\\d{2}) ?年[^\\n]{0,3}?${escapeRegExp(period)}`).exec(trimmed);
        open = { start: line.start, period, year: written ? Number(written[1]) : periodYear(period, published) };
      } else if (WHOLE_YEAR.test(trimmed) || (YEAR_ONLY.test(trimmed) && !period)) close(line.start);
      return;
    }
    // Round 13 (rules13a): …and so does a paragraph that opens on the year's targets ("今年的主要预期目标是 地区生产总值
    // 增长6%左右…"): a spoken aside before it ("我们上半年困难很多", a transcript's short line) governed them as in-year.
    if ((WHOLE_YEAR.test(trimmed.slice(0, 8)) || TARGETS_OPENING.test(trimmed)) && !OPENS_ON_PERIOD.test(trimmed)) {
      close(line.start);
      return;
    }
    // The opening paragraph of a release: "上半年，全区…", "今年以来，…" (in a release dated after January).
    if (index === openingAt && !open) {
      const own = OPENS_ON_PERIOD.exec(trimmed);
      const period = own ? PERIOD_ANYWHERE.exec(own[0])![0] : SINCE_NEW_YEAR.test(trimmed) && datedInYear(published) ? '今年以来' : null;
      const year = own ? (/^((?:19|20)\d{2})/.exec(own[0])?.[1] ?? null) : null;
      if (period) open = { start: line.start, period, year: year ? Number(year) : period === '今年以来' ? Number(published![1]) : periodYear(period, published) };
    }
  });
  close(text.length);
  return spans;
}

/**
 * The document period governing the figure whose name starts at `position` (prepared text), unless
 * its own sentence names the whole year ("全年全区地区生产总值…"): for extract-outcomes, which then
 * reads it as it reads a figure with its own period (and keeps a "…,预计全年增长7%" that follows).
 */
export function periodAt(text: string, spans: readonly PeriodSpan[], position: number): string | null {
  const span = spans.find((range) => position >= range.start && position < range.end);
  if (!span) return null;
  return WHOLE_YEAR.test(text.slice(sentenceStartOf(text, position, span.start), position)) ? null : span.period;
}

/**
 * What the other readers proposed (targets, table cells, side-by-side lines) under a document
 * period, as in_year_period flags; the rest kept. A proposal whose own sentence names the whole
 * year up to its figure ("预计全年增长5.5%") stays what it was.
 */
export function applyDocumentPeriods<O extends OutcomeProposal, T extends TargetProposal>(
  prepared: PreparedText,
  spans: readonly PeriodSpan[],
  outcomes: O[],
  targets: T[],
): { outcomes: O[]; targets: T[]; flags: ExtractionFlag[] } {
  const flags: ExtractionFlag[] = [];
  if (spans.length === 0) return { outcomes, targets, flags };
  const text = normalizeWidth(prepared.original);
  const inOriginal = spans.map((span) => ({ ...span, start: toOriginalOffset(prepared, span.start), end: toOriginalOffset(prepared, span.end) }));
  const governing = (item: { start: number; end: number }) => {
    const span = inOriginal.find((range) => item.start >= range.start && item.start < range.end);
    if (!span) return null;
    // Up to the figure's first digit: "…增长7.2%,预计全年增长7%" quotes 全年 after the in-year figure.
    const digit = text.slice(item.start, item.end).search(/\d/);
    const sentence = text.slice(sentenceStartOf(text, item.start, span.start), digit < 0 ? item.end : item.start + digit);
    return WHOLE_YEAR.test(sentence) ? null : span.period;
  };
  const keptOutcomes = outcomes.filter((outcome) => {
    const span = inOriginal.find((range) => outcome.start >= range.start && outcome.start < range.end);
    // "上半年…,预计全年增长7%" in a release from inside the year: a forecast of this year, not last year's outcome.
    const forecast = span !== undefined && span.year === outcome.year + 1;
    const period = governing(outcome) ?? (forecast ? '全年' : null);
    if (!period) return true;
    const decline = outcome.value.startsWith('-');
    const verb = outcome.measure === 'growth' ? (decline ? 'decline' : 'growth') : 'level';
    const value = decline ? outcome.value.slice(1) : outcome.value;
    const flag = periodFlag(outcome, outcome.year, period, { verb, approximate: outcome.approximate ?? false, values: [{ value, valueHigh: null, unit: outcome.unit }] });
    flags.push(period === '全年' ? { ...flag, year: outcome.year + 1, reason: 'A forecast for the whole of the current year in a release from inside it, not last year’s outcome.' } : flag);
    return false;
  });
  const keptTargets = targets.filter((target) => {
    const period = governing(target);
    if (!period) return true;
    const figure: FlaggedFigure | null =
      target.value === null || target.unit === null
        ? null
        : {
            verb: target.measure === 'growth' ? (target.qualifier === 'reduction' ? 'decline' : 'growth') : 'level',
            approximate: target.qualifier !== 'exact' && target.qualifier !== 'reduction',
            values: [{ value: target.value, valueHigh: target.valueHigh, unit: target.unit }],
          };
    flags.push(periodFlag(target, target.year, period, figure));
    return false;
  });
  return { outcomes: keptOutcomes, targets: keptTargets, flags };
}

function periodFlag(item: OutcomeProposal | TargetProposal, year: number, period: string, figure: FlaggedFigure | null): ExtractionFlag {
  return {
    code: 'in_year_period',
    reason: `A figure under a part-year heading or opening (${period}), not the whole year's.`,
    indicatorKey: item.indicatorKey,
    year,
    measure: item.measure,
    quote: item.quote,
    start: item.start,
    end: item.end,
    period,
    figure,
  };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** A title or heading: a short line with no sentence in it, not a table row. */
function isHeading(line: string, headline: boolean): boolean {
  const trimmed = line.trim();
  // A line with a figure ("1—9月地区生产总值 231.6亿元") is a data item and a line with a date a link, not headings.
  return trimmed.length <= HEADING_MAX && !/[。;；!?！？\t|｜]/.test(trimmed) && !/[,，]\s*\S/.test(trimmed) && (headline || !FIGURE.test(trimmed)) && !LINK_DATE.test(trimmed);
}

function toOriginalOffset(prepared: PreparedText, at: number): number {
  return at >= prepared.text.length ? prepared.original.length : prepared.origin[at]!;
}

/** A date near the top in a month after January: a release from inside the year, not a January report. */
function datedInYear(published: RegExpExecArray | null): boolean {
  return published !== null && Number(published[2]) >= 3 && Number(published[2]) <= 12;
}

/** The year a 1—N月 period is of, from the release's date: 1—11月 published in January is last year's. */
function periodYear(period: string, published: RegExpExecArray | null): number | null {
  const months = readInYearPeriod(period);
  if (!published || !months.ok) return null;
  return Number(published[2]) > months.months ? Number(published[1]) : Number(published[1]) - 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sentenceStartOf(text: string, position: number, floor: number): number {
  let start = position;
  while (start > floor && !/[。;!?\n]/.test(text[start - 1]!)) start -= 1;
  return start;
}
