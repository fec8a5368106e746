// A district's responsible units (责任单位) and who answers for a target: one lead
// unit (牵头单位) and any co-units (配合单位). Admins and the district's reviewers
// manage them (access.ts, 'manage:units'); each change is audited in its transaction.
// Units of one district never serve another's targets or accounts.
import { z } from 'zod';
import { nameText } from '@/lib/text/direction-controls';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import type { Db } from '@/lib/db/client';
import { AppError, fieldError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

type Tx = Prisma.TransactionClient;

const id = z.coerce.number().int().positive();
/** A list of ids from a form (repeated field or comma-separated) or from code (array). */
const ids = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : []),
  z.array(z.coerce.number().int().positive()),
);
const unitFields = {
  name: nameText(100),
  shortName: nameText(40),
};

/** Only a concurrent save gets past assertNamesFree; the unique index then refuses it. */
function nameTaken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw fieldError('name', 'unit_name_taken');
  throw error;
}

/** Name clashes are checked before writing so the form names the right field. */
async function assertNamesFree(tx: Tx, districtId: number, name: string, shortName: string, exceptId?: number): Promise<void> {
  const clashes = await tx.responsibleUnit.findMany({
    where: { districtId, OR: [{ name }, { shortName }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, shortName: true },
  });
  if (clashes.some((unit) => unit.name === name)) throw fieldError('name', 'unit_name_taken');
  if (clashes.some((unit) => unit.shortName === shortName)) throw fieldError('shortName', 'unit_short_name_taken');
}

async function districtExists(db: Db, districtId: number): Promise<void> {
  const district = await db.district.findUnique({ where: { id: districtId }, select: { id: true } });
  if (!district) throw new AppError('not_found');
}

export const createUnit = defineAction({
  name: 'unit.create',
  permission: 'manage:units',
  schema: z.object({ districtId: id, ...unitFields }),
  run: async ({ db, user, input }) => {
    await districtExists(db, input.districtId);
    assertInScope(user, 'manage:units', input.districtId);
    try {
      return await db.$transaction(async (tx) => {
        await assertNamesFree(tx, input.districtId, input.name, input.shortName);
        const created = await tx.responsibleUnit.create({ data: input, select: { id: true } });
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'unit.create', entityType: 'responsible_unit', entityId: created.id, districtId: input.districtId,
          after: { name: input.name, shortName: input.shortName },
        });
        return { unitId: created.id };
      });
    } catch (error) {
      return nameTaken(error);
    }
  },
});

export const updateUnit = defineAction({
  name: 'unit.update',
  permission: 'manage:units',
  schema: z.object({ unitId: id, version: id, ...unitFields }),
  run: async ({ db, user, input }) => {
    const existing = await db.responsibleUnit.findUnique({ where: { id: input.unitId }, select: { districtId: true } });
    assertInScope(user, 'manage:units', existing?.districtId);
    try {
      return await db.$transaction(async (tx) => {
        const before = await tx.responsibleUnit.findUniqueOrThrow({ where: { id: input.unitId }, select: { name: true, shortName: true, version: true } });
        if (before.version !== input.version) throw new AppError('conflict', 'stale', { messageKey: 'units.conflict' });
        await assertNamesFree(tx, existing.districtId, input.name, input.shortName, input.unitId);
        const updated = await tx.responsibleUnit.updateMany({
          where: { id: input.unitId, version: input.version },
          data: { name: input.name, shortName: input.shortName, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'units.conflict' });
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'unit.update', entityType: 'responsible_unit', entityId: input.unitId, districtId: existing.districtId,
          before: { name: before.name, shortName: before.shortName }, after: { name: input.name, shortName: input.shortName },
        });
        return { unitId: input.unitId, version: input.version + 1 };
      });
    } catch (error) {
      return nameTaken(error);
    }
  },
});

export type UnitAssignment = { leadUnitId: number | null; coUnitIds: number[] };

/**
 * Replaces a target's units. Runs inside the caller's transaction (the 分解方案 import
 * assigns many targets at once); the target row is locked so two assignments of the
 * same target cannot interleave and leave two leads. Returns the before and after.
 */
