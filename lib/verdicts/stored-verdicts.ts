// Stored verdicts: each target's verdict as computeVerdict decided it, computed
// from what the database holds at that moment (in the caller's transaction).
// computeVerdict stays the only decider; this module only gathers its inputs and
// keeps its output.
import { intArray, plainRows } from '@/lib/db/plain-rows';
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import type { RawSql } from '@/lib/db/sql-transaction';
import { settingValue } from '@/lib/settings/definitions';
import { computeVerdict } from '@/lib/verdict/compute-verdict';
import type { OutcomeRevision, ReviewKind, Verdict, VerdictCode } from '@/lib/verdict/types';
import { verdictInput } from './verdict-input';

/** Anything that runs raw SQL: the client or a transaction. */
export type Sql = Pick<RawSql, '$queryRawUnsafe'>;

/** One row of target_verdict, as written and as read back for comparison. */
export type StoredVerdict = {
  targetId: number; districtId: number; indicatorId: number; year: number;
  code: VerdictCode; computed: VerdictCode; decidedBy: 'rules' | 'reviewer'; provisional: boolean;
  gapKind: 'points' | 'completion' | null; gapValue: string | null;
  outcomeId: number | null; referenceOutcomeId: number | null;
  reviewKind: ReviewKind | null; reviewVerdict: VerdictCode | null; reviewStale: boolean; confirmed: boolean;
  outcomeReviewState: 'verified' | 'disputed' | null; flippedFrom: VerdictCode | null;
};

export type TargetRecord = {
  id: number; districtId: number; indicatorId: number; year: number; measure: Measure; qualifier: Qualifier; value: string | null; valueHigh: string | null;
  unit: string | null; tolerance: string | null; asWritten: string; definitionChangedReason: string | null; relativeToIndicatorId: number | null;
  key: string; higherIsBetter: boolean; growthTolerancePp: string | null; levelToleranceRatio: string | null; relativeKey: string | null;
  toleranceDefaults: unknown;
};
export type OutcomeRecord = {
  id: number; districtId: number; indicatorId: number; year: number; measure: Measure; value: string; unit: string; vintage: Vintage; recordedAt: Date;
  /** The latest review of this revision, if any. */
  reviewState: 'verified' | 'disputed' | null;
};
type ReviewRecord = { targetId: number; kind: ReviewKind; verdict: VerdictCode | null; reason: string; at: Date; reviewer: string };

/** A target's facts as computeVerdict reads them (TargetRecord), from TARGET_FROM. */
export const TARGET_COLUMNS = `t.id, t.district_id AS "districtId", t.indicator_id AS "indicatorId", t.year, t.measure::text AS measure, t.qualifier::text AS qualifier,
  trim_scale(t.value)::text AS value, trim_scale(t.value_high)::text AS "valueHigh", t.unit, trim_scale(t.tolerance)::text AS tolerance,
  t.as_written AS "asWritten", t.definition_changed_reason AS "definitionChangedReason", t.relative_to_indicator_id AS "relativeToIndicatorId",
  i.key, i.higher_is_better AS "higherIsBetter", trim_scale(i.growth_tolerance_pp)::text AS "growthTolerancePp",
  trim_scale(i.level_tolerance_ratio)::text AS "levelToleranceRatio", r.key AS "relativeKey",
  (SELECT value FROM app_setting WHERE key = 'toleranceDefaults') AS "toleranceDefaults"`;
export const TARGET_FROM = 'target t JOIN indicator i ON i.id = t.indicator_id LEFT JOIN indicator r ON r.id = t.relative_to_indicator_id';
/** An outcome row as OutcomeRecord, with its latest review's state; `o` is the outcome. */
export const OUTCOME_COLUMNS = `o.id, o.district_id AS "districtId", o.indicator_id AS "indicatorId", o.year, o.measure::text AS measure, trim_scale(o.value)::text AS value,
  o.unit, o.vintage::text AS vintage, o.recorded_at AS "recordedAt",
  (SELECT state::text FROM outcome_review WHERE outcome_id = o.id ORDER BY created_at DESC, id DESC LIMIT 1) AS "reviewState"`;

