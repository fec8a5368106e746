import 'server-only';
import { db } from '@/lib/db';
import { getSetting } from '@/lib/settings/settings';
import type { Prisma } from '@/lib/generated/prisma/client';
import { computeVerdict } from '@/lib/verdict/compute-verdict';
import type { OutcomeRevision, Verdict } from '@/lib/verdict/types';
import type { Measure, Vintage } from '@/lib/domain/types';

export type ReviewState = 'verified' | 'disputed' | 'unreviewed';

export type OutcomeRow = OutcomeRevision & {
  revision: number;
  indicatorId: number;
  year: number;
  districtId: number;
  sourceDocumentId: number;
  sourceTitle: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  note: string | null;
  recordedBy: string | null;
  reviewState: ReviewState;
  reviewComment: string | null;
};

export type TargetRow = {
  id: number;
  year: number;
  measure: Measure;
  qualifier: string;
  value: string | null;
  valueHigh: string | null;
  unit: string | null;
  asWritten: string;
  responsibleUnit: string | null;
  tolerance: string | null;
  version: number;
  district: { id: number; code: string; nameZh: string; nameEn: string; provinceZh: string; provinceEn: string; cityZh: string | null; cityEn: string | null };
  indicator: { id: number; key: string; nameZh: string; nameEn: string; higherIsBetter: boolean; levelUnit: string | null };
  source: { documentId: number; title: string; quote: string; quoteStart: number; quoteEnd: number };
  /** Every revision of the matching outcome (same district, indicator, year, measure), oldest first. */
  outcomes: OutcomeRow[];
  verdict: Verdict;
  /** Review state of the revision the verdict rests on. */
  reviewState: ReviewState | null;
};

export type TargetFilter = { targetIds?: number[]; districtIds?: number[]; years?: number[]; indicatorIds?: number[] };

const targetSelect = {
  id: true, year: true, measure: true, qualifier: true, value: true, valueHigh: true, unit: true, asWritten: true,
  responsibleUnit: true, tolerance: true, version: true, definitionChangedReason: true, relativeToIndicatorId: true,
  quote: true, quoteStart: true, quoteEnd: true, sourceDocumentId: true,
  sourceDocument: { select: { title: true } },
  district: { select: { id: true, code: true, nameZh: true, nameEn: true, provinceZh: true, provinceEn: true, cityZh: true, cityEn: true } },
  indicator: { select: { id: true, key: true, nameZh: true, nameEn: true, higherIsBetter: true, levelUnit: true, growthTolerancePp: true, levelToleranceRatio: true } },
  relativeToIndicator: { select: { key: true } },
  verdictReviews: { select: { kind: true, verdict: true, reason: true, createdAt: true, reviewer: { select: { displayName: true } } }, orderBy: { createdAt: 'asc' } },
} satisfies Prisma.TargetSelect;

const outcomeSelect = {
  id: true, districtId: true, indicatorId: true, year: true, measure: true, revision: true, value: true, unit: true, vintage: true,
  recordedAt: true, sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true, note: true,
  sourceDocument: { select: { title: true } },
  recordedBy: { select: { displayName: true } },
  reviews: { select: { state: true, comment: true }, orderBy: { createdAt: 'desc' }, take: 1 },
} satisfies Prisma.OutcomeSelect;

type OutcomeRecord = Prisma.OutcomeGetPayload<{ select: typeof outcomeSelect }>;

/**
 * Targets with all their outcome revisions, reviews and the verdict from
 * lib/verdict (the one place a status is decided). A fixed number of queries
 * whatever the number of targets: targets (with their reviews), the setting,
 * the outcomes they could match; nothing per row.
 */
