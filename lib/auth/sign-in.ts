import type { Db } from '@/lib/db/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { blockedUntil, clearFailures, recordFailure, throttleKeys } from '@/lib/auth/throttle';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date };

// Verified against when the name is unknown, so both paths cost one argon2 verification
// and response time does not tell whether an account exists.
let dummyHash: Promise<string> | undefined;

/** `address`: the client's address as lib/auth/client-address.ts decides it. */
export async function signIn(db: Db, input: { login: string; password: string; address: string }, now = new Date()): Promise<SignInResult> {
  const login = input.login.trim().toLowerCase();
  const keys = throttleKeys(login, input.address);
  const blocked = await blockedUntil(db, keys, now);
  if (blocked) return { ok: false, reason: 'locked', until: blocked };

  const user = await db.user.findFirst({
    where: { OR: [{ username: login }, { email: login }] },
    select: { id: true, passwordHash: true, disabled: true, mustChangePassword: true },
  });
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !passwordOk || user.disabled) {
    await recordFailure(db, keys, now);
    const blockedNow = await blockedUntil(db, keys, now);
    return blockedNow ? { ok: false, reason: 'locked', until: blockedNow } : { ok: false, reason: 'invalid' };
  }
  await clearFailures(db, keys);
  const session = await createSession(db, user.id, now);
  return { ok: true, ...session, userId: user.id, mustChangePassword: user.mustChangePassword };
}
