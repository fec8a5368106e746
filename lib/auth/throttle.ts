// Sign-in throttling shared by every app instance (state in PostgreSQL):
// failures per account name and per address are counted in a window; past a few
// the answer is slowed, past the limit the key is locked for a while.
import type { Db } from '@/lib/db/client';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;
const SLOWDOWN_AFTER = 2;
const SLOWDOWN_STEP_MS = 400;

export const accountKey = (name: string) => `account:${name.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

export async function lockedUntil(db: Db, keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.map((row) => row.lockedUntil?.getTime() ?? 0);
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts a failure for each key atomically and returns the account's failure count. */
export async function recordFailure(db: Db, keys: { account: string; address: string }, now = new Date()): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  let accountFailures = 0;
  for (const [key, limit] of [[keys.account, ACCOUNT_FAILURE_LIMIT], [keys.address, ADDRESS_FAILURE_LIMIT]] as const) {
    const rows = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttle (key, failures, first_failed_at, locked_until)
      VALUES (${key}, 1, ${now}, ${limit <= 1 ? lockUntil : null})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.first_failed_at < ${windowStart} THEN 1 ELSE sign_in_throttle.failures + 1 END,
        first_failed_at = CASE WHEN sign_in_throttle.first_failed_at < ${windowStart} THEN ${now} ELSE sign_in_throttle.first_failed_at END,
        locked_until = CASE
          WHEN sign_in_throttle.first_failed_at >= ${windowStart} AND sign_in_throttle.failures + 1 >= ${limit} THEN ${lockUntil}
          ELSE sign_in_throttle.locked_until END
      RETURNING failures`;
    if (key === keys.account) accountFailures = rows[0]?.failures ?? 0;
  }
  return accountFailures;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}

/** Added latency before answering a failed attempt, growing with the failures so far. */
export function slowdownMs(failures: number): number {
  return failures > SLOWDOWN_AFTER ? Math.min((failures - SLOWDOWN_AFTER) * SLOWDOWN_STEP_MS, 2000) : 0;
}
