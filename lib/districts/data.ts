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
export async function listDistrictSummaries(): Promise<DistrictSummary[]> {
  const [districts, firstRevisions] = await Promise.all([
    db.district.findMany({
      orderBy: [{ provinceZh: 'asc' }, { cityZh: 'asc' }, { code: 'asc' }],
      select: {
        id: true, code: true, nameZh: true, nameEn: true, cityZh: true, cityEn: true, provinceZh: true, provinceEn: true,
        _count: { select: { targets: true } },
      },
    }),
    db.outcome.groupBy({ by: ['districtId'], where: { revision: 1, periodMonths: ANNUAL_PERIOD }, _count: { _all: true }, orderBy: { districtId: 'asc' } }),
  ]);
  const outcomeCounts = new Map(firstRevisions.map((row) => [row.districtId, row._count._all]));
  return districts.map(({ _count, ...district }) => ({
    ...district,
    targetCount: _count.targets,
    outcomeCount: outcomeCounts.get(district.id) ?? 0,
  }));
}
