import 'server-only';
import { type SessionUser, validateSession } from '@/lib/auth/sessions';
import { db } from '@/lib/db';

/** The user a session cookie's token belongs to, or null for an unknown, expired or disabled one. */
export async function findSessionUser(token: string): Promise<SessionUser | null> {
  return validateSession(db, token);
}

/** The role of a user who just signed in, to pick their start page. */
export async function findUserRole(userId: number): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  return user?.role ?? null;
}
