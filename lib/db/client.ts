import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { registerPool } from './plain-rows';

export type Db = PrismaClient;

/**
 * How long a write waits for a pooled connection before it is refused as busy. Prisma's 2 s
 * refused writes when 32 writers met a loaded machine (bench, session 7), where queueing a few
 * seconds longer saves them; past this the action answers 'busy' (lib/actions/define-action.ts).
 */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

export function createDb(connectionString: string): Db {
  // The pool is made here (as the adapter would make it) so that bulk reads can use it too (plain-rows.ts).
  const pool = new pg.Pool({ connectionString });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
  registerPool(client, pool);
  return client;
}
