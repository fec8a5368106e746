import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded-postgres';
import { openDatabase } from '@/lib/runtime/database';
import { prepareDatabase } from '@/lib/runtime/prepare-database';

// A second, separate PostgreSQL server stands in for an operator's own database.
describe('DATABASE_URL pointing at a separate PostgreSQL', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'targets-external-'));
  fs.chmodSync(dataDir, 0o755);
  let server: EmbeddedServer = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), password: 'external' });
  await ensureDatabase(server, 'operators_db');
  const savedUrl = process.env.DATABASE_URL;
  afterAll(async () => {
    process.env.DATABASE_URL = savedUrl;
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is used as it is, without starting an embedded server', async () => {
    process.env.DATABASE_URL = server.url('operators_db');
    const database = await openDatabase();
    expect(database).toMatchObject({ url: server.url('operators_db'), embedded: false });
  });

  it('is migrated, seeded and given a first admin exactly once', async () => {
    const lines: string[] = [];
    await prepareDatabase(server.url('operators_db'), (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/Applied migrations: 20261123000000_init/);
    expect(lines.join('\n')).toMatch(/Seeded 5 districts/);
    expect(lines.join('\n')).toMatch(/First admin account: admin \/ \S{10,}/);

    const again: string[] = [];
    await prepareDatabase(server.url('operators_db'), (line) => again.push(line));
    expect(again).toEqual(['Database schema is up to date.']);
  });

  it('keeps its data across a server restart', async () => {
    await server.stop();
    server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), password: 'external' });
    const db = createDb(server.url('operators_db'));
    expect(await db.district.count()).toBe(5);
    expect(await db.user.count()).toBe(1);
    await db.$disconnect();
  });
});
