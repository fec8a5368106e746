import 'server-only';
import { db } from '@/lib/db';

/**
 * The one-row data version, bumped by triggers on every write to a table verdicts
 * read (migration 20261123110000_data_version). Only the district page's cache still
 * keys on it; the overview and indicator pages count the stored verdicts in SQL.
 */
export async function dataVersion(): Promise<bigint> {
  const row = await db.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0n;
}
