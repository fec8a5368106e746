// Every action in ACTION_REGISTRY × every kind of caller. The modules that define
// actions are found on disk (every file under lib/ and app/ calling defineAction), so
// a new action is covered the moment it is written — and fails here until it has an
// input and its permission an expectation.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ActionResult, ACTION_REGISTRY, executeAction } from '@/lib/actions/define-action';
import { roleHas } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { templateCsv } from '@/lib/import/parse-file';
import { loadExistingRecords } from '@/lib/ingest/existing';
import { reviewItems } from '@/lib/ingest/proposals';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

const ROOT = path.join(import.meta.dirname, '..');
const DEFINE_CALL = /\bdefineAction\(/g;
function actionModules(dir: string): { file: string; count: number }[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : actionModules(relative);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name) || relative === path.join('lib', 'actions', 'define-action.ts')) return [];
    const count = fs.readFileSync(path.join(ROOT, relative), 'utf8').match(DEFINE_CALL)?.length ?? 0;
    return count ? [{ file: relative, count }] : [];
  });
}
const MODULES = [...actionModules('lib'), ...actionModules('app')];
for (const { file } of MODULES) await import(path.join(ROOT, file));

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
  'manage:rounds': { anonymous: false, staffOther: false, staffOwn: false, reviewer: true, admin: true },
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
  inputs['review.confirmMany'] = () => ({ items: [`0:${outcome.id}:0`] });
  inputs['settings.readRequiresSignIn'] = () => ({ value: false });
  inputs['user.create'] = () => ({ username: `matrix-new-${(n += 1)}`, displayName: 'x', role: 'reviewer', password: 'y'.repeat(12), districtIds: [] });
  inputs['user.update'] = () => ({ userId: victim.id, version: 1, role: 'staff', disabled: false, districtIds: [liangping.id] });
  const indicator = await db.indicator.findFirstOrThrow({ where: { key: 'gdp' } });
  inputs['indicator.update'] = () => ({ indicatorId: indicator.id, version: 999, nameZh: indicator.nameZh, nameEn: indicator.nameEn, higherIsBetter: true });
  // 369xxx is no real code (Jiangxi's cities are 3601–3611); skipping xx00, which names a city, not a district.
  inputs['district.create'] = () => ({ code: String(369000 + (n += 1) + Math.floor((n - 1) / 99)), nameZh: '测试区', nameEn: 'Test', pinyin: 'Ceshi', provinceZh: '测试省', provinceEn: 'Test' });
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
  // A round of Liangping 2024 with one narrative item (a key task) and one figure item, the own staff a member of the unit.
  await db.userUnit.create({ data: { userId: users.staffOwn.id, unitId: unit.id } });
  const keyTask = await db.keyTask.create({ data: { districtId: liangping.id, year: 2024, seq: 1, wording: '矩阵重点工作', units: { create: [{ unitId: unit.id, role: 'lead' }] } } });
  const round = await db.reportingRound.create({ data: { districtId: liangping.id, year: 2024, title: '矩阵轮次', periodMonths: 3, dueOn: new Date('2024-04-10'), openedById: users.admin.id } });
  const taskItem = await db.roundItem.create({ data: { roundId: round.id, keyTaskId: keyTask.id, unitId: unit.id, unitRole: 'lead' } });
  const figureItem = await db.roundItem.create({ data: { roundId: round.id, targetId: target.id, unitId: unit.id, unitRole: 'lead' } });
  const closed = await db.reportingRound.create({ data: { districtId: liangping.id, year: 2024, title: '矩阵已关闭', periodMonths: 9, dueOn: new Date('2024-10-10'), openedById: users.admin.id, state: 'closed' } });
  const closedItem = await db.roundItem.create({ data: { roundId: closed.id, keyTaskId: keyTask.id, unitId: unit.id, unitRole: 'lead' } });
  const closedFigure = await db.roundItem.create({ data: { roundId: closed.id, targetId: target.id, unitId: unit.id, unitRole: 'lead' } });
  // Past the access checks these are refused as stale (version 999) or invalid: "allowed".
  inputs['round.open'] = () => ({ districtId: liangping.id, year: 2024, periodMonths: 3, dueOn: '2024-04-10' });
  inputs['round.close'] = () => ({ roundId: round.id, version: 999 });
  inputs['round_item.acknowledge'] = () => ({ itemId: taskItem.id });
  inputs['round_item.submitNarrative'] = () => ({ itemId: taskItem.id, version: 999, text: '矩阵进展' });
  inputs['round_item.submitFigure'] = () => ({ itemId: figureItem.id, version: 999, baseRevision: 999, value: '1', unit: '%', vintage: 'preliminary', documentId: String(document.id), quote: document.fullText.slice(0, 10) });
  inputs['round_item.accept'] = () => ({ itemId: taskItem.id, version: 999 });
  inputs['round_item.return'] = () => ({ itemId: taskItem.id, version: 999, reason: '矩阵' });
  inputs['round_item.correctNarrative'] = () => ({ itemId: closedItem.id, text: '矩阵更正', reason: '' });
  inputs['round_item.correctFigure'] = () => ({ itemId: closedFigure.id, baseRevision: 999, value: '1', unit: '%', vintage: 'preliminary', documentId: String(document.id), quote: document.fullText.slice(0, 10), reason: '' });
  inputs['key_task.create'] = () => ({ districtId: liangping.id, year: 2024, wording: '矩阵重点工作', leadUnitId: String(unit.id) });
  inputs['key_task.judge'] = () => ({ keyTaskId: keyTask.id, periodMonths: 3, status: 'on_track', reason: '' });
  // A version nobody read: past the access checks, the stale-form check refuses and nothing changes.
  inputs['key_task.edit'] = () => ({ keyTaskId: keyTask.id, version: 999, wording: '矩阵修改重点工作', leadUnitId: String(unit.id) });
  inputs['key_task.withdraw'] = () => ({ keyTaskId: keyTask.id, version: 999, reason: '矩阵撤销' });
  inputs['api-token.create'] = () => ({ name: `matrix token ${(n += 1)}`, scope: 'read_scorecards' });
  const token = await db.apiToken.create({ data: { name: 'matrix victim token', tokenHash: 'f'.repeat(64), createdById: users.admin.id } });
  inputs['api-token.revoke'] = () => ({ id: token.id });
  inputs['outcomes.import'] = () => ({ mode: 'preview', file: { name: 'matrix.csv', bytes: new TextEncoder().encode(templateCsv().replace('520304', liangping.code)) } });
  inputs['ingest.createDocument'] = () => ({ districtId: liangping.id, year: 2031, kind: 'other', title: 'matrix', text: `矩阵测试 ${(n += 1)}：2031年地区生产总值增长6%左右。` });
  const report = await db.sourceDocument.create({
    data: { kind: 'work_report', districtId: liangping.id, year: 2031, title: 'matrix report', fullText: '2031年主要预期目标：地区生产总值增长6%左右。', textSha256: 'e'.repeat(64) },
  });
  const items = reviewItems(extractProposals(report.fullText, { reportYear: report.year, indicators: INDICATORS }), await loadExistingRecords(db, report.id, liangping.id));
  const key = items[0]?.key;
  if (!key) throw new Error('the matrix report has no proposal');
  inputs['ingest.acceptProposal'] = () => ({ documentId: report.id, key, year: 2031 });
  inputs['ingest.rejectProposal'] = () => ({ documentId: report.id, key });
  // Past the access checks these find no conflict / unknown indicator with this key (a
  // refusal of the input, so "allowed"); another district's document is not found.
  inputs['ingest.keepStoredTarget'] = () => ({ documentId: report.id, key });
  inputs['ingest.reviseTarget'] = () => ({ documentId: report.id, key, version: 1 });
  inputs['ingest.dismissUnknownIndicator'] = () => ({ documentId: report.id, key: 'unknown:矩阵指标:0-1' });
  inputs['ingest.mapUnknownIndicator'] = () => ({ documentId: report.id, key: 'unknown:矩阵指标:0-1', indicatorId: indicator.id });
});

