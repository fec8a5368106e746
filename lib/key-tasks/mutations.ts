// Key tasks (重点工作): created by hand on the units page (admins and the district's
// reviewers, as units are) with their wording, optional source quote and units; a
// reviewer judges one per period (已完成 / 序时推进 / 滞后 / 未启动) with a reason.
// Each change is audited in its transaction.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/access';
import { onUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, fieldError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { judgeSchema } from '@/lib/rounds/schema';

type Tx = Prisma.TransactionClient;
const id = z.coerce.number().int().positive();
const ids = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : []),
  z.array(z.coerce.number().int().positive()),
);

export const createKeyTaskSchema = z.object({
  districtId: id,
  year: z.coerce.number().int().min(2000, 'validation.year_invalid').max(2100, 'validation.year_invalid'),
  wording: z.string().trim().min(1, 'validation.required').max(2000),
  leadUnitId: id.or(z.literal('').transform(() => null)).nullable().optional().transform((value) => value ?? null),
  coUnitIds: ids,
  /** Optional source: one of the district's documents and a quote found verbatim in it. */
  documentId: z.string().trim().optional().default(''),
  quote: z.string().trim().max(2000).optional().default(''),
});

export type KeyTaskToCreate = {
  districtId: number;
  year: number;
  wording: string;
  leadUnitId: number | null;
  coUnitIds: number[];
  source: { documentId: number; quote: string; quoteStart: number; quoteEnd: number } | null;
};

/** Creates one key task with its units, numbered after the year's last (序号), in the caller's transaction. */
export async function insertKeyTask(tx: Tx, task: KeyTaskToCreate, createdById: number): Promise<{ id: number; seq: number }> {
  const coUnitIds = [...new Set(task.coUnitIds)].sort((a, b) => a - b);
  const leadUnitId = task.leadUnitId;
  if (leadUnitId === null) throw fieldError('leadUnitId', 'unit_lead_required');
  if (coUnitIds.includes(leadUnitId)) throw fieldError('coUnitIds', 'unit_lead_also_co');
  const unitIds = [leadUnitId, ...coUnitIds];
  const found = await tx.responsibleUnit.count({ where: { id: { in: unitIds }, districtId: task.districtId } });
  if (found !== unitIds.length) throw fieldError('leadUnitId', 'unit_not_in_district');
  const last = await tx.keyTask.findFirst({ where: { districtId: task.districtId, year: task.year }, select: { seq: true }, orderBy: { seq: 'desc' } });
  const seq = (last?.seq ?? 0) + 1;
  const created = await onUniqueViolation(
    () => tx.keyTask.create({
      data: {
        districtId: task.districtId, year: task.year, seq, wording: task.wording, createdById,
        sourceDocumentId: task.source?.documentId ?? null, quote: task.source?.quote ?? null, quoteStart: task.source?.quoteStart ?? null, quoteEnd: task.source?.quoteEnd ?? null,
        units: { create: [{ unitId: leadUnitId, role: 'lead' as const }, ...coUnitIds.map((unitId) => ({ unitId, role: 'co' as const }))] },
      },
      select: { id: true, seq: true },
    }),
    () => fieldError('wording', 'key_task_exists'),
  );
  return created;
}

/** Replaces a key task's units (the task row locked, as targets' are), in the caller's transaction. */
export async function replaceKeyTaskUnits(tx: Tx, keyTaskId: number, units: { leadUnitId: number; coUnitIds: number[] }) {
  await tx.$queryRaw`SELECT id FROM key_task WHERE id = ${keyTaskId} FOR UPDATE`;
  const rows = await tx.keyTaskUnit.findMany({ where: { keyTaskId }, select: { unitId: true, role: true } });
  const before = {
    leadUnitId: rows.find((row) => row.role === 'lead')?.unitId ?? null,
    coUnitIds: rows.filter((row) => row.role === 'co').map((row) => row.unitId).sort((a, b) => a - b),
  };
  const coUnitIds = [...new Set(units.coUnitIds)].sort((a, b) => a - b);
  await tx.keyTaskUnit.deleteMany({ where: { keyTaskId } });
  await tx.keyTaskUnit.createMany({ data: [{ keyTaskId, unitId: units.leadUnitId, role: 'lead' as const }, ...coUnitIds.map((unitId) => ({ keyTaskId, unitId, role: 'co' as const }))] });
  return { before, after: { leadUnitId: units.leadUnitId, coUnitIds } };
}

export const createKeyTask = defineAction({
  name: 'key_task.create',
  permission: 'manage:units',
  schema: createKeyTaskSchema,
  run: async ({ db, user, input }) => {
    const district = await db.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
    if (!district) throw new AppError('not_found');
    assertCan(user, 'manage:units', district.id);
    return db.$transaction(async (tx) => {
      let source: KeyTaskToCreate['source'] = null;
      if (input.documentId) {
        const documentId = Number(input.documentId);
        const document = Number.isInteger(documentId) && documentId > 0 && documentId <= 2_147_483_647
          ? await tx.sourceDocument.findFirst({ where: { id: documentId, districtId: district.id }, select: { id: true, fullText: true } })
          : null;
        if (!document) throw fieldError('documentId', 'document_not_found');
        if (!input.quote) throw fieldError('quote', 'quote_required');
        const start = document.fullText.indexOf(input.quote);
        if (start < 0) throw fieldError('quote', 'quote_not_found');
        source = { documentId: document.id, quote: input.quote, quoteStart: start, quoteEnd: start + input.quote.length };
      }
      const existing = await tx.keyTask.findFirst({ where: { districtId: district.id, year: input.year, wording: input.wording }, select: { id: true } });
      if (existing) throw fieldError('wording', 'key_task_exists');
      const created = await insertKeyTask(tx, { ...input, districtId: district.id, source }, user.id);
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'key_task.create', entityType: 'key_task', entityId: created.id, districtId: district.id,
        after: { year: input.year, seq: created.seq, wording: input.wording, leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds, source },
      });
      return { keyTaskId: created.id, seq: created.seq };
    });
  },
});

export const judgeKeyTask = defineAction({
  name: 'key_task.judge',
  permission: 'review',
  schema: judgeSchema,
  run: async ({ db, user, input }) => {
    const task = await db.keyTask.findUnique({ where: { id: input.keyTaskId }, select: { id: true, districtId: true } });
    if (!task) throw new AppError('not_found');
    assertCan(user, 'review', task.districtId);
    return db.$transaction(async (tx) => {
      const judgment = await tx.keyTaskJudgment.create({
        data: { keyTaskId: task.id, periodMonths: input.periodMonths, status: input.status, reason: input.reason, reviewerId: user.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'key_task.judge', entityType: 'key_task', entityId: task.id, districtId: task.districtId,
        after: { judgmentId: judgment.id, periodMonths: input.periodMonths, status: input.status, reason: input.reason },
      });
      return { keyTaskId: task.id, judgmentId: judgment.id };
    });
  },
});
