// Reads for the units page and the target page: a district's units with their
// members, its targets of a year with their lead and co-units.
import 'server-only';
import { db } from '@/lib/db';
import { plainRows } from '@/lib/db/plain-rows';

export type UnitRef = { id: number; name: string; shortName: string };
export type TargetUnits = { lead: UnitRef | null; co: UnitRef[] };

const unitRef = { id: true, name: true, shortName: true } as const;

export async function findDistrictByCode(code: string) {
  return db.district.findUnique({ where: { code }, select: { id: true, code: true, nameZh: true, nameEn: true } });
}

export async function listUnitNames(districtId: number): Promise<UnitRef[]> {
  return Number.isInteger(districtId) && districtId > 0 ? db.responsibleUnit.findMany({ where: { districtId }, select: unitRef }) : [];
}

export async function listDistrictUnits(districtId: number) {
  const units = await db.responsibleUnit.findMany({
    where: { districtId },
    select: {
      ...unitRef,
      version: true,
      members: { select: { userId: true } },
      assignments: { select: { role: true } },
    },
    orderBy: { id: 'asc' },
  });
  return units.map(({ members, assignments, ...unit }) => ({
    ...unit,
    memberIds: members.map((member) => member.userId),
    leadCount: assignments.filter((row) => row.role === 'lead').length,
    coCount: assignments.filter((row) => row.role === 'co').length,
  }));
}

/** The accounts that may report for the district's units: its staff (reviewers judge, they do not report). */
export async function listDistrictAccounts(districtId: number) {
  const rows = await db.userDistrict.findMany({
    where: { districtId, user: { disabled: false, role: 'staff' } },
    select: { user: { select: { id: true, username: true, displayName: true, role: true } } },
    orderBy: { userId: 'asc' },
  });
  return rows.map((row) => row.user);
}

export async function listYears(districtId: number): Promise<number[]> {
  const rows = await db.target.findMany({ where: { districtId }, select: { year: true }, distinct: ['year'], orderBy: { year: 'desc' } });
  return rows.map((row) => row.year);
}

export async function listTargetsWithUnits(districtId: number, year: number) {
  const targets = await db.target.findMany({
    where: { districtId, year },
    select: {
      id: true, asWritten: true, measure: true,
      indicator: { select: { key: true, nameZh: true, nameEn: true } },
      unitAssignments: { select: { role: true, unit: { select: unitRef } } },
    },
    orderBy: [{ indicatorId: 'asc' }, { measure: 'asc' }],
  });
  return targets.map(({ unitAssignments, ...target }) => ({ ...target, units: splitRoles(unitAssignments) }));
}

export async function getTargetUnits(targetId: number): Promise<TargetUnits> {
  // One statement through the pg pool (the target page's; Prisma made two, ~4× the CPU).
  const rows = await plainRows<{ role: 'lead' | 'co'; id: number; name: string; shortName: string }>(db, `SELECT tu.role::text AS role, u.id, u.name, u.short_name AS "shortName"
    FROM target_unit tu JOIN responsible_unit u ON u.id = tu.unit_id WHERE tu.target_id = $1`, [targetId]);
  return splitRoles(rows.map(({ role, ...unit }) => ({ role, unit })));
}

function splitRoles(rows: { role: 'lead' | 'co'; unit: UnitRef }[]): TargetUnits {
  return {
    lead: rows.find((row) => row.role === 'lead')?.unit ?? null,
    co: rows.filter((row) => row.role === 'co').map((row) => row.unit).sort((a, b) => a.id - b.id),
  };
}

/** The district's documents of a year (and the next, where a year's report is published), to cite a key task's wording. */
export async function listDistrictDocuments(districtId: number, year: number) {
  return db.sourceDocument.findMany({ where: { districtId, year: { in: [year, year + 1] } }, select: { id: true, title: true }, orderBy: { id: 'asc' }, take: 100 });
}
