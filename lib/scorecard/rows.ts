import 'server-only';
import { db } from '@/lib/db';
import type { Qualifier, Vintage } from '@/lib/domain/types';
import { AppError } from '@/lib/errors';
import { findTargets, type TargetRow } from '@/lib/targets/data';
import type { Tolerance, VerdictCode } from '@/lib/verdict/types';
import { QUALIFIER_LABELS, REVIEW_STATE_LABELS, VINTAGE_LABELS } from './labels';

/** One line of a scorecard, in both languages; every export format and the JSON API read this one shape. */
export type ScorecardRow = {
  targetId: number;
  districtCode: string;
  districtZh: string;
  districtEn: string;
  year: number;
  indicatorKey: string;
  indicatorZh: string;
  indicatorEn: string;
  measure: 'growth' | 'level';
  asWritten: string;
  qualifier: Qualifier;
  qualifierZh: string;
  qualifierEn: string;
  targetValue: string | null;
  targetValueHigh: string | null;
  unit: string | null;
  actualValue: string | null;
  actualUnit: string | null;
  vintage: Vintage | null;
  vintageZh: string | null;
  vintageEn: string | null;
  verdictCode: VerdictCode;
  verdictZh: string;
  verdictEn: string;
  provisional: boolean;
  /** "-1.5pp" for growth, "97.3%" (of target) for levels; null when undecided. */
  gap: string | null;
  tolerance: Tolerance | null;
  explanationZh: string;
  explanationEn: string;
  reviewState: 'verified' | 'disputed' | 'unreviewed' | null;
  reviewStateZh: string | null;
  reviewStateEn: string | null;
  responsibleUnit: string | null;
  targetSourceTitle: string;
  targetQuote: string;
  outcomeSourceTitle: string | null;
  outcomeQuote: string | null;
};

export type ScorecardQuery = { district?: string; year?: number; province?: string; city?: string; indicator?: string };

/** What a file was made from, so two downloads can be told apart. */
export type Provenance = {
  generatedAt: Date;
  targetCount: number;
  outcomeCount: number;
  latestAuditId: string | null;
  dataUpdatedAt: Date | null;
};

export type Scorecard = { query: ScorecardQuery; title: { zh: string; en: string }; rows: ScorecardRow[]; provenance: Provenance };

export function toScorecardRow(target: TargetRow): ScorecardRow {
  const { verdict } = target;
  const basis = target.outcomes.find((outcome) => outcome.id === verdict.outcome?.id) ?? null;
  const vintage = basis?.vintage ?? null;
  const gap = verdict.gap ? (verdict.gap.kind === 'points' ? `${verdict.gap.value}pp` : `${verdict.gap.percent}%`) : null;
  const review = target.reviewState ? REVIEW_STATE_LABELS[target.reviewState] : null;
  const qualifier = target.qualifier as Qualifier;
  return {
    targetId: target.id,
    districtCode: target.district.code, districtZh: target.district.nameZh, districtEn: target.district.nameEn,
    year: target.year,
    indicatorKey: target.indicator.key, indicatorZh: target.indicator.nameZh, indicatorEn: target.indicator.nameEn,
    measure: target.measure,
    asWritten: target.asWritten,
    qualifier, qualifierZh: QUALIFIER_LABELS[qualifier].zh, qualifierEn: QUALIFIER_LABELS[qualifier].en,
    targetValue: target.value, targetValueHigh: target.valueHigh, unit: target.unit,
    actualValue: basis?.value ?? null, actualUnit: basis?.unit ?? null,
    vintage, vintageZh: vintage ? VINTAGE_LABELS[vintage].zh : null, vintageEn: vintage ? VINTAGE_LABELS[vintage].en : null,
    verdictCode: verdict.code, verdictZh: verdict.label.zh, verdictEn: verdict.label.en,
    provisional: verdict.provisional,
    gap,
    tolerance: verdict.tolerance,
    explanationZh: verdict.explanation.zh, explanationEn: verdict.explanation.en,
    reviewState: target.reviewState, reviewStateZh: review?.zh ?? null, reviewStateEn: review?.en ?? null,
    responsibleUnit: target.responsibleUnit,
    targetSourceTitle: target.source.title, targetQuote: target.source.quote,
    outcomeSourceTitle: basis?.sourceTitle ?? null, outcomeQuote: basis?.quote ?? null,
  };
}