/** Recomputes the verdicts of these targets from the database; a fixed number of queries per call. */
export async function computeStoredVerdicts(sql: Sql, targetIds: readonly number[]): Promise<StoredVerdict[]> {
  if (targetIds.length === 0) return [];
  const ids = [...targetIds];
  const [targets, outcomes, reviews] = await Promise.all([
    sql.$queryRawUnsafe<TargetRecord[]>(`SELECT ${TARGET_COLUMNS} FROM ${TARGET_FROM} WHERE t.id = ANY($1::int[]) ORDER BY t.id`, ids),
    sql.$queryRawUnsafe<OutcomeRecord[]>(`
      SELECT ${OUTCOME_COLUMNS}
      FROM outcome o
      JOIN (SELECT DISTINCT district_id, year, unnest(ARRAY[indicator_id, relative_to_indicator_id]) AS indicator_id FROM target WHERE id = ANY($1::int[])) k
        ON o.district_id = k.district_id AND o.year = k.year AND o.indicator_id = k.indicator_id
      WHERE o.period_months = 12 -- annual verdicts read annual figures only
      ORDER BY o.revision`, ids),
    sql.$queryRawUnsafe<ReviewRecord[]>(`
      SELECT v.target_id AS "targetId", v.kind::text AS kind, v.verdict::text AS verdict, v.reason, v.created_at AS at, u.display_name AS reviewer
      FROM verdict_review v JOIN app_user u ON u.id = v.reviewer_id
      WHERE v.target_id = ANY($1::int[]) ORDER BY v.created_at, v.id`, ids),
  ]);
  const toleranceDefaults = settingValue('toleranceDefaults', targets[0]?.toleranceDefaults);
  const stateOf = new Map(outcomes.flatMap((outcome) => (outcome.reviewState ? [[outcome.id, outcome.reviewState] as const] : [])));
  const series = new Map<string, OutcomeRevision[]>();
  for (const outcome of outcomes) {
    const key = `${outcome.districtId}:${outcome.indicatorId}:${outcome.year}`;
    const revision: OutcomeRevision = { id: outcome.id, measure: outcome.measure, value: outcome.value, unit: outcome.unit, vintage: outcome.vintage, recordedAt: outcome.recordedAt };
    const list = series.get(key);
    if (list) list.push(revision);
    else series.set(key, [revision]);
  }
  const reviewsByTarget = new Map<number, ReviewRecord[]>();
  for (const review of reviews) reviewsByTarget.set(review.targetId, [...(reviewsByTarget.get(review.targetId) ?? []), review]);

  const verdicts = targets.map((target) => {
    const verdict = computeVerdict(verdictInput({
      target, indicator: target,
      outcomes: series.get(`${target.districtId}:${target.indicatorId}:${target.year}`) ?? [],
      reference: target.relativeKey ? { indicatorKey: target.relativeKey, outcomes: series.get(`${target.districtId}:${target.relativeToIndicatorId}:${target.year}`) ?? [] } : null,
      reviews: (reviewsByTarget.get(target.id) ?? []).map((review) => ({ kind: review.kind, verdict: review.verdict, reason: review.reason, reviewer: review.reviewer, at: review.at })),
      toleranceDefaults,
    }));
    return { target, verdict };
  });
  return verdicts.map(({ target, verdict }) => storedRow(target, verdict, verdict.outcome ? (stateOf.get(Number(verdict.outcome.id)) ?? null) : null));
}

