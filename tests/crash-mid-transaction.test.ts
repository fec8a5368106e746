// A crash in the middle of a write (here: an exception thrown by the database
// client partway through the transaction) leaves the database exactly as before.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { type RawSql, SQL_TRANSACTION } from '@/lib/db/sql-transaction';
import { importOutcomes } from '@/lib/import/actions';
import { IMPORT_COLUMNS } from '@/lib/import/parse-file';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

/**
 * The same client, except that inside a transaction the `failAt`-th call of
 * `model.method` throws, as a crash or a dropped connection would. For raw SQL
 * (the batched inserts of appendOutcomeRevisions), `model` is '$queryRawUnsafe'
 * and `method` a text the statement contains ('INSERT INTO outcome').
 */
function crashingDb(model: string, method: string, failAt = 1): Db {
  let calls = 0;
  const wrapTx = (tx: object) => new Proxy(tx, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== model) return value;
      if (model === '$queryRawUnsafe') {
        return (sql: string, ...args: unknown[]) => {
          if (sql.includes(method)) {
            calls += 1;
            if (calls === failAt) throw new Error(`injected crash at ${method} #${calls}`);
          }
          return (value as (...all: unknown[]) => unknown).call(target, sql, ...args);
        };
      }
      return new Proxy(value as object, {
        get(delegate, name, inner) {
          const fn = Reflect.get(delegate, name, inner);
          if (name !== method || typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            calls += 1;
            if (calls === failAt) throw new Error(`injected crash at ${model}.${method} #${calls}`);
            return fn.apply(delegate, args);
          };
        },
      });
    },
  });
  return new Proxy(db, {
    get(target, property, receiver) {
      // The record form's write runs as a sqlTransaction (lib/db/sql-transaction.ts), others in $transaction.
      if (property === SQL_TRANSACTION) {
        const run = Reflect.get(target, property, receiver) as unknown as <R>(fn: (tx: RawSql) => Promise<R>) => Promise<R>;
        return (callback: (tx: RawSql) => Promise<unknown>) => run((tx) => callback(wrapTx(tx) as RawSql));
      }
      if (property !== '$transaction') return Reflect.get(target, property, receiver);
      return (callback: unknown, options?: unknown) => {
        if (typeof callback !== 'function') return target.$transaction(callback as never, options as never);
        return target.$transaction((tx) => callback(wrapTx(tx)), options as never);
      };
    },
  }) as Db;
}

/** Everything a write could touch, as row counts and the latest ids. */
async function snapshot() {
  const [outcomes, documents, audit, targets, maxOutcome, maxAudit] = await Promise.all([
    db.outcome.count(), db.sourceDocument.count(), db.auditLog.count(), db.target.count(),
    db.outcome.aggregate({ _max: { id: true } }), db.auditLog.aggregate({ _max: { id: true } }),
  ]);
  return { outcomes, documents, audit, targets, maxOutcome: maxOutcome._max.id, maxAudit: maxAudit._max.id };
}

let staff: SessionUser;
let admin: SessionUser;
let targetId: number;
let bozhouDocumentId: number;
let series: { districtId: number; indicatorId: number; year: number; measure: 'growth' };
const TEXT = '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.4%。';

beforeAll(async () => {
  const bozhou = await db.district.findUniqueOrThrow({ where: { code: '520304' } });
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  staff = await makeUser(db, 'crash-staff', 'staff', [liangping.id]);
  admin = await makeUser(db, 'crash-admin', 'admin');
  const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
  targetId = target.id;
  series = { districtId: liangping.id, indicatorId: target.indicatorId, year: 2024, measure: 'growth' };
  bozhouDocumentId = (await db.sourceDocument.findFirstOrThrow({ where: { districtId: bozhou.id, year: 2025 } })).id;
});

describe('a crash mid-transaction leaves the database as before', () => {
  const input = { targetId: 0, baseRevision: 0, value: '7.4', unit: '%', vintage: 'preliminary', quote: '地区生产总值同比增长7.4%', documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具', newText: TEXT };

  it.each([
    // The document and its audit row are one statement, as are the revision and its audit row.
    ['the new document is written, the revision (with its audit row) fails', '$queryRawUnsafe', 'INSERT INTO outcome', 1],
    ['document, revision and audit rows are written, the stored verdict fails', '$queryRawUnsafe', 'ON CONFLICT (target_id) DO UPDATE', 1],
  ])('recording a revision: %s', async (_label, model, method, failAt) => {
    const before = await snapshot();
    const latest = await db.outcome.findFirst({ where: series, orderBy: { revision: 'desc' }, select: { revision: true } });
    const result = await executeAction(recordOutcome, { db: crashingDb(model, method, failAt), user: staff }, { ...input, targetId, baseRevision: latest?.revision ?? 0 });
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('the same revision without the crash is saved (the fault was the only reason)', async () => {
    const before = await snapshot();
    const latest = await db.outcome.findFirst({ where: series, orderBy: { revision: 'desc' }, select: { revision: true } });
    const result = await executeAction(recordOutcome, { db, user: staff }, { ...input, targetId, baseRevision: latest?.revision ?? 0 });
    expect(result.ok).toBe(true);
    expect((await snapshot()).outcomes).toBe(before.outcomes + 1);
  });

  it('an import that crashes after writing its rows commits none of them', async () => {
    const rows = [
      `520304,gdp,2024,growth,5,%,final,${bozhouDocumentId},,,地区生产总值增长5%,`,
      `520304,budget_revenue,2024,growth,2.8,%,final,${bozhouDocumentId},,,一般公共预算收入增长2.8%,`,
    ];
    const bytes = new TextEncoder().encode(`${IMPORT_COLUMNS.join(',')}\n${rows.join('\n')}\n`);
    const before = await snapshot();
    // Rows are written in batches (one INSERT for both rows here): crash at the revisions' audit rows, after the outcomes are in.
    const crashed = await executeAction(importOutcomes, { db: crashingDb('$queryRawUnsafe', 'INSERT INTO audit_log', 1), user: admin }, { mode: 'commit', file: { name: 'x.csv', bytes } });
    expect(crashed.ok, JSON.stringify(crashed).slice(0, 600)).toBe(false);
    expect(await snapshot()).toEqual(before);
    const crashedOnAudit = await executeAction(importOutcomes, { db: crashingDb('$queryRawUnsafe', 'INSERT INTO outcome', 1), user: admin }, { mode: 'commit', file: { name: 'x.csv', bytes } });
    expect(crashedOnAudit.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
    const clean = await executeAction(importOutcomes, { db, user: admin }, { mode: 'commit', file: { name: 'x.csv', bytes } });
    expect(clean).toMatchObject({ ok: true, data: { applied: true } });
  });
});
