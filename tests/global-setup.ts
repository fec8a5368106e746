// One throwaway PostgreSQL cluster per test run, with a migrated and seeded
// template database; each test file clones it (CREATE DATABASE … TEMPLATE), so
// files run in parallel without seeing each other's writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '@/lib/db/client';
import { ensureDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { migrate } from '@/lib/db/migrate';
import { seedDatabase } from '@/lib/seed/seed-database';

export const TEMPLATE_DATABASE = 'template_seeded';
export const EMPTY_TEMPLATE_DATABASE = 'template_migrated';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'targets-test-pg-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), password: 'test' });
  for (const name of [EMPTY_TEMPLATE_DATABASE, TEMPLATE_DATABASE]) {
    await ensureDatabase(server, name);
    await migrate(server.url(name), path.join(process.cwd(), 'prisma', 'migrations'));
  }
  const db = createDb(server.url(TEMPLATE_DATABASE));
  await seedDatabase(db);
  await db.$disconnect();
  project.provide('postgresAdminUrl', server.url('postgres'));
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