export async function replaceTargetUnits(
  tx: Tx,
  target: { id: number; districtId: number },
  assignment: UnitAssignment,
): Promise<{ before: UnitAssignment; after: UnitAssignment }> {
  const { leadUnitId } = assignment;
  const coUnitIds = [...new Set(assignment.coUnitIds)].sort((a, b) => a - b);
  if (leadUnitId !== null && coUnitIds.includes(leadUnitId)) throw fieldError('coUnitIds', 'unit_lead_also_co');
  if (leadUnitId === null && coUnitIds.length > 0) throw fieldError('leadUnitId', 'unit_lead_required');
  // A unit of another district (or none at all) is refused alike: the form offers only the district's own.
  if (leadUnitId !== null && (await unitsIn(tx, [leadUnitId], target.districtId)) !== 1) throw fieldError('leadUnitId', 'unit_not_in_district');
  if ((await unitsIn(tx, coUnitIds, target.districtId)) !== coUnitIds.length) throw fieldError('coUnitIds', 'unit_not_in_district');
  await tx.$queryRaw`SELECT id FROM target WHERE id = ${target.id} FOR UPDATE`;
  const rows = await tx.targetUnit.findMany({ where: { targetId: target.id }, select: { unitId: true, role: true } });
  const before: UnitAssignment = {
    leadUnitId: rows.find((row) => row.role === 'lead')?.unitId ?? null,
    coUnitIds: rows.filter((row) => row.role === 'co').map((row) => row.unitId).sort((a, b) => a - b),
  };
  await tx.targetUnit.deleteMany({ where: { targetId: target.id } });
  await tx.targetUnit.createMany({
    data: [
      ...(leadUnitId === null ? [] : [{ targetId: target.id, unitId: leadUnitId, role: 'lead' as const }]),
      ...coUnitIds.map((unitId) => ({ targetId: target.id, unitId, role: 'co' as const })),
    ],
  });
  return { before, after: { leadUnitId, coUnitIds } };
}

async function unitsIn(tx: Tx, unitIds: number[], districtId: number): Promise<number> {
  return unitIds.length === 0 ? 0 : tx.responsibleUnit.count({ where: { id: { in: unitIds }, districtId } });
}

export const assignTargetUnits = defineAction({
  name: 'target.assignUnits',
  permission: 'manage:units',
  schema: z.object({
    targetId: id,
    // An empty select means "no lead" (and then no co-units either).
    leadUnitId: z.preprocess((value) => (value === '' || value === undefined ? null : value), id.nullable()),
    coUnitIds: ids,
  }),
  run: async ({ db, user, input }) => {
    const target = await db.target.findUnique({ where: { id: input.targetId }, select: { id: true, districtId: true } });
    assertInScope(user, 'manage:units', target?.districtId);
    return db.$transaction(async (tx) => {
      const { before, after } = await replaceTargetUnits(tx, target, { leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'target.assignUnits', entityType: 'target', entityId: target.id, targetId: target.id, districtId: target.districtId,
        before, after,
      });
      return { targetId: target.id, ...after };
    });
  },
});

export const setUnitMembers = defineAction({
  name: 'unit.setMembers',
  permission: 'manage:units',
  schema: z.object({ unitId: id, userIds: ids }),
  run: async ({ db, user, input }) => {
    const unit = await db.responsibleUnit.findUnique({ where: { id: input.unitId }, select: { id: true, districtId: true } });
    assertInScope(user, 'manage:units', unit?.districtId);
    const userIds = [...new Set(input.userIds)].sort((a, b) => a - b);
    return db.$transaction(async (tx) => {
      // Only staff of the unit's district report for it.
      const eligible = await tx.userDistrict.count({ where: { districtId: unit.districtId, userId: { in: userIds }, user: { role: 'staff' } } });
      if (eligible !== userIds.length) throw fieldError('userIds', 'unit_member_not_in_district');
      const before = (await tx.userUnit.findMany({ where: { unitId: unit.id }, select: { userId: true } })).map((row) => row.userId).sort((a, b) => a - b);
      await tx.userUnit.deleteMany({ where: { unitId: unit.id } });
      await tx.userUnit.createMany({ data: userIds.map((userId) => ({ userId, unitId: unit.id })) });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'unit.setMembers', entityType: 'responsible_unit', entityId: unit.id, districtId: unit.districtId,
        before: { userIds: before }, after: { userIds },
      });
      return { unitId: unit.id, userIds };
    });
  },
});
