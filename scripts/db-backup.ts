// `npm run db:backup -- [file]`: writes a consistent logical backup (JSON lines,
// see lib/db/backup.ts) of DATABASE_URL or the embedded database. Default file:
// ./backups/backup-<UTC timestamp>.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { dumpDatabase } from '@/lib/db/backup';
import { openDatabase } from '@/lib/runtime/database';

const file = process.argv[2] ?? path.join('backups', `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl`);
fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
const database = await openDatabase();
const out = fs.createWriteStream(`${file}.partial`, { mode: 0o600 });
try {
  const result = await dumpDatabase(database.url, (line) => out.write(`${line}\n`));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  fs.renameSync(`${file}.partial`, file);
  console.log(`Backed up ${result.rows} rows of ${result.tables} tables to ${file}`);
} catch (error) {
  out.destroy();
  fs.rmSync(`${file}.partial`, { force: true });
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
