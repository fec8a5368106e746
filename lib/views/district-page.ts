import 'server-only';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';
import type { Measure, Vintage } from '@/lib/domain/types';

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

export type TrendPoint = { year: number; target: string | null; actual: string | null; asWritten: string | null };

export type DistrictPage = {
  district: DistrictHeader;
  years: number[];
  year: number | null;
  targets: TargetRow[];
  untargeted: UntargetedOutcome[];
  indicators: { key: string; nameZh: string; nameEn: string }[];
  trend: { indicatorKey: string; measure: Measure; unit: string | null; points: TrendPoint[] } | null;
};

/**
 * Everything the district page shows. A fixed number of queries whatever the
 * number of targets or outcomes (tests/views-query-count.test.ts holds it to that).
 */
export async function getDistrictPage(code: string, options: { year?: number; indicatorKey?: string } = {}): Promise<DistrictPage | null> {
  const district = await db.district.findUnique({
    where: { code },
    select: { id: true, code: true, nameZh: true, nameEn: true, pinyin: true, cityZh: true, cityEn: true, provinceZh: true, provinceEn: true },
  });
  if (!district) return null;
  const [allTargets, outcomes] = await Promise.all([
    findTargets({ districtIds: [district.id] }, [{ year: 'desc' }, { indicatorId: 'asc' }]),
    db.outcome.findMany({
      where: { districtId: district.id },
      select: {
        id: true, year: true, measure: true, revision: true, value: true, unit: true, vintage: true, indicatorId: true,
        sourceDocumentId: true, quote: true, quoteStart: true,
        sourceDocument: { select: { title: true } },
        indicator: { select: { key: true, nameZh: true, nameEn: true } },
      },
      orderBy: [{ year: 'desc' }, { indicatorId: 'asc' }, { measure: 'asc' }, { revision: 'desc' }],
    }),
  ]);

  const targetYears = [...new Set(allTargets.map((target) => target.year))];
  const years = [...new Set([...targetYears, ...outcomes.map((outcome) => outcome.year)])].sort((a, b) => b - a);
  const year = options.year !== undefined && years.includes(options.year) ? options.year : (targetYears[0] ?? years[0] ?? null);
  const targets = allTargets.filter((target) => target.year === year);

  const targeted = new Set(allTargets.map((target) => `${target.indicator.id}:${target.year}:${target.measure}`));
  const seen = new Set<string>();
  const untargeted: UntargetedOutcome[] = [];
  for (const outcome of outcomes) {
    const key = `${outcome.indicatorId}:${outcome.year}:${outcome.measure}`;
    if (targeted.has(key) || seen.has(key)) continue; // ordered by revision desc: the first is the latest
    seen.add(key);
    untargeted.push({
      id: outcome.id, year: outcome.year, measure: outcome.measure, revision: outcome.revision, value: outcome.value.toString(), unit: outcome.unit,
      vintage: outcome.vintage, indicator: outcome.indicator, sourceDocumentId: outcome.sourceDocumentId, sourceTitle: outcome.sourceDocument.title,
      quote: outcome.quote, quoteStart: outcome.quoteStart,
    });
  }

  const indicatorMap = new Map<string, { key: string; nameZh: string; nameEn: string }>();
  for (const target of allTargets) indicatorMap.set(target.indicator.key, { key: target.indicator.key, nameZh: target.indicator.nameZh, nameEn: target.indicator.nameEn });
  for (const outcome of outcomes) indicatorMap.set(outcome.indicator.key, outcome.indicator);
  const indicators = [...indicatorMap.values()];
  const indicatorKey = options.indicatorKey && indicatorMap.has(options.indicatorKey) ? options.indicatorKey : (indicatorMap.has('gdp') ? 'gdp' : indicators[0]?.key);

  return { district, years, year, targets, untargeted, indicators, trend: indicatorKey ? buildTrend(indicatorKey, allTargets, untargeted) : null };
}

/** Target and actual of one indicator by year, growth figures when there are any, else levels. */
function buildTrend(indicatorKey: string, targets: TargetRow[], untargeted: UntargetedOutcome[]): DistrictPage['trend'] {
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
