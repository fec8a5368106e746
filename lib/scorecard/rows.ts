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
  const districtIds = districts.map((district) => district.id);
  const targets = await findTargets(
    { districtIds, ...(query.year ? { years: [query.year] } : {}), ...(indicatorIds ? { indicatorIds } : {}) },
    [{ year: 'desc' }, { districtId: 'asc' }, { indicatorId: 'asc' }, { measure: 'asc' }],
  );
  const rows = targets.map(toScorecardRow);
  const provenance = await provenanceOf(targets, now);
  return { query, title: titleOf(query, districts.length === 1 ? (districts[0] ?? null) : null), rows, provenance };
}

async function provenanceOf(targets: TargetRow[], now: Date): Promise<Provenance> {
  const ids = targets.map((target) => target.id);
  const [audit, updated] = await Promise.all([
    db.auditLog.aggregate({ _max: { id: true } }),
    latestUpdate(ids),
  ]);
  const outcomes = targets.flatMap((target) => target.outcomes);
  const times = [updated, ...outcomes.map((outcome) => outcome.recordedAt)].filter((time): time is Date => time !== null);
  return {
    generatedAt: now,
    targetCount: targets.length,
    outcomeCount: outcomes.length,
    latestAuditId: audit._max.id?.toString() ?? null,
    dataUpdatedAt: times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null,
  };
}

function titleOf(query: ScorecardQuery, district: { nameZh: string; nameEn: string } | null): { zh: string; en: string } {
  const place = district ?? { nameZh: [query.province, query.city].filter(Boolean).join('') || '各区县', nameEn: [query.city, query.province].filter(Boolean).join(', ') || 'all districts' };
  const yearZh = query.year ? `${query.year}年` : '历年';
  const yearEn = query.year ? String(query.year) : 'all years';
  return { zh: `${place.nameZh}${yearZh}主要预期目标落实情况`, en: `${place.nameEn}: main targets and outcomes, ${yearEn}` };
}

/** Latest target update, in chunks: a national year (~43k ids) is past PostgreSQL's bind-parameter limit in one IN list. */
async function latestUpdate(ids: number[]): Promise<Date | null> {
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += 20_000) chunks.push(ids.slice(i, i + 20_000));
  const results = await Promise.all(chunks.map((chunk) => db.target.aggregate({ where: { id: { in: chunk } }, _max: { updatedAt: true } })));
  const times = results.map((result) => result._max.updatedAt).filter((time): time is Date => time !== null);
  return times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
}