/** A verdict as target_verdict holds it; also how a reader checks a verdict it recomputed against the stored row. */
export function storedRow(target: Pick<TargetRecord, 'id' | 'districtId' | 'indicatorId' | 'year'>, verdict: Verdict, outcomeReviewState: StoredVerdict['outcomeReviewState']): StoredVerdict {
  return {
    targetId: target.id, districtId: target.districtId, indicatorId: target.indicatorId, year: target.year,
    code: verdict.code, computed: verdict.computed, decidedBy: verdict.decidedBy, provisional: verdict.provisional,
    gapKind: verdict.gap?.kind ?? null, gapValue: verdict.gap ? (verdict.gap.kind === 'points' ? verdict.gap.value : verdict.gap.percent) : null,
    outcomeId: verdict.outcome ? Number(verdict.outcome.id) : null, referenceOutcomeId: verdict.referenceOutcome ? Number(verdict.referenceOutcome.id) : null,
    reviewKind: verdict.review?.kind ?? null, reviewVerdict: verdict.review?.verdict ?? null, reviewStale: verdict.review?.stale ?? false,
    confirmed: verdict.confirmed, outcomeReviewState, flippedFrom: verdict.flippedByRevision?.from ?? null,
  };
}

/**
 * The stored row's columns over target_verdict `v`, each named "stored" + its StoredVerdict field, so that a statement can
 * read them beside a target's own columns (findTargetSummaries reads them in its targets statement); storedOf gives the row back.
 */
export const STORED_COLUMNS = `v.target_id AS "storedTargetId", v.district_id AS "storedDistrictId", v.indicator_id AS "storedIndicatorId", v.year AS "storedYear",
  v.code::text AS "storedCode", v.computed::text AS "storedComputed", v.decided_by AS "storedDecidedBy", v.provisional AS "storedProvisional",
  v.gap_kind AS "storedGapKind", trim_scale(v.gap_value)::text AS "storedGapValue", v.outcome_id AS "storedOutcomeId",
  v.reference_outcome_id AS "storedReferenceOutcomeId", v.review_kind::text AS "storedReviewKind", v.review_verdict::text AS "storedReviewVerdict",
  v.review_stale AS "storedReviewStale", v.confirmed AS "storedConfirmed", v.outcome_review_state::text AS "storedOutcomeReviewState",
  v.flipped_from::text AS "storedFlippedFrom"`;

/** What STORED_COLUMNS reads. */
export type StoredColumns = {
  storedTargetId: number; storedDistrictId: number; storedIndicatorId: number; storedYear: number;
  storedCode: VerdictCode; storedComputed: VerdictCode; storedDecidedBy: StoredVerdict['decidedBy']; storedProvisional: boolean;
  storedGapKind: StoredVerdict['gapKind']; storedGapValue: string | null; storedOutcomeId: number | null; storedReferenceOutcomeId: number | null;
  storedReviewKind: ReviewKind | null; storedReviewVerdict: VerdictCode | null; storedReviewStale: boolean; storedConfirmed: boolean;
  storedOutcomeReviewState: StoredVerdict['outcomeReviewState']; storedFlippedFrom: VerdictCode | null;
};

/** The stored row STORED_COLUMNS read. */
export function storedOf(row: StoredColumns): StoredVerdict {
  return {
    targetId: row.storedTargetId, districtId: row.storedDistrictId, indicatorId: row.storedIndicatorId, year: row.storedYear,
    code: row.storedCode, computed: row.storedComputed, decidedBy: row.storedDecidedBy, provisional: row.storedProvisional,
    gapKind: row.storedGapKind, gapValue: row.storedGapValue, outcomeId: row.storedOutcomeId, referenceOutcomeId: row.storedReferenceOutcomeId,
    reviewKind: row.storedReviewKind, reviewVerdict: row.storedReviewVerdict, reviewStale: row.storedReviewStale, confirmed: row.storedConfirmed,
    outcomeReviewState: row.storedOutcomeReviewState, flippedFrom: row.storedFlippedFrom,
  };
}

/** The stored rows of these targets, shaped like computeStoredVerdicts' output (gap as trimmed text). */
export async function readStoredVerdicts(sql: Sql, targetIds: readonly number[]): Promise<StoredVerdict[]> {
  if (targetIds.length === 0) return [];
  const rows = await plainRows<StoredColumns>(sql, `SELECT ${STORED_COLUMNS} FROM target_verdict v WHERE v.target_id = ANY($1::int[]) ORDER BY v.target_id`, [intArray(targetIds)]);
  return rows.map(storedOf);
}
