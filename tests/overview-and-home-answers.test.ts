// The overview and the home page answer "was it met" with final statuses: the overview
// opens on the newest year that has a verdict (or says there is none yet), a reviewer's
// override is what the counts show, and the home page gives each district the year it
// is judged on, with the denominator. Real PostgreSQL, seeded data plus recorded figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { reviewVerdict } from '@/lib/reviews/mutations';
import { getHomeDistricts, HOME_PAGE_SIZE } from '@/lib/views/home';
import { getOverview } from '@/lib/views/overview';
import { makeUser } from './fixtures/users';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});

describe('overview and home', () => {
  it('with no verdict anywhere, opens on the latest year with targets and says so', async () => {
    const overview = await getOverview({});
    expect(overview.year).toBe(2025);
    expect(overview.noVerdictsYet).toBe(true);
    const home = await getHomeDistricts();
    const byCode = new Map(home.districts.map((district) => [district.code, district]));
    expect(byCode.get('520304')).toMatchObject({ year: 2025, decided: 0 });
    expect(byCode.get('520304')?.counts?.pending).toBeGreaterThan(0);
    expect(byCode.get('410802')).toMatchObject({ year: null, counts: null, targetCount: 0 });
  });

  it("opens on the newest year with a verdict, counts the reviewer's override, and gives the denominator", async () => {
    const { db } = database;
    const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
    const staff = await makeUser(db, 'overview-staff', 'staff', [liangping.id]);
    const reviewer = await makeUser(db, 'overview-reviewer', 'reviewer');
    const gdp = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, indicator: { key: 'gdp' } } });
    const recorded = await executeAction(recordOutcome, { db, user: staff }, {
      targetId: gdp.id, baseRevision: 0, value: '7.2', unit: '%', vintage: 'final', quote: '地区生产总值同比增长7.2%',
      documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture', newText: '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.2%。',
    });
    expect(recorded.ok).toBe(true);

    // 2025 (Bozhou) is still all pending: the overview opens on 2024, where Liangping's GDP is met.
    const overview = await getOverview({});
    expect(overview).toMatchObject({ year: 2024, noVerdictsYet: false });
    const row = overview.rows.find((entry) => entry.district.code === '500155');
    expect(row).toMatchObject({ total: 7, decided: 1, hitRate: 1 });
    expect(row?.counts.met).toBe(1);

    // A reviewer overrides it to 未完成: the counts show the final status.
    const override = await executeAction(reviewVerdict, { db, user: reviewer }, { targetId: gdp.id, kind: 'override', verdict: 'missed', reason: '统计口径调整后未达7%' });
    expect(override.ok).toBe(true);
    const after = (await getOverview({})).rows.find((entry) => entry.district.code === '500155');
    expect(after).toMatchObject({ decided: 1, hitRate: 0 });
    expect(after?.counts).toMatchObject({ met: 0, missed: 1 });

    const home = new Map((await getHomeDistricts()).districts.map((district) => [district.code, district]));
    expect(home.get('500155')).toMatchObject({ year: 2024, decided: 1 });
    expect(home.get('500155')?.counts?.missed).toBe(1);
    // An explicit year is kept even without verdicts.
    expect(await getOverview({ year: 2025 })).toMatchObject({ year: 2025, noVerdictsYet: false });
  });

  it('lists the districts a page at a time, each page with its own districts\' answers, a page past the last read as the last', async () => {
    const { db } = database;
    // Enough districts for three pages (seeded plus these); none of them has targets, so only the seeded ones carry years.
    const seeded = await db.district.count();
    const extra = 2 * HOME_PAGE_SIZE - seeded + 5;
    await db.district.createMany({
      data: Array.from({ length: extra }, (_, index) => ({
        code: String(990000 + index), nameZh: `分页测试区${index}`, nameEn: `Paging test ${index}`, pinyin: `fenye${index}`, provinceZh: '测试省', provinceEn: 'Test province',
      })),
    });
    const total = seeded + extra;
    const first = await getHomeDistricts();
    expect(first).toMatchObject({ page: 1, pageCount: 3, total });
    expect(first.districts).toHaveLength(HOME_PAGE_SIZE);
    const pages = [first, await getHomeDistricts({ page: 2 }), await getHomeDistricts({ page: 3 })];
    const codes = pages.flatMap((page) => page.districts.map((district) => district.code));
    // Every district once, in the one order, across the pages.
    expect(codes).toHaveLength(total);
    expect(new Set(codes).size).toBe(total);
    const all = await db.district.findMany({ orderBy: [{ provinceZh: 'asc' }, { cityZh: 'asc' }, { code: 'asc' }], select: { code: true } });
    expect(codes).toEqual(all.map((district) => district.code));
    // Each district's number of targets, counted for its page only, is its count in the database.
    const counted = await db.target.groupBy({ by: ['districtId'], _count: { _all: true } });
    const targetsOf = new Map(counted.map((row) => [row.districtId, row._count._all]));
    const shown = pages.flatMap((page) => page.districts);
    expect(shown.some((district) => district.targetCount > 0)).toBe(true);
    for (const district of shown) expect(district.targetCount, district.code).toBe(targetsOf.get(district.id) ?? 0);
    // A seeded district keeps its answer on whichever page it falls.
    const liangping = pages.flatMap((page) => page.districts).find((district) => district.code === '500155');
    expect(liangping).toMatchObject({ year: 2024, decided: 1 });
    // Past the last page: the last page; below the first: the first.
    expect(await getHomeDistricts({ page: 99 })).toMatchObject({ page: 3 });
    expect((await getHomeDistricts({ page: 0 })).page).toBe(1);
    await db.district.deleteMany({ where: { code: { gte: '990000', lt: '999999' }, nameEn: { startsWith: 'Paging test' } } });
  });
});
