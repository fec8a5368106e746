import type { Db } from '@/lib/db/client';
import { pooledSql } from '@/lib/db/sql-transaction';
import type { Role } from '@/lib/domain/types';
import { generateToken, hashToken } from '@/lib/auth/session-token';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// Recording every request would write on every page view; a minute is precise enough for idle expiry.
const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionUser = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  districtIds: number[];
};

export async function createSession(db: Db, userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.session.create({ data: { id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, expiresAt };
}

export async function validateSession(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
  const id = hashToken(token);
  // One statement (the session, its user and the user's districts), not Prisma's three for
  // the nested select: every signed-in request and every write pays for this lookup, so it
  // goes straight to the pool, prepared once per connection (lib/db/sql-transaction.ts).
  const [session] = await pooledSql(db).$queryRaw<SessionRow[]>`
    SELECT s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", u.id, u.username, u.display_name AS "displayName", u.role::text AS role,
           u.disabled, u.must_change_password AS "mustChangePassword",
           ARRAY(SELECT d.district_id FROM user_district d WHERE d.user_id = u.id ORDER BY d.district_id) AS "districtIds"
    FROM session s JOIN app_user u ON u.id = s.user_id WHERE s.id = ${id}`;
  if (!session) return null;
  const expired = now >= session.expiresAt || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (expired || session.disabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return {
    id: session.id, username: session.username, displayName: session.displayName, role: session.role,
    mustChangePassword: session.mustChangePassword, districtIds: session.districtIds,
  };
}

type SessionRow = {
  lastSeenAt: Date; expiresAt: Date; id: number; username: string; displayName: string; role: Role;
  disabled: boolean; mustChangePassword: boolean; districtIds: number[];
};

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteUserSessions(db: Db, userId: number, exceptToken?: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, ...(exceptToken ? { id: { not: hashToken(exceptToken) } } : {}) } });
}
