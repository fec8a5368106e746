import type { Db } from '@/lib/db/client';
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
  const session = await db.session.findUnique({
    where: { id },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, username: true, displayName: true, role: true, disabled: true, mustChangePassword: true, districts: { select: { districtId: true } } } },
    },
  });
  if (!session) return null;
  const expired = now >= session.expiresAt || now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (expired || session.user.disabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const { user } = session;
  return {
    id: user.id, username: user.username, displayName: user.displayName, role: user.role,
    mustChangePassword: user.mustChangePassword, districtIds: user.districts.map((row) => row.districtId),
  };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: hashToken(token) } });
}

export async function deleteUserSessions(db: Db, userId: number, exceptToken?: string): Promise<void> {
  await db.session.deleteMany({ where: { userId, ...(exceptToken ? { id: { not: hashToken(exceptToken) } } : {}) } });
}
