import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { createDb, type Db } from '@/lib/db/client';

export type TestDatabase = { url: string; db: Db };

/**
 * A fresh database for the calling test file, cloned from the seeded template
 * (or the merely migrated one). It also becomes DATABASE_URL, so `lib/db`
 * (used by pages and data modules) talks to it. Dropped after the file.
 */
export async function useTestDatabase(template: 'seeded' | 'migrated' = 'seeded'): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE ${template === 'seeded' ? 'template_seeded' : 'template_migrated'}`);
  const url = withDatabase(adminUrl, name);
  process.env.DATABASE_URL = url;
  const db = createDb(url);
  afterAll(async () => {
    await db.$disconnect();
    const shared = (globalThis as { db?: Db }).db;
    await shared?.$disconnect();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  return { url, db };
}

/** A database with nothing in it, not even the migration history. */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `empty_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  return { url: withDatabase(adminUrl, name), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** The rows of one statement on its own connection (for tests that reach a database outside the pool). */
export async function queryRows<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
