// The overview counts and pages district × year rows in SQL by probing each pair and
// aggregating only the page's pairs (lib/views/overview.ts). Every filter and page must
// give exactly the rows, counts and order that fresh verdicts (findTargets, lib/verdict)
// give: year desc, then province, city and code in the database's order.
import { beforeAll, describe, expect, it } from 'vitest';
import { findTargets, type TargetRow } from '@/lib/targets/data';
import { finalStatus } from '@/lib/verdict/final-status';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { VERDICT_CODES, type VerdictCode } from '@/lib/verdict/types';
import { getOverview, OVERVIEW_PAGE_SIZE, type OverviewFilter } from '@/lib/views/overview';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let fresh: TargetRow[];
let districtOrder: Map<number, number>;

beforeAll(async () => {
  database = await useTestDatabase();
  (globalThis as { db?: unknown }).db = database.db;
  await addDistricts();
  fresh = await findTargets({});
  const ordered = await database.db.$queryRawUnsafe<{ id: number }[]>('SELECT id FROM district ORDER BY province_zh, city_zh, code');
  districtOrder = new Map(ordered.map((row, index) => [row.id, index]));
});

/**
 * 60 more districts (two made-up provinces, some without a city, so NULL cities sort
 * too), each with a gdp target in 2024 and some in 2025: more rows than one page.
 */
async function addDistricts(): Promise<void> {
  const db = database.db;
  const document = await db.sourceDocument.findFirstOrThrow({ select: { id: true, fullText: true } });
  const gdp = await db.indicator.findUniqueOrThrow({ where: { key: 'gdp' }, select: { id: true } });
  for (let i = 0; i < 60; i += 1) {
    const district = await db.district.create({
      data: {
        code: `98${String(i).padStart(4, '0')}`, nameZh: `分页测试区${i}`, nameEn: `Paging ${i}`, pinyin: `fenye${i}`,
        provinceZh: i % 2 ? '分页省乙' : '分页省甲', provinceEn: i % 2 ? 'Paging B' : 'Paging A', cityZh: i % 3 === 0 ? null : `分页市${i % 4}`, cityEn: i % 3 === 0 ? null : `Paging city ${i % 4}`,
      },
      select: { id: true },
    });
    for (const year of i % 4 === 0 ? [2024, 2025] : [2024]) {
      await db.target.create({
        data: {
          districtId: district.id, indicatorId: gdp.id, year, measure: 'growth', qualifier: 'about', value: '6', unit: '%', asWritten: '6%左右',
          sourceDocumentId: document.id, quote: document.fullText.slice(0, 4), quoteStart: 0, quoteEnd: 4,
        },
      });
    }
  }
  // Written behind the app's back: the stored verdicts are filled in as `verdicts:check --fix` does.
  await checkStoredVerdicts(db, { fix: true });
}

type Expected = { key: string; total: number; counts: Record<VerdictCode, number> };

/** The overview's rows for a filter, from fresh verdicts, in the overview's order. */
function expected(filter: { year: number | 'all'; indicator?: string; verdict?: VerdictCode; province?: string }): Expected[] {
  const groups = new Map<string, { year: number; districtId: number; total: number; counts: Record<VerdictCode, number> }>();
  for (const row of fresh) {
    const code = finalStatus(row.verdict).code;
    if (filter.year !== 'all' && row.year !== filter.year) continue;
    if (filter.indicator && row.indicator.key !== filter.indicator) continue;
    if (filter.verdict && code !== filter.verdict) continue;
    if (filter.province && row.district.provinceZh !== filter.province) continue;
    const key = `${row.district.code}:${row.year}`;
    const group = groups.get(key) ?? { year: row.year, districtId: row.district.id, total: 0, counts: Object.fromEntries(VERDICT_CODES.map((c) => [c, 0])) as Record<VerdictCode, number> };
    group.total += 1;
    group.counts[code] += 1;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => b.year - a.year || districtOrder.get(a.districtId)! - districtOrder.get(b.districtId)!)
    .map(([key, group]) => ({ key, total: group.total, counts: group.counts }));
}

async function allPages(filter: OverviewFilter): Promise<{ rows: Expected[]; total: number; pages: number }> {
  const first = await getOverview({ ...filter, page: 1 });
  const rows: Expected[] = [];
  for (let page = 1; page <= first.pageCount; page += 1) {
    const overview = page === 1 ? first : await getOverview({ ...filter, page });
    expect(overview.page).toBe(page);
    expect(overview.rows.length).toBeLessThanOrEqual(OVERVIEW_PAGE_SIZE);
    rows.push(...overview.rows.map((row) => ({ key: `${row.district.code}:${row.year}`, total: row.total, counts: row.counts })));
  }
  return { rows, total: first.total, pages: first.pageCount };
}

describe('overview rows, counts and pages', () => {
  it('equal fresh verdicts for every year and filter, page by page', async () => {
    const years = [...new Set(fresh.map((row) => row.year))];
    const province = fresh[0]!.district.provinceZh;
    const filters: { year: number | 'all'; indicator?: string; verdict?: VerdictCode; province?: string }[] = [
      { year: 'all' }, ...years.map((year) => ({ year })), { year: 'all', indicator: 'gdp' }, { year: 'all', verdict: 'missed' },
      { year: 'all', province }, { year: years[0]!, verdict: 'pending', indicator: 'gdp' },
    ];
    for (const filter of filters) {
      const want = expected(filter);
      const got = await allPages(filter);
      expect(got.total, JSON.stringify(filter)).toBe(want.length);
      expect(got.rows, JSON.stringify(filter)).toEqual(want);
    }
    // Paging is exercised: all years of the seed are more than one page.
    expect((await getOverview({ year: 'all' })).pageCount).toBeGreaterThan(1);
  });

  it('a page past the last shows the last page', async () => {
    const last = await getOverview({ year: 'all', page: 10_000 });
    expect(last.page).toBe(last.pageCount);
    expect(last.rows.length).toBeGreaterThan(0);
  });
});
