import 'server-only';
import type { SessionUser } from '@/lib/auth/sessions';
import { findImportProgress } from './data';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * GET /import/progress/<id>: the progress of the caller's own running import. 401 without
 * a session; 404 for an id that is malformed, another user's, or of an import that has
 * answered (the page then has the answer itself).
 */
export async function importProgressResponse(user: SessionUser | null, id: string): Promise<Response> {
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: NO_STORE });
  const progress = UUID.test(id) ? await findImportProgress(id, user.id) : null;
  return progress ? Response.json(progress, { headers: NO_STORE }) : Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
}
