// The overview's counts per district and year (verdict_count): kept by triggers on
// target_verdict (migration 20261201160140_verdict_count), checked here against a fresh
// count of the stored verdicts, as `npm run verdicts:check` checks the verdicts
// themselves against computeVerdict.
import type { Db } from '@/lib/db/client';
import { FINAL_CODE_SQL } from '@/lib/verdict/final-status';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';

export type VerdictCountRow = { year: number; districtId: number; total: number } & Record<VerdictCode, number>;
export type CountDifference = { year: number; districtId: number; stored: VerdictCountRow | null; fresh: VerdictCountRow | null };
export type CountCheck = { pairs: number; differences: number; fixed: number };

const COLUMNS = ['total', ...VERDICT_CODES] as const;
const selectCounts = (alias: string) => COLUMNS.map((column) => `${alias}.${column}`).join(', ');

/**
 * Compares verdict_count with the stored verdicts counted afresh, in one REPEATABLE READ
 * snapshot (writes arriving meanwhile update both together, so no false alarm). A row of
 * zeros is the same as no row (a pair whose verdicts are gone keeps one). With `fix`,
 * differing pairs are rewritten from the fresh count.
 */
export async function checkVerdictCounts(db: Db, options: { fix?: boolean; onDifference?: (difference: CountDifference) => void } = {}): Promise<CountCheck> {
  return db.$transaction(async (tx) => {
    const zeros = Object.fromEntries(COLUMNS.map((column) => [column, 0]));
    const [{ pairs, differences }] = await tx.$queryRawUnsafe<[{ pairs: number; differences: CountDifference[] }]>(`
      WITH fresh AS MATERIALIZED (
        SELECT v.year, v.district_id AS "districtId", count(*)::int AS total,
               ${VERDICT_CODES.map((code) => `(count(*) FILTER (WHERE ${FINAL_CODE_SQL} = '${code}'))::int AS ${code}`).join(', ')}
        FROM target_verdict v GROUP BY v.year, v.district_id),
      stored AS (SELECT s.year, s.district_id AS "districtId", ${COLUMNS.map((column) => `s.${column}`).join(', ')} FROM verdict_count s WHERE ${COLUMNS.map((column) => `s.${column} <> 0`).join(' OR ')}),
      differing AS (
        SELECT coalesce(f.year, s.year) AS year, coalesce(f."districtId", s."districtId") AS "districtId",
               CASE WHEN s.year IS NULL THEN NULL ELSE to_jsonb(s) END AS stored, CASE WHEN f.year IS NULL THEN NULL ELSE to_jsonb(f) END AS fresh
        FROM fresh f FULL JOIN stored s ON s.year = f.year AND s."districtId" = f."districtId"
        WHERE f.year IS NULL OR s.year IS NULL OR (${selectCounts('f')}) IS DISTINCT FROM (${selectCounts('s')}))
      SELECT (SELECT count(*)::int FROM fresh) AS pairs,
             coalesce((SELECT jsonb_agg(differing ORDER BY year, "districtId") FROM differing), '[]'::jsonb) AS differences`);
    for (const difference of differences) options.onDifference?.(difference);
    if (options.fix && differences.length > 0) {
      const fresh = differences.map((difference) => difference.fresh ?? ({ year: difference.year, districtId: difference.districtId, ...zeros } as VerdictCountRow));
      await tx.$queryRawUnsafe(`
        INSERT INTO verdict_count (year, district_id, ${COLUMNS.join(', ')})
        SELECT * FROM unnest($1::int[], $2::int[], ${COLUMNS.map((_, index) => `$${index + 3}::int[]`).join(', ')})
        ON CONFLICT (year, district_id) DO UPDATE SET ${COLUMNS.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}`,
      fresh.map((row) => row.year), fresh.map((row) => row.districtId), ...COLUMNS.map((column) => fresh.map((row) => row[column])));
    }
    return { pairs, differences: differences.length, fixed: options.fix ? differences.length : 0 };
  }, { isolationLevel: 'RepeatableRead', timeout: 120_000 });
}
