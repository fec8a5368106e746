// The record form's write runs on the pg pool without Prisma's interactive transaction
// (lib/db/sql-transaction.ts). It must read rows as Prisma's raw queries do, keep all or
// nothing, and refuse as 'busy' when no connection frees up in time, writing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { createSession, type SessionUser, validateSession } from '@/lib/auth/sessions';
import { createDb } from '@/lib/db/client';
import { pooledSql, sqlTransaction } from '@/lib/db/sql-transaction';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db, url } = await freshTestDatabase();
const TEXT = '测试夹具（非官方数据）：2024年全区地区生产总值同比增长6.6%。';
let staff: SessionUser;
let targetId: number;
let series: { districtId: number; indicatorId: number; year: number; measure: 'growth' };

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  staff = await makeUser(db, 'sql-tx-staff', 'staff', [liangping.id]);
  const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
  targetId = target.id;
  series = { districtId: liangping.id, indicatorId: target.indicatorId, year: 2024, measure: 'growth' };
});

const input = () => ({ targetId, value: '6.6', unit: '%', vintage: 'preliminary', quote: '地区生产总值同比增长6.6%', documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具', newText: TEXT });
const latestRevision = async () => (await db.outcome.findFirst({ where: series, orderBy: { revision: 'desc' }, select: { revision: true } }))?.revision ?? 0;
const counts = async () => ({ outcomes: await db.outcome.count(), documents: await db.sourceDocument.count(), audit: await db.auditLog.count() });

describe('sqlTransaction and pooledSql', () => {
  it('reads rows as Prisma raw queries do: timestamps in UTC, dates, numeric, bigint, json, arrays, nulls', async () => {
    const sql = `SELECT o.recorded_at AS "recordedAt", o.value, o.revision, count(*) OVER () AS total, DATE '2024-03-01' AS day,
      '{"a":[1,"二"]}'::jsonb AS doc, ARRAY[3, 1] AS ids, NULL::text AS nothing, TIMESTAMP '2024-06-30 23:59:59.123' AS late
      FROM outcome o ORDER BY o.id LIMIT 3`;
    const viaPrisma = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    const viaPg = await sqlTransaction(db, (tx) => tx.$queryRawUnsafe<Record<string, unknown>[]>(sql));
    expect(viaPrisma.length).toBeGreaterThan(0);
    expect(viaPg).toEqual(viaPrisma);
    // Single statements on the pool (the session lookup) read them the same way.
    expect(await pooledSql(db).$queryRawUnsafe(sql)).toEqual(viaPrisma);
    expect((viaPg[0]!.late as Date).toISOString()).toBe('2024-06-30T23:59:59.123Z');
    expect(typeof viaPg[0]!.total).toBe('bigint');
    // Tagged templates bind their values as parameters.
    const [row] = await sqlTransaction(db, (tx) => tx.$queryRaw<{ n: number; t: string }[]>`SELECT ${41}::int + 1 AS n, ${"it's"}::text AS t`);
    expect(row).toEqual({ n: 42, t: "it's" });
  });

  it('keeps nothing of a transaction that fails', async () => {
    const before = await counts();
    await expect(sqlTransaction(db, async (tx) => {
      await tx.$queryRawUnsafe(`INSERT INTO app_setting (key, value, updated_at) VALUES ('sql-tx-probe', 'true'::jsonb, now())`);
      throw new Error('fails after its first statement');
    })).rejects.toThrow('fails after its first statement');
    expect(await db.appSetting.count({ where: { key: 'sql-tx-probe' } })).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('records an outcome, refuses it as busy when no connection frees up in time (writing nothing), and records it once one does', async () => {
    // One connection, held by a long transaction; the write may wait 200 ms for it.
    const crowded = createDb(url, { max: 1, maxWaitMs: 200 });
    // The connection opened first (opening one may take longer than the wait), then held.
    await sqlTransaction(crowded, (tx) => tx.$queryRaw`SELECT 1`);
    let release!: () => void;
    let holding!: () => void;
    const started = new Promise<void>((resolve) => { holding = resolve; });
    const held = sqlTransaction(crowded, async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      holding();
      await new Promise<void>((resolve) => { release = resolve; });
    });
    await started;
    const before = await counts();
    const base = await latestRevision();
    const refused = await executeAction(recordOutcome, { db: crowded, user: staff }, { ...input(), baseRevision: base });
    release();
    await held;
    expect(refused).toMatchObject({ ok: false, code: 'busy' });
    expect(await counts()).toEqual(before);
    const saved = await executeAction(recordOutcome, { db: crowded, user: staff }, { ...input(), baseRevision: base });
    expect(saved).toMatchObject({ ok: true, data: { revision: base + 1 } });
    expect(await counts()).toEqual({ outcomes: before.outcomes + 1, documents: before.documents + 1, audit: before.audit + 2 });
    await crowded.$disconnect();
  });

  it('agrees with Prisma on a server whose TimeZone is not UTC: a session Prisma wrote is valid, a time written here reads the same through Prisma', async () => {
    // Every connection of this client in Kathmandu time (+05:45), as a PostgreSQL set up in China runs in Asia/Shanghai.
    const local = new URL(url);
    local.searchParams.set('options', '-c TimeZone=Asia/Kathmandu');
    const away = createDb(local.toString());
    try {
      expect((await away.$queryRawUnsafe<{ zone: string }[]>("SELECT current_setting('TimeZone') AS zone"))[0]!.zone).toBe('Asia/Kathmandu');
      const user = await makeUser(away, 'sql-tx-away', 'staff', []);
      const { token } = await createSession(away, user.id);
      // The lookup runs on the pool (pooledSql), the session was written by Prisma.
      expect(await validateSession(away, token)).toMatchObject({ id: user.id, username: 'sql-tx-away' });
      // A time written on the pool reads back through Prisma as the same instant, and the other way round.
      const at = new Date('2026-12-01T08:00:00.057Z');
      const [written] = await sqlTransaction(away, (tx) => tx.$queryRaw<{ id: string }[]>`UPDATE session SET last_seen_at = ${at} WHERE user_id = ${user.id} RETURNING id`);
      expect(written).toBeDefined();
      expect((await away.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt.toISOString()).toBe(at.toISOString());
      const [read] = await pooledSql(away).$queryRaw<{ lastSeenAt: Date }[]>`SELECT last_seen_at AS "lastSeenAt" FROM session WHERE user_id = ${user.id}`;
      expect(read!.lastSeenAt.toISOString()).toBe(at.toISOString());
    } finally {
      await away.$disconnect();
    }
  });
});
