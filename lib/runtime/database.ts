// Chooses the database: DATABASE_URL when given (any PostgreSQL 14+), otherwise
// an embedded server under DATA_DIR, created on first start and kept across restarts.
import path from 'node:path';
import { type EmbeddedServer, ensureDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { dataDir, loadSecrets } from '@/lib/runtime/data-dir';

/** `server` is set for the embedded PostgreSQL, which `npm start` supervises. */
export type Database = { url: string; embedded: boolean; server?: EmbeddedServer; stop: () => Promise<void> };

export const EMBEDDED_DATABASE_NAME = 'district_targets';
const EMBEDDED_DEFAULT_PORT = 54329;

export async function openDatabase(log: (line: string) => void = () => {}): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const directory = dataDir();
  const secrets = loadSecrets(directory);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(directory, 'postgres'),
    password: secrets.postgresPassword,
    port: Number(process.env.EMBEDDED_PG_PORT ?? EMBEDDED_DEFAULT_PORT),
    log,
  });
  await ensureDatabase(server, EMBEDDED_DATABASE_NAME);
  return { url: server.url(EMBEDDED_DATABASE_NAME), embedded: true, server, stop: server.stop };
}
