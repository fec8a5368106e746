// Text that shows as nothing — only zero-width spaces, joiners, BOMs and white space — is
// empty to every action on real PostgreSQL: a progress report, a return reason, a unit's
// name or a key task's wording made of it is refused with the field's own message, and
// nothing is stored. Visible text around such characters is kept as typed.
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { loadMessages } from '@/lib/i18n/messages';
import type { SessionUser } from '@/lib/auth/sessions';
import { createKeyTask } from '@/lib/key-tasks/mutations';
import { assignTargetUnits, createUnit, setUnitMembers } from '@/lib/responsible-units/mutations';
import { openRound, returnItem, submitNarrative } from '@/lib/rounds/mutations';
import { storableText } from '@/lib/text/sanitize-input';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const INVISIBLE = ['\u200B\u200B\u200B', '\u2060', '\uFEFF', '\u200C\u200D', ' \u200B\t\u00AD '];
type Result = { ok: true; data: Record<string, number> } | { ok: false; code: string; fieldErrors: Record<string, string> };
const run = (action: Parameters<typeof executeAction>[0], user: SessionUser, input: Record<string, unknown>) => executeAction(action, { db, user }, input) as Promise<Result>;
async function ok(promise: Promise<Result>): Promise<Record<string, number>> {
  const result = await promise;
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.data;
}

describe('text that shows as nothing', () => {
  it('is stored as empty; visible text keeps its invisible characters', () => {
    for (const value of INVISIBLE) expect(storableText(value)).toBe('');
    expect(storableText('👨\u200D👩\u200D👧 已完成')).toBe('👨\u200D👩\u200D👧 已完成');
    expect(storableText('a\u0000b')).toBe('ab');
  });

  it('is refused as a narrative, a return reason, a unit name and a key task, changing nothing', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { code: '500155' }, select: { id: true } });
    const admin = await makeUser(db, 'invisible-admin', 'admin');
    const staff = await makeUser(db, 'invisible-staff', 'staff', [district.id]);
    for (const name of INVISIBLE) {
      expect(await run(createUnit, admin, { districtId: district.id, name, shortName: '测试局' })).toMatchObject({ ok: false, fieldErrors: { name: 'required' } });
      expect(await run(createKeyTask, admin, { districtId: district.id, year: 2024, wording: name })).toMatchObject({ ok: false, fieldErrors: { wording: 'required' } });
    }
    expect(await db.responsibleUnit.count()).toBe(0);
    expect(await db.keyTask.count()).toBe(0);

    const { unitId } = await ok(run(createUnit, admin, { districtId: district.id, name: '区发展和改革委员会', shortName: '区发展改革委' }));
    await ok(run(setUnitMembers, admin, { unitId, userIds: [staff.id] }));
    // A co-unit reports in words: the target's lead is another unit.
    const target = await db.target.findFirstOrThrow({ where: { districtId: district.id, year: 2024 }, select: { id: true }, orderBy: { id: 'asc' } });
    const other = await ok(run(createUnit, admin, { districtId: district.id, name: '区统计局', shortName: '区统计局' }));
    await ok(run(assignTargetUnits, admin, { targetId: target.id, leadUnitId: String(other.unitId), coUnitIds: [String(unitId)] }));
    const { roundId } = await ok(run(openRound, admin, { districtId: district.id, year: 2024, periodMonths: 6, dueOn: '2024-07-10' }));
    const item = await db.roundItem.findFirstOrThrow({ where: { roundId, unitId }, select: { id: true, version: true } });
    const audits = await db.auditLog.count();
    for (const text of INVISIBLE) {
      expect(await run(submitNarrative, staff, { itemId: item.id, version: item.version, text })).toMatchObject({ ok: false, fieldErrors: { text: 'narrative_required' } });
    }
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ state: 'todo', version: item.version, narrativeId: null });
    expect(await db.auditLog.count()).toBe(audits);

    const submitted = await ok(run(submitNarrative, staff, { itemId: item.id, version: item.version, text: '已完成\u200B方案设计。' }));
    expect((await db.roundItem.findUniqueOrThrow({ where: { id: item.id }, select: { narrative: { select: { text: true } } } })).narrative?.text).toBe('已完成\u200B方案设计。');
    for (const reason of INVISIBLE) {
      expect(await run(returnItem, admin, { itemId: item.id, version: submitted.version, reason })).toMatchObject({ ok: false, fieldErrors: { reason: 'reason_required' } });
    }
    expect(await db.roundItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ state: 'submitted', returnReason: null });
  });

  it('inside a name, makes no second unit that reads like the first: refused with its own message in both languages', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
    const admin = await makeUser(db, 'invisible-names', 'admin');
    await ok(run(createUnit, admin, { districtId: district.id, name: '区财政局', shortName: '区财政局' }));
    const before = await db.responsibleUnit.count({ where: { districtId: district.id } });
    for (const mark of ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200D']) {
      expect(await run(createUnit, admin, { districtId: district.id, name: `区财${mark}政局`, shortName: '财政' })).toMatchObject({ ok: false, code: 'validation', fieldErrors: { name: 'invisible_characters' } });
      expect(await run(createUnit, admin, { districtId: district.id, name: '区税务局', shortName: `区财${mark}政局` })).toMatchObject({ ok: false, code: 'validation', fieldErrors: { shortName: 'invisible_characters' } });
    }
    // A direction control keeps its own message.
    expect(await run(createUnit, admin, { districtId: district.id, name: '区财政局\u202E', shortName: '财政' })).toMatchObject({ ok: false, fieldErrors: { name: 'direction_controls' } });
    expect(await db.responsibleUnit.count({ where: { districtId: district.id } })).toBe(before);
    expect((loadMessages('zh').validation as Record<string, string>).invisible_characters).toContain('不可见字符');
    expect((loadMessages('en').validation as Record<string, string>).invisible_characters).toContain('invisible characters');
  });
});

