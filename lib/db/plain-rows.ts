// Bulk reads straight through the pg pool Prisma's adapter uses (same connections, same
// limit), for the statements that read thousands of rows a request (a national export reads
// ~43k targets a year in chunks). Prisma's raw-query path turns pg's rows into its own
// result set and back into objects, with its own garbage: about a sixth of the export's
// CPU. The rows given back are the ones $queryRawUnsafe gives for the same statement
// (plain-rows.test.ts compares them), so callers can move without changing what they read.
import pg from 'pg';
import { statementName } from './statement-names';

const POOL = Symbol.for('district-targets.plainRowsPool');

/** Called by createDb: the pool its adapter was given (also reachable through lib/db's proxy). */
export function registerPool(client: object, pool: pg.Pool): void {
  Object.defineProperty(client, POOL, { value: pool });
}

/** Anything that runs raw SQL: a client made by createDb, lib/db's proxy, or a transaction. */
type RawClient = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T> };

// Types whose value is the same whichever path reads it. Others (int8: Prisma gives a bigint,
// pg a string; numeric; dates) are refused: cast them in SQL (::text, ::int).
const SAME_TYPES = new Set([16, 21, 23, 25, 1043, 3802, 114, 1184]);
const TIMESTAMPTZ = 1184;
// As @prisma/adapter-pg reads a timestamptz (its text with the offset replaced by +00:00, then
// Date), so a time reads the same either way even on a server whose TimeZone is not UTC,
// where pg's own parser (which applies the offset) would give another instant.
// Its usual text ("2024-03-01 08:00:00.057+00") is read without the two regular expressions.
export const timestamptz = (text: string) =>
  new Date(text.charCodeAt(10) === 0x20 && text.endsWith('+00') ? `${text.slice(0, 10)}T${text.slice(11, -3)}Z` : text.replace(' ', 'T').replace(/[+-]\d{2}(:\d{2})?$/, '+00:00'));
const types = { getTypeParser: (oid: number, format?: string) => (oid === TIMESTAMPTZ ? timestamptz : pg.types.getTypeParser(oid, format as 'text')) };

/**
 * The rows of one statement ($1, $2… placeholders), as `client.$queryRawUnsafe(text, ...values)` gives them.
 * A client without a registered pool (a transaction, an ended pool) reads through Prisma.
 *
 * `prepared`: a named statement (statement-names.ts), parsed once per connection and left to
 * PostgreSQL's plan cache (plan_cache_mode auto: a generic plan once it costs no more than the
 * custom ones). For the reading pages' fixed small statements, run on every view: unnamed, each
 * was parsed and planned again on every call, and planning cost as much as executing (the district
 * and indicator pages' reads: ~6–7 → ~3–4 ms of PostgreSQL CPU a view). Not for bulk reads whose
 * best plan depends on an array's size (the exports' chunks).
 */
export async function plainRows<T>(client: RawClient, text: string, values: readonly unknown[] = [], options: { prepared?: boolean } = {}): Promise<T[]> {
  const pool = (client as { [POOL]?: pg.Pool })[POOL];
  if (!pool || pool.ended) return client.$queryRawUnsafe<T[]>(text, ...values);
  const name = options.prepared ? statementName(text) : undefined;
  const result = await pool.query({ name, text, values: [...values], types });
  for (const field of result.fields) {
    if (!SAME_TYPES.has(field.dataTypeID)) throw new Error(`plainRows: column "${field.name}" has type oid ${field.dataTypeID}; cast it in SQL`);
  }
  return result.rows as T[];
}

/**
 * plainRows' rows as arrays, values in the statement's column order: for a bulk read of many
 * columns (a scorecard chunk: ~1,500 rows of ~45), where pg's named rows cost a copied object
 * and a keyed store per value. Through Prisma (no pool) each row's values are taken in order.
 */
export async function plainArrays(client: RawClient, text: string, values: readonly unknown[] = []): Promise<unknown[][]> {
  const pool = (client as { [POOL]?: pg.Pool })[POOL];
  if (!pool || pool.ended) return (await client.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values)).map((row) => Object.values(row));
  const result = await pool.query({ text, values: [...values], types, rowMode: 'array' });
  for (const field of result.fields) {
    if (!SAME_TYPES.has(field.dataTypeID)) throw new Error(`plainArrays: column "${field.name}" has type oid ${field.dataTypeID}; cast it in SQL`);
  }
  return result.rows as unknown[][];
}

/** Ids as one array literal for `$n::int[]`: made once, sent by every statement of a chunk. */
export function intArray(ids: readonly number[]): string {
  return `{${ids.join(',')}}`;
}
