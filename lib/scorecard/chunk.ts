import 'server-only';
// A scorecard file's chunk of targets (~1,500 of a national year), read on the stored verdicts
// as findTargetSummaries reads a page's: only the revision each stored verdict rests on, with
// what a scorecard line shows of it (figure, vintage, source, quote), and computeVerdict still
// decides every line; a line whose answer differs from its stored verdict, or whose series has
// a later revision, is read in full by findTargets. Apart from the pages' read because a file
// reads ~43k targets a year and the pages ~50: the targets statement reads only the columns a
// line needs (no version, quote offsets or the stored row's key columns, compared in SQL),
// as arrays (pg's named rows cost a copied object and a keyed store per value), and its times
// as text made into a Date once per distinct time (a district's outcomes are recorded together).
import type { Db } from '@/lib/db/client';
import { intArray, plainArrays, timestamptz } from '@/lib/db/plain-rows';
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import { findTargets, type TargetSummary } from '@/lib/targets/data';
import { LATER_REVISION_SQL, readChunkContext } from '@/lib/targets/summaries';
import { computeVerdict } from '@/lib/verdict/compute-verdict';
import type { Lang } from '@/lib/verdict/explain';
import type { DecidedCode, OutcomeRevision, ReviewKind, VerdictCode } from '@/lib/verdict/types';
import { sameAsStored } from '@/lib/verdicts/check';
import { type StoredVerdict, storedRow } from '@/lib/verdicts/stored-verdicts';
import { verdictInput } from '@/lib/verdicts/verdict-input';

/** What a scorecard line shows of a target (a TargetSummary or a full TargetRow has it). */
export type ScorecardTarget = Pick<TargetSummary,
  'id' | 'district' | 'year' | 'indicator' | 'measure' | 'asWritten' | 'qualifier' | 'value' | 'valueHigh' | 'unit' | 'verdict' | 'reviewState' | 'responsibleUnits'>
  & { source: Pick<TargetSummary['source'], 'title' | 'quote'> };

/** What a scorecard line shows of the revision a verdict rests on (its figure, vintage, source and quote). */
export type BasisDetail = { value: string; unit: string | null; vintage: Vintage; recordedAt: Date; sourceTitle: string; quote: string; figureNotInQuoteReason: string | null };

export type ScorecardEntry = { target: ScorecardTarget; basis: BasisDetail | null };

// The targets statement's columns, in order (its rows are arrays).
const T = {
  id: 0, districtId: 1, indicatorId: 2, year: 3, measure: 4, qualifier: 5, value: 6, valueHigh: 7, unit: 8, tolerance: 9, asWritten: 10,
  definitionChangedReason: 11, sourceDocumentId: 12, quote: 13, relativeKey: 14,
  storedSameKey: 15, storedCode: 16, storedComputed: 17, storedDecidedBy: 18, storedProvisional: 19, storedGapKind: 20, storedGapValue: 21,
  storedOutcomeId: 22, storedReferenceOutcomeId: 23, storedReviewKind: 24, storedReviewVerdict: 25, storedReviewStale: 26, storedConfirmed: 27,
  storedOutcomeReviewState: 28, storedFlippedFrom: 29,
  basisId: 30, basisMeasure: 31, basisValue: 32, basisUnit: 33, basisVintage: 34, basisRecordedAt: 35, basisSourceDocumentId: 36, basisReviewState: 37,
  basisQuote: 38, basisFigureNotInQuoteReason: 39,
  referenceId: 40, referenceMeasure: 41, referenceValue: 42, referenceUnit: 43, referenceVintage: 44, referenceRecordedAt: 45,
  laterRevision: 46,
} as const;

