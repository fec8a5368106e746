// THE way an outcome revision is written. The record form, report ingestion, import
// and seeding all call appendOutcomeRevisions, so every revision gets the same
// checks, numbering and audit record:
//   - the unit rule (unit-check.ts), whoever the caller is;
//   - the figure appears in its quote (figure-in-quote.ts), unless the writer says
//     the source does not state it directly and why (`figureNotInQuoteReason`);
//   - a period: the year (the default, `periodMonths` 12: the figure annual verdicts
//     read) or a cumulative in-year period 1—N月 (1..11: read only by the pace rules);
//   - revision numbers contiguous per series and period (district, indicator, year,
//     measure, period);
//   - the stale-revision check, per period: each revision names the latest revision
//     of its series and period its writer saw (`baseRevision`, 0 for none), and
//     anything else is a conflict — including a base other than 0 on a series and
//     period that has no revision yet;
//   - one audit record 'outcome.record' per revision, saying which path wrote it (`via`);
//   - the stored verdicts of the series' targets (lib/verdicts/refresh.ts).
// Rows go in batches of multi-row INSERTs (unnest of one array per column, as
// lib/db/bulk-insert.ts does), each batch's audit rows in the same statement: one
// revision costs two statements before its verdicts are refreshed, 50,000 a few dozen. Call inside the caller's
// transaction; the unique index on (series, revision) is the last guard against two
// writers racing past the check, and its violation is a conflict.
import type { Actor } from '@/lib/audit/record-audit';
import { onUniqueViolation } from '@/lib/db/unique-violation';
import type { Measure, Vintage } from '@/lib/domain/types';
import { AppError } from '@/lib/errors';
import type { RawSql } from '@/lib/db/sql-transaction';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseUnit } from '@/lib/units/units';
import { ANNUAL_PERIOD, isMonthCount } from '@/lib/verdict/period';
export { ANNUAL_PERIOD };
import { refreshVerdictsOfSeries } from '@/lib/verdicts/refresh';
import { figureInQuote } from './figure-in-quote';
import { expectedOutcomeUnit, outcomeUnitError } from './unit-check';

export type Series = { districtId: number; indicatorId: number; year: number; measure: Measure };

export type RevisionToAppend = Series & {
  /** The cumulative period 1—N月 the figure covers; omitted or 12: the year. */
  periodMonths?: number;
  /** Canonical decimal text ("5.2"). */
  value: string;
  /** A unit symbol ("%", "亿元"). */
  unit: string;
  vintage: Vintage;
  sourceDocumentId: number;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  note?: string | null;
  /** The writer's reason when the source does not state the figure directly; without it the figure must appear in the quote. */
  figureNotInQuoteReason?: string | null;
  /** The latest revision of the series the writer saw; 0: none. */
  baseRevision: number;
  /** Extra fields of the audit record: `via` (form, ingest, import, seed) and the path's own context. */
  audit: { via: string } & Record<string, Prisma.InputJsonValue | null>;
};

export type AppendedRevision = { outcomeId: number; revision: number; targetId: number | null };

type Tx = RawSql;
type Latest = { revision: number; value: string; unit: string; vintage: string };
export type SeriesInfo = { levelUnit: string | null; targetId: number | null; targetUnit: string | null; latest: (Latest & { sourceDocumentId: number; quote: string }) | null };

/** Rows per INSERT statement (and per progress report). */
export const APPEND_BATCH = 5_000;

export const seriesKey = (series: Series & { periodMonths?: number }) =>
  `${series.districtId}:${series.indicatorId}:${series.year}:${series.measure}:${periodOf(series)}`;

/** The period of a revision to append: omitted means the year. */
export function periodOf(revision: { periodMonths?: number }): number {
  return revision.periodMonths ?? ANNUAL_PERIOD;
}