/**
 * Refused = stopped at the access checks: the wrapper's unauthenticated / forbidden, or
 * district scope (lib/auth/district-scope.ts), which refuses an existing record of another
 * district as forbidden — never not_found, since the caller may read it on its public
 * page. A file may mix districts, so import marks each such row instead.
 */
function refused(result: ActionResult<unknown>): boolean {
  if (!result.ok) return result.code === 'unauthenticated' || result.code === 'forbidden';
  const plan = (result.data as { plan?: { errors?: { en: string }[] }[] } | undefined)?.plan;
  return Boolean(plan?.some((row) => row.errors?.some((error) => error.en.startsWith('not one of your districts'))));
}

/** The caller holds the action's role but not the record's district: the refusal carries the reason. */
function refusedByDistrict(action: { name: string; permission: string }, caller: Caller): boolean {
  return caller === 'staffOther' && action.permission === 'record:outcome' && action.name !== 'outcomes.import';
}

describe('authorization matrix', () => {
  it('has an expectation and an input for every action defined on disk', () => {
    // Every defineAction call in every module found registered exactly once: nothing left out.
    expect(MODULES.length).toBeGreaterThanOrEqual(11);
    expect(ACTION_REGISTRY.length).toBe(MODULES.reduce((sum, module) => sum + module.count, 0));
    expect(new Set(ACTION_REGISTRY.map((action) => action.name)).size).toBe(ACTION_REGISTRY.length);
    for (const action of ACTION_REGISTRY) {
      expect(EXPECTED[action.permission], `${action.name}: permission ${action.permission}`).toBeDefined();
      expect(inputs[action.name], `${action.name}: no input in the matrix`).toBeDefined();
    }
  });

  // The other half of the rule: a record that does not exist answers not_found, to
  // callers in scope and out of it alike (it cannot be read, so nothing says why).
  it('a missing record answers not_found to every caller holding the role', async () => {
    const missing = 2_000_000_000;
    const swaps: Record<string, Record<string, unknown>> = {
      'outcome.record': { targetId: missing }, 'target.update': { targetId: missing }, 'outcome.review': { outcomeId: missing },
      'verdict.review': { targetId: missing }, 'target.assignUnits': { targetId: missing }, 'unit.update': { unitId: missing },
      'unit.setMembers': { unitId: missing }, 'unit.importBreakdown': { districtId: missing }, 'unit.create': { districtId: missing },
      'ingest.acceptProposal': { documentId: missing }, 'ingest.rejectProposal': { documentId: missing }, 'ingest.keepStoredTarget': { documentId: missing },
      'ingest.reviseTarget': { documentId: missing }, 'ingest.dismissUnknownIndicator': { documentId: missing }, 'ingest.mapUnknownIndicator': { documentId: missing },
    };
    const answers: string[] = [];
    for (const [name, swap] of Object.entries(swaps)) {
      const action = ACTION_REGISTRY.find((candidate) => candidate.name === name)!;
      for (const caller of CALLERS) {
        const user = users[caller];
        if (!user || action.permission === 'signed-in' || !roleHas(user.role, action.permission)) continue;
        const result = await executeAction(action, { db, user }, { ...inputs[name]!(), ...swap });
        answers.push(`${name} as ${caller}: ${result.ok ? 'ok' : result.code}`);
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(': not_found'))).toEqual([]);
    expect(answers.length).toBeGreaterThan(20);
  });

  for (const caller of CALLERS) {
    it(`${caller}: every action allowed or refused as its permission says`, async () => {
      for (const action of ACTION_REGISTRY) {
        const result = await executeAction(action, { db, user: users[caller] }, inputs[action.name]!());
        // Past the access checks an action may still refuse the input (conflict, wrong password): that is "allowed".
        expect({ action: action.name, caller, refused: refused(result), code: result.ok ? 'ok' : result.code }).toMatchObject({ refused: !EXPECTED[action.permission]![caller] });
        if (!result.ok) expect(result.code, `${action.name} as ${caller}`).not.toBe('unexpected');
        if (refusedByDistrict(action, caller)) {
          expect(result.ok ? null : result.details, `${action.name} as ${caller}: the reason`).toMatchObject({ reason: 'other_district', messageKey: 'validation.scope.record' });
        }
      }
    });
  }
});
