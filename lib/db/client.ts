import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Db = PrismaClient;

/**
 * How long a write waits for a pooled connection before it is refused as busy. Prisma's 2 s
 * refused writes when 32 writers met a loaded machine (bench, session 7), where queueing a few
 * seconds longer saves them; past this the action answers 'busy' (lib/actions/define-action.ts).
 */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }), transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
}
