// verdict_count, the overview's counts per district and year, is kept by triggers on
// target_verdict (migration 20261201160140_verdict_count) in the same statement as every
// write of a stored verdict, and `npm run verdicts:check` compares it with a fresh count.
// Real PostgreSQL, writes through the app's actions.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { reviewVerdict } from '@/lib/reviews/mutations';
import { FINAL_CODE_SQL } from '@/lib/verdict/final-status';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { refreshVerdicts } from '@/lib/verdicts/refresh';
import { getOverview } from '@/lib/views/overview';
import { makeUser } from './fixtures/users';
import { useTestDatabase, type TestDatabase } from './test-database';

const MIGRATION = path.join(process.cwd(), 'prisma', 'migrations', '20261201160140_verdict_count', 'migration.sql');
/** The triggers' function as it is now: static statements (session 8), replacing the EXECUTEd ones of MIGRATION. */
const STATIC_TRIGGERS = path.join(process.cwd(), 'prisma', 'migrations', '20261201200400_verdict_count_static', 'migration.sql');
type Counts = { total: number } & Record<VerdictCode, number>;

let database: TestDatabase;
let client: pg.Client;
beforeAll(async () => {
  database = await useTestDatabase();
  (globalThis as { db?: unknown }).db = database.db;
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

/** The stored row of a pair (zeros when none), and the same counted afresh from target_verdict. */
async function counts(year: number, districtId: number): Promise<{ stored: Counts; fresh: Counts }> {
  const columns = ['total', ...VERDICT_CODES];
  const zeros = Object.fromEntries(columns.map((column) => [column, 0])) as Counts;
  const stored = (await client.query<Counts>(`SELECT ${columns.join(', ')} FROM verdict_count WHERE year = $1 AND district_id = $2`, [year, districtId])).rows[0];
  const fresh = (await client.query<Counts>(`SELECT count(*)::int AS total, ${VERDICT_CODES.map((code) => `(count(*) FILTER (WHERE ${FINAL_CODE_SQL} = '${code}'))::int AS ${code}`).join(', ')}
    FROM target_verdict v WHERE v.year = $1 AND v.district_id = $2`, [year, districtId])).rows[0]!;
  return { stored: stored ?? zeros, fresh };
}

describe('verdict_count', () => {
  it('counts the final status exactly as FINAL_CODE_SQL states it', () => {
    const sql = fs.readFileSync(MIGRATION, 'utf8');
    // The backfill as written, the triggers' statement inside a quoted string (quotes doubled).
    expect(sql).toContain(FINAL_CODE_SQL);
    expect(sql).toContain(FINAL_CODE_SQL.replaceAll("'", "''"));
    // The function that replaced the triggers' EXECUTEd statement: each event's branch as written.
    const triggers = fs.readFileSync(STATIC_TRIGGERS, 'utf8');
    expect(triggers.split(FINAL_CODE_SQL).length - 1).toBe(4);
    expect(triggers).not.toMatch(/EXECUTE\s+'/);
  });

  it('starts equal to the stored verdicts of the seeded database', async () => {
    expect(await checkStoredVerdicts(database.db)).toMatchObject({ differences: 0, countDifferences: 0 });
    const [{ pairs }] = (await client.query<{ pairs: number }>('SELECT count(*)::int AS pairs FROM verdict_count WHERE total > 0')).rows as [{ pairs: number }];
    expect(pairs).toBeGreaterThan(0);
  });

  it('an outcome recorded and a verdict overridden through the app update the counts of their district and year, and the overview shows them', async () => {
    const liangping = await database.db.district.findUniqueOrThrow({ where: { code: '500155' } });
    const staff = await makeUser(database.db, 'count-staff', 'staff', [liangping.id]);
    const reviewer = await makeUser(database.db, 'count-reviewer', 'reviewer');
    const gdp = await database.db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
    const before = await counts(2024, liangping.id);
    expect(before.stored).toEqual(before.fresh);
    const verdictBefore = await database.db.targetVerdict.findUniqueOrThrow({ where: { targetId: gdp.id } });
    expect(verdictBefore.code).toBe('pending');

    const recorded = await executeAction(recordOutcome, { db: database.db, user: staff }, {
      targetId: gdp.id, baseRevision: 0, value: '7.2', unit: '%', vintage: 'final', quote: '地区生产总值同比增长7.2%',
      documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 verdict_count', newText: '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.2%。',
    });
    expect(recorded.ok).toBe(true);
    const decided = (await database.db.targetVerdict.findUniqueOrThrow({ where: { targetId: gdp.id } })).code;
    expect(decided).not.toBe('pending');
    const afterOutcome = await counts(2024, liangping.id);
    expect(afterOutcome.stored).toEqual(afterOutcome.fresh);
    expect(afterOutcome.stored.pending).toBe(before.stored.pending - 1);
    expect(afterOutcome.stored[decided]).toBe(before.stored[decided] + 1);
    expect(afterOutcome.stored.total).toBe(before.stored.total);

    // An override changes the final status, not the computed code: counted by the former.
    const overrideTo: VerdictCode = decided === 'missed' ? 'met' : 'missed';
    expect(await executeAction(reviewVerdict, { db: database.db, user: reviewer }, { targetId: gdp.id, kind: 'override', verdict: overrideTo, reason: '测试改判' })).toMatchObject({ ok: true });
    const afterOverride = await counts(2024, liangping.id);
    expect(afterOverride.stored).toEqual(afterOverride.fresh);
    expect(afterOverride.stored[decided]).toBe(afterOutcome.stored[decided] - 1);
    expect(afterOverride.stored[overrideTo]).toBe(afterOutcome.stored[overrideTo] + 1);

    const overview = await getOverview({ year: 2024, q: liangping.nameZh });
    const row = overview.rows.find((candidate) => candidate.district.id === liangping.id);
    expect(row?.counts[overrideTo]).toBe(afterOverride.stored[overrideTo]);
    expect(row?.total).toBe(afterOverride.stored.total);
    const all = await getOverview({ year: 'all', q: liangping.nameZh, verdict: overrideTo });
    expect(all.rows.find((candidate) => candidate.district.id === liangping.id && candidate.year === 2024)).toMatchObject({ total: afterOverride.stored[overrideTo] });
  });

  it('a rewrite that changes no status writes no count row', async () => {
    const target = await database.db.target.findFirstOrThrow({ where: { year: 2024 }, orderBy: { id: 'asc' } });
    const version = async () => (await client.query<{ xmin: string }>('SELECT xmin::text FROM verdict_count WHERE year = $1 AND district_id = $2', [2024, target.districtId])).rows[0]?.xmin;
    const before = await version();
    expect(before).toBeDefined();
    await database.db.$transaction((tx) => refreshVerdicts(tx, [target.id]));
    expect(await version()).toBe(before);
  });

  it('follows verdicts deleted and truncated behind the app\'s back; verdicts:check finds a wrong count and --fix repairs it', async () => {
    const target = await database.db.target.findFirstOrThrow({ where: { year: 2025 }, orderBy: { id: 'asc' } });
    const before = await counts(2025, target.districtId);
    await client.query('DELETE FROM target_verdict WHERE target_id = $1', [target.id]);
    const afterDelete = await counts(2025, target.districtId);
    expect(afterDelete.stored).toEqual(afterDelete.fresh);
    expect(afterDelete.stored.total).toBe(before.stored.total - 1);
    // The missing verdict is a difference; the counts agree with what target_verdict holds.
    expect(await checkStoredVerdicts(database.db)).toMatchObject({ differences: 1, countDifferences: 0 });
    await checkStoredVerdicts(database.db, { fix: true });
    expect((await counts(2025, target.districtId)).stored).toEqual(before.stored);

    await client.query('UPDATE verdict_count SET met = met + 2, total = total + 2 WHERE year = $1 AND district_id = $2', [2025, target.districtId]);
    const found: { year: number; districtId: number }[] = [];
    expect(await checkStoredVerdicts(database.db, { onCountDifference: (difference) => found.push(difference) })).toMatchObject({ differences: 1, countDifferences: 1 });
    expect(found).toMatchObject([{ year: 2025, districtId: target.districtId, stored: { met: before.stored.met + 2 }, fresh: { met: before.stored.met } }]);
    expect(await checkStoredVerdicts(database.db, { fix: true })).toMatchObject({ countDifferences: 1, fixed: 1 });
    expect(await checkStoredVerdicts(database.db)).toMatchObject({ differences: 0 });

    await client.query('BEGIN');
    await client.query('TRUNCATE target_verdict');
    expect((await client.query('SELECT 1 FROM verdict_count')).rowCount).toBe(0);
    await client.query('ROLLBACK');
    expect((await counts(2025, target.districtId)).stored).toEqual(before.stored);
  });
});
