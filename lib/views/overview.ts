import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findTargets } from '@/lib/targets/data';
import { DECIDED_CODES, VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';

export type OverviewFilter = { province?: string; city?: string; year?: number; indicator?: string; verdict?: VerdictCode; q?: string };

export type OverviewRow = {
  district: { id: number; code: string; nameZh: string; nameEn: string; pinyin: string; provinceZh: string; provinceEn: string; cityZh: string | null; cityEn: string | null };
  year: number;
  counts: Record<VerdictCode, number>;
  total: number;
  /** (exceeded + met + met within tolerance) / decided; null when nothing is decided. */
  hitRate: number | null;
};

export type Overview = {
  rows: OverviewRow[];
  options: {
    provinces: { zh: string; en: string }[];
    cities: { zh: string; en: string }[];
    years: number[];
    indicators: { id: number; key: string; nameZh: string; nameEn: string }[];
  };
};

export function isVerdictCode(value: string | undefined): value is VerdictCode {
  return (VERDICT_CODES as readonly string[]).includes(value ?? '');
}

/** Every district × year with its verdict counts. Six queries (findTargets makes two) whatever the number of rows. */
export async function getOverview(filter: OverviewFilter): Promise<Overview> {
  const q = filter.q?.trim();
  const districtWhere: Prisma.DistrictWhereInput = {
    ...(filter.province ? { provinceZh: filter.province } : {}),
    ...(filter.city ? { cityZh: filter.city } : {}),
    ...(q ? { OR: [{ nameZh: { contains: q } }, { pinyin: { contains: q.replace(/\s+/g, ''), mode: 'insensitive' } }, { nameEn: { contains: q, mode: 'insensitive' } }] } : {}),
  };
  const [districts, allDistricts, indicators, yearRows] = await Promise.all([
    db.district.findMany({ where: districtWhere, select: { id: true, code: true, nameZh: true, nameEn: true, pinyin: true, provinceZh: true, provinceEn: true, cityZh: true, cityEn: true }, orderBy: [{ provinceZh: 'asc' }, { cityZh: 'asc' }, { code: 'asc' }] }),
    db.district.findMany({ select: { provinceZh: true, provinceEn: true, cityZh: true, cityEn: true } }),
    db.indicator.findMany({ select: { id: true, key: true, nameZh: true, nameEn: true }, orderBy: { id: 'asc' } }),
    db.target.findMany({ distinct: ['year'], select: { year: true }, orderBy: { year: 'desc' } }),
  ]);
  const indicator = filter.indicator ? indicators.find((row) => row.key === filter.indicator) : undefined;
  const options = {
    provinces: uniqueBy(allDistricts.map((row) => ({ zh: row.provinceZh, en: row.provinceEn }))),
    cities: uniqueBy(allDistricts.flatMap((row) => (row.cityZh ? [{ zh: row.cityZh, en: row.cityEn ?? row.cityZh }] : []))),
    years: yearRows.map((row) => row.year),
    indicators,
  };
  if (districts.length === 0 || (filter.indicator && !indicator)) return { rows: [], options };

  const indicatorIds = indicator ? [indicator.id] : undefined;
  const targets = await findTargets({ districtIds: districts.map((row) => row.id), years: filter.year ? [filter.year] : undefined, indicatorIds });
  const byKey = new Map<string, OverviewRow>();
  const districtById = new Map(districts.map((district) => [district.id, district]));
  for (const target of targets) {
    if (filter.verdict && target.verdict.code !== filter.verdict) continue;
    const key = `${target.district.id}:${target.year}`;
    let row = byKey.get(key);
    if (!row) {
      const district = districtById.get(target.district.id)!;
      row = { district, year: target.year, counts: Object.fromEntries(VERDICT_CODES.map((code) => [code, 0])) as Record<VerdictCode, number>, total: 0, hitRate: null };
      byKey.set(key, row);
    }
    row.counts[target.verdict.code] += 1;
    row.total += 1;
  }
  const rows = [...byKey.values()];
  for (const row of rows) {
    const decided = DECIDED_CODES.reduce((sum, code) => sum + row.counts[code], 0);
    row.hitRate = decided === 0 ? null : (decided - row.counts.missed) / decided;
  }
  const order = new Map(districts.map((district, index) => [district.id, index]));
  rows.sort((a, b) => b.year - a.year || order.get(a.district.id)! - order.get(b.district.id)!);
  return { rows, options };
}

function uniqueBy(values: { zh: string; en: string }[]): { zh: string; en: string }[] {
  return [...new Map(values.map((value) => [value.zh, value])).values()].sort((a, b) => a.zh.localeCompare(b.zh, 'zh-CN'));
}
