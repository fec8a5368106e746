// A forged or stale hidden id (a form's targetId, keyTaskId…) has no input to mark, so its
// refusal must say what happened in words ("该记录不存在或已被删除…"), not "correct the
// marked fields" with nothing marked. One place handles it for every action: define-action.ts.
import { describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { toFormState, type Translate } from '@/lib/actions/form-state';
import type { Locale } from '@/lib/i18n/locale';
import { assignTargetUnits, createUnit } from '@/lib/responsible-units/mutations';
import { reviewVerdict } from '@/lib/reviews/mutations';
import en from '@/messages/en/validation.json';
import zh from '@/messages/zh/validation.json';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const MESSAGES = { zh, en } as const;

/** The real message files, looked up by the dotted key toFormState asks for. */
function translator(locale: Locale): Translate {
  return (key) => {
    const found = key.replace(/^validation\./, '').split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], MESSAGES[locale]);
    if (typeof found !== 'string') throw new Error(`no message ${key}`);
    return found;
  };
}
const formState = (result: Parameters<typeof toFormState>[0], locale: Locale) => toFormState(result, { locale, t: translator(locale), success: '' });

describe('a hidden id no record can have', () => {
  it('past int4: refused as a missing record in zh and en, no field error, nothing written', async () => {
    const admin = await makeUser(db, 'hidden-ref-admin', 'admin');
    const audits = await db.auditLog.count();
    const result = await executeAction(assignTargetUnits, { db, user: admin }, { targetId: '2147483648', leadUnitId: '', coUnitIds: [] });
    expect(result).toEqual({ ok: false, code: 'not_found', fieldErrors: {} });
    expect(formState(result, 'zh')).toMatchObject({ ok: false, message: '该记录不存在或已被删除，请刷新页面后重试。', fieldErrors: {} });
    expect(formState(result, 'en')).toMatchObject({ ok: false, message: 'This record does not exist or has been deleted. Reload the page and try again.' });
    expect(await db.auditLog.count()).toBe(audits);
  });

  it('malformed (text, a fraction, past 2^53): the same message, the field error kept for a visible select', async () => {
    const admin = await makeUser(db, 'hidden-ref-admin-2', 'admin');
    for (const targetId of ['abc', '1.5', '99999999999999999999']) {
      const result = await executeAction(reviewVerdict, { db, user: admin }, { targetId, kind: 'confirm' });
      expect(result, targetId).toMatchObject({ ok: false, code: 'not_found', fieldErrors: { targetId: 'invalid' } });
      expect(formState(result, 'zh')?.message).toBe('该记录不存在或已被删除，请刷新页面后重试。');
    }
  });

  it('leaves other refusals alone: a missing required choice is still "correct the marked fields"', async () => {
    const admin = await makeUser(db, 'hidden-ref-admin-3', 'admin');
    const result = await executeAction(assignTargetUnits, { db, user: admin }, { targetId: 'abc', leadUnitId: '', coUnitIds: 'x' });
    // A malformed co-unit is not a reference field of its own name: the form marks the group.
    expect(result).toMatchObject({ ok: false, code: 'validation' });
    expect(formState(result, 'zh')?.message).toBe('请更正标出的字段。');
  });
});

describe('a text past its length limit', () => {
  it('is refused as too long on its field in zh and en (not as malformed), nothing written', async () => {
    const admin = await makeUser(db, 'too-long-admin', 'admin');
    const district = await db.district.findFirstOrThrow({ select: { id: true } });
    const [units, audits] = [await db.responsibleUnit.count(), await db.auditLog.count()];
    const result = await executeAction(createUnit, { db, user: admin }, { districtId: String(district.id), name: '局'.repeat(100_000), shortName: '局' });
    expect(result).toEqual({ ok: false, code: 'validation', fieldErrors: { name: 'too_long' } });
    expect(formState(result, 'zh')).toMatchObject({ message: '请更正标出的字段。', fieldErrors: { name: '内容过长。' } });
    expect(formState(result, 'en')).toMatchObject({ fieldErrors: { name: MESSAGES.en.too_long } });
    expect([await db.responsibleUnit.count(), await db.auditLog.count()]).toEqual([units, audits]);
  });
});
