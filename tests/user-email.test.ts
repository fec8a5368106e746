// An admin sets or removes an account's e-mail on the users page (reminders go there):
// a bad or taken address changes nothing; every change is audited with before and after.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { updateUser } from '@/lib/users/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
let admin: SessionUser;
let staff: SessionUser;
let districtId = 0;

beforeAll(async () => {
  districtId = (await db.district.findUniqueOrThrow({ where: { code: '520304' } })).id;
  admin = await makeUser(db, 'email-admin', 'admin');
  staff = await makeUser(db, 'email-staff', 'staff', [districtId]);
  await makeUser(db, 'email-other', 'staff', [districtId]).then((other) => db.user.update({ where: { id: other.id }, data: { email: 'taken@test.example' } }));
});

const save = async (email: string | undefined) => {
  const { version } = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
  return executeAction(updateUser, { db, user: admin }, { userId: staff.id, version, role: 'staff', disabled: false, districtIds: [districtId], ...(email === undefined ? {} : { email }) });
};
const current = async () => (await db.user.findUniqueOrThrow({ where: { id: staff.id } })).email;

describe('an account\'s e-mail', () => {
  it('is set (lower-cased), kept when the form sends none, and removed when emptied, each audited', async () => {
    expect(await save('Staff.One@Test.Example')).toMatchObject({ ok: true });
    expect(await current()).toBe('staff.one@test.example');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'user.update', entityId: String(staff.id) }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ before: { email: null }, after: { email: 'staff.one@test.example' } });
    expect(await save(undefined)).toMatchObject({ ok: true });
    expect(await current()).toBe('staff.one@test.example');
    expect(await save('')).toMatchObject({ ok: true });
    expect(await current()).toBeNull();
  });

  it('refuses an invalid or taken address and changes nothing', async () => {
    await save('mine@test.example');
    const before = await db.user.findUniqueOrThrow({ where: { id: staff.id } });
    const audits = await db.auditLog.count();
    expect(await save('not an address')).toMatchObject({ ok: false, code: 'validation', fieldErrors: { email: 'email_invalid' } });
    expect(await save('TAKEN@test.example')).toMatchObject({ ok: false, code: 'validation', fieldErrors: { email: 'email_taken' } });
    expect(await db.user.findUniqueOrThrow({ where: { id: staff.id } })).toMatchObject({ email: 'mine@test.example', version: before.version });
    expect(await db.auditLog.count()).toBe(audits);
  });
});
