// Keeps target_verdict equal to computeVerdict's output, and pace_verdict equal to
// computePace's (序时进度 per in-year period): both are recomputed together for the
// same targets, since their inputs are the same facts (target, indicator tolerance,
// the series' figures). Every write that changes a verdict's inputs calls one of
// these in its own transaction, after its write:
//   - an outcome revision (annual or in-year) or an outcome review (one or a bulk confirmation) → refreshVerdictsOfSeries
//     (the series' targets, and relative targets whose reference indicator it is);
//   - a verdict review, a target create or edit (wording, tolerance) → refreshVerdicts;
//   - an indicator's tolerance or direction → refreshIndicatorVerdicts, in batches.
//
// Concurrent writers: a verdict computed from a snapshot that misses another
// writer's uncommitted change would be stored stale. Every input of a verdict lives
// in its target's district (or is an indicator, whose editor locks its targets'
// districts too), so after its write and before reading, every refresh locks the
// district rows concerned (FOR NO KEY UPDATE, in id order, in one statement): of two
// writers touching the same verdict the second waits for the first to commit, then
// reads its change. Row locks cost no shared lock memory, and FOR NO KEY UPDATE does
// not block the foreign-key checks of inserts. No other lock is taken, so no cycle.
import { bulkInsert, type BulkWith } from '@/lib/db/bulk-insert';
import type { RawSql } from '@/lib/db/sql-transaction';
import { continueStoredVerdicts, type SeriesRef } from './continue-verdicts';
import { computeStoredPace, type StoredPace } from './stored-pace';
import { computeStoredVerdicts, type StoredVerdict } from './stored-verdicts';

type Tx = RawSql;
export type { SeriesRef };
/**
 * Revisions just recorded: their ids (in the order of the series given with them, one each, as
 * append-revisions.ts passes them), whether all are annual figures (period 12), and whether
 * the statement that inserted them already locked their districts (append-revisions.ts).
 */
export type Appended = { outcomeIds: readonly number[]; annualOnly: boolean; districtsLocked?: boolean };

/** Targets recomputed per statement batch: bounds memory and statement size. */
export const REFRESH_BATCH = 1_000;
/**
 * Series continued per statement batch. A series is read by a handful of targets (its own
 * measures, and the relative targets of its district and year), so a batch stays far below
 * REFRESH_BATCH targets.
 */
export const SERIES_BATCH = 50;

const COLUMNS = [
  { name: 'target_id', type: 'int' }, { name: 'district_id', type: 'int' }, { name: 'indicator_id', type: 'int' }, { name: 'year', type: 'int' },
  { name: 'code', type: 'text::"VerdictCode"' }, { name: 'computed', type: 'text::"VerdictCode"' }, { name: 'decided_by', type: 'text' },
  { name: 'provisional', type: 'boolean' }, { name: 'gap_kind', type: 'text' }, { name: 'gap_value', type: 'text::numeric' },
  { name: 'outcome_id', type: 'int' }, { name: 'reference_outcome_id', type: 'int' }, { name: 'review_kind', type: 'text::"VerdictReviewKind"' },
  { name: 'review_verdict', type: 'text::"VerdictCode"' }, { name: 'review_stale', type: 'boolean' }, { name: 'confirmed', type: 'boolean' },
  { name: 'outcome_review_state', type: 'text::"ReviewState"' }, { name: 'flipped_from', type: 'text::"VerdictCode"' },
];
const UPSERT = `ON CONFLICT (target_id) DO UPDATE SET ${COLUMNS.slice(1).map((column) => `${column.name} = EXCLUDED.${column.name}`).join(', ')}, updated_at = now()`;

/** Writes these rows (insert or replace); `also`: a data-modifying clause run in the same statement. */
export async function writeStoredVerdicts(tx: Pick<Tx, '$queryRawUnsafe'>, rows: StoredVerdict[], also?: BulkWith): Promise<void> {
  await bulkInsert(tx, 'target_verdict', COLUMNS, rows.map((row) => [
    row.targetId, row.districtId, row.indicatorId, row.year, row.code, row.computed, row.decidedBy, row.provisional, row.gapKind, row.gapValue,
    row.outcomeId, row.referenceOutcomeId, row.reviewKind, row.reviewVerdict, row.reviewStale, row.confirmed, row.outcomeReviewState, row.flippedFrom,
  ]), { suffix: UPSERT, ...(also ? { with: also } : {}) });
}

const PACE_COLUMNS = [
  { name: 'target_id', type: 'int' }, { name: 'period_months', type: 'int' }, { name: 'district_id', type: 'int' }, { name: 'indicator_id', type: 'int' },
  { name: 'year', type: 'int' }, { name: 'code', type: 'text::"PaceCode"' }, { name: 'rule', type: 'text' }, { name: 'outcome_id', type: 'int' },
  { name: 'reference_outcome_id', type: 'int' }, { name: 'provisional', type: 'boolean' }, { name: 'actual_value', type: 'text::numeric' },
  { name: 'actual_unit', type: 'text' }, { name: 'completed_percent', type: 'text::numeric' }, { name: 'pace_line', type: 'text::numeric' },
  { name: 'outcome_review_state', type: 'text::"ReviewState"' },
];

