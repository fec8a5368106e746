// A database that held targets before target_verdict existed (or whose table was
// emptied) is filled by the start-up step, with verdicts equal to a fresh check.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { fillMissingVerdicts } from '@/lib/verdicts/refresh';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await useTestDatabase();
});

describe('fillMissingVerdicts (run by npm start)', () => {
  it('stores a verdict for every target that has none, equal to a recomputation, and then finds nothing to do', async () => {
    const { db } = database;
    const targets = await db.target.count();
    expect(targets).toBeGreaterThan(0);
    // As after the migration that adds the table on a database with targets.
    await db.$executeRawUnsafe('DELETE FROM target_verdict WHERE target_id % 2 = 0');
    const missing = targets - (await db.targetVerdict.count());
    expect(missing).toBeGreaterThan(0);

    expect(await fillMissingVerdicts(db)).toBe(missing);
    expect(await db.targetVerdict.count()).toBe(targets);
    const check = await checkStoredVerdicts(db, { fix: false });
    expect(check).toMatchObject({ checked: targets, differences: 0 });

    expect(await fillMissingVerdicts(db)).toBe(0);
  });
});
