// Stored verdicts after a recorded outcome, without reading the series' history.
// computeVerdict needs, of a series, only the revision it selects (latest final, else
// preliminary, else estimate: the latest revision per measure and vintage give the same
// selection) and rule 6's replay of every revision for a flip. The stored row already
// holds that replay's result; one new revision that sorts after all others is one more
// step of it (VerdictInput.replayedBefore). So a write reads at most six revisions per
// series (an index probe each: outcome_latest_per_vintage_idx), the stored row and the
// latest verdict review, whatever the series' length; computeVerdict still decides.
//
// A target falls back to the full recomputation (computeStoredVerdicts) when its stored
// row cannot be continued: no row; a row that does not rest on the series' current
// selection (it would be stale: never, if every write refreshes); more than one new step
// (an import of several revisions of one series); a new revision that does not sort last
// (a transaction that began before another one's revision was committed); or a stored
// code that hides the replay's state (not_comparable or needs_judgment: the last decided
// code before it is not stored).
import { compareRecorded, selectRevision } from '@/lib/verdict/select-revision';
import { computeVerdict } from '@/lib/verdict/compute-verdict';
import { settingValue } from '@/lib/settings/definitions';
import { DECIDED_CODES, type DecidedCode, type OutcomeRevision, type ReviewKind, type VerdictCode, type VerdictInput } from '@/lib/verdict/types';
import {
  computeStoredVerdicts, OUTCOME_COLUMNS, storedRow, TARGET_COLUMNS, TARGET_FROM,
  type OutcomeRecord, type Sql, type StoredVerdict, type TargetRecord,
} from './stored-verdicts';
import { verdictInput } from './verdict-input';

type ContinuableTarget = TargetRecord & {
  storedComputed: VerdictCode | null; storedFlip: VerdictCode | null; storedOutcomeId: number | null; storedReferenceId: number | null;
  reviewKind: ReviewKind | null; reviewVerdict: VerdictCode | null; reviewReason: string | null; reviewAt: Date | null; reviewer: string | null;
};
type Row = OutcomeRecord & { appended: boolean };

/** A series written to: its district, indicator and year. */
export type SeriesRef = { districtId: number; indicatorId: number; year: number };

/**
 * The targets whose verdicts read these series (unnest of $1–$3: district, indicator, year
 * arrays): their own, and the relative targets of the district and year that refer to the
 * indicator. A SQL fragment, so that the reads below find the targets themselves (one
 * statement fewer a write than reading the ids first).
 */
const TARGETS_OF_SERIES = `SELECT t.id FROM target t JOIN unnest($1::int[], $2::int[], $3::int[]) AS s(district_id, indicator_id, year)
  ON t.district_id = s.district_id AND t.year = s.year AND (t.indicator_id = s.indicator_id OR t.relative_to_indicator_id = s.indicator_id)`;

/**
 * The stored verdicts of the targets that read these series (TARGETS_OF_SERIES), after the
 * outcome revisions `appended` (ids, just inserted in this transaction) were recorded; as
 * computeStoredVerdicts would give them. Call with the series' districts locked (refresh.ts).
 */
