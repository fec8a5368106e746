// Sign-in throttling shared by every app instance (state in PostgreSQL). Two keys:
// - account × address: after a few failures each further one doubles the wait before
//   that address may try that account again (exponential back-off, capped). Nobody can
//   lock an account for others: the right password from an address without failures
//   always works, however hard another address attacks the same account.
// - address: past a cap of failures in a window (any accounts) the address is blocked
//   for a while, so one address cannot spray guesses across many accounts.
import type { Db } from '@/lib/db/client';

/** Failures of one account from one address before any wait. */
export const FREE_FAILURES = 3;
export const FIRST_BACKOFF_MS = 1000;
export const MAX_BACKOFF_MS = 15 * 60 * 1000;
/** A pair's failures are forgotten a day after the first (or at once, on success). */
export const PAIR_WINDOW_MS = 24 * 60 * 60 * 1000;

export const ADDRESS_FAILURE_LIMIT = 30;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const ADDRESS_BLOCK_MS = 15 * 60 * 1000;

export type ThrottleKeys = { pair: string; address: string };

export function throttleKeys(login: string, address: string): ThrottleKeys {
  return { pair: `account:${login.trim().toLowerCase()}|address:${address}`, address: `address:${address}` };
}

/** The wait after the n-th consecutive failure of one account from one address. */
export function backoffMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_BACKOFF_MS * 2 ** (failures - FREE_FAILURES), MAX_BACKOFF_MS);
}

/** When the later of the two keys may try again, or null when neither is blocked. */
export async function blockedUntil(db: Db, keys: ThrottleKeys, now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: [keys.pair, keys.address] }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.map((row) => row.lockedUntil?.getTime() ?? 0);
  return times.length ? new Date(Math.max(...times)) : null;
}

/** Counts a failure on both keys atomically (one statement per key) and sets their waits. */
export async function recordFailure(db: Db, keys: ThrottleKeys, now = new Date()): Promise<void> {
  const pairFailures = await countFailure(db, keys.pair, now, PAIR_WINDOW_MS);
  const pairWait = backoffMs(pairFailures);
  if (pairWait) await db.signInThrottle.update({ where: { key: keys.pair }, data: { lockedUntil: new Date(now.getTime() + pairWait) } });
  const addressFailures = await countFailure(db, keys.address, now, ADDRESS_WINDOW_MS);
  if (addressFailures >= ADDRESS_FAILURE_LIMIT) {
    await db.signInThrottle.update({ where: { key: keys.address }, data: { lockedUntil: new Date(now.getTime() + ADDRESS_BLOCK_MS) } });
  }
}

async function countFailure(db: Db, key: string, now: Date, windowMs: number): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttle (key, failures, first_failed_at, locked_until)
    VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttle.first_failed_at < ${windowStart} THEN 1 ELSE sign_in_throttle.failures + 1 END,
      first_failed_at = CASE WHEN sign_in_throttle.first_failed_at < ${windowStart} THEN ${now} ELSE sign_in_throttle.first_failed_at END
    RETURNING failures`;
  return rows[0]?.failures ?? 0;
}

/** A success forgets that account's failures from that address (not the address's cap). */
export async function clearFailures(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keys.pair } });
}
