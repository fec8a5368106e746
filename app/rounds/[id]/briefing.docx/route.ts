import { serveRoundBriefing } from '@/lib/round-outputs/serve';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return serveRoundBriefing(request, (await params).id);
}
