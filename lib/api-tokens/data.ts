import 'server-only';
import { db } from '@/lib/db';

/** Tokens for the admin page: never the hash, which is all the database has. */
export async function listApiTokens() {
  return db.apiToken.findMany({ orderBy: { id: 'desc' }, select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true, scope: true, createdBy: { select: { displayName: true } } } });
}
