import { hashToken } from '@/lib/auth/session-token';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import type { ApiTokenScope } from '@/lib/api-tokens/scopes';

export type Reader = { kind: 'session'; user: SessionUser } | { kind: 'token'; tokenId: number; userId: number; scope: ApiTokenScope } | { kind: 'anonymous' };

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
    const token = await db.apiToken.findUnique({ where: { tokenHash: hashToken(match[1]) }, select: { id: true, revokedAt: true, lastUsedAt: true, createdById: true, scope: true, createdBy: { select: { disabled: true, role: true } } } });
    // Only admins create tokens; a token lives only as long as its creator is an enabled admin,
    // checked here at each use (a demotion needs no clean-up to take effect).
    if (!token || token.revokedAt || token.createdBy.disabled || token.createdBy.role !== 'admin') return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    return { kind: 'token', tokenId: token.id, userId: token.createdById, scope: token.scope };
  }
  const user = await sessionUser();
  return user ? { kind: 'session', user } : { kind: 'anonymous' };
}
