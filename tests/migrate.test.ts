import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '@/lib/db/migrate';
import { createEmptyDatabase, queryRows as query } from './test-database';

const MIGRATIONS = path.join(process.cwd(), 'prisma', 'migrations');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function emptyDatabase() {
  const database = await createEmptyDatabase();
  cleanups.push(database.drop);
  return database.url;
}

function copyOfMigrations(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  fs.cpSync(MIGRATIONS, directory, { recursive: true });
  return directory;
}

describe('offline migrations', () => {
  it('applies every migration once and records it the way Prisma Migrate does', async () => {
    const url = await emptyDatabase();
    const first = await migrate(url, MIGRATIONS);
    expect(first.applied).toEqual(readMigrations(MIGRATIONS).map((migration) => migration.name));

    const history = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; id: string }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    for (const row of history) {
      const file = fs.readFileSync(path.join(MIGRATIONS, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(file).digest('hex'));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const second = await migrate(url, MIGRATIONS);
    expect(second).toEqual({ applied: [], alreadyApplied: history.length });
  });

  it('refuses to run when an applied migration file was edited', async () => {
    const url = await emptyDatabase();
    const directory = copyOfMigrations();
    await migrate(url, directory);
    const [first] = readMigrations(directory);
    fs.appendFileSync(path.join(directory, first!.name, 'migration.sql'), '\n-- edited\n');
    await expect(migrate(url, directory)).rejects.toThrow(/was edited after it was applied/);
  });

  it('rolls back a failing migration completely and records nothing for it', async () => {
    const url = await emptyDatabase();
    const directory = copyOfMigrations();
    fs.mkdirSync(path.join(directory, '29990101000000_broken'));
    fs.writeFileSync(path.join(directory, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n');
    await expect(migrate(url, directory)).rejects.toThrow(/29990101000000_broken failed/);
    expect(await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toHaveLength(0);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`)).toHaveLength(0);
  });

  it('lets two instances start at once without applying anything twice', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url, MIGRATIONS), migrate(url, MIGRATIONS)]);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, readMigrations(MIGRATIONS).length]);
  });

  it('keeps outcome revisions and the audit log append-only', async () => {
    const url = await emptyDatabase();
    await migrate(url, MIGRATIONS);
    await query(url, `INSERT INTO audit_log (action, entity_type, entity_id, actor_label) VALUES ('x.test', 'x', '1', 'system:test')`);
    await expect(query(url, `UPDATE audit_log SET action = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(query(url, 'DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
