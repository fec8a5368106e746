// Responsible units against the seeded database: create and rename units, assign a
// target's lead and co-units, staff membership; every refusal changes nothing and
// every change leaves its audit row.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { getTargetUnits, listDistrictUnits, listTargetsWithUnits } from '@/lib/responsible-units/data';
import { assignTargetUnits, createUnit, setUnitMembers, updateUnit } from '@/lib/responsible-units/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let liangping: { id: number };
let bozhou: { id: number };
let admin: SessionUser;
let reviewer: SessionUser;
let reviewerElsewhere: SessionUser;
let staff: SessionUser;
let target: { id: number; districtId: number };

beforeAll(async () => {
  liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
  bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
  admin = await makeUser(db, 'units-admin', 'admin');
  reviewer = await makeUser(db, 'units-reviewer', 'reviewer', [liangping.id]);
  reviewerElsewhere = await makeUser(db, 'units-reviewer-bozhou', 'reviewer', [bozhou.id]);
  staff = await makeUser(db, 'units-staff', 'staff', [liangping.id]);
  target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } }, select: { id: true, districtId: true } });
});

const audits = (action: string) => db.auditLog.count({ where: { action } });

async function unit(user: SessionUser, districtId: number, name: string, shortName: string): Promise<number> {
  const result = await executeAction(createUnit, { db, user }, { districtId, name, shortName });
  if (!result.ok) throw new Error(`createUnit refused: ${JSON.stringify(result)}`);
  return result.data.unitId;
}