const PACE_UPSERT = `ON CONFLICT (target_id, period_months) DO UPDATE SET ${PACE_COLUMNS.slice(2).map((column) => `${column.name} = EXCLUDED.${column.name}`).join(', ')}, updated_at = now()`;

/**
 * The pace rows of these targets that `rows` does not hold (a period that no longer has a
 * verdict, e.g. after a target's measure changed), deleted as a WITH clause of another
 * statement; the rows kept are upserted, so no key is both deleted and written.
 */
function stalePace(targetIds: readonly number[], rows: readonly StoredPace[]): BulkWith {
  return {
    sql: (first) => `stale_pace AS (DELETE FROM pace_verdict p WHERE p.target_id = ANY($${first}::int[])
      AND NOT EXISTS (SELECT 1 FROM unnest($${first + 1}::int[], $${first + 2}::int[]) AS k(target_id, period_months)
        WHERE k.target_id = p.target_id AND k.period_months = p.period_months))`,
    params: [[...targetIds], rows.map((row) => row.targetId), rows.map((row) => row.periodMonths)],
  };
}

async function upsertPace(tx: Pick<Tx, '$queryRawUnsafe'>, rows: readonly StoredPace[], also?: BulkWith): Promise<void> {
  await bulkInsert(tx, 'pace_verdict', PACE_COLUMNS, rows.map((row) => [
    row.targetId, row.periodMonths, row.districtId, row.indicatorId, row.year, row.code, row.rule, row.outcomeId, row.referenceOutcomeId,
    row.provisional, row.actualValue, row.actualUnit, row.completedPercent, row.paceLine, row.outcomeReviewState,
  ]), { suffix: PACE_UPSERT, ...(also ? { with: also } : {}) });
}

/**
 * Replaces the pace rows of these targets with `rows` (every period of each target:
 * a period that no longer has a verdict, e.g. after a target's measure changed, loses its row).
 */
export async function writeStoredPace(tx: Pick<Tx, '$queryRawUnsafe'>, targetIds: readonly number[], rows: StoredPace[]): Promise<void> {
  if (targetIds.length === 0) return;
  const stale = stalePace(targetIds, rows);
  if (rows.length > 0) await upsertPace(tx, rows, stale);
  else await tx.$queryRawUnsafe(`WITH ${stale.sql(1)} SELECT 1`, ...stale.params);
}

