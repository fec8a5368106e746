// Part-year figures the extractor flagged (in_year_period: "1—11月,规模以上工业增加值同比
// 增长9.6%", "上半年…") as in-year progress proposals: the period read as months from
// January (lib/periods/read-in-year.ts), the figure's measure read as the extractor reads
// an annual one (measureOf), and the year the period belongs to. A flag that cannot be
// filed as 1—N月 progress (二季度, 下半年, one month, several names sharing one figure) stays
// skipped, with the reason shown. Pure.
import type { Measure } from '@/lib/domain/types';
import type { IndicatorSpec } from '@/lib/extraction/catalogue';
import { compileCatalogue } from '@/lib/extraction/catalogue';
import { measureOf } from '@/lib/extraction/interpret';
import type { ExtractionFlag, OutcomeProposal } from '@/lib/extraction/types';
import { readInYearPeriod } from '@/lib/periods/read-in-year';
import { normalizeWidth } from '@/lib/text/normalize-width';

/** A cumulative 1—N月 figure, proposed for the district's target of its series. */
export type InYearProposal = Omit<OutcomeProposal, 'confidence' | 'comparableBasis'> & {
  /** Months from January, 1..11. */
  periodMonths: number;
  /** The period as written in the document. */
  period: string;
  /** The extractor does not score a flagged figure. */
  confidence: null;
};

export type InYearSkipReason = 'not_cumulative' | 'whole_year' | 'unreadable' | 'since_new_year' | 'several_indicators' | 'no_single_figure' | 'measure_unclear';
export type SkippedInYear = { flag: ExtractionFlag; reason: InYearSkipReason };

type Context = {
  text: string;
  indicators: readonly IndicatorSpec[];
  /** The document's publication date, when known (the form's, else a date line at its top). */
  publishedOn: { year: number; month: number } | null;
};

// "2025年1—9月", "2025年上半年", "2025年截至9月底": a year written with a period.
const YEAR_WITH_PERIOD = /((?:19|20)\d{2})\s*年\s*(?:度\s*)?(上半年|前三季度|第?[一1]季度|\d{1,2}\s*[—–\-~～至到－]\s*\d{1,2}\s*月份?|截[至止]到?\s*\d{1,2}\s*月[底末]?|前[一二三四五六七八九十\d]{1,2}个?月)/g;
const DATE_LINE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日/;

/** A date line near the top of a document ("2025年7月18日 来源：区统计局"), for a document saved without its date. */
export function dateLineOf(text: string): { year: number; month: number } | null {
  const found = DATE_LINE.exec(text.slice(0, 400));
  if (!found) return null;
  const month = Number(found[2]);
  return month >= 1 && month <= 12 ? { year: Number(found[1]), month } : null;
}

/**
 * The year a 1—N月 figure belongs to: the year written with a period of the same months
 * before it ("2025年1—9月" in the headline, then "截至9月底,…"), the nearest one; else the
 * publication date (1—N月 is out only after month N, so 1—11月 published in January is
 * last year's); else the year the extractor read the document's review for.
 */
export function inYearYear(flag: ExtractionFlag, months: number, context: Pick<Context, 'text' | 'publishedOn'>): number {
  // Width-normalised as the extractor read it (the same length, so offsets hold).
  const before = normalizeWidth(context.text.slice(0, flag.start));
  const written = [...before.matchAll(YEAR_WITH_PERIOD)].filter((match) => {
    const period = readInYearPeriod(match[2]!);
    return period.ok && period.months === months;
  }).at(-1);
  if (written) return Number(written[1]);
  if (context.publishedOn) return context.publishedOn.month > months ? context.publishedOn.year : context.publishedOn.year - 1;
  return flag.year!;
}

export function inYearProposals(flags: readonly ExtractionFlag[], context: Context): { proposals: InYearProposal[]; skipped: SkippedInYear[] } {
  const catalogue = compileCatalogue(context.indicators);
  const proposals: InYearProposal[] = [];
  const skipped: SkippedInYear[] = [];
  for (const flag of flags) {
    if (flag.code !== 'in_year_period' || flag.period === undefined || flag.year === null) continue;
    const written = flag.period.trim();
    const skip = (reason: InYearSkipReason) => skipped.push({ flag, reason });
    const period = SINCE_NEW_YEAR.test(written) ? sinceNewYear(context.text) : readInYearPeriod(written);
    if (!period.ok) { skip(period.reason); continue; }
    if (flag.indicatorKey === null) { skip('several_indicators'); continue; }
    const values = flag.figure?.values ?? [];
    const figure = values[0];
    if (!flag.figure || values.length !== 1 || !figure || figure.valueHigh !== null) { skip('no_single_figure'); continue; }
    const measure: Measure | null = measureOf(catalogue, flag.indicatorKey, flag.figure.verb, figure.unit);
    if (!measure) { skip('measure_unclear'); continue; }
    proposals.push({
      indicatorKey: flag.indicatorKey,
      year: inYearYear(flag, period.months, context),
      measure,
      value: flag.figure.verb === 'decline' ? negate(figure.value) : figure.value,
      unit: figure.unit,
      // In-year figures are the statistics bureau's monthly data: preliminary until the year's are final.
      vintage: 'preliminary',
      ...(flag.figure.approximate ? { approximate: true } : {}),
      quote: flag.quote,
      start: flag.start,
      end: flag.end,
      confidence: null,
      periodMonths: period.months,
      period: written,
    });
  }
  return { proposals, skipped };
}

// "今年以来" says the figures run from January, not up to which month: the statistics behind a
// release dated in October may end in August or September. It is read only when the document
// itself names the months elsewhere ("1—9月", "前三季度", "截至9月底"), all the same; the
// release date alone is not enough, and a guess would file the figure against the wrong months.
const SINCE_NEW_YEAR = /^今年以来$/;
const NAMED_PERIOD = /\d{1,2}\s*[—–\-~～至到－]\s*\d{1,2}\s*月|上半年|前三季度|第?[一1]季度|截[至止]到?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月[底末]?|前(?:\d{1,2}|[一二三四五六七八九十]{1,3})个?月/g;

function sinceNewYear(text: string): { ok: true; months: number } | { ok: false; reason: 'since_new_year' } {
  const months = new Set<number>();
  for (const match of normalizeWidth(text).matchAll(NAMED_PERIOD)) {
    const period = readInYearPeriod(match[0]);
    if (period.ok) months.add(period.months);
  }
  return months.size === 1 ? { ok: true, months: [...months][0]! } : { ok: false, reason: 'since_new_year' };
}

function negate(value: string): string {
  if (/^-?0(?:\.0+)?$/.test(value)) return value.replace(/^-/, '');
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}
