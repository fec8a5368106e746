// Which districts a scorecard covers (resolveScope, plain SQL since perf12): the same ones, in the same
// order, as the Prisma filter it replaced — by code, by province or city in either language, an
// indicator's rows only — and an unknown district or indicator is not_found.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { openScorecardRows, type ScorecardQuery, type ScorecardRow } from '@/lib/scorecard/rows';
import { useTestDatabase, type TestDatabase } from './test-database';

const YEAR = 2032;
const TEXT = '测试夹具（非官方数据）：全年主要预期目标为地区生产总值增长6%左右。';
const QUOTE = '地区生产总值增长6%左右';
// Two provinces; one city named in both languages, one district without a city.
const PLACES = [
  { code: '981001', provinceZh: '甲省', provinceEn: 'Jia', cityZh: '子市', cityEn: 'Zi' },
  { code: '981002', provinceZh: '甲省', provinceEn: 'Jia', cityZh: '丑市', cityEn: 'Chou' },
  { code: '981003', provinceZh: '乙省', provinceEn: 'Yi', cityZh: '子市', cityEn: 'Zi' },
  { code: '981004', provinceZh: '乙省', provinceEn: 'Yi', cityZh: null, cityEn: null },
];

let database: TestDatabase;

beforeAll(async () => {
  database = await useTestDatabase();
  const db = database.db;
  const indicators = await db.indicator.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
  // Created in reverse code order: the files list districts by id, not by code.
  for (const place of [...PLACES].reverse()) {
    const district = await db.district.create({ data: { ...place, nameZh: `测试区${place.code}`, nameEn: `District ${place.code}`, pinyin: `ceshiqu${place.code}` } });
    const document = await db.sourceDocument.create({
      data: { kind: 'work_report', districtId: district.id, year: YEAR, title: `测试夹具 ${place.code}`, fullText: TEXT, textSha256: createHash('sha256').update(TEXT).digest('hex') },
    });
    const quoteStart = TEXT.indexOf(QUOTE);
    await db.target.createMany({
      data: indicators.map(({ id }) => ({
        districtId: district.id, indicatorId: id, year: YEAR, measure: 'growth' as const, qualifier: 'about' as const, value: '6', unit: '%', asWritten: '6%左右',
        sourceDocumentId: document.id, quote: QUOTE, quoteStart, quoteEnd: quoteStart + QUOTE.length,
      })),
    });
  }
});

async function rowsOf(query: ScorecardQuery): Promise<ScorecardRow[]> {
  const rows: ScorecardRow[] = [];
  for await (const chunk of (await openScorecardRows({ year: YEAR, ...query })).chunks()) rows.push(...chunk);
  return rows;
}

/** The district codes, in file order, that Prisma's filter (the one resolveScope used before) selects. */
async function expectedCodes(where: Prisma.DistrictWhereInput): Promise<string[]> {
  const districts = await database.db.district.findMany({ where: { ...where, code: { startsWith: '981', ...(typeof where.code === 'string' ? { equals: where.code } : {}) } }, orderBy: { id: 'asc' } });
  return districts.map((district) => district.code);
}

const codes = (rows: ScorecardRow[]) => [...new Set(rows.map((row) => row.districtCode))];

describe('a scorecard\'s scope', () => {
  it('covers the districts Prisma\'s filter chose, in id order, by code, province or city in either language', async () => {
    const cases: [ScorecardQuery, Prisma.DistrictWhereInput][] = [
      [{ district: '981003' }, { code: '981003' }],
      [{ province: '甲省' }, { OR: [{ provinceZh: '甲省' }, { provinceEn: '甲省' }] }],
      [{ province: 'Yi' }, { OR: [{ provinceZh: 'Yi' }, { provinceEn: 'Yi' }] }],
      [{ city: '子市' }, { OR: [{ cityZh: '子市' }, { cityEn: '子市' }] }],
      [{ city: 'Chou' }, { OR: [{ cityZh: 'Chou' }, { cityEn: 'Chou' }] }],
      [{ province: 'Yi', city: 'Zi' }, { OR: [{ provinceZh: 'Yi' }, { provinceEn: 'Yi' }], AND: [{ OR: [{ cityZh: 'Zi' }, { cityEn: 'Zi' }] }] }],
      [{ province: '丙省' }, { provinceZh: '丙省' }],
    ];
    for (const [query, where] of cases) {
      const rows = await rowsOf(query);
      expect(codes(rows), JSON.stringify(query)).toEqual(await expectedCodes(where));
    }
    // Every district of the year: created in reverse code order, so listed 981004 first.
    expect(codes(await rowsOf({})).filter((code) => code.startsWith('981'))).toEqual(['981004', '981003', '981002', '981001']);
  });

  it('reads one indicator\'s rows when one is named, and names the district in the title', async () => {
    const all = await rowsOf({ district: '981001' });
    const key = all[0]!.indicatorKey;
    const one = await rowsOf({ district: '981001', indicator: key });
    expect(all.length).toBe(2);
    expect(one.map((row) => row.indicatorKey)).toEqual([key]);
    expect((await openScorecardRows({ district: '981001', year: YEAR })).title.zh).toBe(`测试区981001${YEAR}年主要预期目标落实情况`);
  });

  it('refuses an unknown district or indicator as not_found, naming the parameter', async () => {
    for (const [query, param] of [[{ district: '989999' }, 'district'], [{ indicator: 'no_such_indicator' }, 'indicator']] as const) {
      const error: unknown = await openScorecardRows({ year: YEAR, ...query }).then(() => null, (caught: unknown) => caught);
      expect(isAppError(error) && error.code === 'not_found' && error.details?.param).toBe(param);
    }
  });
});