/** Recomputes and stores the verdicts (annual and pace) of these targets. */
export async function refreshVerdicts(tx: Tx, targetIds: readonly number[]): Promise<void> {
  const ids = [...new Set(targetIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  await tx.$queryRawUnsafe('SELECT id FROM district WHERE id IN (SELECT district_id FROM target WHERE id = ANY($1::int[])) ORDER BY id FOR NO KEY UPDATE', ids);
  await recompute(tx, ids);
}

const districtYear = (s: SeriesRef) => `${s.districtId}:${s.year}`;

/**
 * The appended ids by district and year, when `outcomeIds[i]` is the revision recorded for
 * `series[i]` (as append-revisions.ts passes them); null when the two do not pair up.
 */
function appendedIdsByDistrictYear(series: readonly SeriesRef[], outcomeIds: readonly number[]): Map<string, number[]> | null {
  if (series.length !== outcomeIds.length) return null;
  const byKey = new Map<string, number[]>();
  series.forEach((s, index) => {
    const key = districtYear(s);
    const ids = byKey.get(key) ?? [];
    ids.push(outcomeIds[index]!);
    byKey.set(key, ids);
  });
  return byKey;
}

/**
 * After outcome revisions or outcome reviews of these series: their targets, and relative targets referring to them.
 * `appended`: the revisions just recorded; the stored verdicts are then continued from the stored
 * rows without reading the series' history (continue-verdicts.ts), SERIES_BATCH series a statement.
 */
export async function refreshVerdictsOfSeries(tx: Tx, series: readonly SeriesRef[], appended?: Appended): Promise<void> {
  if (series.length === 0) return;
  const distinct = [...new Map(series.map((s) => [`${s.districtId}:${s.indicatorId}:${s.year}`, s])).values()];
  const params = [distinct.map((s) => s.districtId), distinct.map((s) => s.indicatorId), distinct.map((s) => s.year)];
  if (!appended?.districtsLocked) await tx.$queryRawUnsafe('SELECT id FROM district WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE', params[0]);
  // Every read below comes after the locks: a target created meanwhile by a writer we waited for is included.
  if (appended) {
    // Batches in district and year order, each given only the appended ids of its districts and
    // years: a target, relative ones included, reads series of its own district and year only.
    // Every appended id in every batch made a 50,000-row import quadratic (each of its 1,000
    // statements compared every outcome row it read against 50,000 ids).
    const idsOf = appendedIdsByDistrictYear(series, appended.outcomeIds);
    const ordered = [...distinct].sort((a, b) => a.districtId - b.districtId || a.year - b.year);
    for (let start = 0; start < ordered.length; start += SERIES_BATCH) {
      const batch = ordered.slice(start, start + SERIES_BATCH);
      const ids = idsOf ? [...new Set(batch.map(districtYear))].flatMap((key) => idsOf.get(key) ?? []) : appended.outcomeIds;
      // The continuation finds the series' targets itself. A relative target of two series in
      // different batches is stored twice, the same row both times (it falls back to the full recomputation).
      const verdicts = await continueStoredVerdicts(tx, batch, ids);
      await store(tx, verdicts.map((row) => row.targetId), verdicts, appended.annualOnly);
    }
    return;
  }
  const matching = `FROM target t JOIN unnest($1::int[], $2::int[], $3::int[]) AS s(district_id, indicator_id, year)
    ON t.district_id = s.district_id AND t.year = s.year AND (t.indicator_id = s.indicator_id OR t.relative_to_indicator_id = s.indicator_id)`;
  const targets = await tx.$queryRawUnsafe<{ id: number }[]>(`SELECT DISTINCT t.id ${matching} ORDER BY t.id`, ...params);
  await recompute(tx, targets.map((row) => row.id));
}

/**
 * After an indicator's tolerance or direction changed: every target of the
 * indicator, REFRESH_BATCH at a time in id order, once their districts are locked.
 */
export async function refreshIndicatorVerdicts(tx: Tx, indicatorId: number): Promise<number> {
  await tx.$queryRawUnsafe('SELECT id FROM district WHERE id IN (SELECT district_id FROM target WHERE indicator_id = $1) ORDER BY id FOR NO KEY UPDATE', indicatorId);
  let after = 0;
  let count = 0;
  for (;;) {
    const batch = await tx.$queryRawUnsafe<{ id: number }[]>('SELECT id FROM target WHERE indicator_id = $1 AND id > $2 ORDER BY id LIMIT $3', indicatorId, after, REFRESH_BATCH);
    if (batch.length === 0) return count;
    await recompute(tx, batch.map((row) => row.id));
    count += batch.length;
    after = batch.at(-1)!.id;
  }
}

async function recompute(tx: Tx, ids: readonly number[]): Promise<void> {
  for (let start = 0; start < ids.length; start += REFRESH_BATCH) {
    const batch = ids.slice(start, start + REFRESH_BATCH);
    await store(tx, batch, await computeStoredVerdicts(tx, batch), false);
  }
}

/** Writes the verdicts of these targets and, unless only annual figures changed, recomputes and writes their pace verdicts. */
async function store(tx: Tx, batch: readonly number[], verdicts: StoredVerdict[], annualOnly: boolean): Promise<void> {
  // Pace verdicts rest on in-year figures and the target alone (stored-pace.ts): annual figures leave them as they were.
  if (annualOnly) {
    if (verdicts.length > 0) await writeStoredVerdicts(tx, verdicts);
    return;
  }
  const pace = await computeStoredPace(tx, batch);
  // The stale pace rows go in the verdicts' statement; most targets have no in-year figure, so no pace rows to write.
  if (verdicts.length === 0) {
    await writeStoredPace(tx, batch, pace);
    return;
  }
  await writeStoredVerdicts(tx, verdicts, stalePace(batch, pace));
  if (pace.length > 0) await upsertPace(tx, pace);
}

/**
 * Stores the verdicts of targets that have none, REFRESH_BATCH at a time, each batch
 * in its own transaction. `npm start` runs it after migrating, so a database that
 * held targets before target_verdict existed is filled on its first start with no
 * manual step; on an up-to-date database it is one indexed query that finds nothing.
 */
export async function fillMissingVerdicts(db: { $transaction: <R>(fn: (tx: Tx) => Promise<R>) => Promise<R> } & Pick<Tx, '$queryRawUnsafe'>): Promise<number> {
  let count = 0;
  for (;;) {
    const batch = await db.$queryRawUnsafe<{ id: number }[]>(
      'SELECT t.id FROM target t WHERE NOT EXISTS (SELECT 1 FROM target_verdict v WHERE v.target_id = t.id) ORDER BY t.id LIMIT $1', REFRESH_BATCH,
    );
    if (batch.length === 0) return count;
    await db.$transaction((tx) => refreshVerdicts(tx, batch.map((row) => row.id)));
    count += batch.length;
  }
}
