import 'server-only';
import { db } from '@/lib/db';
import { intArray, plainRows } from '@/lib/db/plain-rows';
import { type DistrictSummary, listDistrictSummaries } from '@/lib/districts/data';
import { decidedCount, emptyCounts, type StatusCounts } from '@/lib/verdict/counts';
import { FINAL_CODE_SQL } from '@/lib/verdict/final-status';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';

/** A district on the home page with the year it is judged on and that year's final statuses. */
export type HomeDistrict = DistrictSummary & {
  /** The latest year with targets, or the year before it when only that one has verdicts yet; null without targets. */
  year: number | null;
  counts: StatusCounts | null;
  decided: number;
};

/** Districts per home page: 2,850 cards on one page were 8.5 MB and a second of server CPU a view (bench/results.md, session 9). */
export const HOME_PAGE_SIZE = 60;

export type HomePage = { districts: HomeDistrict[]; page: number; pageCount: number; total: number };

/**
 * One page of districts (in province, city, code order) with the answer to "was it met" for
 * one year each. Targets of year Y are judged on outcomes published early in Y+1, so the newest
 * year is often all 待更新: then the year before is shown if it has verdicts. Final statuses are
 * counted in SQL over the stored verdicts (target_verdict), for the page's districts' two newest
 * years only. A page past the last is the last.
 */
export async function getHomeDistricts(options: { page?: number } = {}): Promise<HomePage> {
  // Plain statements through the pg pool (plainRows): Prisma's query path cost ~0.9 ms of CPU a statement against ~0.25.
  const total = (await plainRows<{ total: number }>(db, 'SELECT count(*)::int AS total FROM district'))[0]!.total;
  const pageCount = Math.max(1, Math.ceil(total / HOME_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pageCount);
  const districts = await listDistrictSummaries({ skip: (page - 1) * HOME_PAGE_SIZE, take: HOME_PAGE_SIZE });
  const groups = districts.length === 0 ? [] : await plainRows<Record<VerdictCode, number> & { districtId: number; year: number }>(db, `
      WITH years AS (
        SELECT district_id, year, dense_rank() OVER (PARTITION BY district_id ORDER BY year DESC) AS rank
        FROM (SELECT DISTINCT district_id, year FROM target_verdict WHERE district_id = ANY($1::int[])) y)
      SELECT v.district_id AS "districtId", v.year,
        ${VERDICT_CODES.map((code) => `(count(*) FILTER (WHERE ${FINAL_CODE_SQL} = '${code}'))::int AS "${code}"`).join(', ')}
      FROM target_verdict v JOIN years ON years.district_id = v.district_id AND years.year = v.year AND years.rank <= 2
      GROUP BY v.district_id, v.year
      ORDER BY v.district_id, v.year DESC`, [intArray(districts.map((district) => district.id))]);
  const byDistrict = new Map<number, { year: number; counts: StatusCounts }[]>();
  for (const group of groups) {
    const counts = emptyCounts();
    for (const code of VERDICT_CODES) counts[code] = group[code];
    byDistrict.set(group.districtId, [...(byDistrict.get(group.districtId) ?? []), { year: group.year, counts }]);
  }
  return {
    page, pageCount, total,
    districts: districts.map((district) => {
      const [latest, previous] = byDistrict.get(district.id) ?? [];
      if (!latest) return { ...district, year: null, counts: null, decided: 0 };
      const shown = decidedCount(latest.counts) === 0 && previous && decidedCount(previous.counts) > 0 ? previous : latest;
      return { ...district, year: shown.year, counts: shown.counts, decided: decidedCount(shown.counts) };
    }),
  };
}