export async function appendOutcomeRevisions(
  tx: Tx, actor: Actor, revisions: RevisionToAppend[], onProgress?: (written: number, total: number) => void,
): Promise<AppendedRevision[]> {
  if (revisions.length === 0) return [];
  // Before any statement: a period that is not a month count must not reach PostgreSQL as one.
  if (revisions.some((revision) => !isMonthCount(periodOf(revision)))) throw new AppError('validation', 'period', { fieldErrors: { period: 'period_invalid' } });
  const info = await readSeries(tx, revisions);
  const current = new Map<string, Latest | null>();
  const planned = revisions.map((revision) => {
    const key = seriesKey(revision);
    const series = info.get(key);
    if (!series) throw new AppError('not_found', `indicator ${revision.indicatorId}`);
    const unit = parseUnit(revision.unit);
    if (!unit.ok) throw new AppError('validation', 'unit', { fieldErrors: { unit: `unit.${unit.code}` } });
    const unitError = outcomeUnitError(revision.measure, expectedOutcomeUnit(revision.measure, series.targetUnit, series.levelUnit), unit.unit);
    if (unitError) throw new AppError('validation', 'unit', { fieldErrors: { unit: unitError } });
    const latest = current.has(key) ? current.get(key)! : series.latest && { revision: series.latest.revision, value: series.latest.value, unit: series.latest.unit, vintage: series.latest.vintage };
    if (revision.baseRevision !== (latest?.revision ?? 0)) {
      throw latest
        ? new AppError('conflict', 'newer revision', { messageKey: 'workflow.outcome.conflict', revision: latest.revision, value: latest.value, unit: latest.unit, vintage: latest.vintage })
        : new AppError('conflict', 'no such revision');
    }
    // After the conflict check: a stale form hears of the newer revision first.
    if (!revision.figureNotInQuoteReason?.trim() && !figureInQuote(revision.value, unit.unit.symbol, revision.quote)) {
      throw new AppError('validation', 'quote', { fieldErrors: { quote: 'figure_not_in_quote' } });
    }
    const next = { revision: (latest?.revision ?? 0) + 1, value: revision.value, unit: unit.unit.symbol, vintage: revision.vintage };
    current.set(key, next);
    return { revision, before: latest, number: next.revision, unit: unit.unit.symbol, targetId: series.targetId };
  });

  const results: AppendedRevision[] = [];
  // One batch (every form write): its statement also locks the series' districts, after its
  // rows are in, as refreshVerdictsOfSeries would in a statement of its own. Several batches:
  // refreshVerdictsOfSeries locks all districts at once, in id order, as before.
  const lockInInsert = planned.length <= APPEND_BATCH;
  await onUniqueViolation(async () => {
    for (let start = 0; start < planned.length; start += APPEND_BATCH) {
      const batch = planned.slice(start, start + APPEND_BATCH);
      // The revisions and their audit rows in one statement: the audit rows join the inserted
      // outcomes by series key and revision, in the batch's order.
      const inserted = await insertWithAudit(tx, lockInInsert, batch.map(({ revision: r, number, unit }) => [
        r.districtId, r.indicatorId, r.year, r.measure, number, r.value, unit, r.vintage, r.sourceDocumentId, r.quote, r.quoteStart, r.quoteEnd, r.note ?? null, r.figureNotInQuoteReason?.trim() || null, actorId(actor), periodOf(r),
      ]), batch.map(({ revision: r, before, number, unit, targetId }) => [
        `${seriesKey(r)}:${number}`, actorId(actor), 'label' in actor ? actor.label : null, targetId, r.districtId,
        before ? JSON.stringify(before) : null,
        JSON.stringify({ ...r.audit, ...(periodOf(r) === ANNUAL_PERIOD ? {} : { periodMonths: periodOf(r) }), revision: number, value: r.value, unit, vintage: r.vintage, sourceDocumentId: r.sourceDocumentId, quote: r.quote, figureNotInQuoteReason: r.figureNotInQuoteReason?.trim() || null }),
      ]));
      const ids = new Map(inserted.map((row) => [row.key, row.id]));
      const appended = batch.map(({ revision, number, targetId }) => ({ outcomeId: ids.get(`${seriesKey(revision)}:${number}`)!, revision: number, targetId }));
      results.push(...appended);
      onProgress?.(results.length, planned.length);
    }
  }, () => new AppError('conflict', 'unique', { messageKey: 'workflow.outcome.conflictRace' }));
  // The stored verdicts these revisions change, in the same transaction.
  await refreshVerdictsOfSeries(tx, revisions, {
    outcomeIds: results.map((result) => result.outcomeId), annualOnly: revisions.every((revision) => periodOf(revision) === ANNUAL_PERIOD), districtsLocked: lockInInsert,
  });
  return results;
}

const OUTCOME_COLUMNS = [
  { name: 'district_id', type: 'int' }, { name: 'indicator_id', type: 'int' }, { name: 'year', type: 'int' }, { name: 'measure', type: 'text::"Measure"' },
  { name: 'revision', type: 'int' }, { name: 'value', type: 'text::numeric' }, { name: 'unit', type: 'text' }, { name: 'vintage', type: 'text::"Vintage"' },
  { name: 'source_document_id', type: 'int' }, { name: 'quote', type: 'text' }, { name: 'quote_start', type: 'int' }, { name: 'quote_end', type: 'int' },
  { name: 'note', type: 'text' }, { name: 'figure_not_in_quote_reason', type: 'text' }, { name: 'recorded_by_id', type: 'int' }, { name: 'period_months', type: 'int' },
];
/** Per revision, its key (series key and revision number) first, then the audit row's fields. */
const AUDIT_TYPES = ['text', 'int', 'text', 'int', 'int', 'text', 'text'];

/**
 * Inserts the outcome rows (OUTCOME_COLUMNS order) and, in the same statement, one
 * 'outcome.record' audit row each (`audits`: key, actor id, actor label, target, district,
 * before, after), in the rows' order. A fixed number of bind parameters for any batch size.
 * `lockDistricts`: the statement also takes refresh.ts' lock on the rows' districts (FOR NO
 * KEY UPDATE, in id order), strictly after the rows are inserted (the lock reads `inserted`),
 * so the locks are taken in the order they were before (insert, then lock), and the reads of
 * the verdict refresh, in later statements, come after the lock.
 */
