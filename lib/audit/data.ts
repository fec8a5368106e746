import 'server-only';
import { db } from '@/lib/db';

export type AuditFilter = { entityType?: string; actorId?: number; from?: Date; to?: Date };

export async function listAudit(filter: AuditFilter, take = 200) {
  const rows = await db.auditLog.findMany({
    where: {
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    },
    select: { id: true, at: true, action: true, entityType: true, entityId: true, actorLabel: true, before: true, after: true, actor: { select: { username: true } } },
    orderBy: { id: 'desc' },
    take,
  });
  return rows.map((row) => ({ ...row, id: row.id.toString() }));
}

export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await db.auditLog.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } });
  return rows.map((row) => row.entityType);
}
