import 'server-only';
import { db } from '@/lib/db';

export async function listIndicatorsForAdmin() {
  const rows = await db.indicator.findMany({
    select: { id: true, key: true, nameZh: true, nameEn: true, aliases: true, higherIsBetter: true, growthTolerancePp: true, levelToleranceRatio: true, version: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({ ...row, growthTolerancePp: row.growthTolerancePp?.toString() ?? '', levelToleranceRatio: row.levelToleranceRatio?.toString() ?? '' }));
}

export async function listDistrictsForAdmin() {
  return db.district.findMany({
    select: { id: true, code: true, nameZh: true, nameEn: true, pinyin: true, cityZh: true, cityEn: true, provinceZh: true, provinceEn: true, version: true },
    orderBy: { code: 'asc' },
  });
}

export async function listIndicatorOptions() {
  return db.indicator.findMany({ select: { id: true, nameZh: true, nameEn: true, levelUnit: true }, orderBy: { id: 'asc' } });
}
