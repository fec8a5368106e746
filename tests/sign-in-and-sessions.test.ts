import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { LOCK_MS } from '@/lib/auth/throttle';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const PASSWORD = 'correct horse battery';

describe('sign-in throttle', () => {
  it('locks the account after five wrong passwords, even for the right one, until the lock ends', async () => {
    await makeUser(db, 'locky', 'staff', [], await hashPassword(PASSWORD));
    const t0 = new Date('2025-03-01T00:00:00Z');
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await signIn(db, { login: 'locky', password: 'wrong', address: `10.0.0.${i}` }, t0));
    expect(results.slice(0, 4).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(db, { login: 'LOCKY', password: PASSWORD, address: '10.0.1.1' }, new Date(t0.getTime() + 60_000))).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(db, { login: 'locky', password: PASSWORD, address: '10.0.1.1' }, new Date(t0.getTime() + LOCK_MS + 1000))).toMatchObject({ ok: true });
  }, 60_000);

  it('answers an unknown user exactly like a wrong password', async () => {
    const result = await signIn(db, { login: 'nobody-here', password: 'whatever', address: '10.9.9.9' });
    expect(result).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('session expiry', () => {
  it('ends a session after the idle limit and after the absolute limit', async () => {
    const user = await makeUser(db, 'sessiony', 'staff');
    const t0 = new Date('2025-03-01T00:00:00Z');
    const idle = await createSession(db, user.id, t0);
    expect(await validateSession(db, idle.token, new Date(t0.getTime() + SESSION_IDLE_MS - 1000))).not.toBeNull();
    const later = new Date(t0.getTime() + 2 * SESSION_IDLE_MS + 1000);
    expect(await validateSession(db, idle.token, later)).toBeNull();

    const busy = await createSession(db, user.id, t0);
    // Active every hour, yet the absolute limit still ends it.
    for (let at = t0.getTime() + 3_600_000; at < t0.getTime() + SESSION_ABSOLUTE_MS; at += 3_600_000) {
      expect(await validateSession(db, busy.token, new Date(at))).not.toBeNull();
    }
    expect(await validateSession(db, busy.token, new Date(t0.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
  });
});
