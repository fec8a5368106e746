import { getCurrentUser } from '@/lib/auth/current-user';
import { serveApi, targetEndpoint } from '@/lib/api/serve';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return serveApi(request, getCurrentUser, targetEndpoint, await params);
}
