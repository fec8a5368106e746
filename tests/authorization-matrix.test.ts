// Every action in ACTION_REGISTRY × every kind of caller. The expectation is
// derived from the action's permission, so a new action is covered the moment it
// is registered — and fails here if its permission has no expectation.
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTION_REGISTRY, executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
// Every module that defines actions; the registry fills as they load.
import '@/lib/auth/mutations';
import '@/lib/districts/mutations';
import '@/lib/indicators/mutations';
import '@/lib/targets/mutations';
import '@/lib/outcomes/mutations';
import '@/lib/responsible-units/breakdown-import';
import '@/lib/responsible-units/mutations';
import '@/lib/reviews/mutations';
import '@/lib/settings/mutations';
import '@/lib/users/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

type Caller = 'anonymous' | 'staffOther' | 'staffOwn' | 'reviewer' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'staffOther', 'staffOwn', 'reviewer', 'admin'];

// Allowed = the wrapper and the action let the caller past the access checks.
const EXPECTED: Record<string, Record<Caller, boolean>> = {
  'signed-in': { anonymous: false, staffOther: true, staffOwn: true, reviewer: true, admin: true },
  'record:outcome': { anonymous: false, staffOther: false, staffOwn: true, reviewer: false, admin: true },
  review: { anonymous: false, staffOther: false, staffOwn: false, reviewer: true, admin: true },
  admin: { anonymous: false, staffOther: false, staffOwn: false, reviewer: false, admin: true },
  // The matrix reviewer is assigned Liangping, the district every input names.
  'manage:units': { anonymous: false, staffOther: false, staffOwn: false, reviewer: true, admin: true },
};

const users = {} as Record<Caller, SessionUser | null>;
const inputs: Record<string, () => Record<string, unknown>> = {};

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  const other = await db.district.findFirstOrThrow({ where: { code: { not: '500155' } } });
  users.anonymous = null;
  users.staffOther = await makeUser(db, 'matrix-staff-other', 'staff', [other.id]);
  users.staffOwn = await makeUser(db, 'matrix-staff-own', 'staff', [liangping.id]);
  users.reviewer = await makeUser(db, 'matrix-reviewer', 'reviewer', [liangping.id]);
  users.admin = await makeUser(db, 'matrix-admin', 'admin');
  const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
  const document = await db.sourceDocument.findFirstOrThrow({ where: { districtId: liangping.id } });
  const outcome = await db.outcome.findFirstOrThrow({ where: { districtId: liangping.id } });
  const victim = await makeUser(db, 'matrix-victim', 'staff', [liangping.id]);
  let n = 0;
  inputs['account.changePassword'] = () => ({ currentPassword: 'wrong-but-well-formed', newPassword: 'x'.repeat(12), confirmPassword: 'x'.repeat(12) });
  inputs['outcome.record'] = () => ({ targetId: target.id, baseRevision: 999, value: '7.1', unit: '%', vintage: 'preliminary', documentId: String(document.id), quote: document.fullText.slice(0, 10) });
  inputs['outcome.review'] = () => ({ outcomeId: outcome.id, state: 'verified', comment: '' });
  inputs['verdict.review'] = () => ({ targetId: target.id, kind: 'confirm' });
  inputs['settings.readRequiresSignIn'] = () => ({ value: false });
  inputs['user.create'] = () => ({ username: `matrix-new-${(n += 1)}`, displayName: 'x', role: 'reviewer', password: 'y'.repeat(12), districtIds: [] });
  inputs['user.update'] = () => ({ userId: victim.id, version: 1, role: 'staff', disabled: false, districtIds: [liangping.id] });
  const indicator = await db.indicator.findFirstOrThrow({ where: { key: 'gdp' } });
  inputs['indicator.update'] = () => ({ indicatorId: indicator.id, version: 999, nameZh: indicator.nameZh, nameEn: indicator.nameEn, higherIsBetter: true });
  inputs['district.create'] = () => ({ code: String(900000 + (n += 1)), nameZh: '测试区', nameEn: 'Test', pinyin: 'Ceshi', provinceZh: '测试省', provinceEn: 'Test' });
  inputs['district.update'] = () => ({ districtId: liangping.id, version: 999, code: liangping.code, nameZh: liangping.nameZh, nameEn: liangping.nameEn, pinyin: liangping.pinyin, provinceZh: liangping.provinceZh, provinceEn: liangping.provinceEn });
  inputs['target.create'] = () => ({ districtId: liangping.id, indicatorId: indicator.id, year: 2024, measure: 'growth', asWritten: '7%以上', documentId: String(document.id), quote: document.fullText.slice(0, 10) });
  inputs['target.update'] = () => ({ targetId: target.id, version: 999, asWritten: '7%以上', documentId: String(document.id), quote: document.fullText.slice(0, 10) });
  inputs['user.resetPassword'] = () => ({ userId: victim.id, password: 'z'.repeat(12) });
  const unit = await db.responsibleUnit.create({ data: { districtId: liangping.id, name: '矩阵单位', shortName: '矩阵' } });
  inputs['unit.create'] = () => ({ districtId: liangping.id, name: `矩阵新单位${(n += 1)}`, shortName: `矩阵${n}` });
  inputs['unit.update'] = () => ({ unitId: unit.id, version: 999, name: '矩阵单位', shortName: '矩阵' });
  inputs['unit.setMembers'] = () => ({ unitId: unit.id, userIds: [] });
  inputs['unit.importBreakdown'] = () => ({ mode: 'preview', districtId: liangping.id, year: 2024, file: { name: 'fenjie.csv', bytes: new TextEncoder().encode('目标任务,牵头单位\n地区生产总值增长7%以上,矩阵\n') } });
  inputs['target.assignUnits'] = () => ({ targetId: target.id, leadUnitId: String(unit.id), coUnitIds: [] });
});

describe('authorization matrix', () => {
  it('has an expectation and an input for every registered action', () => {
    expect(ACTION_REGISTRY.length).toBeGreaterThanOrEqual(8);
    for (const action of ACTION_REGISTRY) {
      expect(EXPECTED[action.permission], `${action.name}: permission ${action.permission}`).toBeDefined();
      expect(inputs[action.name], `${action.name}: no input in the matrix`).toBeDefined();
    }
  });

  for (const caller of CALLERS) {
    it(`${caller}: every action allowed or refused as its permission says`, async () => {
      for (const action of ACTION_REGISTRY) {
        const result = await executeAction(action, { db, user: users[caller] }, inputs[action.name]!());
        const refused = !result.ok && (result.code === 'unauthenticated' || result.code === 'forbidden');
        // Past the access checks an action may still refuse the input (conflict, wrong password): that is "allowed".
        expect({ action: action.name, caller, refused, code: result.ok ? 'ok' : result.code }).toMatchObject({ refused: !EXPECTED[action.permission]![caller] });
        if (!result.ok) expect(result.code, `${action.name} as ${caller}`).not.toBe('unexpected');
      }
    });
  }
});
