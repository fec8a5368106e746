// Key tasks (重点工作): created by hand on the units page (admins and the district's
// reviewers, as units are) with their wording, optional source quote and units; a
// reviewer judges one per period (已完成 / 序时推进 / 滞后 / 未启动) with a reason.
// Each change is audited in its transaction. A task is edited from the version its
// editor read, and withdrawn (撤销) with a reason rather than deleted.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { onUniqueViolation } from '@/lib/db/unique-violation';
import { AppError, fieldError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { judgeSchema } from '@/lib/rounds/schema';
import { editKeyTaskSchema, withdrawKeyTaskSchema } from './schema';

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

/** The optional source of a key task: one of the district's documents and a quote found verbatim in it (null: none given). */
export async function resolveTaskSource(tx: Tx, districtId: number, input: { documentId: string; quote: string }): Promise<KeyTaskToCreate['source']> {
  // A quote without its document would be dropped unseen (the form saved, the quote gone): refuse it instead.
  if (!input.documentId) {
    if (input.quote) throw fieldError('documentId', 'quote_needs_document');
    return null;
  }
  const documentId = Number(input.documentId);
  const document = Number.isInteger(documentId) && documentId > 0 && documentId <= 2_147_483_647
    ? await tx.sourceDocument.findFirst({ where: { id: documentId, districtId }, select: { id: true, fullText: true } })
    : null;
  if (!document) throw fieldError('documentId', 'document_not_found');
  if (!input.quote) throw fieldError('quote', 'quote_required');
  const start = document.fullText.indexOf(input.quote);
  if (start < 0) throw fieldError('quote', 'quote_not_found');
  return { documentId: document.id, quote: input.quote, quoteStart: start, quoteEnd: start + input.quote.length };
}

/** Replaces a key task's units (the task row locked, as targets' are), in the caller's transaction. */
export async function replaceKeyTaskUnits(tx: Tx, keyTaskId: number, units: { leadUnitId: number; coUnitIds: number[] }) {
  const [locked] = await tx.$queryRaw<{ withdrawn: boolean }[]>`SELECT withdrawn_at IS NOT NULL AS withdrawn FROM key_task WHERE id = ${keyTaskId} FOR UPDATE`;
  // A withdrawn task takes no new units (a 分解方案 naming it again is refused whole).
  if (locked?.withdrawn) throw fieldError('file', 'key_task_withdrawn');
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
    assertInScope(user, 'manage:units', district.id);
    return db.$transaction(async (tx) => {
      const source = await resolveTaskSource(tx, district.id, input);
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
    const task = await db.keyTask.findUnique({ where: { id: input.keyTaskId }, select: { id: true, districtId: true, withdrawnAt: true } });
    if (!task) throw new AppError('not_found');
    assertInScope(user, 'review', task.districtId);
    if (task.withdrawnAt) throw new AppError('locked', 'key task withdrawn', { messageKey: 'keyTasks.withdrawnLocked' });
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

type TaskFacts = {
  wording: string; leadUnitId: number | null; coUnitIds: number[];
  source: { documentId: number; quote: string; quoteStart: number; quoteEnd: number } | null;
};

async function readTaskFacts(tx: Tx, keyTaskId: number): Promise<TaskFacts> {
  const task = await tx.keyTask.findUniqueOrThrow({
    where: { id: keyTaskId },
    select: { wording: true, sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true, units: { select: { unitId: true, role: true } } },
  });
  return {
    wording: task.wording,
    leadUnitId: task.units.find((row) => row.role === 'lead')?.unitId ?? null,
    coUnitIds: task.units.filter((row) => row.role === 'co').map((row) => row.unitId).sort((a, b) => a - b),
    source: task.sourceDocumentId !== null && task.quote !== null && task.quoteStart !== null && task.quoteEnd !== null
      ? { documentId: task.sourceDocumentId, quote: task.quote, quoteStart: task.quoteStart, quoteEnd: task.quoteEnd }
      : null,
  };
}

/**
 * Bumps the task's version from the one the form read, if it is still current and the
 * task not withdrawn; otherwise a conflict (or, withdrawn, a lock) and nothing changes.
 * The conditional UPDATE is the row lock: a concurrent edit waits, then finds the version gone.
 */
async function claimVersion(tx: Tx, keyTaskId: number, version: number, data: Prisma.KeyTaskUncheckedUpdateManyInput = {}): Promise<void> {
  const updated = await tx.keyTask.updateMany({ where: { id: keyTaskId, version, withdrawnAt: null }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 1) return;
  const now = await tx.keyTask.findUnique({ where: { id: keyTaskId }, select: { withdrawnAt: true } });
  if (now?.withdrawnAt) throw new AppError('locked', 'key task withdrawn', { messageKey: 'keyTasks.withdrawnLocked' });
  throw new AppError('conflict', 'stale key task', { messageKey: 'keyTasks.stale' });
}

async function loadForManage(db: Db, user: SessionUser, keyTaskId: number) {
  const task = await db.keyTask.findUnique({ where: { id: keyTaskId }, select: { id: true, districtId: true, year: true } });
  if (!task) throw new AppError('not_found');
  assertInScope(user, 'manage:units', task.districtId);
  return task;
}

/**
 * Edits a key task's wording, source quote and units. Rounds already open keep the
 * to-dos they were opened with (as for targets' units); the next round uses the new units.
 * Audited with before and after.
 */
export const editKeyTask = defineAction({
  name: 'key_task.edit',
  permission: 'manage:units',
  schema: editKeyTaskSchema,
  run: async ({ db, user, input }) => {
    const task = await loadForManage(db, user, input.keyTaskId);
    const leadUnitId = input.leadUnitId;
    if (leadUnitId === null) throw fieldError('leadUnitId', 'unit_lead_required');
    const coUnitIds = [...new Set(input.coUnitIds)].sort((a, b) => a - b);
    if (coUnitIds.includes(leadUnitId)) throw fieldError('coUnitIds', 'unit_lead_also_co');
    return onUniqueViolation(() => db.$transaction(async (tx) => {
      const found = await tx.responsibleUnit.count({ where: { id: { in: [leadUnitId, ...coUnitIds] }, districtId: task.districtId } });
      if (found !== coUnitIds.length + 1) throw fieldError('leadUnitId', 'unit_not_in_district');
      const source = await resolveTaskSource(tx, task.districtId, input);
      const clash = await tx.keyTask.findFirst({ where: { districtId: task.districtId, year: task.year, wording: input.wording, id: { not: task.id } }, select: { id: true } });
      if (clash) throw fieldError('wording', 'key_task_exists');
      const before = await readTaskFacts(tx, task.id);
      await claimVersion(tx, task.id, input.version, {
        wording: input.wording,
        sourceDocumentId: source?.documentId ?? null, quote: source?.quote ?? null, quoteStart: source?.quoteStart ?? null, quoteEnd: source?.quoteEnd ?? null,
      });
      await replaceKeyTaskUnits(tx, task.id, { leadUnitId, coUnitIds });
      const after: TaskFacts = { wording: input.wording, leadUnitId, coUnitIds, source };
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'key_task.edit', entityType: 'key_task', entityId: task.id, districtId: task.districtId, before, after,
      });
      return { keyTaskId: task.id, version: input.version + 1 };
    }), () => fieldError('wording', 'key_task_exists'));
  },
});

/**
 * Withdraws (撤销) a key task with a reason; nothing is deleted from the record.
 * Decision for rounds: a closed round is history and keeps its items, narratives and
 * outputs (the task shows as withdrawn there). An open round's items of the task leave
 * that round — its to-dos, counts, reminders, 考评 and 汇总表 — because the task is no
 * longer the units' work; the narratives already submitted stay in progress_narrative
 * (the task's page lists them) and the audit row lists every item removed with its state,
 * so nothing is lost silently. New rounds never include a withdrawn task (openRound).
 */
export const withdrawKeyTask = defineAction({
  name: 'key_task.withdraw',
  permission: 'manage:units',
  schema: withdrawKeyTaskSchema,
  run: async ({ db, user, input }) => {
    const task = await loadForManage(db, user, input.keyTaskId);
    return db.$transaction(async (tx) => {
      const at = new Date();
      await claimVersion(tx, task.id, input.version, { withdrawnAt: at, withdrawnById: user.id, withdrawalReason: input.reason });
      const openItems = await tx.roundItem.findMany({
        where: { keyTaskId: task.id, round: { state: 'open' } },
        select: { id: true, roundId: true, unitId: true, unitRole: true, state: true, narrativeId: true },
        orderBy: { id: 'asc' },
      });
      if (openItems.length > 0) await tx.roundItem.deleteMany({ where: { id: { in: openItems.map((item) => item.id) } } });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'key_task.withdraw', entityType: 'key_task', entityId: task.id, districtId: task.districtId,
        before: { withdrawn: false },
        after: { withdrawn: true, reason: input.reason, at: at.toISOString(), removedOpenRoundItems: openItems },
      });
      return { keyTaskId: task.id, removedItems: openItems.length };
    });
  },
});
