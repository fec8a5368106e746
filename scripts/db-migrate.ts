// `npm run db:migrate`: applies pending migrations without network access.
import { openDatabase } from '@/lib/runtime/database';
import { migrate, MigrationError } from '@/lib/db/migrate';
import { MIGRATIONS_DIR } from '@/lib/runtime/prepare-database';

const database = await openDatabase();
try {
  const result = await migrate(database.url, MIGRATIONS_DIR);
  console.log(result.applied.length ? `Applied: ${result.applied.join(', ')}` : `Up to date (${result.alreadyApplied} migrations applied).`);
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
