// plainRows reads through the pool Prisma's adapter uses and must give the rows
// $queryRawUnsafe gives for the same statement: every type it lets through, nulls, times to
// the millisecond (fractions a float can miss), JSON.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase, type TestDatabase } from '@/tests/test-database';
import { intArray, plainArrays, plainRows } from './plain-rows';

let database: TestDatabase;

beforeAll(async () => {
  database = await useTestDatabase('migrated');
});

// Each fraction of a second is one a float can miss: 1000 × 0.057 is 57.00000000000001, 1000 × 0.0089999 is 8.9999.
const TIMES = ['2024-03-01 08:00:00.057+00', '2024-03-01 08:00:00.0089999+00', '1999-12-31 23:59:59.999999+00', '2026-06-30 16:00:00+08', '2024-02-29 00:00:00.000500+00', '0099-01-01 00:00:00+00'];

const STATEMENT = `
  SELECT n::int AS "id", ('第' || n || '项')::text AS "name", (n % 2 = 0) AS "even", NULL::text AS "none",
         (ARRAY[${TIMES.map((time) => `'${time}'::timestamptz`).join(', ')}])[n] AS "at",
         jsonb_build_object('n', n, 'list', jsonb_build_array(n, 'x')) AS "json", n::smallint AS "small", ('v' || n)::varchar(8) AS "short"
  FROM unnest($1::int[]) AS n ORDER BY n`;

describe('plainRows', () => {
  it('gives the rows $queryRawUnsafe gives, type for type', async () => {
    const ids = TIMES.map((_time, index) => index + 1);
    const plain = await plainRows<Record<string, unknown>>(database.db, STATEMENT, [intArray(ids)]);
    const prisma = await database.db.$queryRawUnsafe<Record<string, unknown>[]>(STATEMENT, intArray(ids));
    expect(plain).toHaveLength(TIMES.length);
    expect(plain).toEqual(prisma);
    expect(plain.map((row) => (row.at as Date).toISOString())).toEqual(prisma.map((row) => (row.at as Date).toISOString()));
    expect(plain[0]).toMatchObject({ id: 1, name: '第1项', even: false, none: null, json: { n: 1, list: [1, 'x'] }, small: 1, short: 'v1' });
  });

  it('gives the same rows as a prepared (named) statement, on every call, whatever the parameters', async () => {
    const expected = await plainRows<Record<string, unknown>>(database.db, STATEMENT, [intArray([1, 2, 3])]);
    // More than five calls: PostgreSQL may switch the named statement to its generic plan after five.
    for (let call = 0; call < 7; call += 1) {
      expect(await plainRows(database.db, STATEMENT, [intArray([1, 2, 3])], { prepared: true })).toEqual(expected);
    }
    expect(await plainRows(database.db, STATEMENT, [intArray([4])], { prepared: true })).toEqual(await plainRows(database.db, STATEMENT, [intArray([4])]));
  });

  it('reads through Prisma inside a transaction (no pool of its own there), with the same rows', async () => {
    const inTransaction = await database.db.$transaction((tx) => plainRows<Record<string, unknown>>(tx, STATEMENT, [intArray([2, 3])]));
    expect(inTransaction).toEqual(await plainRows(database.db, STATEMENT, [intArray([2, 3])]));
  });

  it('refuses a column whose value the two paths read differently, rather than give it another shape', async () => {
    await expect(plainRows(database.db, 'SELECT 1::bigint AS "count"')).rejects.toThrow(/"count" has type oid 20; cast it/);
    await expect(plainRows(database.db, 'SELECT 1.50::numeric AS "value"')).rejects.toThrow(/"value" has type oid 1700/);
  });

  it('gives the same values as arrays, in column order, through the pool and through Prisma in a transaction', async () => {
    const ids = TIMES.map((_time, index) => index + 1);
    const rows = await plainRows<Record<string, unknown>>(database.db, STATEMENT, [intArray(ids)]);
    const arrays = await plainArrays(database.db, STATEMENT, [intArray(ids)]);
    expect(arrays).toEqual(rows.map((row) => Object.values(row)));
    expect(await database.db.$transaction((tx) => plainArrays(tx, STATEMENT, [intArray(ids)]))).toEqual(arrays);
    await expect(plainArrays(database.db, 'SELECT 1::bigint AS "count"')).rejects.toThrow(/"count" has type oid 20; cast it/);
  });
});
