// Importing a 分解方案 table on the seeded database: all or nothing, one audit row per
// target with the file and line it came from.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { importBreakdown } from '@/lib/responsible-units/breakdown-import';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let liangping: { id: number };
let reviewer: SessionUser;
const file = (text: string, name = 'fenjie.csv') => ({ name, bytes: new TextEncoder().encode(text) });

beforeAll(async () => {
  liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
  reviewer = await makeUser(db, 'breakdown-reviewer', 'reviewer', [liangping.id]);
  await db.responsibleUnit.createMany({
    data: [
      { districtId: liangping.id, name: '区发展和改革委员会', shortName: '区发展改革委' },
      { districtId: liangping.id, name: '区统计局', shortName: '区统计局' },
      { districtId: liangping.id, name: '区财政局', shortName: '区财政局' },
    ],
  });
});

const GOOD = '序号,目标任务,牵头单位,配合单位\n一、经济社会发展主要预期目标,,,\n1,地区生产总值增长7%以上。,区发展改革委,区统计局\n2,一般公共预算收入增长8%以上,区财政局,\n';

describe('分解方案 import', () => {
  it('previews without writing, then commits every row in one go with its audit rows', async () => {
    const preview = await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'preview', districtId: liangping.id, year: 2024, file: file(GOOD) });
    expect(preview).toMatchObject({ ok: true, data: { applied: false, errors: [], skipped: 1 } });
    expect(preview.ok && preview.data.assignments).toHaveLength(2);
    expect(await db.targetUnit.count()).toBe(0);

    const commit = await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: liangping.id, year: 2024, file: file(GOOD) });
    expect(commit).toMatchObject({ ok: true, data: { applied: true, errors: [] } });
    const gdp = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } }, select: { id: true } });
    const rows = await db.targetUnit.findMany({ where: { targetId: gdp.id }, select: { role: true, unit: { select: { shortName: true } } }, orderBy: { role: 'asc' } });
    expect(rows).toEqual([{ role: 'lead', unit: { shortName: '区发展改革委' } }, { role: 'co', unit: { shortName: '区统计局' } }]);
    expect(await db.targetUnit.count()).toBe(3);
    const audits = await db.auditLog.findMany({ where: { action: 'target.assignUnits', actorId: reviewer.id }, orderBy: { id: 'asc' } });
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ targetId: gdp.id, after: { source: { file: 'fenjie.csv', line: 3 } } });
  });

  it('imports an item that names no target as a key task with its units; importing it again replaces its units', async () => {
    const table = '序号,目标任务,牵头单位,配合单位\n二、重点工作,,,\n1,推进老旧小区改造,区财政局,区统计局\n';
    const commit = await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: liangping.id, year: 2024, file: file(table) });
    expect(commit).toMatchObject({ ok: true, data: { applied: true, errors: [], keyTasks: [{ line: 3, wording: '推进老旧小区改造' }] } });
    const task = await db.keyTask.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, wording: '推进老旧小区改造' }, include: { units: { include: { unit: true }, orderBy: { role: 'asc' } } } });
    expect(task.seq).toBe(1);
    expect(task.units.map((row) => [row.role, row.unit.shortName])).toEqual([['lead', '区财政局'], ['co', '区统计局']]);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'key_task.create', entityId: String(task.id) } })).toMatchObject({ after: { source: { file: 'fenjie.csv', line: 3 } } });

    const again = await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: liangping.id, year: 2024, file: file('目标任务,牵头单位\n推进老旧小区改造,区统计局\n') });
    expect(again).toMatchObject({ ok: true, data: { applied: true } });
    expect(await db.keyTask.count({ where: { districtId: liangping.id, year: 2024 } })).toBe(1);
    expect(await db.keyTaskUnit.findMany({ where: { keyTaskId: task.id }, select: { role: true, unit: { select: { shortName: true } } } })).toEqual([{ role: 'lead', unit: { shortName: '区统计局' } }]);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'key_task.assignUnits', entityId: String(task.id) } })).toMatchObject({
      before: { leadUnitId: task.units[0]!.unitId }, after: { source: { line: 2 } },
    });
  });

  it('writes nothing when any row is wrong, and says which row and why', async () => {
    const before = await db.targetUnit.findMany({ orderBy: [{ targetId: 'asc' }, { unitId: 'asc' }] });
    const auditCount = await db.auditLog.count();
    const bad = '目标任务,牵头单位,配合单位\n规模以上工业增加值增长10%以上,区统计局,\n固定资产投资增长13%以上,区住房城乡建委,\n';
    const result = await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: liangping.id, year: 2024, file: file(bad) });
    expect(result).toMatchObject({ ok: true, data: { applied: false } });
    expect(result.ok && result.data.errors).toEqual([
      { line: 3, message: { zh: '本区县没有名为“区住房城乡建委”的责任单位，请先在本页添加。', en: 'This district has no unit named “区住房城乡建委”; add it on this page first.' } },
    ]);
    expect(await db.targetUnit.findMany({ orderBy: [{ targetId: 'asc' }, { unitId: 'asc' }] })).toEqual(before);
    expect(await db.auditLog.count()).toBe(auditCount);
  });

  it('refuses an unreadable file with a field error, and other districts’ reviewers', async () => {
    const gbk = { name: 'fenjie.csv', bytes: new Uint8Array([0xc4, 0xbf, 0xb1, 0xea, 0x2c, 0x0a]) };
    expect(await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: liangping.id, year: 2024, file: gbk })).toMatchObject({
      ok: false, code: 'validation', fieldErrors: { file: 'breakdown_csv_not_utf8' },
    });
    const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
    expect(await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: bozhou.id, year: 2025, file: file(GOOD) })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await executeAction(importBreakdown, { db, user: reviewer }, { mode: 'commit', districtId: 999999, year: 2025, file: file(GOOD) })).toMatchObject({ ok: false, code: 'not_found' });
  });
});
