import type { Db } from '@/lib/db/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSession } from '@/lib/auth/sessions';
import { accountKey, addressKey, clearFailures, lockedUntil, recordFailure, slowdownMs } from '@/lib/auth/throttle';

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; userId: number; mustChangePassword: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; until: Date };

// Verified against when the name is unknown, so both paths cost one argon2 verification
// and response time does not tell whether an account exists.
let dummyHash: Promise<string> | undefined;

export async function signIn(db: Db, input: { login: string; password: string; address: string }, now = new Date()): Promise<SignInResult> {
  const login = input.login.trim().toLowerCase();
  const keys = { account: accountKey(login), address: addressKey(input.address) };
  const locked = await lockedUntil(db, [keys.account, keys.address], now);
  if (locked) return { ok: false, reason: 'locked', until: locked };

  const user = await db.user.findFirst({
    where: { OR: [{ username: login }, { email: login }] },
    select: { id: true, passwordHash: true, disabled: true, mustChangePassword: true },
  });
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !passwordOk || user.disabled) {
    const failures = await recordFailure(db, keys, now);
    const wait = slowdownMs(failures);
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    const lockedNow = await lockedUntil(db, [keys.account, keys.address], now);
    return lockedNow ? { ok: false, reason: 'locked', until: lockedNow } : { ok: false, reason: 'invalid' };
  }
  await clearFailures(db, keys.account);
  const session = await createSession(db, user.id, now);
  return { ok: true, ...session, userId: user.id, mustChangePassword: user.mustChangePassword };
}
