import 'server-only';
import { db } from '@/lib/db';
import { type DistrictSummary, listDistrictSummaries } from '@/lib/districts/data';
import { dataVersion, getYearSummary } from '@/lib/targets/verdict-summary';
import { decidedCount, emptyCounts, type StatusCounts } from '@/lib/verdict/counts';

/** A district on the home page with the year it is judged on and that year's final statuses. */
export type HomeDistrict = DistrictSummary & {
  /** The latest year with targets, or the year before it when only that one has verdicts yet; null without targets. */
  year: number | null;
  counts: StatusCounts | null;
  decided: number;
};

/**
 * Every district with the answer to "was it met" for one year. Targets of year Y are
 * judged on outcomes published early in Y+1, so the newest year is often all 待更新:
 * then the year before is shown if it has verdicts. Counts come from the per-year
 * verdict summaries (final statuses, cached by data version); only the two newest
 * years with targets of each district are read.
 */
export async function getHomeDistricts(): Promise<HomeDistrict[]> {
  const [districts, years, version] = await Promise.all([
    listDistrictSummaries(),
    db.target.groupBy({ by: ['districtId', 'year'], orderBy: [{ districtId: 'asc' }, { year: 'desc' }] }),
    dataVersion(),
  ]);
  const candidates = new Map<number, number[]>();
  for (const row of years) {
    const list = candidates.get(row.districtId) ?? [];
    if (list.length < 2) list.push(row.year);
    candidates.set(row.districtId, list);
  }
  const wanted = [...new Set([...candidates.values()].flat())];
  const counts = new Map<string, StatusCounts>();
  for (const year of wanted) {
    const summary = await getYearSummary(year, version);
    for (const entry of summary.entries) {
      if (!candidates.get(entry.districtId)?.includes(year)) continue;
      const key = `${entry.districtId}:${year}`;
      const row = counts.get(key) ?? emptyCounts();
      row[entry.code] += 1;
      counts.set(key, row);
    }
  }
  return districts.map((district) => {
    const [latest, previous] = candidates.get(district.id) ?? [];
    if (latest === undefined) return { ...district, year: null, counts: null, decided: 0 };
    const latestCounts = counts.get(`${district.id}:${latest}`) ?? emptyCounts();
    const previousCounts = previous === undefined ? null : (counts.get(`${district.id}:${previous}`) ?? null);
    const usePrevious = decidedCount(latestCounts) === 0 && previousCounts !== null && decidedCount(previousCounts) > 0;
    const shown = usePrevious ? previousCounts : latestCounts;
    return { ...district, year: usePrevious ? previous! : latest, counts: shown, decided: decidedCount(shown) };
  });
}
