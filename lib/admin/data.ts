import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const indicatorSelect = {
  id: true, key: true, nameZh: true, nameEn: true, aliases: true, levelUnit: true, higherIsBetter: true, growthTolerancePp: true, levelToleranceRatio: true, version: true,
} satisfies Prisma.IndicatorSelect;

/** Tolerances as form text: '' stands for the global default. */
function withToleranceText<T extends { growthTolerancePp: Prisma.Decimal | null; levelToleranceRatio: Prisma.Decimal | null }>(row: T) {
  return { ...row, growthTolerancePp: row.growthTolerancePp?.toString() ?? '', levelToleranceRatio: row.levelToleranceRatio?.toString() ?? '' };
}

export async function listIndicatorsForAdmin() {
  return (await db.indicator.findMany({ select: indicatorSelect, orderBy: { id: 'asc' } })).map(withToleranceText);
}

export async function getIndicatorForAdmin(key: string) {
  const row = await db.indicator.findUnique({ where: { key }, select: indicatorSelect });
  return row ? withToleranceText(row) : null;
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
