// The cached per-year verdict summary must never show a verdict the data no longer
// supports: after any write (through Prisma or plain SQL) it agrees with a fresh
// findTargets, which decides verdicts through lib/verdict.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTargets } from '@/lib/targets/data';
import { dataVersion, getYearSummary } from '@/lib/targets/verdict-summary';
import { getOverview } from '@/lib/views/overview';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await useTestDatabase();
  (globalThis as { db?: unknown }).db = database.db;
});

async function agreesWithFindTargets(year: number): Promise<void> {
  const summary = await getYearSummary(year);
  const fresh = await findTargets({ years: [year] });
  expect(new Map(summary.entries.map((entry) => [entry.id, entry.code]))).toEqual(new Map(fresh.map((row) => [row.id, row.verdict.code])));
}

describe('verdict summary cache', () => {
  it('is served from cache while nothing changed, and rebuilt after writes', async () => {
    const year = 2025;
    const first = await getYearSummary(year);
    expect(first.entries.length).toBeGreaterThan(0);
    expect(await getYearSummary(year)).toBe(first); // cached: same object

    // A new target, written through Prisma as the app writes.
    const template = await database.db.target.findFirstOrThrow({ where: { year } });
    const { id: _id, measure, createdAt: _c, updatedAt: _u, ...rest } = template as typeof template & { createdAt?: Date; updatedAt?: Date };
    const before = await dataVersion();
    const added = await database.db.target.create({ data: { ...rest, measure: measure === 'growth' ? 'level' : 'growth' } as never, select: { id: true } });
    expect(await dataVersion()).toBeGreaterThan(before);
    const after = await getYearSummary(year);
    expect(after).not.toBe(first);
    expect(after.entries.some((entry) => entry.id === added.id)).toBe(true);
    await agreesWithFindTargets(year);

    // A write that bypasses the app (plain SQL, another process) moves the version too.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('DELETE FROM target WHERE id = $1', [added.id]);
    await client.query('UPDATE target SET value = NULL, qualifier = $1 WHERE id = $2', ['qualitative', template.id]);
    await client.end();
    const restored = await getYearSummary(year);
    expect(restored.entries.some((entry) => entry.id === added.id)).toBe(false);
    await agreesWithFindTargets(year);
  });

  it('the overview counts equal counts of fresh verdicts, and default to the latest year', async () => {
    const overview = await getOverview({});
    const latest = overview.options.years[0]!;
    expect(overview.year).toBe(latest);
    const fresh = await findTargets({ years: [latest] });
    expect(overview.rows.reduce((sum, row) => sum + row.total, 0)).toBe(fresh.length);
    const missed = fresh.filter((row) => row.verdict.code === 'missed').length;
    expect(overview.rows.reduce((sum, row) => sum + row.counts.missed, 0)).toBe(missed);
  });
});
