// /api/v1/targets?verdict=…: verdicts are computed, so listTargets walks the targets in
// id order in bounded batches. Paging through must give exactly the unpaged result,
// whatever the page size and however the matches fall across batches.
import { PrismaPg } from '@prisma/adapter-pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { findTargets } from '@/lib/targets/data';
import type { VerdictCode } from '@/lib/verdict/types';
import { useTestDatabase, type TestDatabase } from '@/tests/test-database';
import { listTargets } from './data';
import type { targetsQuery } from './schemas';

let database: TestDatabase;
/** Target ids in every `"target"."id" IN (…)` list and findTargets' `id = ANY(…)` array the client sent, one array per list. */
let targetIdLists: number[][] = [];
let expected: Map<VerdictCode, number[]>;

beforeAll(async () => {
  database = await useTestDatabase();
  // lib/db uses the client on globalThis; this one records which targets each query asked for.
  const recording = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: 'event', level: 'query' }] });
  recording.$on('query', (event) => {
    const params = JSON.parse(event.params) as unknown[];
    for (const match of event.query.matchAll(/"target"\."id" IN \(([^)]*)\)/g)) {
      targetIdLists.push((match[1] ?? '').split(',').map((placeholder) => Number(params[Number(placeholder.trim().slice(1)) - 1])));
    }
    // findTargets' own read (a plain statement, keyed by one array literal such as "{23,24}").
    for (const match of event.query.matchAll(/FROM target WHERE id = ANY\(\$(\d+)::int\[\]\)/g)) {
      targetIdLists.push(String(params[Number(match[1]) - 1]).slice(1, -1).split(',').map(Number));
    }
  });
  (globalThis as { db?: unknown }).db = recording;
  // The reference: every target decided at once, as the unbatched code did.
  expected = new Map();
  for (const row of (await findTargets({})).sort((a, b) => a.id - b.id)) expected.set(row.verdict.code, [...(expected.get(row.verdict.code) ?? []), row.id]);
});

type Query = z.infer<typeof targetsQuery>;

async function pageThroughByCursor(query: Omit<Query, 'cursor' | 'page'>, batch?: number): Promise<number[]> {
  const seen: number[] = [];
  let cursor: string | undefined;
  for (;;) {
    const { data, pagination } = await listTargets({ ...query, cursor }, batch);
    expect(data.every((row) => row.verdict.code === query.verdict)).toBe(true);
    seen.push(...data.map((row) => row.id));
    expect(pagination.hasMore).toBe(pagination.nextCursor !== null);
    if (!pagination.nextCursor) return seen;
    expect(pagination.nextCursor).toBe(String(data.at(-1)?.id));
    cursor = pagination.nextCursor;
  }
}

async function pageThroughByNumber(query: Omit<Query, 'cursor' | 'page'>, batch?: number): Promise<number[]> {
  const seen: number[] = [];
  for (let page = 1; ; page += 1) {
    const { data, pagination } = await listTargets({ ...query, page }, batch);
    expect(pagination.page).toBe(page);
    seen.push(...data.map((row) => row.id));
    if (!pagination.hasMore) return seen;
  }
}

describe('listTargets with a verdict filter', () => {
  it('the seed has a common and a rare verdict to page through', () => {
    expect(expected.get('pending')?.length).toBeGreaterThan(10);
    expect(expected.get('needs_judgment')).toEqual([23, 24, 28]);
  });

  it('one page of limit 200 is exactly the targets with that verdict, in id order', async () => {
    for (const [verdict, ids] of expected) {
      const { data, pagination } = await listTargets({ verdict, limit: 200 });
      expect(data.map((row) => row.id), verdict).toEqual(ids);
      expect(pagination).toEqual({ limit: 200, nextCursor: null, page: null, hasMore: false });
    }
  });

  it('limit 1 through every page, by cursor and by page number, gives the unpaged ids', async () => {
    for (const [verdict, ids] of expected) {
      expect(await pageThroughByCursor({ verdict, limit: 1 }), verdict).toEqual(ids);
      expect(await pageThroughByNumber({ verdict, limit: 1 }), verdict).toEqual(ids);
    }
    const beyond = await listTargets({ verdict: 'needs_judgment', limit: 1, page: 4 });
    expect(beyond).toEqual({ data: [], pagination: { limit: 1, nextCursor: null, page: 4, hasMore: false } });
  });

  it('matches straddling batch boundaries are neither skipped nor repeated', async () => {
    // 28 targets: batches of 1 put every match in its own batch, 2–5 split the page and
    // its extra match across batches in every way, 27–29 end the scan mid-batch or exactly.
    for (const batch of [1, 2, 3, 5, 27, 28, 29]) {
      for (const limit of [1, 2, 3]) {
        for (const [verdict, ids] of expected) {
          expect(await pageThroughByCursor({ verdict, limit }, batch), `${verdict} batch ${batch} limit ${limit}`).toEqual(ids);
        }
        expect(await pageThroughByNumber({ verdict: 'needs_judgment', limit }, batch), `batch ${batch} limit ${limit} by page`).toEqual(expected.get('needs_judgment'));
      }
    }
  });

  it('combines with the other filters', async () => {
    const rows = await findTargets({});
    const bozhou2025 = rows.filter((row) => row.district.code === '520304' && row.year === 2025 && row.verdict.code === 'pending').map((row) => row.id).sort((a, b) => a - b);
    expect(bozhou2025.length).toBeGreaterThan(1);
    expect(await pageThroughByCursor({ verdict: 'pending', district: '520304', year: 2025, limit: 1 }, 2)).toEqual(bozhou2025);
  });

  it('decides only batches of ids, and stops once the page and one more match are found', async () => {
    targetIdLists = [];
    const { data } = await listTargets({ verdict: 'needs_judgment', limit: 1 }, 3);
    expect(data.map((row) => row.id)).toEqual([23]);
    expect(targetIdLists.length).toBeGreaterThan(0);
    expect(Math.max(...targetIdLists.map((ids) => ids.length))).toBeLessThanOrEqual(3);
    // 24 is the extra match that says there is another page; the batch holding it ends at 24.
    expect(Math.max(...targetIdLists.flat())).toBe(24);
  });

  it('a cursor past any possible id is an empty last page, not a database error', async () => {
    for (const verdict of [undefined, 'pending'] as const) {
      expect(await listTargets({ verdict, limit: 5, cursor: '99999999999' })).toEqual({ data: [], pagination: { limit: 5, nextCursor: null, page: null, hasMore: false } });
    }
  });

  it('a cursor page stays put when a target before the cursor changes verdict; page numbers shift', async () => {
    const first = await listTargets({ verdict: 'needs_judgment', limit: 1 });
    expect(first.data.map((row) => row.id)).toEqual([23]);
    const reviewer = await database.db.user.create({ data: { username: 'paging-reviewer', displayName: 'Paging Reviewer', passwordHash: 'x', role: 'reviewer' } });
    await database.db.verdictReview.create({ data: { targetId: 23, kind: 'judgment', verdict: 'met', reason: '已完成', reviewerId: reviewer.id } });
    const next = await listTargets({ verdict: 'needs_judgment', limit: 1, cursor: first.pagination.nextCursor ?? undefined });
    expect(next.data.map((row) => row.id)).toEqual([24]);
    expect(await listTargets({ verdict: 'needs_judgment', limit: 1, cursor: first.pagination.nextCursor ?? undefined })).toEqual(next);
    expect((await listTargets({ verdict: 'needs_judgment', limit: 1, page: 2 })).data.map((row) => row.id)).toEqual([28]);
  });
});
