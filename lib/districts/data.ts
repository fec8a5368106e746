import 'server-only';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import { db } from '@/lib/db';

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
  const countOutcomes = (districtIds?: number[]) =>
    db.outcome.groupBy({ by: ['districtId'], where: { revision: 1, periodMonths: ANNUAL_PERIOD, ...(districtIds ? { districtId: { in: districtIds } } : {}) }, _count: { _all: true }, orderBy: { districtId: 'asc' } });
  // One page (the home page's): its districts first, then their outcomes only; all of them (the API): both at once.
  const [districts, firstRevisions] = range
    ? await db.district.findMany({ orderBy, select, skip: range.skip, take: range.take }).then(async (page) => [page, await countOutcomes(page.map((district) => district.id))] as const)
    : await Promise.all([db.district.findMany({ orderBy, select }), countOutcomes()]);
  const outcomeCounts = new Map(firstRevisions.map((row) => [row.districtId, row._count._all]));
  return districts.map(({ _count, ...district }) => ({
    ...district,
    targetCount: _count.targets,
    outcomeCount: outcomeCounts.get(district.id) ?? 0,
  }));
}

/** The names of a few districts (a user's assigned ones), by division code. */
export async function districtNames(ids: number[]): Promise<{ nameZh: string; nameEn: string }[]> {
  if (ids.length === 0) return [];
  return db.district.findMany({ where: { id: { in: ids } }, select: { nameZh: true, nameEn: true }, orderBy: { code: 'asc' } });
}
