import 'server-only';
import { createDb, type Db } from '@/lib/db/client';

// One client per server process (dev reloads would otherwise open a pool per edit),
// created on first use so that `next build` can import pages without a database.
const globalForDb = globalThis as unknown as { db?: Db };

function client(): Db {
  if (globalForDb.db) return globalForDb.db;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set; start the app with `npm start`, which provides it.');
  globalForDb.db = createDb(url);
  return globalForDb.db;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === 'function' ? value.bind(instance) : value;
  },
});
