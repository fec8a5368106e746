// An admin adds a district through the one action: created with its audit row; a
// duplicate code, a code that names no district, an empty name or a non-admin caller
// is refused and changes nothing (no district, no audit row).
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { createDistrict } from '@/lib/districts/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let admin: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  admin = await makeUser(db, 'district-admin', 'admin');
  reviewer = await makeUser(db, 'district-reviewer', 'reviewer');
});

const input = (overrides: Record<string, string> = {}) => ({
  code: '360799', nameZh: '测试新增区', nameEn: 'Test New District', pinyin: 'Ceshi Xinzeng', cityZh: '赣州市', cityEn: 'Ganzhou', provinceZh: '江西省', provinceEn: 'Jiangxi', ...overrides,
});
const snapshot = async () => ({ districts: await db.district.count(), audits: await db.auditLog.count({ where: { action: 'district.create' } }) });

describe('adding a district', () => {
  it('creates the district and its audit row', async () => {
    const before = await snapshot();
    const result = await executeAction(createDistrict, { db, user: admin }, { ...input(), code: ' 360799 ', nameZh: ' 测试新增区 ' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const district = await db.district.findUniqueOrThrow({ where: { id: result.data.districtId } });
    expect(district).toMatchObject({ code: '360799', nameZh: '测试新增区', nameEn: 'Test New District', cityZh: '赣州市', provinceZh: '江西省', version: 1 });
    expect(await snapshot()).toEqual({ districts: before.districts + 1, audits: before.audits + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'district.create', entityId: String(district.id) } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: 'district', districtId: district.id, after: { code: '360799', nameZh: '测试新增区', provinceZh: '江西省', cityZh: '赣州市' } });
  });

  it('keeps the city empty for a district directly under a municipality', async () => {
    const result = await executeAction(createDistrict, { db, user: admin }, { ...input({ code: '500198', nameZh: '直辖测试区', provinceZh: '重庆市', provinceEn: 'Chongqing' }), cityZh: '', cityEn: '' });
    expect(result.ok).toBe(true);
    expect(await db.district.findUniqueOrThrow({ where: { code: '500198' } })).toMatchObject({ cityZh: null, cityEn: null });
  });

  it.each([
    ['a duplicate code (a seeded district’s)', input({ code: '360702' }), { code: 'district_code_taken' }],
    ['a duplicate code (the one just added)', input({ nameZh: '另一个区' }), { code: 'district_code_taken' }],
    ['a code with five digits', input({ code: '36079' }), { code: 'district_code_invalid' }],
    ['a city’s code', input({ code: '360700' }), { code: 'district_code_invalid' }],
    ['a code under no province', input({ code: '990101' }), { code: 'district_code_invalid' }],
    ['letters', input({ code: '36O7O2' }), { code: 'district_code_invalid' }],
    ['full-width digits', input({ code: '３６０７９８' }), { code: 'district_code_full_width' }],
    ['a 100k-character name', input({ code: '360798', nameZh: '区'.repeat(100_000) }), { nameZh: 'too_long' }],
    ['a 100k-character English province', input({ code: '360798', provinceEn: 'x'.repeat(100_000) }), { provinceEn: 'too_long' }],
    ['a name of NUL bytes only', input({ code: '360798', nameZh: '\u0000\u0000' }), { nameZh: 'required' }],
    ['an empty Chinese name', input({ code: '360798', nameZh: '   ' }), { nameZh: 'required' }],
    ['an empty province', input({ code: '360798', provinceZh: '' }), { provinceZh: 'required' }],
  ])('refuses %s and changes nothing', async (_label, raw, fieldErrors) => {
    const before = await snapshot();
    const result = await executeAction(createDistrict, { db, user: admin }, raw);
    expect(result).toMatchObject({ ok: false, code: 'validation', fieldErrors });
    expect(await snapshot()).toEqual(before);
    expect(await db.district.count({ where: { code: '360798' } })).toBe(0);
  });

  it('refuses a reviewer: adding districts is for admins', async () => {
    const before = await snapshot();
    expect(await executeAction(createDistrict, { db, user: reviewer }, input({ code: '360797' }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot()).toEqual(before);
  });
});
