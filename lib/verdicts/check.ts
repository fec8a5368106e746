// Proof that the stored verdicts are right: recompute every target's verdict with
// computeVerdict and compare it with target_verdict, a batch of targets at a time.
// Each batch reads the inputs and the stored rows in one REPEATABLE READ snapshot,
// so writes arriving meanwhile (which update both together) cause no false alarm:
// usable on a production database. With `fix`, differing rows are rewritten.
import type { Db } from '@/lib/db/client';
import { toExact } from '@/lib/numbers/parse-decimal';
import { writeStoredVerdicts } from './refresh';
import { computeStoredVerdicts, readStoredVerdicts, type StoredVerdict } from './stored-verdicts';

export const CHECK_BATCH = 2_000;

export type VerdictDifference = { targetId: number; fields: string[]; stored: StoredVerdict | null; fresh: StoredVerdict };
export type CheckResult = { checked: number; differences: number; fixed: number };

/** The fields in which a stored row differs from the fresh one (a missing row differs in all). */
export function differingFields(fresh: StoredVerdict, stored: StoredVerdict | null): string[] {
  if (!stored) return ['(missing)'];
  return (Object.keys(fresh) as (keyof StoredVerdict)[]).filter((field) => {
    if (field === 'gapValue') return !sameDecimal(fresh.gapValue, stored.gapValue);
    return fresh[field] !== stored[field];
  });
}

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [toExact(a), toExact(b)];
  return x !== null && y !== null && x.eq(y);
}

export async function checkStoredVerdicts(
  db: Db, options: { fix?: boolean; batch?: number; onDifference?: (difference: VerdictDifference) => void; onProgress?: (checked: number) => void } = {},
): Promise<CheckResult> {
  const batchSize = options.batch ?? CHECK_BATCH;
  const result: CheckResult = { checked: 0, differences: 0, fixed: 0 };
  let after = 0;
  for (;;) {
    const done = await db.$transaction(async (tx) => {
      const ids = (await tx.$queryRawUnsafe<{ id: number }[]>('SELECT id FROM target WHERE id > $1 ORDER BY id LIMIT $2', after, batchSize)).map((row) => row.id);
      if (ids.length === 0) return true;
      const [fresh, stored] = [await computeStoredVerdicts(tx, ids), await readStoredVerdicts(tx, ids)];
      const storedById = new Map(stored.map((row) => [row.targetId, row]));
      const wrong: StoredVerdict[] = [];
      for (const row of fresh) {
        const fields = differingFields(row, storedById.get(row.targetId) ?? null);
        if (fields.length === 0) continue;
        wrong.push(row);
        options.onDifference?.({ targetId: row.targetId, fields, stored: storedById.get(row.targetId) ?? null, fresh: row });
      }
      result.checked += ids.length;
      result.differences += wrong.length;
      if (options.fix && wrong.length) {
        await writeStoredVerdicts(tx, wrong);
        result.fixed += wrong.length;
      }
      after = ids.at(-1)!;
      options.onProgress?.(result.checked);
      return false;
    }, { isolationLevel: 'RepeatableRead', timeout: 120_000 });
    if (done) return result;
  }
}
