import { getCurrentUser } from '@/lib/auth/current-user';
import { importProgressResponse } from '@/lib/import/progress-endpoint';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return importProgressResponse(await getCurrentUser(), (await params).id);
}
