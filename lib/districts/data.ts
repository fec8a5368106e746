import 'server-only';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import { db } from '@/lib/db';
import { intArray, plainRows } from '@/lib/db/plain-rows';

export type DistrictSummary = {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  cityZh: string | null;
  cityEn: string | null;
  provinceZh: string;
  provinceEn: string;
  targetCount: number;
  outcomeCount: number;
};

/** Every district with its number of targets and of outcome figures (a revised figure counts once). */
export async function listDistrictSummaries(range?: { skip: number; take: number }): Promise<DistrictSummary[]> {
  const select = {
    id: true, code: true, nameZh: true, nameEn: true, cityZh: true, cityEn: true, provinceZh: true, provinceEn: true,
    _count: { select: { targets: true } },
  } as const;
  const orderBy = [{ provinceZh: 'asc' as const }, { cityZh: 'asc' as const }, { code: 'asc' as const }];
  const countOutcomes = () =>
    db.outcome.groupBy({ by: ['districtId'], where: { revision: 1, periodMonths: ANNUAL_PERIOD }, _count: { _all: true }, orderBy: { districtId: 'asc' } });
  // One page (the home page's): its districts first, then their outcomes only; all of them (the API): both at once.
  const outcomeCounts = new Map<number, number>();
  let districts: (Omit<DistrictSummary, 'targetCount' | 'outcomeCount'> & { _count: { targets: number } })[];
  if (range) {
    districts = await districtPage(range);
    for (const row of await pageOutcomeCounts(districts.map((district) => district.id))) outcomeCounts.set(row.districtId, row.count);
  } else {
    const [all, firstRevisions] = await Promise.all([db.district.findMany({ orderBy, select }), countOutcomes()]);
    districts = all;
    for (const row of firstRevisions) outcomeCounts.set(row.districtId, row._count._all);
  }
  return districts.map(({ _count, ...district }) => ({
    ...district,
    targetCount: _count.targets,
    outcomeCount: outcomeCounts.get(district.id) ?? 0,
  }));
}

/**
 * One page of districts in the order above, each with its number of targets counted for
 * that page only (an index probe each, after the sort and limit). Prisma's `_count` grouped
 * all ~513k targets of the country on every home page view (60–74 ms of PostgreSQL).
 */
async function districtPage(range: { skip: number; take: number }) {
  return plainRows<Omit<DistrictSummary, 'targetCount' | 'outcomeCount'> & { _count: { targets: number } }>(db, `
    SELECT d.id, d.code, d.name_zh AS "nameZh", d.name_en AS "nameEn", d.city_zh AS "cityZh", d.city_en AS "cityEn",
           d.province_zh AS "provinceZh", d.province_en AS "provinceEn",
           json_build_object('targets', (SELECT count(*)::int FROM target t WHERE t.district_id = d.id)) AS "_count"
    FROM district d ORDER BY d.province_zh, d.city_zh, d.code LIMIT $1 OFFSET $2`, [range.take, range.skip]);
}

/** The outcome figures (first revisions of annual figures) of the page's districts, as plain statements like districtPage's. */
async function pageOutcomeCounts(districtIds: number[]) {
  return plainRows<{ districtId: number; count: number }>(db, `SELECT district_id AS "districtId", count(*)::int AS count FROM outcome
    WHERE revision = 1 AND period_months = $2 AND district_id = ANY($1::int[]) GROUP BY district_id`, [intArray(districtIds), ANNUAL_PERIOD]);
}

/** The names of a few districts (a user's assigned ones), by division code. */
export async function districtNames(ids: number[]): Promise<{ nameZh: string; nameEn: string }[]> {
  if (ids.length === 0) return [];
  return db.district.findMany({ where: { id: { in: ids } }, select: { nameZh: true, nameEn: true }, orderBy: { code: 'asc' } });
}
