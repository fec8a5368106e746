// Everything `npm start` does to a database before serving: migrate, seed an
// empty one, store any missing verdicts, and create the first admin.
import path from 'node:path';
import { createDb } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { seedDatabase } from '@/lib/seed/seed-database';
import { bootstrapAdmin } from '@/lib/users/bootstrap-admin';
import { fillMissingVerdicts } from '@/lib/verdicts/refresh';

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations');

export async function prepareDatabase(url: string, log: (line: string) => void): Promise<void> {
  const migrated = await migrate(url, MIGRATIONS_DIR);
  log(migrated.applied.length ? `Applied migrations: ${migrated.applied.join(', ')}` : 'Database schema is up to date.');
  const db = createDb(url);
  try {
    const seeded = await seedDatabase(db);
    if (seeded.created) {
      log(`Seeded ${seeded.districts} districts, ${seeded.documents} documents, ${seeded.targets} targets, ${seeded.outcomes} outcomes (${seeded.skipped} figures skipped as garbled).`);
    }
    const filled = await fillMissingVerdicts(db);
    if (filled) log(`Stored the verdicts of ${filled} targets that had none (a database from before stored verdicts).`);
    const admin = await bootstrapAdmin(db, process.env.ADMIN_PASSWORD || undefined);
    if (admin.created && admin.generatedPassword) {
      log(`\n  First admin account: ${admin.username} / ${admin.generatedPassword}\n  (shown once; change it after signing in, or set ADMIN_PASSWORD before the first start)\n`);
    } else if (admin.created) {
      log(`Created the first admin account "${admin.username}" with the password from ADMIN_PASSWORD.`);
    }
  } finally {
    await db.$disconnect();
  }
}