const TARGETS_SQL = `
  SELECT t.id, t.district_id, t.indicator_id, t.year, t.measure::text, t.qualifier::text,
         trim_scale(t.value)::text, trim_scale(t.value_high)::text, t.unit, trim_scale(t.tolerance)::text, t.as_written,
         t.definition_changed_reason, t.source_document_id, t.quote, r.key,
         (v.district_id = t.district_id AND v.indicator_id = t.indicator_id AND v.year = t.year),
         v.code::text, v.computed::text, v.decided_by, v.provisional, v.gap_kind, trim_scale(v.gap_value)::text,
         v.outcome_id, v.reference_outcome_id, v.review_kind::text, v.review_verdict::text, v.review_stale, v.confirmed,
         v.outcome_review_state::text, v.flipped_from::text,
         b.id, b.measure::text, trim_scale(b.value)::text, b.unit, b.vintage::text, b.recorded_at::text, b.source_document_id,
         (SELECT state::text FROM outcome_review WHERE outcome_id = b.id ORDER BY created_at DESC, id DESC LIMIT 1),
         b.quote, b.figure_not_in_quote_reason,
         rb.id, rb.measure::text, trim_scale(rb.value)::text, rb.unit, rb.vintage::text, rb.recorded_at::text,
         ${LATER_REVISION_SQL}
  FROM target t JOIN target_verdict v ON v.target_id = t.id LEFT JOIN indicator r ON r.id = t.relative_to_indicator_id
    LEFT JOIN outcome b ON b.id = v.outcome_id LEFT JOIN outcome rb ON rb.id = v.reference_outcome_id
  WHERE t.id = ANY($1::int[]) AND v.target_id = ANY($1::int[])`;

// The targets' documents and those of their basis revisions (a district's few reports), as an array: over a
// subquery's ~2,800 estimated ids the planner scanned the whole document table (120 ms, not 14).
const SOURCES_SQL = `
  SELECT s.id, s.title FROM source_document s WHERE s.id = ANY(ARRAY(SELECT source_document_id FROM target WHERE id = ANY($1::int[])
    UNION SELECT b.source_document_id FROM target_verdict v JOIN outcome b ON b.id = v.outcome_id WHERE v.target_id = ANY($1::int[])))`;

/**
 * The scorecard lines' inputs for these targets, in the order of `targetIds` (ids without a target are left out).
 * `language`: the explanations' language read first (computeVerdict's option; the other is written if read).
 * Unnamed statements: the best plans of a chunk's reads depend on the arrays' sizes.
 */
