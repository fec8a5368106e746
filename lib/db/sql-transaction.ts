// A transaction of raw statements on the pool Prisma uses, without Prisma's interactive-
// transaction machinery: for the writes every staff member makes all day (a recorded
// outcome), whose statements are all raw SQL. Prisma's interactive transaction cost ~0.3 ms
// of Node CPU a statement more than the pg client it runs on, and ~0.8 ms to begin and end
// (an 8-statement transaction: 2.5-3.3 ms against 0.6-0.9 ms; bench/results.md, session 9),
// a quarter of a write's server CPU. Statements, locks and isolation are the same (BEGIN,
// read committed, COMMIT or ROLLBACK); rows come back as Prisma's raw queries give them
// (timestamps as UTC, numeric as Decimal, bigint as BigInt, json parsed).
import pg from 'pg';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { timestamptz } from './plain-rows';
import { statementName } from './statement-names';

/** Raw SQL as the write paths run it: Prisma's client, its transaction, or sqlTransaction's. */
export type RawSql = {
  // `any[]` as Prisma declares them: a Prisma client or transaction is a RawSql too.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  $queryRawUnsafe<T = unknown>(query: string, ...values: any[]): Promise<T>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: any[]): Promise<T>;
};

/**
 * Where createDb (lib/db/client.ts) puts the client's own way to run a sqlTransaction: on the
 * pool it gave Prisma's adapter (onPool). A symbol, so that a wrapper of the client (a test's
 * fault injection) can wrap it as it wraps $transaction.
 */
export const SQL_TRANSACTION = Symbol.for('target-tracker.sql-transaction');
type RunOn = <R>(fn: (tx: RawSql) => Promise<R>) => Promise<R>;

/**
 * Runs `fn` in one transaction on the client's pool (see the top of this file); a client
 * made without createDb (a test's own PrismaClient) runs it in Prisma's transaction. No free
 * connection within the client's wait: refused as 'busy', nothing written, as Prisma's P2028.
 */
export async function sqlTransaction<R>(db: { $transaction: <T>(fn: (tx: Prisma.TransactionClient) => Promise<T>) => Promise<T> }, fn: (tx: RawSql) => Promise<R>): Promise<R> {
  const run = (db as unknown as Record<symbol, RunOn | undefined>)[SQL_TRANSACTION];
  return run ? run(fn) : db.$transaction(fn);
}

/** Where createDb puts single statements on its pool (pooledSql), each outside any transaction, prepared as sqlTransaction's. */
export const SQL_STATEMENTS = Symbol.for('target-tracker.sql-statements');

/**
 * The client's pool for one statement at a time (no transaction), for a lookup every request
 * makes (the session): no Prisma overhead, parsed once per connection. A client made without
 * createDb answers itself.
 */
export function pooledSql(db: RawSql): RawSql {
  return (db as unknown as Record<symbol, RawSql | undefined>)[SQL_STATEMENTS] ?? db;
}

/** pooledSql's statements on this pool. */
export function statementsOn(pool: pg.Pool): RawSql {
  return sqlOn(pool);
}

/** sqlTransaction on this pool, waiting at most `maxWaitMs` for a connection. */
export function onPool(pool: pg.Pool, maxWaitMs: number): RunOn {
  return async (fn) => {
    const client = await connect(pool, maxWaitMs);
    // A connection lost mid-transaction is reported on the client as well as to the pending
    // query; unheard, the 'error' event would end the process.
    const onError = () => {};
    client.on('error', onError);
    let broken = false;
    try {
      // One round trip. Generic plans: see statementName.
      await client.query('BEGIN; SET LOCAL plan_cache_mode = force_generic_plan');
      const result = await fn(sqlOn(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.removeListener('error', onError);
      // A connection that could not roll back is discarded, not handed to the next write.
      client.release(broken);
    }
  };
}

async function connect(pool: pg.Pool, maxWaitMs: number): Promise<pg.PoolClient> {
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const connecting = pool.connect();
  try {
    return await Promise.race([connecting, new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError('busy', `no database connection within ${maxWaitMs} ms`)), maxWaitMs);
    })]);
  } catch (error) {
    late = true;
    throw error;
  } finally {
    clearTimeout(timer);
    // The connection that comes after the wait gave up goes back to the pool unused.
    if (late) connecting.then((client) => client.release(), () => {});
  }
}

/** Prisma's raw-query results: its adapter (@prisma/adapter-pg) and client give these types. */
const parsers: Record<number, (value: string) => unknown> = {
  1114: (value) => new Date(`${value.replace(' ', 'T')}Z`), // timestamp: stored as UTC
  // timestamptz as Prisma reads it (its offset replaced by +00:00), never pg's own parser: on a server whose TimeZone is not
  // UTC the two give different instants, and a session Prisma wrote was read as expired (multi-instance test, TZ=Asia/Kathmandu).
  1184: timestamptz,
  1082: (value) => new Date(`${value}T00:00:00Z`), // date
  1700: (value) => new Prisma.Decimal(value), // numeric
  20: (value) => BigInt(value), // int8 (count(*))
};
const types = { getTypeParser: (oid: number, format?: string) => (format !== 'binary' && parsers[oid]) || pg.types.getTypeParser(oid, format as 'text') };

/**
 * Dates as Prisma's adapter sends them: the UTC wall clock without an offset ("2026-12-01 08:00:00.057"), which the
 * server reads in its TimeZone, as it reads every date Prisma writes; an ISO string with its Z would be another
 * instant there, and a row written here would read differently through Prisma.
 */
function param(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace(/(?:\.000)?Z$/, '');
  if (Array.isArray(value)) return value.map(param);
  return value;
}

/**
 * Each statement is prepared once per connection (a named statement) and, within these
 * transactions only (SET LOCAL), run with its generic plan: PostgreSQL then neither parses nor
 * plans it again. Planning cost more than executing a recorded outcome's statements (4.9 ms
 * against 3.7 ms, pg_stat_statements, session 9), and left to choose, PostgreSQL re-planned
 * the four largest on every call; their generic plans execute as fast (the continuation's
 * reads faster). Meant for statements over a handful of rows, as a form's write is: a bulk
 * path whose plan depends on its arrays' sizes should keep Prisma's transaction. The names,
 * and their bound on distinct texts: statement-names.ts. (A pooler in transaction mode must
 * support named statements: PgBouncer ≥ 1.21.)
 */
function sqlOn(client: pg.PoolClient | pg.Pool): RawSql {
  const run = async <T>(text: string, values: unknown[]): Promise<T> =>
    (await client.query({ name: statementName(text), text, values: values.map(param), types } as pg.QueryConfig)).rows as T;
  return {
    $queryRawUnsafe: <T>(query: string, ...values: unknown[]) => run<T>(query, values),
    $queryRaw: <T>(query: TemplateStringsArray, ...values: unknown[]) => {
      if (values.some((value) => value instanceof Prisma.Sql)) throw new Error('sqlTransaction: nested Prisma.sql fragments are not supported');
      return run<T>(query.reduce((text, part, index) => `${text}$${index}${part}`), values);
    },
  };
}
