// Recording an outcome appends a revision; outcomes are never updated or deleted
// (the database refuses it). The form carries the revision it was based on, so a
// figure recorded meanwhile by someone else is a conflict, not an overwrite. The
// write itself is appendOutcomeRevisions, shared with ingestion, import and seeding.
import { defineAction } from '@/lib/actions/define-action';
import { assertInScope } from '@/lib/auth/district-scope';
import { resolveSource } from '@/lib/documents/mutations';
import { type RawSql, sqlTransaction } from '@/lib/db/sql-transaction';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { recordOutcomeSchema } from '@/lib/outcomes/schema';
import { parseFigureInput } from '@/lib/outcomes/figure-input';
import type { Measure } from '@/lib/domain/types';

export const recordOutcome = defineAction({
  name: 'outcome.record',
  permission: 'record:outcome',
  schema: recordOutcomeSchema,
  // Every statement of the write is raw SQL, so it runs as a pg transaction, not Prisma's
  // (lib/db/sql-transaction.ts). The target is read in it too: a refused write ends an empty transaction.
  run: async ({ db, user, input }) => sqlTransaction(db, async (tx) => {
    const target = await findTarget(tx, input.targetId);
    assertInScope(user, 'record:outcome', target?.districtId);

    // Checked here too (appendOutcomeRevisions checks the unit again) so that every
    // field error of the form is reported at once, before anything is written.
    const figure = parseFigureInput(input, target);

    // An annual figure is published the next year; an in-year one within the year.
    const source = await resolveSource(tx, input, { districtId: target.districtId, year: input.periodMonths === 12 ? target.year + 1 : target.year, userId: user.id });
    const [appended] = await appendOutcomeRevisions(tx, { userId: user.id }, [{
      districtId: target.districtId, indicatorId: target.indicatorId, year: target.year, measure: target.measure, periodMonths: input.periodMonths,
      value: figure.value, unit: figure.unit, vintage: input.vintage, sourceDocumentId: source.documentId, quote: source.quote,
      quoteStart: source.quoteStart, quoteEnd: source.quoteEnd, note: input.note || null,
      figureNotInQuoteReason: input.figureNotInQuote ? input.figureNotInQuoteReason : null, baseRevision: input.baseRevision, audit: { via: 'form' },
    }]);
    return { outcomeId: appended!.outcomeId, revision: appended!.revision, targetId: target.id, periodMonths: input.periodMonths };
  }),
});

type RecordTarget = { id: number; districtId: number; indicatorId: number; year: number; measure: Measure; unit: string | null; indicator: { levelUnit: string | null } };

/**
 * The target and its indicator's level unit in one statement (Prisma's nested select
 * is two, and every write pays for it). Ids are int4: a larger one names no target.
 */
async function findTarget(db: RawSql, id: number): Promise<RecordTarget | null> {
  if (id > 2 ** 31 - 1) return null;
  const [row] = await db.$queryRaw<(Omit<RecordTarget, 'indicator'> & { levelUnit: string | null })[]>`
    SELECT t.id, t.district_id AS "districtId", t.indicator_id AS "indicatorId", t.year, t.measure::text AS measure, t.unit, i.level_unit AS "levelUnit"
    FROM target t JOIN indicator i ON i.id = t.indicator_id WHERE t.id = ${id}`;
  if (!row) return null;
  const { levelUnit, ...target } = row;
  return { ...target, indicator: { levelUnit } };
}
