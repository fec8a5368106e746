// What an API token may read. Checked at every use (lib/api/serve.ts), together with
// its creator still being an admin, so narrowing or demoting takes effect at once.
import type { ApiTokenScope } from '@/lib/generated/prisma/enums';

export const API_TOKEN_SCOPES = ['read_all', 'read_scorecards'] as const satisfies readonly ApiTokenScope[];
export type { ApiTokenScope };