async function insertWithAudit(tx: Tx, lockDistricts: boolean, rows: unknown[][], audits: unknown[][]): Promise<{ id: number; key: string }[]> {
  const arrays = [...OUTCOME_COLUMNS.map((_, index) => rows.map((row) => row[index] ?? null)), ...AUDIT_TYPES.map((_, index) => audits.map((audit) => audit[index] ?? null))];
  const outcome = OUTCOME_COLUMNS.map((column, index) => {
    const [sent, ...cast] = column.type.split('::');
    return { param: `$${index + 1}::${sent}[]`, select: cast.length ? `c${index}::${cast.join('::')}` : `c${index}` };
  });
  const audit = AUDIT_TYPES.map((type, index) => `$${OUTCOME_COLUMNS.length + index + 1}::${type}[]`);
  return tx.$queryRawUnsafe<{ id: number; key: string }[]>(`
    WITH inserted AS (
      INSERT INTO outcome (${OUTCOME_COLUMNS.map((column) => column.name).join(', ')})
      SELECT ${outcome.map((column) => column.select).join(', ')}
      FROM unnest(${outcome.map((column) => column.param).join(', ')}) AS u(${OUTCOME_COLUMNS.map((_, index) => `c${index}`).join(', ')})
      RETURNING id, district_id, district_id || ':' || indicator_id || ':' || year || ':' || measure || ':' || period_months || ':' || revision AS key
    ), audited AS (
      INSERT INTO audit_log (actor_id, actor_label, action, entity_type, entity_id, target_id, district_id, before, after)
      SELECT a.actor_id, a.actor_label, 'outcome.record', 'outcome', i.id::text, a.target_id, a.district_id, a.before::jsonb, a.after::jsonb
      FROM unnest(${audit.join(', ')}) WITH ORDINALITY AS a(key, actor_id, actor_label, target_id, district_id, before, after, ord)
      JOIN inserted i ON i.key = a.key
      ORDER BY a.ord
    )${lockDistricts ? `, locked AS (
      SELECT d.id FROM district d WHERE d.id IN (SELECT district_id FROM inserted) ORDER BY d.id FOR NO KEY UPDATE
    )
    SELECT id, key FROM inserted WHERE (SELECT count(*) FROM locked) > 0` : `
    SELECT id, key FROM inserted`}`, ...arrays);
}

function actorId(actor: Actor): number | null {
  return 'userId' in actor ? actor.userId : null;
}

/** Per distinct series and period: the indicator's level unit, the target (if any) and the latest revision of that period. One statement. */
export async function readSeries(tx: Tx, revisions: (Series & { periodMonths?: number })[]): Promise<Map<string, SeriesInfo>> {
  const distinct = [...new Map(revisions.map((series) => [seriesKey(series), series])).values()];
  const rows = await tx.$queryRawUnsafe<(SeriesInfo & { key: string; latestRevision: number | null; latestValue: string | null; latestUnit: string | null; latestVintage: string | null; latestSource: number | null; latestQuote: string | null })[]>(`
    SELECT s.district_id || ':' || s.indicator_id || ':' || s.year || ':' || s.measure || ':' || s.period_months AS key, i.level_unit AS "levelUnit", t.id AS "targetId", t.unit AS "targetUnit",
           o.revision AS "latestRevision", trim_scale(o.value)::text AS "latestValue", o.unit AS "latestUnit", o.vintage::text AS "latestVintage",
           o.source_document_id AS "latestSource", o.quote AS "latestQuote"
    FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::int[]) AS s(district_id, indicator_id, year, measure, period_months)
    JOIN indicator i ON i.id = s.indicator_id
    LEFT JOIN target t ON t.district_id = s.district_id AND t.indicator_id = s.indicator_id AND t.year = s.year AND t.measure = s.measure::"Measure"
    LEFT JOIN LATERAL (
      SELECT revision, value, unit, vintage, source_document_id, quote FROM outcome
      WHERE district_id = s.district_id AND indicator_id = s.indicator_id AND year = s.year AND measure = s.measure::"Measure" AND period_months = s.period_months
      ORDER BY revision DESC LIMIT 1) o ON true`,
  distinct.map((s) => s.districtId), distinct.map((s) => s.indicatorId), distinct.map((s) => s.year), distinct.map((s) => s.measure), distinct.map(periodOf));
  return new Map(rows.map((row) => [row.key, {
    levelUnit: row.levelUnit, targetId: row.targetId, targetUnit: row.targetUnit,
    latest: row.latestRevision === null ? null : {
      revision: row.latestRevision, value: row.latestValue!, unit: row.latestUnit!, vintage: row.latestVintage!, sourceDocumentId: row.latestSource!, quote: row.latestQuote!,
    },
  }]));
}
