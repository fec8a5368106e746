import 'server-only';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import { db } from '@/lib/db';
import { intArray, plainRows } from '@/lib/db/plain-rows';
import type { TargetSummary } from '@/lib/targets/data';
import { findTargetSummaries } from '@/lib/targets/summaries';
import type { Measure, Vintage } from '@/lib/domain/types';

const prepared = { prepared: true };

export type DistrictHeader = {
  id: number; code: string; nameZh: string; nameEn: string; pinyin: string;
  cityZh: string | null; cityEn: string | null; provinceZh: string; provinceEn: string;
};

/** An outcome figure (latest revision) for which the system holds no target. */
export type UntargetedOutcome = {
  id: number; year: number; measure: Measure; revision: number; value: string; unit: string; vintage: Vintage;
  indicator: { key: string; nameZh: string; nameEn: string };
  sourceDocumentId: number; sourceTitle: string; quote: string; quoteStart: number;
};

type UntargetedRecord = Omit<UntargetedOutcome, 'indicator'> & { indicatorId: number };

export type TrendPoint = { year: number; target: string | null; actual: string | null; asWritten: string | null };

export type DistrictPage = {
  district: DistrictHeader;
  years: number[];
  year: number | null;
  targets: TargetSummary[];
  untargeted: UntargetedOutcome[];
  indicators: { key: string; nameZh: string; nameEn: string }[];
  trend: { indicatorKey: string; measure: Measure; unit: string | null; points: TrendPoint[] } | null;
};

/**
 * Everything the district page shows, read on every view (no cache, so a write made on
 * any instance shows at the next request). A fixed number of queries whatever the
 * number of targets or outcomes (tests/views-query-count.test.ts holds it to that).
 * Rows are read for what is shown only: the chosen year's targets and the trend
 * indicator's targets (a decade of a district is ~180 targets; these are ~25), on their
 * stored verdicts (findTargetSummaries); of the outcomes without a target, only the
 * latest revision of each series, in SQL.
 */