/**
 * The rows of one scorecard: one district (all years or one), or one year (all
 * districts, optionally of a province or city). Unknown codes are not_found.
 */
export async function buildScorecard(query: ScorecardQuery, now = new Date()): Promise<Scorecard> {
  const districts = await db.district.findMany({
    where: {
      ...(query.district ? { code: query.district } : {}),
      ...(query.province ? { OR: [{ provinceZh: query.province }, { provinceEn: query.province }] } : {}),
      ...(query.city ? { AND: [{ OR: [{ cityZh: query.city }, { cityEn: query.city }] }] } : {}),
    },
    select: { id: true, nameZh: true, nameEn: true },
  });
  if (query.district && districts.length === 0) throw new AppError('not_found', 'district', { param: 'district' });
  let indicatorIds: number[] | undefined;
  if (query.indicator) {
    const indicator = await db.indicator.findUnique({ where: { key: query.indicator }, select: { id: true } });
    if (!indicator) throw new AppError('not_found', 'indicator', { param: 'indicator' });
    indicatorIds = [indicator.id];
  }
  const districtIds = districts.map((district) => district.id).sort((a, b) => a - b);
  const filter = { ...(query.year ? { years: [query.year] } : {}), ...(indicatorIds ? { indicatorIds } : {}) };
  // One year is read in chunks of districts (ascending, so the order stays year,
  // district, indicator, measure): each chunk's TargetRows (revisions, explanations)
  // become flat ScorecardRows and are dropped before the next chunk is read.
  const chunkSize = query.year ? DISTRICTS_PER_CHUNK : Number.POSITIVE_INFINITY;
  const rows: ScorecardRow[] = [];
  let outcomeCount = 0;
  let latestOutcome = 0;
  for (let start = 0; start < districtIds.length; start += chunkSize) {
    const targets = await findTargets({ districtIds: districtIds.slice(start, start + chunkSize), ...filter }, [{ year: 'desc' }, { districtId: 'asc' }, { indicatorId: 'asc' }, { measure: 'asc' }]);
    for (const target of targets) {
      rows.push(toScorecardRow(target));
      outcomeCount += target.outcomes.length;
      for (const outcome of target.outcomes) latestOutcome = Math.max(latestOutcome, outcome.recordedAt.getTime());
    }
  }
  const provenance = await provenanceOf({ districtIds, ...filter }, rows.length, outcomeCount, latestOutcome, now);
  return { query, title: titleOf(query, districts.length === 1 ? (districts[0] ?? null) : null), rows, provenance };
}

const DISTRICTS_PER_CHUNK = 250;

async function provenanceOf(filter: { districtIds: number[]; years?: number[]; indicatorIds?: number[] }, targetCount: number, outcomeCount: number, latestOutcome: number, now: Date): Promise<Provenance> {
  const [audit, updated] = await Promise.all([
    db.auditLog.aggregate({ _max: { id: true } }),
    targetCount === 0 ? null : db.target.aggregate({
      where: { districtId: { in: filter.districtIds }, ...(filter.years ? { year: { in: filter.years } } : {}), ...(filter.indicatorIds ? { indicatorId: { in: filter.indicatorIds } } : {}) },
      _max: { updatedAt: true },
    }),
  ]);
  const latest = Math.max(updated?._max.updatedAt?.getTime() ?? 0, latestOutcome);
  return {
    generatedAt: now,
    targetCount,
    outcomeCount,
    latestAuditId: audit._max.id?.toString() ?? null,
    dataUpdatedAt: latest > 0 ? new Date(latest) : null,
  };
}

function titleOf(query: ScorecardQuery, district: { nameZh: string; nameEn: string } | null): { zh: string; en: string } {
  const place = district ?? { nameZh: [query.province, query.city].filter(Boolean).join('') || '各区县', nameEn: [query.city, query.province].filter(Boolean).join(', ') || 'all districts' };
  const yearZh = query.year ? `${query.year}年` : '历年';
  const yearEn = query.year ? String(query.year) : 'all years';
  return { zh: `${place.nameZh}${yearZh}主要预期目标落实情况`, en: `${place.nameEn}: main targets and outcomes, ${yearEn}` };
}