export async function readScorecardChunk(db: Db, targetIds: readonly number[], language?: Lang): Promise<ScorecardEntry[]> {
  if (targetIds.length === 0) return [];
  const ids = [...targetIds];
  const idList = intArray(ids);
  const [targets, context] = await Promise.all([
    plainArrays(db, TARGETS_SQL, [idList]),
    readChunkContext(db, idList, SOURCES_SQL, { prepared: false }),
  ]);
  const { districtById, indicatorById, titleById, toleranceDefaults, reviewsOf, unitsOf } = context;
  const time = timeReader();

  const entries = new Map<number, ScorecardEntry>();
  const unsettled: number[] = [];
  for (const row of targets) {
    const id = row[T.id] as number;
    // The joins the targets query does not make. Each target has its district, indicator and documents
    // (foreign keys); one missing here was changed between the reads, as was a stored row of another key: read in full.
    const district = districtById.get(row[T.districtId] as number);
    const indicator = indicatorById.get(row[T.indicatorId] as number);
    const sourceTitle = titleById.get(row[T.sourceDocumentId] as number);
    const basisId = row[T.basisId] as number | null;
    const basisTitle = basisId === null ? null : titleById.get(row[T.basisSourceDocumentId] as number);
    if (!district || !indicator || sourceTitle === undefined || basisTitle === undefined || row[T.storedSameKey] !== true) {
      unsettled.push(id);
      continue;
    }
    const target = {
      id, districtId: row[T.districtId] as number, indicatorId: row[T.indicatorId] as number, year: row[T.year] as number,
      measure: row[T.measure] as Measure, qualifier: row[T.qualifier] as Qualifier, value: row[T.value] as string | null, valueHigh: row[T.valueHigh] as string | null,
      unit: row[T.unit] as string | null, tolerance: row[T.tolerance] as string | null, asWritten: row[T.asWritten] as string,
      definitionChangedReason: row[T.definitionChangedReason] as string | null,
    };
    const basis: OutcomeRevision | null = basisId === null ? null : {
      id: basisId, measure: row[T.basisMeasure] as Measure, value: row[T.basisValue] as string, unit: row[T.basisUnit] as string,
      vintage: row[T.basisVintage] as Vintage, recordedAt: time(row[T.basisRecordedAt] as string),
    };
    const referenceId = row[T.referenceId] as number | null;
    const reference: OutcomeRevision | null = referenceId === null ? null : {
      id: referenceId, measure: row[T.referenceMeasure] as Measure, value: row[T.referenceValue] as string, unit: row[T.referenceUnit] as string,
      vintage: row[T.referenceVintage] as Vintage, recordedAt: time(row[T.referenceRecordedAt] as string),
    };
    const relativeKey = row[T.relativeKey] as string | null;
    const verdict = computeVerdict(verdictInput({
      target, indicator: indicator.facts,
      outcomes: basis ? [basis] : [],
      reference: relativeKey ? { indicatorKey: relativeKey, outcomes: reference ? [reference] : [] } : null,
      reviews: reviewsOf(id),
      toleranceDefaults,
      replayedFlip: row[T.storedFlippedFrom] as DecidedCode | null,
    }), { language });
    const basisReviewState = row[T.basisReviewState] as 'verified' | 'disputed' | null;
    // The same answer as the stored row in every field, or this line is read in full. So is a
    // line whose series has a revision after the one its verdict rests on: computeVerdict is
    // not shown that revision here, so agreeing with the stored row would prove nothing if
    // the stored row missed it (the usual case is harmless: an estimate after a final figure).
    if (row[T.laterRevision] === true || !sameAsStored(storedRow(target, verdict, basis ? basisReviewState : null), storedOf(target, row))) {
      unsettled.push(id);
      continue;
    }
    entries.set(id, {
      target: {
        id, year: target.year, measure: target.measure, qualifier: target.qualifier, value: target.value, valueHigh: target.valueHigh, unit: target.unit,
        asWritten: target.asWritten, responsibleUnits: unitsOf(id), district, indicator: indicator.shown,
        source: { title: sourceTitle, quote: row[T.quote] as string }, verdict, reviewState: basis ? (basisReviewState ?? 'unreviewed') : null,
      },
      basis: basis ? {
        value: basis.value, unit: basis.unit, vintage: basis.vintage, recordedAt: basis.recordedAt,
        sourceTitle: basisTitle!, quote: row[T.basisQuote] as string, figureNotInQuoteReason: row[T.basisFigureNotInQuoteReason] as string | null,
      } : null,
    });
  }
  // Targets without a stored row are not in `targets` (inner join): read those in full too.
  const read = new Set(targets.map((row) => row[T.id] as number));
  for (const id of ids) if (!read.has(id)) unsettled.push(id);
  if (unsettled.length > 0) {
    for (const row of await findTargets({ targetIds: unsettled })) {
      entries.set(row.id, { target: row, basis: row.outcomes.find((outcome) => outcome.id === row.verdict.outcome?.id) ?? null });
    }
  }
  return ids.flatMap((id) => entries.get(id) ?? []);
}

/** The stored row the statement read; its key columns are the target's (compared in SQL: storedSameKey). */
function storedOf(target: { id: number; districtId: number; indicatorId: number; year: number }, row: unknown[]): StoredVerdict {
  return {
    targetId: target.id, districtId: target.districtId, indicatorId: target.indicatorId, year: target.year,
    code: row[T.storedCode] as VerdictCode, computed: row[T.storedComputed] as VerdictCode, decidedBy: row[T.storedDecidedBy] as StoredVerdict['decidedBy'],
    provisional: row[T.storedProvisional] as boolean, gapKind: row[T.storedGapKind] as StoredVerdict['gapKind'], gapValue: row[T.storedGapValue] as string | null,
    outcomeId: row[T.storedOutcomeId] as number | null, referenceOutcomeId: row[T.storedReferenceOutcomeId] as number | null,
    reviewKind: row[T.storedReviewKind] as ReviewKind | null, reviewVerdict: row[T.storedReviewVerdict] as VerdictCode | null,
    reviewStale: row[T.storedReviewStale] as boolean, confirmed: row[T.storedConfirmed] as boolean,
    outcomeReviewState: row[T.storedOutcomeReviewState] as StoredVerdict['outcomeReviewState'], flippedFrom: row[T.storedFlippedFrom] as VerdictCode | null,
  };
}

/** A time's text as the pg adapter reads it (plain-rows' timestamptz), one Date per distinct text of a chunk. */
function timeReader(): (text: string) => Date {
  const dates = new Map<string, Date>();
  return (text) => {
    let date = dates.get(text);
    if (!date) dates.set(text, (date = timestamptz(text)));
    return date;
  };
}
