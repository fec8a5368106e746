// Recording an outcome appends a revision; outcomes are never updated or deleted
// (the database refuses it). The form carries the revision it was based on, so a
// figure recorded meanwhile by someone else is a conflict, not an overwrite. The
// write itself is appendOutcomeRevisions, shared with ingestion, import and seeding.
import { defineAction } from '@/lib/actions/define-action';
import { assertCan } from '@/lib/auth/access';
import { resolveSource } from '@/lib/documents/mutations';
import { AppError } from '@/lib/errors';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { recordOutcomeSchema } from '@/lib/outcomes/schema';
import { expectedOutcomeUnit, outcomeUnitError } from '@/lib/outcomes/unit-check';
import { parseUnit } from '@/lib/units/units';

export const recordOutcome = defineAction({
  name: 'outcome.record',
  permission: 'record:outcome',
  schema: recordOutcomeSchema,
  run: async ({ db, user, input }) => {
    const target = await db.target.findUnique({
      where: { id: input.targetId },
      select: { id: true, districtId: true, indicatorId: true, year: true, measure: true, unit: true, indicator: { select: { levelUnit: true } } },
    });
    if (!target) throw new AppError('not_found');
    assertCan(user, 'record:outcome', target.districtId);

    // Checked here too (appendOutcomeRevisions checks the unit again) so that every
    // field error of the form is reported at once, before anything is written.
    const errors: Record<string, string> = {};
    const parsed = parseDecimal(input.value);
    // "6.5%" is accepted for a percent figure; "6.5%%" is not a number.
    if (!parsed.ok) errors.value = `decimal.${parsed.code}`;
    const unit = parseUnit(input.unit || (parsed.ok && parsed.percent ? '%' : ''));
    if (!unit.ok) errors.unit = `unit.${unit.code}`;
    else {
      const unitError = outcomeUnitError(target.measure, expectedOutcomeUnit(target.measure, target.unit, target.indicator.levelUnit), unit.unit);
      if (unitError) errors.unit = unitError;
      else if (parsed.ok && parsed.percent && unit.unit.symbol !== '%') errors.value = 'percent_with_other_unit';
    }
    if (input.figureNotInQuote && !input.figureNotInQuoteReason) errors.figureNotInQuoteReason = 'figure_reason_required';
    if (Object.keys(errors).length || !parsed.ok || !unit.ok) throw new AppError('validation', 'outcome', { fieldErrors: errors });

    return db.$transaction(async (tx) => {
      // An annual figure is published the next year; an in-year one within the year.
      const source = await resolveSource(tx, input, { districtId: target.districtId, year: input.periodMonths === 12 ? target.year + 1 : target.year, userId: user.id });
      const [appended] = await appendOutcomeRevisions(tx, { userId: user.id }, [{
        districtId: target.districtId, indicatorId: target.indicatorId, year: target.year, measure: target.measure, periodMonths: input.periodMonths,
        value: parsed.value, unit: unit.unit.symbol, vintage: input.vintage, sourceDocumentId: source.documentId, quote: source.quote,
        quoteStart: source.quoteStart, quoteEnd: source.quoteEnd, note: input.note || null,
        figureNotInQuoteReason: input.figureNotInQuote ? input.figureNotInQuoteReason : null, baseRevision: input.baseRevision, audit: { via: 'form' },
      }]);
      return { outcomeId: appended!.outcomeId, revision: appended!.revision, targetId: target.id };
    });
  },
});
