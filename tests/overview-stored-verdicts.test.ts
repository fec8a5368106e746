// The overview and indicator pages count and order the stored verdicts in SQL
// (replacing the per-process year summary cached by data version). They must agree
// with verdicts decided fresh by findTargets (lib/verdict): right after a write
// through the app, and after a write behind the app's back once `verdicts:check`
// has found and repaired it.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { reviewVerdict } from '@/lib/reviews/mutations';
import { findTargets } from '@/lib/targets/data';
import type { VerdictCode } from '@/lib/verdict/types';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { getIndicatorPage } from '@/lib/views/indicator-page';
import { getOverview } from '@/lib/views/overview';
import { makeUser } from './fixtures/users';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await useTestDatabase();
  (globalThis as { db?: unknown }).db = database.db;
});

/** Overview counts of a year, summed over its rows, against counts of fresh verdicts. */
async function agreesWithFindTargets(year: number): Promise<void> {
  const overview = await getOverview({ year });
  const fresh = await findTargets({ years: [year] });
  const counted = (code: VerdictCode) => overview.rows.reduce((sum, row) => sum + row.counts[code], 0);
  expect(overview.rows.reduce((sum, row) => sum + row.total, 0)).toBe(fresh.length);
  for (const code of ['exceeded', 'met', 'met_within_tolerance', 'missed', 'pending', 'needs_judgment', 'not_comparable'] as const) {
    expect(counted(code), code).toBe(fresh.filter((row) => row.verdict.code === code).length);
  }
}

describe('pages read the stored verdicts', () => {
  it('the overview defaults to the latest year and its counts equal fresh verdicts; a judgment shows on the next view', async () => {
    const overview = await getOverview({});
    expect(overview.year).toBe(overview.options.years[0]);
    await agreesWithFindTargets(overview.year as number);
    // A reviewer judges a qualitative target: counted at once (no cache to expire).
    const qualitative = await database.db.target.findFirstOrThrow({ where: { qualifier: 'qualitative' }, orderBy: { year: 'desc' } });
    const reviewer = await makeUser(database.db, 'overview-reviewer', 'admin');
    const missedBefore = (await getOverview({ year: qualitative.year })).rows.reduce((sum, row) => sum + row.counts.missed, 0);
    expect(await executeAction(reviewVerdict, { db: database.db, user: reviewer }, { targetId: qualitative.id, kind: 'judgment', verdict: 'missed', reason: '测试研判' })).toMatchObject({ ok: true });
    expect((await getOverview({ year: qualitative.year })).rows.reduce((sum, row) => sum + row.counts.missed, 0)).toBe(missedBefore + 1);
    await agreesWithFindTargets(qualitative.year);
  });

  it('filters by indicator and verdict in SQL, and pages', async () => {
    const gdp = await getOverview({ year: 2025, indicator: 'gdp' });
    const fresh = (await findTargets({ years: [2025] })).filter((row) => row.indicator.key === 'gdp');
    expect(gdp.rows.reduce((sum, row) => sum + row.total, 0)).toBe(fresh.length);
    const pending = await getOverview({ year: 2025, verdict: 'pending' });
    expect(pending.rows.every((row) => row.total === row.counts.pending)).toBe(true);
    expect(await getOverview({ q: 'no such district' })).toMatchObject({ year: null, rows: [], total: 0 });
    expect(await getOverview({ indicator: 'no_such_indicator' })).toMatchObject({ year: null, rows: [] });
  });

  it('the indicator page orders by the stored gap, largest first, rows without a gap last', async () => {
    const page = await getIndicatorPage('gdp', 2024);
    expect(page?.total).toBe((await findTargets({ years: [2024] })).filter((row) => row.indicator.key === 'gdp').length);
    const gaps = page!.rows.map((row) => (row.verdict.gap ? Number(row.verdict.gap.kind === 'points' ? row.verdict.gap.value : row.verdict.gap.percent) : Number.NEGATIVE_INFINITY));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it('a write behind the app\'s back is found by verdicts:check, and after --fix the pages agree again', async () => {
    const target = await database.db.target.findFirstOrThrow({ where: { year: 2025, qualifier: { not: 'qualitative' } }, orderBy: { id: 'asc' } });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('UPDATE target SET value = NULL, qualifier = $1 WHERE id = $2', ['qualitative', target.id]);
    await client.end();
    const stale: number[] = [];
    expect(await checkStoredVerdicts(database.db, { onDifference: (difference) => stale.push(difference.targetId) })).toMatchObject({ differences: 1 });
    expect(stale).toEqual([target.id]);
    await checkStoredVerdicts(database.db, { fix: true });
    await agreesWithFindTargets(2025);
  });
});
