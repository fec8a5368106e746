// A due date like 2026-02-30 is written in the right form but names no day: the round form
// says so in the user's language (it said "日期格式不正确", wrong format, which it is not),
// and nothing is opened. Real PostgreSQL, the form's own message lookup (toFormState).
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { toFormState } from '@/lib/actions/form-state';
import { loadMessages } from '@/lib/i18n/messages';
import { assignTargetUnits, createUnit } from '@/lib/responsible-units/mutations';
import { openRound } from '@/lib/rounds/mutations';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

function translate(locale: 'zh' | 'en') {
  const messages = loadMessages(locale) as Record<string, unknown>;
  return (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
}

describe('a due date that names no day', () => {
  it('is refused beside the field, saying the day does not exist, in zh and en; nothing opens', async () => {
    const district = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
    const admin = await makeUser(db, 'date-admin', 'admin');
    const unit = await executeAction(createUnit, { db, user: admin }, { districtId: district.id, name: '区日期测试局', shortName: '日期测试局' });
    if (!unit.ok) throw new Error('unit');
    const target = await db.target.findFirstOrThrow({ where: { districtId: district.id, year: 2025 }, select: { id: true } });
    expect(await executeAction(assignTargetUnits, { db, user: admin }, { targetId: target.id, leadUnitId: String(unit.data.unitId), coUnitIds: [] })).toMatchObject({ ok: true });

    for (const dueOn of ['2026-02-30', '2025-04-31', '2026-13-01']) {
      const result = await executeAction(openRound, { db, user: admin }, { districtId: district.id, year: 2025, periodMonths: 6, dueOn });
      expect(result).toMatchObject({ ok: false, fieldErrors: { dueOn: 'date_invalid' } });
      const zh = toFormState(result, { locale: 'zh', t: translate('zh'), success: '' });
      const en = toFormState(result, { locale: 'en', t: translate('en'), success: '' });
      expect(zh && !zh.ok && zh.fieldErrors.dueOn).toBe('日期无效：请填写一个存在的日期，格式为“年-月-日”，如 2026-02-28。');
      expect(en && !en.ok && en.fieldErrors.dueOn).toBe('Not a valid date: give a day that exists, as year-month-day, e.g. 2026-02-28.');
    }
    expect(await db.reportingRound.count()).toBe(0);
  });
});