describe('responsible units', () => {
  it('seeds none: every seeded target starts unassigned', async () => {
    expect(await db.responsibleUnit.count()).toBe(0);
    expect(await db.targetUnit.count()).toBe(0);
    const rows = await listTargetsWithUnits(liangping.id, 2024);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.units.lead === null && row.units.co.length === 0)).toBe(true);
  });

  it('creates and renames units, auditing each change, and refuses a duplicate name or short name', async () => {
    const before = await audits('unit.create');
    const id = await unit(reviewer, liangping.id, '区发展和改革委员会', '区发展改革委');
    expect(await audits('unit.create')).toBe(before + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'unit.create', entityId: String(id) } });
    expect(audit).toMatchObject({ actorId: reviewer.id, districtId: liangping.id, after: { name: '区发展和改革委员会', shortName: '区发展改革委' } });

    const sameName = await executeAction(createUnit, { db, user: admin }, { districtId: liangping.id, name: '区发展和改革委员会', shortName: '发改委' });
    expect(sameName).toMatchObject({ ok: false, code: 'validation', fieldErrors: { name: 'unit_name_taken' } });
    const sameShort = await executeAction(createUnit, { db, user: admin }, { districtId: liangping.id, name: '另一个单位', shortName: '区发展改革委' });
    expect(sameShort).toMatchObject({ ok: false, code: 'validation', fieldErrors: { shortName: 'unit_short_name_taken' } });
    const blank = await executeAction(createUnit, { db, user: admin }, { districtId: liangping.id, name: '  ', shortName: '' });
    expect(blank).toMatchObject({ ok: false, code: 'validation', fieldErrors: { name: 'required', shortName: 'required' } });
    // Another district may use the same name.
    await unit(admin, bozhou.id, '区发展和改革委员会', '区发展改革委');
    expect(await db.responsibleUnit.count({ where: { districtId: liangping.id } })).toBe(1);

    const renamed = await executeAction(updateUnit, { db, user: reviewer }, { unitId: id, version: 1, name: '区发展和改革委员会', shortName: '区发改委' });
    expect(renamed).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await executeAction(updateUnit, { db, user: reviewer }, { unitId: id, version: 1, name: 'X', shortName: 'Y' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.responsibleUnit.findUniqueOrThrow({ where: { id } })).toMatchObject({ shortName: '区发改委', version: 2 });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'unit.update', entityId: String(id) } })).toMatchObject({
      before: { shortName: '区发展改革委' }, after: { shortName: '区发改委' },
    });
  });

  it('assigns one lead and co-units, replaces them as a whole, and audits before and after', async () => {
    const finance = await unit(admin, liangping.id, '区财政局', '区财政局');
    const stats = await unit(admin, liangping.id, '区统计局', '区统计局');
    const ndrc = (await db.responsibleUnit.findFirstOrThrow({ where: { districtId: liangping.id, shortName: '区发改委' } })).id;

    const first = await executeAction(assignTargetUnits, { db, user: reviewer }, { targetId: target.id, leadUnitId: String(ndrc), coUnitIds: [String(stats), String(finance)] });
    expect(first).toMatchObject({ ok: true, data: { leadUnitId: ndrc, coUnitIds: [finance, stats].sort((a, b) => a - b) } });
    const units = await getTargetUnits(target.id);
    expect(units.lead?.shortName).toBe('区发改委');
    expect(units.co.map((u) => u.name).sort()).toEqual(['区统计局', '区财政局'].sort());

    const second = await executeAction(assignTargetUnits, { db, user: admin }, { targetId: target.id, leadUnitId: String(stats), coUnitIds: '' });
    expect(second.ok).toBe(true);
    expect(await db.targetUnit.findMany({ where: { targetId: target.id }, select: { unitId: true, role: true } })).toEqual([{ unitId: stats, role: 'lead' }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'target.assignUnits', targetId: target.id }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ actorId: admin.id, districtId: liangping.id, before: { leadUnitId: ndrc }, after: { leadUnitId: stats, coUnitIds: [] } });

    const listed = await listDistrictUnits(liangping.id);
    expect(listed.find((u) => u.id === stats)).toMatchObject({ leadCount: 1, coCount: 0 });
  });

  it('refuses a lead that is also a co-unit, co-units without a lead, and another district’s unit, changing nothing', async () => {
    const stats = (await db.responsibleUnit.findFirstOrThrow({ where: { districtId: liangping.id, name: '区统计局' } })).id;
    const foreign = (await db.responsibleUnit.findFirstOrThrow({ where: { districtId: bozhou.id } })).id;
    const count = await audits('target.assignUnits');
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ leadUnitId: stats, coUnitIds: [stats] }, { coUnitIds: 'unit_lead_also_co' }],
      [{ leadUnitId: '', coUnitIds: [stats] }, { leadUnitId: 'unit_lead_required' }],
      [{ leadUnitId: foreign, coUnitIds: [] }, { leadUnitId: 'unit_not_in_district' }],
      [{ leadUnitId: stats, coUnitIds: [foreign] }, { coUnitIds: 'unit_not_in_district' }],
      [{ leadUnitId: 999999, coUnitIds: [] }, { leadUnitId: 'unit_not_in_district' }],
    ];
    for (const [input, fieldErrors] of cases) {
      const result = await executeAction(assignTargetUnits, { db, user: admin }, { targetId: target.id, ...input });
      expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors });
    }
    expect(await db.targetUnit.findMany({ where: { targetId: target.id }, select: { unitId: true, role: true } })).toEqual([{ unitId: stats, role: 'lead' }]);
    expect(await audits('target.assignUnits')).toBe(count);
  });

  it('keeps reviewers to their districts and staff out altogether; unknown records are not found', async () => {
    const stats = (await db.responsibleUnit.findFirstOrThrow({ where: { districtId: liangping.id, name: '区统计局' } })).id;
    const before = await db.responsibleUnit.count();
    const assignments = await db.targetUnit.count();
    expect(await executeAction(createUnit, { db, user: reviewerElsewhere }, { districtId: liangping.id, name: '越权单位', shortName: '越权' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(updateUnit, { db, user: reviewerElsewhere }, { unitId: stats, version: 1, name: 'x', shortName: 'y' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(assignTargetUnits, { db, user: reviewerElsewhere }, { targetId: target.id, leadUnitId: '', coUnitIds: [] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(setUnitMembers, { db, user: reviewerElsewhere }, { unitId: stats, userIds: [] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(createUnit, { db, user: staff }, { districtId: liangping.id, name: '越权单位', shortName: '越权' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(createUnit, { db, user: null }, { districtId: liangping.id, name: '越权单位', shortName: '越权' })).toMatchObject({ ok: false, code: 'unauthenticated' });
    expect(await executeAction(createUnit, { db, user: admin }, { districtId: 999999, name: '无此区', shortName: '无' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await executeAction(updateUnit, { db, user: admin }, { unitId: 999999, version: 1, name: 'x', shortName: 'y' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await executeAction(assignTargetUnits, { db, user: admin }, { targetId: 999999, leadUnitId: '', coUnitIds: [] })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.responsibleUnit.count()).toBe(before);
    expect(await db.targetUnit.count()).toBe(assignments);
  });

  it('lets only staff of the unit’s district report for it', async () => {
    const stats = (await db.responsibleUnit.findFirstOrThrow({ where: { districtId: liangping.id, name: '区统计局' } })).id;
    const outsider = await makeUser(db, 'units-staff-bozhou', 'staff', [bozhou.id]);
    const refused = await executeAction(setUnitMembers, { db, user: reviewer }, { unitId: stats, userIds: [staff.id, outsider.id] });
    expect(refused).toMatchObject({ ok: false, code: 'validation', fieldErrors: { userIds: 'unit_member_not_in_district' } });
    // Reviewers judge the district's reports; they do not report for a unit.
    const notStaff = await executeAction(setUnitMembers, { db, user: reviewer }, { unitId: stats, userIds: [reviewer.id] });
    expect(notStaff).toMatchObject({ ok: false, code: 'validation', fieldErrors: { userIds: 'unit_member_not_in_district' } });
    expect(await db.userUnit.count()).toBe(0);
    const set = await executeAction(setUnitMembers, { db, user: reviewer }, { unitId: stats, userIds: [String(staff.id)] });
    expect(set).toMatchObject({ ok: true, data: { userIds: [staff.id] } });
    expect(await db.userUnit.findMany({ select: { userId: true, unitId: true } })).toEqual([{ userId: staff.id, unitId: stats }]);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'unit.setMembers', entityId: String(stats) } })).toMatchObject({ before: { userIds: [] }, after: { userIds: [staff.id] } });
  });
});
