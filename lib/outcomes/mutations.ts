// Recording an outcome appends a revision; outcomes are never updated or deleted
// (the database refuses it). The form carries the revision it was based on, so a
// figure recorded meanwhile by someone else is a conflict, not an overwrite.
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/access';
import { resolveSource } from '@/lib/documents/mutations';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { recordOutcomeSchema } from '@/lib/outcomes/schema';
import { parseUnit, sameDimension, unitBySymbol } from '@/lib/units/units';

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

    const errors: Record<string, string> = {};
    const parsed = parseDecimal(input.value);
    // "6.5%" is accepted for a percent figure; "6.5%%" is not a number.
    if (!parsed.ok) errors.value = `decimal.${parsed.code}`;
    const unit = parseUnit(input.unit || (parsed.ok && parsed.percent ? '%' : ''));
    if (!unit.ok) errors.unit = `unit.${unit.code}`;
    else {
      const expected = unitBySymbol(target.unit ?? (target.measure === 'growth' ? '%' : (target.indicator.levelUnit ?? '')));
      if (target.measure === 'growth' && unit.unit.symbol !== '%') errors.unit = 'unit_growth_percent';
      else if (expected && !sameDimension(expected, unit.unit)) errors.unit = 'unit_not_comparable';
      else if (parsed.ok && parsed.percent && unit.unit.symbol !== '%') errors.value = 'percent_with_other_unit';
    }
    if (Object.keys(errors).length || !parsed.ok || !unit.ok) throw new AppError('validation', 'outcome', { fieldErrors: errors });

    const series = { districtId: target.districtId, indicatorId: target.indicatorId, year: target.year, measure: target.measure };
    try {
      return await db.$transaction(async (tx) => {
        const latest = await tx.outcome.findFirst({ where: series, orderBy: { revision: 'desc' }, select: { revision: true, value: true, unit: true, vintage: true } });
        const latestRevision = latest?.revision ?? 0;
        // A form claiming a base revision the series does not have (none yet) is stale or forged.
        if (latestRevision !== input.baseRevision && !latest) throw new AppError('conflict', 'no revision yet');
        if (latestRevision !== input.baseRevision && latest) {
          throw new AppError('conflict', 'newer revision', {
            messageKey: 'workflow.outcome.conflict', revision: latest.revision, value: latest.value.toString(), unit: latest.unit, vintage: latest.vintage,
          });
        }
        const source = await resolveSource(tx, input, { districtId: target.districtId, year: target.year + 1, userId: user.id });
        const outcome = await tx.outcome.create({
          data: {
            ...series, revision: latestRevision + 1, value: parsed.value, unit: unit.unit.symbol, vintage: input.vintage,
            sourceDocumentId: source.documentId, quote: source.quote, quoteStart: source.quoteStart, quoteEnd: source.quoteEnd,
            note: input.note || null, recordedById: user.id,
          },
          select: { id: true, revision: true },
        });
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'outcome.record', entityType: 'outcome', entityId: outcome.id, targetId: target.id, districtId: target.districtId,
          before: latest ? { revision: latest.revision, value: latest.value.toString(), unit: latest.unit, vintage: latest.vintage } : null,
          after: { revision: outcome.revision, value: parsed.value, unit: unit.unit.symbol, vintage: input.vintage, sourceDocumentId: source.documentId, quote: source.quote },
        });
        return { outcomeId: outcome.id, revision: outcome.revision, targetId: target.id };
      });
    } catch (error) {
      // Two saves racing past the check: the unique index is the final guard.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new AppError('conflict', 'unique', { messageKey: 'workflow.outcome.conflictRace' });
      }
      throw error;
    }
  },
});
