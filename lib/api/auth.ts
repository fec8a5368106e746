import { hashToken } from '@/lib/auth/session-token';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';

export type Reader = { kind: 'session'; user: SessionUser } | { kind: 'token'; tokenId: number; userId: number } | { kind: 'anonymous' };

// lastUsedAt is for the admin page; once a minute is precise enough and spares a write per request.
const TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * Who is reading. A Bearer token, when sent, must be valid (a revoked or unknown
 * token is refused even where reading is open, so a client learns its token is
 * dead); without one, the session cookie's user, else anonymous.
 */
export async function identifyReader(db: Db, authorization: string | null, sessionUser: () => Promise<SessionUser | null>, now = new Date()): Promise<Reader | null> {
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match?.[1]) return null;
    const token = await db.apiToken.findUnique({ where: { tokenHash: hashToken(match[1]) }, select: { id: true, revokedAt: true, lastUsedAt: true, createdById: true, createdBy: { select: { disabled: true } } } });
    if (!token || token.revokedAt || token.createdBy.disabled) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    return { kind: 'token', tokenId: token.id, userId: token.createdById };
  }
  const user = await sessionUser();
  return user ? { kind: 'session', user } : { kind: 'anonymous' };
}
