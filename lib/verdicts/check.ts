// Proof that the stored verdicts are right: recompute every target's verdict with
// computeVerdict and compare it with target_verdict, and its pace verdicts (序时进度,
// one per in-year period with a figure) with computePace and pace_verdict, a batch of
// targets at a time.
// Each batch reads the inputs and the stored rows in one REPEATABLE READ snapshot,
// so writes arriving meanwhile (which update both together) cause no false alarm:
// usable on a production database. With `fix`, differing rows are rewritten.
import type { Db } from '@/lib/db/client';
import { toExact } from '@/lib/numbers/parse-decimal';
import { writeStoredPace, writeStoredVerdicts } from './refresh';
import { computeStoredPace, readStoredPace, type StoredPace } from './stored-pace';
import { computeStoredVerdicts, readStoredVerdicts, type StoredVerdict } from './stored-verdicts';
import { checkVerdictCounts, type CountDifference } from './verdict-count';

export const CHECK_BATCH = 2_000;

/**
 * A stored row that differs from a fresh computation: the annual verdict (`period` null)
 * or the pace verdict of one in-year period. `fresh` null: a pace row that should not exist.
 */
export type VerdictDifference =
  | { targetId: number; period: null; fields: string[]; stored: StoredVerdict | null; fresh: StoredVerdict }
  | { targetId: number; period: number; fields: string[]; stored: StoredPace | null; fresh: StoredPace | null };
/**
 * `differences` counts annual and pace differences and differing district × year counts;
 * `paceDifferences` and `countDifferences` the pace and count ones among them.
 */
export type CheckResult = { checked: number; differences: number; fixed: number; paceChecked: number; paceDifferences: number; countPairs: number; countDifferences: number };

/** The fields in which a stored row differs from the fresh one (a missing row differs in all). */
export function differingFields(fresh: StoredVerdict, stored: StoredVerdict | null): string[] {
  if (!stored) return ['(missing)'];
  return (Object.keys(fresh) as (keyof StoredVerdict)[]).filter((field) => {
    if (field === 'gapValue') return !sameDecimal(fresh.gapValue, stored.gapValue);
    return fresh[field] !== stored[field];
  });
}

/** differingFields(fresh, stored).length === 0, without making the list: a national export asks this of every row. */
export function sameAsStored(fresh: StoredVerdict, stored: StoredVerdict | null): boolean {
  if (!stored) return false;
  for (const field in fresh) {
    const key = field as keyof StoredVerdict;
    if (key === 'gapValue' ? !sameDecimal(fresh.gapValue, stored.gapValue) : fresh[key] !== stored[key]) return false;
  }
  return true;
}

const PACE_DECIMALS = new Set<keyof StoredPace>(['actualValue', 'completedPercent', 'paceLine']);

/** The fields in which a stored pace row differs from the fresh one (a missing or extra row differs in all). */
export function differingPaceFields(fresh: StoredPace | null, stored: StoredPace | null): string[] {
  if (!stored) return ['(missing)'];
  if (!fresh) return ['(extra)'];
  return (Object.keys(fresh) as (keyof StoredPace)[]).filter((field) => {
    if (PACE_DECIMALS.has(field)) return !sameDecimal(fresh[field] as string | null, stored[field] as string | null);
    return fresh[field] !== stored[field];
  });
}

/** Compares the pace rows of one batch; returns the targets whose rows differ. */
function comparePace(fresh: StoredPace[], stored: StoredPace[], report: (difference: VerdictDifference) => void): Set<number> {
  const key = (row: StoredPace) => `${row.targetId}:${row.periodMonths}`;
  const freshByKey = new Map(fresh.map((row) => [key(row), row]));
  const storedByKey = new Map(stored.map((row) => [key(row), row]));
  const wrong = new Set<number>();
  for (const k of new Set([...freshByKey.keys(), ...storedByKey.keys()])) {
    const [f, s] = [freshByKey.get(k) ?? null, storedByKey.get(k) ?? null];
    const fields = differingPaceFields(f, s);
    if (fields.length === 0) continue;
    const row = (f ?? s)!;
    wrong.add(row.targetId);
    report({ targetId: row.targetId, period: row.periodMonths, fields, stored: s, fresh: f });
  }
  return wrong;
}

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [toExact(a), toExact(b)];
  return x !== null && y !== null && x.eq(y);
}

export async function checkStoredVerdicts(
  db: Db,
  options: { fix?: boolean; batch?: number; onDifference?: (difference: VerdictDifference) => void; onCountDifference?: (difference: CountDifference) => void; onProgress?: (checked: number) => void } = {},
): Promise<CheckResult> {
  const batchSize = options.batch ?? CHECK_BATCH;
  const result: CheckResult = { checked: 0, differences: 0, fixed: 0, paceChecked: 0, paceDifferences: 0, countPairs: 0, countDifferences: 0 };
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
        options.onDifference?.({ targetId: row.targetId, period: null, fields, stored: storedById.get(row.targetId) ?? null, fresh: row });
      }
      const [freshPace, storedPace] = [await computeStoredPace(tx, ids), await readStoredPace(tx, ids)];
      let paceDifferences = 0;
      const wrongPace = comparePace(freshPace, storedPace, (difference) => {
        paceDifferences += 1;
        options.onDifference?.(difference);
      });
      result.paceChecked += freshPace.length;
      result.paceDifferences += paceDifferences;
      result.differences += paceDifferences;
      if (options.fix && wrongPace.size) {
        await writeStoredPace(tx, [...wrongPace], freshPace.filter((row) => wrongPace.has(row.targetId)));
        result.fixed += paceDifferences;
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
    if (done) break;
  }
  // Last, the overview's counts against the stored verdicts (as fixed above, if asked).
  const counts = await checkVerdictCounts(db, { fix: options.fix, onDifference: options.onCountDifference });
  result.countPairs = counts.pairs;
  result.countDifferences = counts.differences;
  result.differences += counts.differences;
  result.fixed += counts.fixed;
  return result;
}