export async function findTargets(filter: TargetFilter, order: Prisma.TargetOrderByWithRelationInput[] = [{ year: 'desc' }, { districtId: 'asc' }, { indicatorId: 'asc' }]): Promise<TargetRow[]> {
  const targets = await db.target.findMany({
    where: {
      ...(filter.targetIds ? { id: { in: filter.targetIds } } : {}),
      ...(filter.districtIds ? { districtId: { in: filter.districtIds } } : {}),
      ...(filter.years ? { year: { in: filter.years } } : {}),
      ...(filter.indicatorIds ? { indicatorId: { in: filter.indicatorIds } } : {}),
    },
    select: targetSelect,
    orderBy: order,
  });
  if (targets.length === 0) return [];
  const toleranceDefaults = await getSetting('toleranceDefaults');
  const indicatorIds = new Set<number>();
  for (const target of targets) {
    indicatorIds.add(target.indicator.id);
    if (target.relativeToIndicatorId) indicatorIds.add(target.relativeToIndicatorId);
  }
  const outcomes = await db.outcome.findMany({
    where: {
      districtId: { in: [...new Set(targets.map((target) => target.district.id))] },
      year: { in: [...new Set(targets.map((target) => target.year))] },
      indicatorId: { in: [...indicatorIds] },
    },
    select: outcomeSelect,
    orderBy: [{ revision: 'asc' }],
  });
  const byKey = new Map<string, OutcomeRow[]>();
  for (const outcome of outcomes) {
    const key = seriesKey(outcome.districtId, outcome.indicatorId, outcome.year);
    byKey.set(key, [...(byKey.get(key) ?? []), toOutcomeRow(outcome)]);
  }
  return targets.map((target) => {
    const all = byKey.get(seriesKey(target.district.id, target.indicator.id, target.year)) ?? [];
    const reference = target.relativeToIndicatorId ? (byKey.get(seriesKey(target.district.id, target.relativeToIndicatorId, target.year)) ?? []) : [];
    const verdict = computeVerdict({
      target: {
        qualifier: target.qualifier, measure: target.measure, value: target.value?.toString() ?? null, valueHigh: target.valueHigh?.toString() ?? null,
        unit: target.unit, tolerance: target.tolerance?.toString() ?? null, asWritten: target.asWritten,
      },
      indicator: {
        key: target.indicator.key, higherIsBetter: target.indicator.higherIsBetter,
        growthTolerancePp: target.indicator.growthTolerancePp?.toString() ?? null, levelToleranceRatio: target.indicator.levelToleranceRatio?.toString() ?? null,
      },
      outcomes: all,
      reference: target.relativeToIndicator ? { indicatorKey: target.relativeToIndicator.key, outcomes: reference } : null,
      definitionChanged: target.definitionChangedReason ? { reason: target.definitionChangedReason } : null,
      toleranceDefaults,
      reviews: target.verdictReviews.map((review) => ({ kind: review.kind, verdict: review.verdict, reason: review.reason, reviewer: review.reviewer.displayName, at: review.createdAt })),
    });
    const basis = all.find((outcome) => outcome.id === verdict.outcome?.id);
    return {
      id: target.id, year: target.year, measure: target.measure, qualifier: target.qualifier,
      value: target.value?.toString() ?? null, valueHigh: target.valueHigh?.toString() ?? null, unit: target.unit,
      asWritten: target.asWritten, responsibleUnit: target.responsibleUnit, tolerance: target.tolerance?.toString() ?? null, version: target.version,
      district: target.district,
      indicator: { id: target.indicator.id, key: target.indicator.key, nameZh: target.indicator.nameZh, nameEn: target.indicator.nameEn, higherIsBetter: target.indicator.higherIsBetter, levelUnit: target.indicator.levelUnit },
      source: { documentId: target.sourceDocumentId, title: target.sourceDocument.title, quote: target.quote, quoteStart: target.quoteStart, quoteEnd: target.quoteEnd },
      outcomes: all.filter((outcome) => outcome.measure === target.measure),
      verdict,
      reviewState: basis?.reviewState ?? null,
    };
  });
}

function seriesKey(districtId: number, indicatorId: number, year: number): string {
  return `${districtId}:${indicatorId}:${year}`;
}

function toOutcomeRow(outcome: OutcomeRecord): OutcomeRow {
  const review = outcome.reviews[0];
  return {
    id: outcome.id, measure: outcome.measure, value: outcome.value.toString(), unit: outcome.unit, vintage: outcome.vintage as Vintage,
    recordedAt: outcome.recordedAt, revision: outcome.revision, indicatorId: outcome.indicatorId, year: outcome.year, districtId: outcome.districtId,
    sourceDocumentId: outcome.sourceDocumentId, sourceTitle: outcome.sourceDocument.title, quote: outcome.quote, quoteStart: outcome.quoteStart,
    quoteEnd: outcome.quoteEnd, note: outcome.note, recordedBy: outcome.recordedBy?.displayName ?? null,
    reviewState: review?.state ?? 'unreviewed', reviewComment: review?.comment ?? null,
  };
}
