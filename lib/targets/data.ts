import 'server-only';
import { db } from '@/lib/db';
import { intArray, plainRows } from '@/lib/db/plain-rows';
import { getSetting } from '@/lib/settings/data';
import type { Prisma } from '@/lib/generated/prisma/client';
import { computeVerdict } from '@/lib/verdict/compute-verdict';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import { verdictInput } from '@/lib/verdicts/verdict-input';
import type { OutcomeRevision, ReviewerDecision, Verdict } from '@/lib/verdict/types';
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import { orderUnits, type AssignedUnit } from '@/lib/responsible-units/format';

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
  /** Why the source does not state the figure directly (the writer's tick); null: the quote contains it. */
  figureNotInQuoteReason: string | null;
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
  /** 责任单位 from the unit assignments: the lead unit first, then co-units by id. */
  responsibleUnits: AssignedUnit[];
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

/** The revision a verdict rests on, as tables show it (its number, and its source document). */
export type BasisRevision = Pick<OutcomeRow, 'id' | 'revision' | 'sourceDocumentId'>;

/**
 * A target with its verdict but not its revision history: what the targets tables show.
 * Read on the stored verdicts by findTargetSummaries (lib/targets/summaries.ts), or cut
 * from a full row by summarize.
 */
export type TargetSummary = Omit<TargetRow, 'outcomes'> & { basis: BasisRevision | null };

export function summarize(row: TargetRow): TargetSummary {
  const { outcomes, ...rest } = row;
  const basis = outcomes.find((outcome) => outcome.id === row.verdict.outcome?.id);
  return { ...rest, basis: basis ? { id: basis.id, revision: basis.revision, sourceDocumentId: basis.sourceDocumentId } : null };
}

export type TargetFilter = { targetIds?: number[]; districtIds?: number[]; years?: number[]; indicatorIds?: number[] };

/**
 * A figure not yet recorded (a proposal on the review screen), read as the newest
 * revision of its series so that the verdict it would give is decided by the same
 * code as every stored verdict. Never written anywhere.
 */
export type ProposedOutcome = {
  districtId: number; indicatorId: number; year: number; measure: Measure; value: string; unit: string; vintage: Vintage;
  sourceDocumentId: number; sourceTitle: string; quote: string; quoteStart: number; quoteEnd: number;
};

// Flat reads, joined in memory by id: Prisma's nested relation selects cost ~3× the
// flat read here (a national year chunk: 160 ms vs 46 ms for 3,750 targets), and the
// districts, indicators and users they repeat are few. The targets themselves through the
// pg pool too (plainRows), decimals as trim_scale text: what Prisma's Decimal printed for
// every value a numeric(20, 6) can hold (no exponent form between 1e-6 and 1e14).
const TARGET_COLUMNS = `id, year, measure::text AS measure, qualifier::text AS qualifier, trim_scale(value)::text AS value,
  trim_scale(value_high)::text AS "valueHigh", unit, as_written AS "asWritten", trim_scale(tolerance)::text AS tolerance, version,
  definition_changed_reason AS "definitionChangedReason", relative_to_indicator_id AS "relativeToIndicatorId", quote, quote_start AS "quoteStart",
  quote_end AS "quoteEnd", source_document_id AS "sourceDocumentId", district_id AS "districtId", indicator_id AS "indicatorId"`;
type TargetRecord = {
  id: number; year: number; measure: Measure; qualifier: Qualifier; value: string | null; valueHigh: string | null; unit: string | null; asWritten: string;
  tolerance: string | null; version: number; definitionChangedReason: string | null; relativeToIndicatorId: number | null;
  quote: string; quoteStart: number; quoteEnd: number; sourceDocumentId: number; districtId: number; indicatorId: number;
};

/** An outcome revision as read by readOutcomes (numeric value as text). */
type OutcomeRecord = {
  id: number; districtId: number; indicatorId: number; year: number; measure: Measure; revision: number; value: string; unit: string;
  vintage: string; recordedAt: Date; sourceDocumentId: number; quote: string; quoteStart: number; quoteEnd: number; note: string | null; figureNotInQuoteReason: string | null; recordedById: number | null;
};
type LatestReview = { state: 'verified' | 'disputed'; comment: string };
type DistrictRecord = TargetRow['district'];
/** Tolerances as text (trim_scale: as Prisma's Decimal printed them). */
type IndicatorRecord = TargetRow['indicator'] & { growthTolerancePp: string | null; levelToleranceRatio: string | null };
type VerdictReviewRecord = { targetId: number; kind: ReviewerDecision['kind']; verdict: ReviewerDecision['verdict']; reason: string; createdAt: Date; reviewer: string };

