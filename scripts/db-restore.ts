// `npm run db:restore -- <file>`: migrates DATABASE_URL (or the embedded database)
// and loads a backup written by db:backup. Refuses a database that holds rows:
// restore into a new, empty one (e.g. a fresh DATA_DIR).
import fs from 'node:fs';
import { restoreDatabase } from '@/lib/db/backup';
import { migrate } from '@/lib/db/migrate';
import { openDatabase } from '@/lib/runtime/database';
import { MIGRATIONS_DIR } from '@/lib/runtime/prepare-database';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run db:restore -- <backup file>');
  process.exit(2);
}
const lines = fs.readFileSync(file, 'utf8').split('\n');
const database = await openDatabase();
try {
  await migrate(database.url, MIGRATIONS_DIR);
  const result = await restoreDatabase(database.url, lines);
  console.log(`Restored ${result.rows} rows from ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
