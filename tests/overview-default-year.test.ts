// The overview's default year is the newest year with a decided final status. On the
// national data set the newer years hold ~43k undecided verdicts each, so the query must
// be answered by the partial index of decided verdicts (migration
// 20261201103037_decided_verdict_index), which PostgreSQL uses only when the query's
// predicate matches the index's: DECIDED_FINAL_SQL and the migration must stay in step.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECIDED_FINAL_SQL } from '@/lib/verdict/final-status';
import { useTestDatabase } from './test-database';

let client: pg.Client;
beforeAll(async () => {
  const { url } = await useTestDatabase();
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

describe('the overview default year', () => {
  it('is found through the decided-verdict index, with or without a district join', async () => {
    // Table scans off: with a handful of seeded rows a scan would be cheapest, and the question is only whether the index can answer.
    await client.query('SET enable_seqscan = off');
    for (const sql of [
      `SELECT v.year FROM target_verdict v WHERE ${DECIDED_FINAL_SQL} ORDER BY v.year DESC LIMIT 1`,
      `SELECT v.year FROM target_verdict v JOIN district d ON d.id = v.district_id WHERE ${DECIDED_FINAL_SQL} ORDER BY v.year DESC LIMIT 1`,
    ]) {
      const plan = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`)).rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toContain('target_verdict_decided_year_idx');
    }
  });
});