export async function continueStoredVerdicts(sql: Sql, written: readonly SeriesRef[], appended: readonly number[]): Promise<StoredVerdict[]> {
  if (written.length === 0) return [];
  const params = [written.map((s) => s.districtId), written.map((s) => s.indicatorId), written.map((s) => s.year)];
  const [targets, outcomes] = await Promise.all([
    sql.$queryRawUnsafe<ContinuableTarget[]>(`
      SELECT ${TARGET_COLUMNS}, sv.computed::text AS "storedComputed", sv.flipped_from::text AS "storedFlip",
             sv.outcome_id AS "storedOutcomeId", sv.reference_outcome_id AS "storedReferenceId",
             rv.kind AS "reviewKind", rv.verdict AS "reviewVerdict", rv.reason AS "reviewReason", rv.at AS "reviewAt", rv.reviewer
      FROM ${TARGET_FROM}
      LEFT JOIN target_verdict sv ON sv.target_id = t.id
      -- computeVerdict reads only the current review: the latest by time, then by id (lib/verdict/review.ts).
      LEFT JOIN LATERAL (SELECT v.kind::text AS kind, v.verdict::text AS verdict, v.reason, v.created_at AS at, u.display_name AS reviewer
        FROM verdict_review v JOIN app_user u ON u.id = v.reviewer_id WHERE v.target_id = t.id ORDER BY v.created_at DESC, v.id DESC LIMIT 1) rv ON true
      WHERE t.id IN (${TARGETS_OF_SERIES}) ORDER BY t.id`, ...params),
    // Per series (the targets' own and their reference indicators'), measure and vintage: the
    // latest annual revision recorded before `appended`; then the appended ones themselves.
    sql.$queryRawUnsafe<Row[]>(`
      WITH k AS (SELECT DISTINCT district_id, year, unnest(ARRAY[indicator_id, relative_to_indicator_id]) AS indicator_id FROM target WHERE id IN (${TARGETS_OF_SERIES}))
      SELECT o.*, false AS appended FROM k
      CROSS JOIN unnest(enum_range(NULL::"Measure")) AS m(measure)
      CROSS JOIN unnest(enum_range(NULL::"Vintage")) AS v(vintage)
      CROSS JOIN LATERAL (SELECT ${OUTCOME_COLUMNS} FROM outcome o
        WHERE o.district_id = k.district_id AND o.indicator_id = k.indicator_id AND o.year = k.year AND o.period_months = 12
          AND o.measure = m.measure AND o.vintage = v.vintage AND o.id <> ALL($4::int[])
        ORDER BY o.recorded_at DESC, o.id DESC LIMIT 1) o
      WHERE k.indicator_id IS NOT NULL
      UNION ALL
      SELECT ${OUTCOME_COLUMNS}, true AS appended FROM outcome o WHERE o.id = ANY($4::int[]) AND o.period_months = 12`, ...params, [...appended]),
  ]);
  const toleranceDefaults = settingValue('toleranceDefaults', targets[0]?.toleranceDefaults);
  const series = new Map<string, Row[]>();
  for (const outcome of outcomes) {
    const key = `${outcome.districtId}:${outcome.indicatorId}:${outcome.year}`;
    series.set(key, [...(series.get(key) ?? []), outcome]);
  }
  const stateOf = new Map(outcomes.flatMap((outcome) => (outcome.reviewState ? [[outcome.id, outcome.reviewState] as const] : [])));

  const rows: StoredVerdict[] = [];
  const recompute: number[] = [];
  for (const target of targets) {
    const own = series.get(`${target.districtId}:${target.indicatorId}:${target.year}`) ?? [];
    const reference = target.relativeToIndicatorId ? (series.get(`${target.districtId}:${target.relativeToIndicatorId}:${target.year}`) ?? []) : null;
    const before = replayedBefore(target, own, reference);
    if (!before) {
      recompute.push(target.id);
      continue;
    }
    const verdict = computeVerdict(verdictInput({
      target, indicator: target,
      outcomes: own.map(revisionOf),
      reference: target.relativeKey && reference ? { indicatorKey: target.relativeKey, outcomes: reference.map(revisionOf) } : null,
      reviews: target.reviewKind ? [{ kind: target.reviewKind, verdict: target.reviewVerdict, reason: target.reviewReason!, reviewer: target.reviewer!, at: target.reviewAt! }] : [],
      toleranceDefaults,
      replayedBefore: before,
    }));
    rows.push(storedRow(target, verdict, verdict.outcome ? (stateOf.get(Number(verdict.outcome.id)) ?? null) : null));
  }
  if (recompute.length > 0) rows.push(...await computeStoredVerdicts(sql, recompute));
  return rows.sort((a, b) => a.targetId - b.targetId);
}

/** The stored replay, continued by at most one new step; null when it cannot be (see the top of this file). */
function replayedBefore(target: ContinuableTarget, own: readonly Row[], reference: readonly Row[] | null): VerdictInput['replayedBefore'] | null {
  if (target.storedComputed === null) return null;
  // The revisions rule 6 replays: the target's measure, and the reference indicator's growth.
  const ownSteps = own.filter((row) => row.measure === target.measure);
  const referenceSteps = (reference ?? []).filter((row) => row.measure === 'growth');
  const added = [...ownSteps, ...referenceSteps].filter((row) => row.appended);
  if (added.length > 1) return null;
  const newest = added[0] ?? null;
  const earlier = (rows: readonly Row[]) => rows.filter((row) => !row.appended).map(revisionOf);
  if (newest && [...earlier(ownSteps), ...earlier(referenceSteps)].some((row) => compareRecorded(row, newest) >= 0)) return null;
  // The stored row rests on the selection before the new revision, or it is not this replay's end.
  const selected = selectRevision(earlier(ownSteps));
  const referenceSelected = target.qualifier === 'relative' ? selectRevision(earlier(referenceSteps)) : null;
  if ((selected ? Number(selected.id) : null) !== target.storedOutcomeId) return null;
  if ((referenceSelected ? Number(referenceSelected.id) : null) !== target.storedReferenceId) return null;
  const flippedFrom = target.storedFlip as DecidedCode | null;
  // A decided code is the replay's last decided one. Pending means no figure (or no reference
  // figure) yet, and selections never go back to none, so no step before was decided either.
  if (isDecided(target.storedComputed)) return { lastDecided: target.storedComputed, flippedFrom, newRevisionId: newest?.id ?? null };
  if (target.storedComputed === 'pending') return { lastDecided: null, flippedFrom: null, newRevisionId: newest?.id ?? null };
  return null;
}

function revisionOf(row: Row): OutcomeRevision {
  return { id: row.id, measure: row.measure, value: row.value, unit: row.unit, vintage: row.vintage, recordedAt: row.recordedAt };
}

function isDecided(code: VerdictCode): code is DecidedCode {
  return (DECIDED_CODES as readonly string[]).includes(code);
}
