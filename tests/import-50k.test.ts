// A province-sized import: 50,000 rows in one transaction, within a minute, all or
// nothing. Before the batched write path an import stopped at ~2,000 rows (Prisma's
// 5 s transaction timeout, one INSERT per row and per audit record).
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/sessions';
import { commitImport } from '@/lib/import/plan';
import type { RawRow } from '@/lib/import/parse-file';
import { APPEND_BATCH } from '@/lib/outcomes/append-revisions';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const ROWS = 50_000;
let admin: SessionUser;
let rows: RawRow[];

// Each row's quote states its figure (the figure-in-quote rule): one sentence per value 0–9.6.
const VALUES = Array.from({ length: 97 }, (_, tenths) => `${tenths / 10}`);
const quoteOf = (value: string) => `指标增长${value}%`;
const TEXT = `测试夹具（非官方数据）：批量导入测试用统计公报。${VALUES.map((value) => `${quoteOf(value)}；`).join('')}`;

beforeAll(async () => {
  admin = await makeUser(db, 'bulk-admin', 'admin');
  const districts = await db.district.findMany({ select: { code: true }, orderBy: { id: 'asc' } });
  const indicators = await db.indicator.findMany({ select: { key: true }, orderBy: { id: 'asc' } });
  // Every district × indicator × year 1950–2099, growth; then further revisions of the same series.
  rows = [];
  for (let index = 0; rows.length < ROWS; index += 1) {
    const district = districts[index % districts.length]!;
    const indicator = indicators[Math.floor(index / districts.length) % indicators.length]!;
    const year = 1950 + (Math.floor(index / (districts.length * indicators.length)) % 150);
    rows.push({
      line: rows.length + 2,
      cells: {
        district_code: district.code, indicator_key: indicator.key, year: String(year), measure: 'growth', value: VALUES[index % 97]!, unit: '%',
        vintage: index % 3 === 0 ? 'final' : 'preliminary', source_title: '批量导入测试公报', source_text: TEXT, quote: quoteOf(VALUES[index % 97]!),
      },
    });
  }
});

async function counts() {
  const [outcomes, audit, documents] = await Promise.all([
    db.outcome.count(), db.auditLog.count({ where: { action: 'outcome.record' } }), db.sourceDocument.count(),
  ]);
  return { outcomes, audit, documents };
}

describe('an import of 50,000 rows', () => {
  it('with a bad row at position 49,999 writes nothing and names the row', async () => {
    const before = await counts();
    const bad = rows.map((row, index) => (index === 49_998 ? { ...row, cells: { ...row.cells, indicator_key: 'no_such_indicator' } } : row));
    const result = await commitImport(db, admin, bad);
    expect(result.applied).toBe(false);
    const errors = result.plan.filter((row) => row.status === 'error');
    expect(errors.map((row) => row.line)).toEqual([bad[49_998]!.line]);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('failing while writing its last batch (rows 45,001–50,000, after 45,000 are in) writes nothing', async () => {
    const before = await counts();
    let inserts = 0;
    // The same client, except that the tenth batched outcome INSERT of the transaction fails, as a dropped connection would.
    const failing = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== '$transaction') return Reflect.get(target, property, receiver);
        return (callback: (tx: object) => Promise<unknown>, options?: object) => target.$transaction((tx) => callback(new Proxy(tx, {
          get(inner, name, innerReceiver) {
            const value = Reflect.get(inner, name, innerReceiver);
            if (name !== '$queryRawUnsafe') return value;
            return (sql: string, ...args: unknown[]) => {
              if (sql.includes('INSERT INTO outcome') && ++inserts === 10) throw new Error('injected failure in the last batch');
              return (value as (...all: unknown[]) => unknown).call(inner, sql, ...args);
            };
          },
        })) as never, options as never);
      },
    });
    await expect(commitImport(failing, admin, rows)).rejects.toThrow('injected failure');
    expect(inserts).toBe(10);
    expect(await counts()).toEqual(before);
  }, 120_000);

  it('commits every row in one transaction within a minute, each with its audit record, reporting progress per batch', async () => {
    const before = await counts();
    const progress: number[] = [];
    const started = Date.now();
    const result = await commitImport(db, admin, rows, (written) => progress.push(written));
    const seconds = (Date.now() - started) / 1000;
    expect(result).toMatchObject({ applied: true, created: expect.any(Number), revised: expect.any(Number) });
    expect(result.created + result.revised).toBe(ROWS);
    expect(seconds).toBeLessThan(60);
    const after = await counts();
    expect(after.outcomes - before.outcomes).toBe(ROWS);
    expect(after.audit - before.audit).toBe(ROWS);
    // One new document per district (the same text is stored once per district).
    expect(after.documents - before.documents).toBe(await db.district.count());
    expect(progress).toEqual(Array.from({ length: Math.ceil(ROWS / APPEND_BATCH) }, (_, index) => Math.min(ROWS, (index + 1) * APPEND_BATCH)));
    // Revisions stay contiguous per series (1, 2, 3 … in row order).
    const gaps = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT revision, row_number() OVER (PARTITION BY district_id, indicator_id, year, measure ORDER BY revision) AS expected FROM outcome) s
      WHERE revision <> expected`;
    expect(Number(gaps[0]!.n)).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.record', actorId: admin.id }, orderBy: { id: 'desc' } });
    expect(audit.after).toMatchObject({ via: 'import', line: rows.at(-1)!.line });
    console.info(`50,000-row import committed in ${seconds.toFixed(1)} s`);
  }, 120_000);
});
