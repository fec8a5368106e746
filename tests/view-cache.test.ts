// No page keeps data in process memory (the one-row data version that keyed the district
// page's cache is gone): the district, indicator and overview pages read PostgreSQL on
// every view, so a repeated view is the same and any write they depend on (an outcome,
// a user's name) shows on the next view, on whichever instance serves it.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { getDistrictPage } from '@/lib/views/district-page';
import { getIndicatorPage } from '@/lib/views/indicator-page';
import { getOverview } from '@/lib/views/overview';
import { getTargetPage } from '@/lib/views/target-page';
import { makeUser } from './fixtures/users';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let staff: SessionUser;

beforeAll(async () => {
  database = await useTestDatabase();
  const liangping = await database.db.district.findUniqueOrThrow({ where: { code: '500155' } });
  staff = await makeUser(database.db, 'cache-recorder', 'staff', [liangping.id]);
});

const gdpOf = (page: Awaited<ReturnType<typeof getDistrictPage>>) => page?.targets.find((target) => target.indicator.key === 'gdp');

describe('page data read on every view', () => {
  it('is the same while nothing changed and shows an outcome at the next view once recorded', async () => {
    const district = await getDistrictPage('500155', { year: 2024 });
    const indicator = await getIndicatorPage('gdp', 2024);
    const overview = await getOverview({ year: 2024 });
    expect(await getDistrictPage('500155', { year: 2024 })).toEqual(district);
    expect(await getIndicatorPage('gdp', 2024)).toEqual(indicator);
    expect(await getOverview({ year: 2024 })).toEqual(overview);
    expect(gdpOf(district)?.verdict.code).toBe('pending');
    const pendingBefore = overview.rows.find((row) => row.district.code === '500155')?.counts.pending ?? 0;

    const target = gdpOf(district)!;
    const recorded = await executeAction(recordOutcome, { db: database.db, user: staff }, {
      targetId: target.id, baseRevision: 0, value: '7.4', unit: '%', vintage: 'final', quote: '地区生产总值同比增长7.4%',
      documentId: 'new', newKind: 'statistical_bulletin', newTitle: '测试夹具 Test fixture', newText: '测试夹具（非官方数据）：2024年全区地区生产总值同比增长7.4%。',
    });
    expect(recorded.ok).toBe(true);

    const after = await getDistrictPage('500155', { year: 2024 });
    expect(gdpOf(after)?.verdict.code).toBe('met');
    expect(gdpOf(after)?.basis?.revision).toBe(1);
    // The recorder is shown with the revision on the target page.
    expect((await getTargetPage(target.id))?.target.outcomes.at(-1)?.recordedBy).toBe(staff.displayName);
    const indicatorAfter = await getIndicatorPage('gdp', 2024);
    expect(indicatorAfter?.rows.find((row) => row.id === target.id)?.verdict.code).toBe('met');
    const overviewAfter = await getOverview({ year: 2024 });
    expect(overviewAfter.rows.find((row) => row.district.code === '500155')?.counts.pending).toBe(pendingBefore - 1);
  });

  it('shows a renamed recorder on the next view', async () => {
    const target = gdpOf(await getDistrictPage('500155', { year: 2024 }))!;
    const before = await getTargetPage(target.id);
    expect(before?.target.outcomes.at(-1)?.recordedBy).toBe(staff.displayName);
    await database.db.user.update({ where: { id: staff.id }, data: { displayName: '改名后的录入员' } });
    const after = await getTargetPage(target.id);
    expect(after?.target.outcomes.at(-1)?.recordedBy).toBe('改名后的录入员');
  });
});
