import { getCurrentUser } from '@/lib/auth/current-user';
import { scorecardsEndpoint, serveApi } from '@/lib/api/serve';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return serveApi(request, getCurrentUser, scorecardsEndpoint);
}
