import { describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { ADDRESS_BLOCK_MS, ADDRESS_FAILURE_LIMIT, backoffMs } from '@/lib/auth/throttle';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const PASSWORD = 'correct horse battery';

describe('sign-in throttle', () => {
  const later = (t: Date, ms: number) => new Date(t.getTime() + ms);

  it('backs off exponentially per account and address; the right password works again once the wait is over', async () => {
    await makeUser(db, 'locky', 'staff', [], await hashPassword(PASSWORD));
    const address = '10.0.0.1';
    let now = new Date('2025-03-01T00:00:00Z');
    const waits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await signIn(db, { login: 'locky', password: 'wrong', address }, now);
      if (result.ok) throw new Error('wrong password accepted');
      waits.push(result.reason === 'locked' ? result.until.getTime() - now.getTime() : 0);
      if (result.reason === 'locked') now = result.until;
    }
    expect(waits).toEqual([0, 0, backoffMs(3), backoffMs(4), backoffMs(5), backoffMs(6)]);
    expect(waits.slice(2)).toEqual([1000, 2000, 4000, 8000]);
    // During the wait even the right password is refused from that address…
    expect(await signIn(db, { login: 'LOCKY', password: PASSWORD, address }, later(now, -1))).toMatchObject({ ok: false, reason: 'locked' });
    // …and after it, it works and the failures are forgotten.
    expect(await signIn(db, { login: 'locky', password: PASSWORD, address }, now)).toMatchObject({ ok: true });
    expect(await signIn(db, { login: 'locky', password: 'wrong', address }, now)).toEqual({ ok: false, reason: 'invalid' });
  }, 60_000);

  it('lets the admin sign in from another address while an attacker hammers the account', async () => {
    await makeUser(db, 'chief', 'admin', [], await hashPassword(PASSWORD));
    let now = new Date('2025-04-01T00:00:00Z');
    for (let i = 0; i < 12; i += 1) {
      const result = await signIn(db, { login: 'chief', password: `guess-${i}`, address: '203.0.113.66' }, now);
      // Each guess waits out the previous back-off, except the last: the attacker is mid-wait.
      if (!result.ok && result.reason === 'locked' && i < 11) now = result.until;
    }
    const attacker = await signIn(db, { login: 'chief', password: PASSWORD, address: '203.0.113.66' }, now);
    expect(attacker).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(db, { login: 'chief', password: PASSWORD, address: '198.51.100.7' }, now)).toMatchObject({ ok: true });
    // The attacker's wait has grown to minutes, never to the cap of the address.
    if (attacker.ok || attacker.reason !== 'locked') throw new Error('expected a wait');
    expect(attacker.until.getTime() - now.getTime()).toBe(backoffMs(12));
  }, 120_000);

  it('caps the failures of one address across accounts, without touching other addresses', async () => {
    await makeUser(db, 'bystander', 'staff', [], await hashPassword(PASSWORD));
    const now = new Date('2025-05-01T00:00:00Z');
    const results = [];
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i += 1) results.push(await signIn(db, { login: `sprayed-${i}`, password: 'wrong', address: '192.0.2.50' }, now));
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === 'invalid')).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked', until: later(now, ADDRESS_BLOCK_MS) });
    expect(await signIn(db, { login: 'bystander', password: PASSWORD, address: '192.0.2.50' }, later(now, 1000))).toMatchObject({ ok: false, reason: 'locked' });
    expect(await signIn(db, { login: 'bystander', password: PASSWORD, address: '192.0.2.51' }, later(now, 1000))).toMatchObject({ ok: true });
    expect(await signIn(db, { login: 'bystander', password: PASSWORD, address: '192.0.2.50' }, later(now, ADDRESS_BLOCK_MS))).toMatchObject({ ok: true });
  }, 120_000);

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
