// Importing a 分解方案 table for one district and year: preview, then commit. All or
// nothing: any row error and nothing is written; otherwise every matched target's units
// are replaced, and every key task (an item naming no target) is created or has its
// units replaced, in one transaction, each with its own audit row naming the file and line.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/access';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { BreakdownFileError, planBreakdown, readBreakdownFile, type BreakdownPlan } from './breakdown';
import { insertKeyTask, replaceKeyTaskUnits } from '@/lib/key-tasks/mutations';
import { replaceTargetUnits } from './mutations';

const schema = z.object({
  mode: z.enum(['preview', 'commit']),
  districtId: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
  file: z.object({ name: z.string().min(1, 'validation.required'), bytes: z.instanceof(Uint8Array) }),
});

export type BreakdownResult = BreakdownPlan & { applied: boolean; labels: Record<number, string> };

async function candidates(db: Db | Prisma.TransactionClient, districtId: number, year: number) {
  const [targets, units] = await Promise.all([
    db.target.findMany({
      where: { districtId, year },
      select: { id: true, asWritten: true, indicator: { select: { key: true, nameZh: true, aliases: true } } },
      orderBy: { id: 'asc' },
    }),
    db.responsibleUnit.findMany({ where: { districtId }, select: { id: true, name: true, shortName: true } }),
  ]);
  return { targets, units };
}

export const importBreakdown = defineAction({
  name: 'unit.importBreakdown',
  permission: 'manage:units',
  schema,
  run: async ({ db, user, input }): Promise<BreakdownResult> => {
    const district = await db.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
    if (!district) throw new AppError('not_found');
    assertCan(user, 'manage:units', district.id);
    let rows;
    try {
      rows = await readBreakdownFile(input.file.name, input.file.bytes);
    } catch (error) {
      if (error instanceof BreakdownFileError) throw new AppError('validation', error.message, { fieldErrors: { file: `breakdown_${error.code}` }, params: error.params });
      throw error;
    }
    const label = (targets: { id: number; asWritten: string; indicator: { nameZh: string } }[]) =>
      Object.fromEntries(targets.map((target) => [target.id, `${target.indicator.nameZh}：${target.asWritten}`]));
    if (input.mode === 'preview') {
      const { targets, units } = await candidates(db, district.id, input.year);
      return { ...planBreakdown(rows, targets, units), applied: false, labels: label(targets) };
    }
    return db.$transaction(async (tx) => {
      // Planned again inside the transaction: units renamed since the preview are seen.
      const { targets, units } = await candidates(tx, district.id, input.year);
      const plan = planBreakdown(rows, targets, units);
      if (plan.errors.length > 0 || plan.assignments.length + plan.keyTasks.length === 0) return { ...plan, applied: false, labels: label(targets) };
      for (const assignment of plan.assignments) {
        const { before, after } = await replaceTargetUnits(tx, { id: assignment.targetId, districtId: district.id }, assignment);
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'target.assignUnits', entityType: 'target', entityId: assignment.targetId, targetId: assignment.targetId, districtId: district.id,
          before, after: { ...after, source: { file: input.file.name, line: assignment.line } },
        });
      }
      for (const task of plan.keyTasks) {
        const source = { file: input.file.name, line: task.line };
        const existing = await tx.keyTask.findFirst({ where: { districtId: district.id, year: input.year, wording: task.wording }, select: { id: true } });
        if (existing) {
          const { before, after } = await replaceKeyTaskUnits(tx, existing.id, task);
          await recordAudit(tx, {
            actor: { userId: user.id }, action: 'key_task.assignUnits', entityType: 'key_task', entityId: existing.id, districtId: district.id, before, after: { ...after, source },
          });
        } else {
          const created = await insertKeyTask(tx, { districtId: district.id, year: input.year, wording: task.wording, leadUnitId: task.leadUnitId, coUnitIds: task.coUnitIds, source: null }, user.id);
          await recordAudit(tx, {
            actor: { userId: user.id }, action: 'key_task.create', entityType: 'key_task', entityId: created.id, districtId: district.id,
            after: { year: input.year, seq: created.seq, wording: task.wording, leadUnitId: task.leadUnitId, coUnitIds: task.coUnitIds, source },
          });
        }
      }
      return { ...plan, applied: true, labels: label(targets) };
    });
  },
});
