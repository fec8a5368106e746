import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { onPool, SQL_STATEMENTS, SQL_TRANSACTION, statementsOn } from '@/lib/db/sql-transaction';
import { registerPool } from './plain-rows';

export type Db = PrismaClient;

/**
 * How long a write waits for a pooled connection before it is refused as busy. Prisma's 2 s
 * refused writes when 32 writers met a loaded machine (bench, session 7), where queueing a few
 * seconds longer saves them; past this the action answers 'busy' (lib/actions/define-action.ts).
 */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

/**
 * A client on its own pool, which sqlTransaction (lib/db/sql-transaction.ts) shares: one set
 * of connections. `options` (tests): a smaller pool, a shorter wait for a connection.
 */
export function createDb(connectionString: string, options: { max?: number; maxWaitMs?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString, ...(options.max ? { max: options.max } : {}) });
  // An idle connection the server closed is dropped by the pool; unheard, its 'error' event
  // would end the process (Prisma's adapter listens only once it has connected).
  pool.on('error', () => {});
  const maxWait = options.maxWaitMs ?? TRANSACTION_MAX_WAIT_MS;
  // disposeExternalPool: $disconnect ends the pool, as it ended the adapter's own.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: { maxWait } });
  // Configurable: a wrapper of the client (a test's fault injection, a Proxy) may answer with its own.
  Object.defineProperty(client, SQL_TRANSACTION, { value: onPool(pool, maxWait), configurable: true });
  Object.defineProperty(client, SQL_STATEMENTS, { value: statementsOn(pool), configurable: true });
  // Bulk reads (exports) on the same pool (plain-rows.ts).
  registerPool(client, pool);
  return client;
}
