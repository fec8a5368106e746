// Staff add and correct targets of their districts. The figure is read from the
// report's own words by parseAsWritten; the quote must be found in the source.
// Edits carry the version they were based on; a stale version is a conflict.
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import { resolveSource } from '@/lib/documents/mutations';
import type { Measure } from '@/lib/domain/types';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { createTargetSchema, updateTargetSchema } from '@/lib/targets/schema';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { refreshVerdicts } from '@/lib/verdicts/refresh';

type Tx = Prisma.TransactionClient;

async function parsedFields(tx: Tx, asWritten: string, measure: Measure) {
  const parsed = parseAsWritten(asWritten, { measureHint: measure });
  if (!parsed.ok) throw new AppError('validation', 'asWritten', { fieldErrors: { asWritten: `target.${parsed.code}` } });
  const { target } = parsed;
  if (target.measure && target.measure !== measure) throw new AppError('validation', 'measure', { fieldErrors: { asWritten: 'target.measure_mismatch' } });
  const relative = target.relativeTo ? await tx.indicator.findUnique({ where: { key: target.relativeTo }, select: { id: true } }) : null;
  return { qualifier: target.qualifier, value: target.value, valueHigh: target.valueHigh, unit: target.unit, relativeToIndicatorId: relative?.id ?? null, asWritten };
}

/**
 * The target's own tolerance (pp for growth, a ratio for levels): absent from the
 * form keeps the current one, '' clears it (the indicator's or the default applies).
 */
function targetTolerance(text: string | undefined, current: string | null): string | null {
  if (text === undefined) return current;
  if (!text.trim()) return null;
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new AppError('validation', 'tolerance', { fieldErrors: { tolerance: `decimal.${parsed.code}` } });
  if (parsed.value.startsWith('-')) throw new AppError('validation', 'tolerance', { fieldErrors: { tolerance: 'tolerance_negative' } });
  return parsed.value;
}

function uniqueClash(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError('validation', 'exists', { fieldErrors: { indicatorId: 'target_exists' } });
  throw error;
}

const auditShape = (row: { qualifier: string; value: unknown; valueHigh: unknown; unit: string | null; asWritten: string; quote: string; sourceDocumentId: number }) => ({
  qualifier: row.qualifier, value: row.value === null ? null : String(row.value), valueHigh: row.valueHigh === null ? null : String(row.valueHigh),
  unit: row.unit, asWritten: row.asWritten, quote: row.quote, sourceDocumentId: row.sourceDocumentId,
});

export const createTarget = defineAction({
  name: 'target.create',
  permission: 'record:outcome',
  schema: createTargetSchema,
  run: async ({ db, user, input }) => {
    assertInScope(user, 'record:outcome', input.districtId);
    try {
      return await db.$transaction(async (tx) => {
        const fields = await parsedFields(tx, input.asWritten, input.measure);
        const source = await resolveSource(tx, input, { districtId: input.districtId, year: input.year, userId: user.id });
        const created = await tx.target.create({
          data: {
            ...fields, districtId: input.districtId, indicatorId: input.indicatorId, year: input.year, measure: input.measure,
            sourceDocumentId: source.documentId, quote: source.quote,
            quoteStart: source.quoteStart, quoteEnd: source.quoteEnd, createdById: user.id,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'target.create', entityType: 'target', entityId: created.id, targetId: created.id, districtId: input.districtId,
          after: auditShape({ ...fields, quote: source.quote, sourceDocumentId: source.documentId }),
        });
        await refreshVerdicts(tx, [created.id]);
        return { targetId: created.id };
      });
    } catch (error) {
      return uniqueClash(error);
    }
  },
});

export const updateTarget = defineAction({
  name: 'target.update',
  permission: 'record:outcome',
  schema: updateTargetSchema,
  run: async ({ db, user, input }) => {
    const existing = await db.target.findUnique({ where: { id: input.targetId }, select: { districtId: true } });
    assertInScope(user, 'record:outcome', existing?.districtId);
    return db.$transaction(async (tx) => {
      const before = await tx.target.findUniqueOrThrow({
        where: { id: input.targetId },
        select: { districtId: true, year: true, measure: true, version: true, qualifier: true, value: true, valueHigh: true, unit: true, asWritten: true, quote: true, sourceDocumentId: true, tolerance: true },
      });
      if (before.version !== input.version) throw new AppError('conflict', 'stale', { messageKey: 'workflow.targetForm.conflict', version: before.version, asWritten: before.asWritten });
      const fields = await parsedFields(tx, input.asWritten, before.measure);
      const tolerance = targetTolerance(input.tolerance, before.tolerance?.toString() ?? null);
      const source = await resolveSource(tx, input, { districtId: before.districtId, year: before.year, userId: user.id });
      const updated = await tx.target.updateMany({
        where: { id: input.targetId, version: input.version },
        data: {
          ...fields, tolerance, sourceDocumentId: source.documentId, quote: source.quote,
          quoteStart: source.quoteStart, quoteEnd: source.quoteEnd, version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'workflow.targetForm.conflict', version: before.version + 1, asWritten: before.asWritten });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'target.update', entityType: 'target', entityId: input.targetId, targetId: input.targetId, districtId: before.districtId,
        before: { ...auditShape(before), tolerance: before.tolerance?.toString() ?? null },
        after: { ...auditShape({ ...fields, quote: source.quote, sourceDocumentId: source.documentId }), tolerance },
      });
      await refreshVerdicts(tx, [input.targetId]);
      return { targetId: input.targetId, version: input.version + 1 };
    });
  },
});