/**
 * The annual outcomes of the series in $1 (districts) × $2 (years) × $3 (indicators), as `o`.
 * Annual figures only: in-year figures (period 1..11) are read by the pace rules, never by the annual verdict.
 */
const ANNUAL_SERIES_WHERE = `o.district_id = ANY($1::int[]) AND o.year = ANY($2::int[]) AND o.indicator_id = ANY($3::int[]) AND o.period_months = ${ANNUAL_PERIOD}`;

/** The Prisma filter of a TargetFilter (every given list must match). */
export function targetWhere(filter: TargetFilter): Prisma.TargetWhereInput {
  return {
    ...(filter.targetIds ? { id: { in: filter.targetIds } } : {}),
    ...(filter.districtIds ? { districtId: { in: filter.districtIds } } : {}),
    ...(filter.years ? { year: { in: filter.years } } : {}),
    ...(filter.indicatorIds ? { indicatorId: { in: filter.indicatorIds } } : {}),
  };
}

/**
 * Targets with all their outcome revisions, reviews and the verdict from
 * lib/verdict (the one place a status is decided). A fixed number of queries
 * whatever the number of targets: targets (with their reviews), the setting,
 * the outcomes they could match; nothing per row.
 */
export async function findTargets(
  filter: TargetFilter,
  order: Prisma.TargetOrderByWithRelationInput[] = [{ year: 'desc' }, { districtId: 'asc' }, { indicatorId: 'asc' }],
  proposed: readonly ProposedOutcome[] = [],
): Promise<TargetRow[]> {
  const targets = await readTargets(filter, order);
  if (targets.length === 0) return [];
  const districtIds = new Set<number>();
  const indicatorIds = new Set<number>();
  for (const target of targets) {
    districtIds.add(target.districtId);
    indicatorIds.add(target.indicatorId);
    if (target.relativeToIndicatorId) indicatorIds.add(target.relativeToIndicatorId);
  }
  const years = new Set(targets.map((target) => target.year));
  // Document titles are read by id once the outcomes are in (distinct documents are few;
  // an EXISTS filter over every document cost 13 ms). Every read after the targets' goes straight through the pg pool (plainRows): these
  // are a target page's and an API page's many small statements, and Prisma's query path
  // cost ~0.9 ms of CPU a statement against ~0.25 through pg (and split each relation
  // select into a second statement). Keyed by the targets just read, as one array
  // parameter (no limit on the number of ids).
  const ids = intArray(targets.map((target) => target.id));
  const seriesArgs = [intArray([...districtIds]), intArray([...years]), intArray([...indicatorIds])];
  const [toleranceDefaults, districts, indicators, outcomes, verdictReviews, outcomeReviews, recorders, assignments] = await Promise.all([
    getSetting('toleranceDefaults'),
    plainRows<DistrictRecord>(db, `SELECT id, code, name_zh AS "nameZh", name_en AS "nameEn", province_zh AS "provinceZh", province_en AS "provinceEn", city_zh AS "cityZh", city_en AS "cityEn"
      FROM district WHERE id = ANY($1::int[])`, [seriesArgs[0]]),
    plainRows<IndicatorRecord>(db, `SELECT id, key, name_zh AS "nameZh", name_en AS "nameEn", higher_is_better AS "higherIsBetter", level_unit AS "levelUnit",
      trim_scale(growth_tolerance_pp)::text AS "growthTolerancePp", trim_scale(level_tolerance_ratio)::text AS "levelToleranceRatio"
      FROM indicator WHERE id = ANY($1::int[])`, [seriesArgs[2]]),
    readOutcomes(seriesArgs),
    plainRows<VerdictReviewRecord>(db, `SELECT r.target_id AS "targetId", r.kind::text AS kind, r.verdict::text AS verdict, r.reason, r.created_at AS "createdAt", u.display_name AS reviewer
      FROM verdict_review r JOIN app_user u ON u.id = r.reviewer_id WHERE r.target_id = ANY($1::int[]) ORDER BY r.created_at, r.id`, [ids]),
    plainRows<LatestReview & { outcomeId: number }>(db, `SELECT r.outcome_id AS "outcomeId", r.state::text AS state, r.comment
      FROM outcome_review r JOIN outcome o ON o.id = r.outcome_id
      WHERE ${ANNUAL_SERIES_WHERE} ORDER BY r.created_at, r.id`, seriesArgs),
    plainRows<{ id: number; displayName: string }>(db, `SELECT u.id, u.display_name AS "displayName" FROM app_user u
      WHERE EXISTS (SELECT 1 FROM outcome o WHERE o.recorded_by_id = u.id AND ${ANNUAL_SERIES_WHERE})`, seriesArgs),
    // Unit assignments of the targets read: one query for the whole chunk, whatever its size.
    plainRows<{ targetId: number; role: AssignedUnit['role']; name: string }>(db, `SELECT tu.target_id AS "targetId", tu.role::text AS role, u.name
      FROM target_unit tu JOIN responsible_unit u ON u.id = tu.unit_id WHERE tu.target_id = ANY($1::int[]) ORDER BY tu.target_id, tu.unit_id`, [ids]),
  ]);
  const unitsByTarget = new Map<number, AssignedUnit[]>();
  for (const row of assignments) unitsByTarget.set(row.targetId, [...(unitsByTarget.get(row.targetId) ?? []), { name: row.name, role: row.role }]);
  const documentIds = new Set<number>();
  for (const target of targets) documentIds.add(target.sourceDocumentId);
  for (const outcome of outcomes) documentIds.add(outcome.sourceDocumentId);
  const documents = await plainRows<{ id: number; title: string }>(db, 'SELECT id, title FROM source_document WHERE id = ANY($1::int[])', [intArray([...documentIds])]);
  const recorderById = new Map(recorders.map((user) => [user.id, user.displayName]));
  const districtById = new Map(districts.map((district) => [district.id, district]));
  const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const reviewsByTarget = new Map<number, typeof verdictReviews>();
  for (const review of verdictReviews) reviewsByTarget.set(review.targetId, [...(reviewsByTarget.get(review.targetId) ?? []), review]);
  const latestReview = new Map<number, LatestReview>();
  for (const review of outcomeReviews) latestReview.set(review.outcomeId, review); // ascending: the last one wins
  const byKey = new Map<string, OutcomeRow[]>();
  for (const outcome of outcomes) {
    const key = seriesKey(outcome.districtId, outcome.indicatorId, outcome.year);
    const list = byKey.get(key);
    const recordedBy = outcome.recordedById === null ? null : (recorderById.get(outcome.recordedById) ?? null);
    const row = toOutcomeRow(outcome, titles.get(outcome.sourceDocumentId) ?? '', recordedBy, latestReview.get(outcome.id));
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  for (const outcome of proposed) {
    const key = seriesKey(outcome.districtId, outcome.indicatorId, outcome.year);
    const list = byKey.get(key) ?? [];
    const revision = Math.max(0, ...list.filter((row) => row.measure === outcome.measure).map((row) => row.revision)) + 1;
    byKey.set(key, [...list, {
      ...outcome, id: 'proposed', revision, recordedAt: new Date(), note: null, figureNotInQuoteReason: null, recordedBy: null, reviewState: 'unreviewed', reviewComment: null,
    }]);
  }
  return targets.map((target) => {
    // Foreign keys guarantee both exist; the read above fetched exactly these ids.
    const district = districtById.get(target.districtId)!;
    const indicator = indicatorById.get(target.indicatorId)!;
    const relativeTo = target.relativeToIndicatorId ? (indicatorById.get(target.relativeToIndicatorId) ?? null) : null;
    const all = byKey.get(seriesKey(target.districtId, target.indicatorId, target.year)) ?? [];
    const reference = target.relativeToIndicatorId ? (byKey.get(seriesKey(target.districtId, target.relativeToIndicatorId, target.year)) ?? []) : [];
    const verdict = computeVerdict(verdictInput({
      target: {
        qualifier: target.qualifier, measure: target.measure, value: target.value, valueHigh: target.valueHigh,
        unit: target.unit, tolerance: target.tolerance, asWritten: target.asWritten, definitionChangedReason: target.definitionChangedReason,
      },
      indicator: {
        key: indicator.key, higherIsBetter: indicator.higherIsBetter,
        growthTolerancePp: indicator.growthTolerancePp, levelToleranceRatio: indicator.levelToleranceRatio,
      },
      outcomes: all,
      reference: relativeTo ? { indicatorKey: relativeTo.key, outcomes: reference } : null,
      toleranceDefaults,
      reviews: (reviewsByTarget.get(target.id) ?? []).map((review) => ({ kind: review.kind, verdict: review.verdict, reason: review.reason, reviewer: review.reviewer, at: review.createdAt })),
    }));
    const basis = all.find((outcome) => outcome.id === verdict.outcome?.id);
    return {
      id: target.id, year: target.year, measure: target.measure, qualifier: target.qualifier,
      value: target.value, valueHigh: target.valueHigh, unit: target.unit,
      asWritten: target.asWritten, responsibleUnits: orderUnits(unitsByTarget.get(target.id) ?? []), tolerance: target.tolerance, version: target.version,
      district,
      indicator: { id: indicator.id, key: indicator.key, nameZh: indicator.nameZh, nameEn: indicator.nameEn, higherIsBetter: indicator.higherIsBetter, levelUnit: indicator.levelUnit },
      source: { documentId: target.sourceDocumentId, title: titles.get(target.sourceDocumentId) ?? '', quote: target.quote, quoteStart: target.quoteStart, quoteEnd: target.quoteEnd },
      outcomes: all.filter((outcome) => outcome.measure === target.measure),
      verdict,
      reviewState: basis?.reviewState ?? null,
    };
  });
}

/** The targets of a filter (every given list must match) in the given order, as targetWhere and Prisma's orderBy would read them. */
async function readTargets(filter: TargetFilter, order: Prisma.TargetOrderByWithRelationInput[]): Promise<TargetRecord[]> {
  const lists = [['id', filter.targetIds], ['district_id', filter.districtIds], ['year', filter.years], ['indicator_id', filter.indicatorIds]] as const;
  const values: string[] = [];
  const where = lists.flatMap(([column, ids]) => (ids ? [`${column} = ANY($${values.push(intArray(ids))}::int[])`] : []));
  const orderBy = order.flatMap((entry) => Object.entries(entry).map(([field, direction]) => {
    if (!(field in TARGET_ORDER_COLUMNS) || (direction !== 'asc' && direction !== 'desc')) throw new Error(`findTargets: unsupported order ${field} ${String(direction)}`);
    return `${TARGET_ORDER_COLUMNS[field as keyof typeof TARGET_ORDER_COLUMNS]} ${direction}`;
  }));
  return plainRows<TargetRecord>(db, `SELECT ${TARGET_COLUMNS} FROM target${where.length ? ` WHERE ${where.join(' AND ')}` : ''}${orderBy.length ? ` ORDER BY ${orderBy.join(', ')}` : ''}`, values);
}

/** The columns callers order targets by (Prisma's field names). */
const TARGET_ORDER_COLUMNS = { id: 'id', year: 'year', districtId: 'district_id', indicatorId: 'indicator_id', measure: 'measure' } as const;

/**
 * The outcome revisions of these series, oldest revision first. Raw SQL with the value
 * as text (trim_scale: "7.4" as Decimal printed it, not "7.400000"): Prisma would make a
 * Decimal of every value only for it to be turned back into a string, and a national
 * year has ~85k revisions.
 */
async function readOutcomes(seriesArgs: string[]): Promise<OutcomeRecord[]> {
  return plainRows<OutcomeRecord>(db, `
    SELECT id, district_id AS "districtId", indicator_id AS "indicatorId", year, measure::text AS measure, revision, trim_scale(value)::text AS value, unit,
           vintage::text AS vintage, recorded_at AS "recordedAt", source_document_id AS "sourceDocumentId", quote, quote_start AS "quoteStart",
           quote_end AS "quoteEnd", note, figure_not_in_quote_reason AS "figureNotInQuoteReason", recorded_by_id AS "recordedById"
    FROM outcome o
    WHERE ${ANNUAL_SERIES_WHERE}
    ORDER BY revision`, seriesArgs);
}

function seriesKey(districtId: number, indicatorId: number, year: number): string {
  return `${districtId}:${indicatorId}:${year}`;
}

function toOutcomeRow(outcome: OutcomeRecord, sourceTitle: string, recordedBy: string | null, review: LatestReview | undefined): OutcomeRow {
  return {
    id: outcome.id, measure: outcome.measure, value: outcome.value, unit: outcome.unit, vintage: outcome.vintage as Vintage,
    recordedAt: outcome.recordedAt, revision: outcome.revision, indicatorId: outcome.indicatorId, year: outcome.year, districtId: outcome.districtId,
    sourceDocumentId: outcome.sourceDocumentId, sourceTitle, quote: outcome.quote, quoteStart: outcome.quoteStart,
    quoteEnd: outcome.quoteEnd, note: outcome.note, figureNotInQuoteReason: outcome.figureNotInQuoteReason, recordedBy,
    reviewState: review?.state ?? 'unreviewed', reviewComment: review?.comment ?? null,
  };
}
