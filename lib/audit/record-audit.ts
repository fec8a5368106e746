import type { Prisma } from '@/lib/generated/prisma/client';

export type Actor = { userId: number } | { label: `system:${string}` };

export type AuditEntry = {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string | number;
  targetId?: number | null;
  districtId?: number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type AuditWriter = Pick<Prisma.TransactionClient, 'auditLog'>;

export function auditData(entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorId: 'userId' in entry.actor ? entry.actor.userId : null,
    actorLabel: 'label' in entry.actor ? entry.actor.label : null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    targetId: entry.targetId ?? null,
    districtId: entry.districtId ?? null,
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
  };
}

/** Call inside the transaction that makes the change, so the change and its record commit together. */
export async function recordAudit(tx: AuditWriter, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.auditLog.createMany({ data: list.map(auditData) });
}
