// Where the synthetic data set lives: SYNTHETIC_DATABASE_URL, else its own embedded
// PostgreSQL under <DATA_DIR>/synthetic on its own port — apart from the app's data.
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { dataDir, loadSecrets } from '@/lib/runtime/data-dir';

export const SYNTHETIC_DATABASE_NAME = 'synthetic_targets';
const SYNTHETIC_PG_PORT = 54339;

export type SyntheticDatabase = { url: string; label: string; stop: () => Promise<void> };

export async function openSyntheticDatabase(): Promise<SyntheticDatabase> {
  if (process.env.SYNTHETIC_DATABASE_URL) {
    return { url: process.env.SYNTHETIC_DATABASE_URL, label: 'SYNTHETIC_DATABASE_URL', stop: async () => {} };
  }
  const directory = path.join(dataDir(), 'synthetic');
  const secrets = loadSecrets(directory);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(directory, 'postgres'),
    password: secrets.postgresPassword,
    port: Number(process.env.SYNTHETIC_PG_PORT ?? SYNTHETIC_PG_PORT),
  });
  await ensureDatabase(server, SYNTHETIC_DATABASE_NAME);
  return { url: server.url(SYNTHETIC_DATABASE_NAME), label: `embedded PostgreSQL in ${directory} (port ${server.port})`, stop: server.stop };
}
