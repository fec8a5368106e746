// The reading pages must not issue a query per row: each page's data function is
// run on the seeded database, then again after many more targets, outcome
// revisions, reviews and audit rows were added, and its query count must not grow.
import { PrismaPg } from '@prisma/adapter-pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { getDistrictPage } from '@/lib/views/district-page';
import { getDocumentPage } from '@/lib/views/document-page';
import { getIndicatorPage } from '@/lib/views/indicator-page';
import { getOverview } from '@/lib/views/overview';
import { getTargetPage } from '@/lib/views/target-page';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { useTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let queries = 0;

beforeAll(async () => {
  database = await useTestDatabase();
  // lib/db uses the client on globalThis; put one there that counts its queries.
  const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: 'event', level: 'query' }] });
  counting.$on('query', () => { queries += 1; });
  (globalThis as { db?: unknown }).db = counting;
});

async function count(run: () => Promise<unknown>): Promise<number> {
  const before = queries;
  await run();
  return queries - before;
}

type Ids = { targetId: number; documentId: number };

async function seededIds(): Promise<Ids> {
  const target = await database.db.target.findFirstOrThrow({ where: { district: { code: '520304' }, year: 2025, indicator: { key: 'gdp' } }, select: { id: true, sourceDocumentId: true } });
  return { targetId: target.id, documentId: target.sourceDocumentId };
}

const pages = (ids: Ids) => ({
  district: () => getDistrictPage('520304', { year: 2025, indicatorKey: 'gdp' }),
  target: () => getTargetPage(ids.targetId),
  document: () => getDocumentPage(ids.documentId),
  overview: () => getOverview({}),
  indicator: () => getIndicatorPage('gdp', 2025),
});

/** Many more rows for Bozhou: a target per indicator for four more years, three revisions each, reviews and audit rows. */
async function addRows(ids: Ids): Promise<number> {
  const db = database.db;
  const district = await db.district.findUniqueOrThrow({ where: { code: '520304' }, select: { id: true } });
  const document = await db.sourceDocument.findUniqueOrThrow({ where: { id: ids.documentId }, select: { fullText: true } });
  const quote = document.fullText.slice(0, 4);
  const provenance = { sourceDocumentId: ids.documentId, quote, quoteStart: 0, quoteEnd: 4 };
  const reviewer = await db.user.create({ data: { username: 'count-reviewer', displayName: 'Count Reviewer', passwordHash: 'x', role: 'reviewer' } });
  const indicators = await db.indicator.findMany({ select: { id: true } });
  let added = 0;
  for (const year of [2019, 2020, 2021, 2022]) {
    for (const indicator of indicators) {
      const target = await db.target.create({ data: { districtId: district.id, indicatorId: indicator.id, year, measure: 'growth', qualifier: 'about', value: '6', unit: '%', asWritten: '6%左右', ...provenance }, select: { id: true } });
      await db.verdictReview.create({ data: { targetId: target.id, kind: 'confirm', reason: 'ok', reviewerId: reviewer.id } });
      for (const revision of [1, 2, 3]) {
        const outcome = await db.outcome.create({ data: { districtId: district.id, indicatorId: indicator.id, year, measure: 'growth', revision, value: String(5 + revision), unit: '%', vintage: revision === 3 ? 'final' : 'estimate', recordedById: reviewer.id, ...provenance }, select: { id: true } });
        await db.outcomeReview.create({ data: { outcomeId: outcome.id, state: 'verified', comment: 'checked', reviewerId: reviewer.id } });
        await db.auditLog.create({ data: { actorId: reviewer.id, action: 'outcome.create', entityType: 'outcome', entityId: String(outcome.id), districtId: district.id } });
      }
      added += 1;
    }
  }
  // And more history on the one target the target page shows.
  for (const decision of [1, 2, 3]) {
    await db.verdictReview.create({ data: { targetId: ids.targetId, kind: 'confirm', reason: `decision ${decision}`, reviewerId: reviewer.id } });
    await db.auditLog.create({ data: { actorId: reviewer.id, action: 'target.update', entityType: 'target', entityId: String(ids.targetId), targetId: ids.targetId, districtId: district.id } });
  }
  // Written behind the app's back: store their verdicts as the app's writes would (a
  // stored row out of date makes the indicator page read that row in full: more queries).
  await checkStoredVerdicts(db, { fix: true });
  return added;
}

describe('reading pages issue a fixed number of queries', () => {
  it('whatever the number of targets, revisions, reviews and audit rows', async () => {
    const ids = await seededIds();
    const before: Record<string, number> = {};
    for (const [name, run] of Object.entries(pages(ids))) before[name] = await count(run);

    const added = await addRows(ids);
    expect(added).toBeGreaterThan(50);
    const district = await getDistrictPage('520304', { year: 2019 });
    expect(district?.targets.length).toBeGreaterThan(10);

    const after: Record<string, number> = {};
    for (const [name, run] of Object.entries(pages(ids))) after[name] = await count(run);
    console.info('queries per page', before);
    expect(after).toEqual(before);
    // Prisma resolves each nested relation with its own query: a fixed number per page.
    for (const value of Object.values(before)) expect(value).toBeLessThanOrEqual(20);
  });

  it('returns null for unknown district, target, document and indicator (the pages answer 404)', async () => {
    expect(await getDistrictPage('999999')).toBeNull();
    expect(await getTargetPage(99_999_999)).toBeNull();
    expect(await getDocumentPage(99_999_999)).toBeNull();
    expect(await getIndicatorPage('no_such_indicator')).toBeNull();
  });

  it('shows the seeded figures the reviewer pages promise', async () => {
    const bozhou = await getDistrictPage('520304', { year: 2025 });
    expect(bozhou?.targets.find((row) => row.indicator.key === 'gdp' && row.measure === 'growth')?.asWritten).toBe('6.5%左右');
    const honghuagang = await getDistrictPage('520302');
    expect(honghuagang?.untargeted.some((row) => row.year === 2023 && row.value === '359.82')).toBe(true);
    const overview = await getOverview({ q: 'liang' });
    expect(overview.rows.every((row) => row.district.code === '500155')).toBe(true);
    expect(overview.rows.length).toBeGreaterThan(0);
  });
});