export async function getDistrictPage(code: string, options: { year?: number; indicatorKey?: string } = {}): Promise<DistrictPage | null> {
  // Straight through the pg pool as prepared statements (plainRows), as the summaries are: Prisma's
  // query path cost ~0.9 ms of CPU a statement against ~0.25 (perf10), four statements on every view.
  const [district] = await plainRows<DistrictHeader>(db, `SELECT id, code, name_zh AS "nameZh", name_en AS "nameEn", pinyin, city_zh AS "cityZh", city_en AS "cityEn",
    province_zh AS "provinceZh", province_en AS "provinceEn" FROM district WHERE code = $1`, [code], prepared);
  if (!district) return null;
  const [series, latestUntargeted, allIndicators] = await Promise.all([
    plainRows<{ id: number; year: number; indicatorId: number; measure: Measure }>(db, `SELECT id, year, indicator_id AS "indicatorId", measure::text AS measure
      FROM target WHERE district_id = $1 ORDER BY year DESC, indicator_id`, [district.id], prepared),
    // The latest annual revision of each series without a target, newest year first (values as text, as Decimal printed them).
    plainRows<UntargetedRecord>(db, `
      SELECT * FROM (
        SELECT DISTINCT ON (o.indicator_id, o.year, o.measure) o.id, o.year, o.measure::text AS measure, o.revision, trim_scale(o.value)::text AS value, o.unit,
               o.vintage::text AS vintage, o.indicator_id AS "indicatorId", o.source_document_id AS "sourceDocumentId", o.quote, o.quote_start AS "quoteStart"
        FROM outcome o
        WHERE o.district_id = $1 AND o.period_months = $2
          AND NOT EXISTS (SELECT 1 FROM target t WHERE t.district_id = o.district_id AND t.indicator_id = o.indicator_id AND t.year = o.year AND t.measure = o.measure)
        ORDER BY o.indicator_id, o.year, o.measure, o.revision DESC) latest
      ORDER BY year DESC, "indicatorId", measure::"Measure"`, [district.id, ANNUAL_PERIOD], prepared),
    plainRows<{ id: number; key: string; nameZh: string; nameEn: string }>(db, 'SELECT id, key, name_zh AS "nameZh", name_en AS "nameEn" FROM indicator ORDER BY id', [], prepared),
  ]);
  const indicatorById = new Map(allIndicators.map((indicator) => [indicator.id, indicator]));

  // A year with outcomes has targets, or an outcome without one: its years are all the years.
  const targetYears = [...new Set(series.map((target) => target.year))];
  const years = [...new Set([...targetYears, ...latestUntargeted.map((outcome) => outcome.year)])].sort((a, b) => b - a);
  const year = options.year !== undefined && years.includes(options.year) ? options.year : (targetYears[0] ?? years[0] ?? null);

  const indicatorIds = new Set([...series.map((target) => target.indicatorId), ...latestUntargeted.map((outcome) => outcome.indicatorId)]);
  const indicators = allIndicators.filter((indicator) => indicatorIds.has(indicator.id)).map(({ key, nameZh, nameEn }) => ({ key, nameZh, nameEn }));
  const keys = new Set(indicators.map((indicator) => indicator.key));
  const indicatorKey = options.indicatorKey && keys.has(options.indicatorKey) ? options.indicatorKey : (keys.has('gdp') ? 'gdp' : indicators[0]?.key);
  const trendIndicator = allIndicators.find((indicator) => indicator.key === indicatorKey);

  // One findTargets for both: the year's targets and the trend indicator's, by id.
  const shownIds = series.filter((target) => target.year === year || target.indicatorId === trendIndicator?.id).map((target) => target.id);
  const [shown, titles] = await Promise.all([
    findTargetSummaries(db, shownIds), // in the order of `series`: year desc, indicator
    // No untargeted outcomes (most districts): no round trip for an empty list of titles.
    latestUntargeted.length === 0 ? [] : plainRows<{ id: number; title: string }>(db, 'SELECT id, title FROM source_document WHERE id = ANY($1::int[])',
      [intArray([...new Set(latestUntargeted.map((outcome) => outcome.sourceDocumentId))])], prepared),
  ]);
  const targets = shown.filter((target) => target.year === year);
  const trendTargets = shown.filter((target) => target.indicator.id === trendIndicator?.id);
  const titleById = new Map(titles.map((document) => [document.id, document.title]));
  const untargeted: UntargetedOutcome[] = latestUntargeted.map((outcome) => {
    const indicator = indicatorById.get(outcome.indicatorId)!;
    return {
      id: outcome.id, year: outcome.year, measure: outcome.measure, revision: outcome.revision, value: outcome.value, unit: outcome.unit,
      vintage: outcome.vintage, indicator: { key: indicator.key, nameZh: indicator.nameZh, nameEn: indicator.nameEn },
      sourceDocumentId: outcome.sourceDocumentId, sourceTitle: titleById.get(outcome.sourceDocumentId) ?? '', quote: outcome.quote, quoteStart: outcome.quoteStart,
    };
  });

  return { district, years, year, targets, untargeted, indicators, trend: indicatorKey ? buildTrend(indicatorKey, trendTargets, untargeted) : null };
}

/** Target and actual of one indicator by year, growth figures when there are any, else levels. */
function buildTrend(indicatorKey: string, targets: TargetSummary[], untargeted: UntargetedOutcome[]): DistrictPage['trend'] {
  const ofIndicator = targets.filter((target) => target.indicator.key === indicatorKey);
  const looseOutcomes = untargeted.filter((outcome) => outcome.indicator.key === indicatorKey);
  const measures = [...ofIndicator.map((target) => target.measure), ...looseOutcomes.map((outcome) => outcome.measure)];
  const measure: Measure = measures.includes('growth') ? 'growth' : 'level';
  const byYear = new Map<number, TrendPoint>();
  let unit: string | null = null;
  for (const target of ofIndicator.filter((row) => row.measure === measure)) {
    unit ??= target.verdict.actual?.unit ?? target.unit;
    byYear.set(target.year, { year: target.year, target: target.value, actual: target.verdict.actual?.value ?? null, asWritten: target.asWritten });
  }
  for (const outcome of looseOutcomes.filter((row) => row.measure === measure)) {
    unit ??= outcome.unit;
    if (!byYear.has(outcome.year)) byYear.set(outcome.year, { year: outcome.year, target: null, actual: outcome.unit === unit ? outcome.value : null, asWritten: null });
  }
  return { indicatorKey, measure, unit: measure === 'growth' ? '%' : unit, points: [...byYear.values()].sort((a, b) => a.year - b.year) };
}
