// The benchmark writes (read-after-write, 32 writers) into a copy of the synthetic
// database, never into the database itself: on real PostgreSQL, what is written to the
// copy must not reach the template, the copy must go when dropped, a copy left by a
// crashed run must not survive into the next, and an open connection to the template
// must stop the run with a message that says why.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { copyForRun } from '@/bench/copy';
import { createEmptyDatabase, queryRows as query } from '@/tests/test-database';

async function exists(url: string, name: string): Promise<boolean> {
  return (await query(url, `SELECT 1 FROM pg_database WHERE datname = '${name}'`)).length === 1;
}

describe('the benchmark runs on a copy of the synthetic database', async () => {
  const template = await createEmptyDatabase();
  afterAll(template.drop);
  await query(template.url, 'CREATE TABLE outcome (id serial PRIMARY KEY, revision int NOT NULL)');
  await query(template.url, 'INSERT INTO outcome (revision) VALUES (1), (2), (3)');

  it('writes to the copy leave the template as it was, and drop removes the copy', async () => {
    const copy = await copyForRun(template.url);
    try {
      expect(copy.url).not.toBe(template.url);
      expect((await query<{ n: string }>(copy.url, 'SELECT count(*) AS n FROM outcome'))[0]!.n).toBe('3');
      await query(copy.url, 'INSERT INTO outcome (revision) SELECT generate_series(4, 500)');
      expect((await query<{ n: string }>(copy.url, 'SELECT count(*) AS n FROM outcome'))[0]!.n).toBe('500');
      expect((await query<{ n: string }>(template.url, 'SELECT count(*) AS n FROM outcome'))[0]!.n).toBe('3');
    } finally {
      await copy.drop();
    }
    expect(await exists(template.url, copy.name)).toBe(false);
  });

  it('replaces a copy a crashed run left behind, so no run starts from another run\'s writes', async () => {
    const crashed = await copyForRun(template.url);
    await query(crashed.url, 'INSERT INTO outcome (revision) VALUES (4)');
    const client = new pg.Client({ connectionString: crashed.url });
    await client.connect();
    client.on('error', () => {});
    const next = await copyForRun(template.url);
    try {
      expect(next.name).toBe(crashed.name);
      expect((await query<{ n: string }>(next.url, 'SELECT count(*) AS n FROM outcome'))[0]!.n).toBe('3');
    } finally {
      await client.end().catch(() => {});
      await next.drop();
    }
  });

  it('refuses with a clear message while another connection is open to the template', async () => {
    const client = new pg.Client({ connectionString: template.url });
    await client.connect();
    try {
      await expect(copyForRun(template.url)).rejects.toThrow(/Another connection is open to .*copies a database only while nobody else is connected/);
    } finally {
      await client.end();
    }
  });
});
