import 'server-only';
import { db } from '@/lib/db';
import { outcomeName, seriesName, type Words } from './labels';

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

// What an audit row is about, by name ("梁平区 2024年 地区生产总值") rather than
// "target #8": one query per object type on the page, never one per row.
export type AuditRef = { entityType: string; entityId: string };
const seriesSelect = { year: true, district: { select: { nameZh: true, nameEn: true } }, indicator: { select: { nameZh: true, nameEn: true } } } as const;

export async function auditEntityNames(rows: AuditRef[]): Promise<Map<string, Words>> {
  const ids = (type: string) => [...new Set(rows.filter((row) => row.entityType === type).map((row) => Number(row.entityId)).filter((id) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647))];
  const [targets, outcomes, districts, indicators, users, documents, units] = await Promise.all([
    db.target.findMany({ where: { id: { in: ids('target') } }, select: { id: true, ...seriesSelect } }),
    db.outcome.findMany({ where: { id: { in: ids('outcome') } }, select: { id: true, revision: true, ...seriesSelect } }),
    db.district.findMany({ where: { id: { in: ids('district') } }, select: { id: true, nameZh: true, nameEn: true } }),
    db.indicator.findMany({ where: { id: { in: ids('indicator') } }, select: { id: true, nameZh: true, nameEn: true } }),
    db.user.findMany({ where: { id: { in: ids('user') } }, select: { id: true, displayName: true } }),
    db.sourceDocument.findMany({ where: { id: { in: ids('source_document') } }, select: { id: true, title: true } }),
    db.responsibleUnit.findMany({ where: { id: { in: ids('responsible_unit') } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, Words>();
  for (const row of targets) names.set(`target:${row.id}`, seriesName(row));
  for (const row of outcomes) names.set(`outcome:${row.id}`, outcomeName(row, row.revision));
  for (const row of districts) names.set(`district:${row.id}`, { zh: row.nameZh, en: row.nameEn });
  for (const row of indicators) names.set(`indicator:${row.id}`, { zh: row.nameZh, en: row.nameEn });
  for (const row of users) names.set(`user:${row.id}`, { zh: row.displayName, en: row.displayName });
  for (const row of documents) names.set(`source_document:${row.id}`, { zh: row.title, en: row.title });
  for (const row of units) names.set(`responsible_unit:${row.id}`, { zh: row.name, en: row.name });
  return names;
}
