// Recording an outcome appends a revision; outcomes are never updated or deleted
// (the database refuses it). The form carries the revision it was based on, so a
// figure recorded meanwhile by someone else is a conflict, not an overwrite. The
// write itself is appendOutcomeRevisions, shared with ingestion, import and seeding.
import { defineAction } from '@/lib/actions/define-action';
import { assertInScope } from '@/lib/auth/district-scope';
import { resolveSource } from '@/lib/documents/mutations';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { recordOutcomeSchema } from '@/lib/outcomes/schema';
import { parseFigureInput } from '@/lib/outcomes/figure-input';

export const recordOutcome = defineAction({
  name: 'outcome.record',
  permission: 'record:outcome',
  schema: recordOutcomeSchema,
  run: async ({ db, user, input }) => {
    const target = await db.target.findUnique({
      where: { id: input.targetId },
      select: { id: true, districtId: true, indicatorId: true, year: true, measure: true, unit: true, indicator: { select: { levelUnit: true } } },
    });
    assertInScope(user, 'record:outcome', target?.districtId);

    // Checked here too (appendOutcomeRevisions checks the unit again) so that every
    // field error of the form is reported at once, before anything is written.
    const figure = parseFigureInput(input, target);

    return db.$transaction(async (tx) => {
      // An annual figure is published the next year; an in-year one within the year.
      const source = await resolveSource(tx, input, { districtId: target.districtId, year: input.periodMonths === 12 ? target.year + 1 : target.year, userId: user.id });
      const [appended] = await appendOutcomeRevisions(tx, { userId: user.id }, [{
        districtId: target.districtId, indicatorId: target.indicatorId, year: target.year, measure: target.measure, periodMonths: input.periodMonths,
        value: figure.value, unit: figure.unit, vintage: input.vintage, sourceDocumentId: source.documentId, quote: source.quote,
        quoteStart: source.quoteStart, quoteEnd: source.quoteEnd, note: input.note || null,
        figureNotInQuoteReason: input.figureNotInQuote ? input.figureNotInQuoteReason : null, baseRevision: input.baseRevision, audit: { via: 'form' },
      }]);
      return { outcomeId: appended!.outcomeId, revision: appended!.revision, targetId: target.id, periodMonths: input.periodMonths };
    });
  },
});
