// /api/v1/scorecards and /api/v1/outcomes: JSON pages in scorecard order (keyset cursor or page number),
// files whole and unpaged, against the seeded database.
import { beforeAll, describe, expect, it } from 'vitest';
import { openScorecard, scorecardRows } from '@/lib/scorecard/rows';
import { useTestDatabase } from '@/tests/test-database';
import { RESPONSE_SCHEMAS } from './openapi';
import { scorecardsEndpoint, serveApi } from './serve';

async function get(path: string) {
  const response = await serveApi(new Request(`http://test${path}`), async () => null, scorecardsEndpoint);
  const json = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as unknown) : null;
  return { status: response.status, json };
}

async function page(path: string) {
  const result = await get(path);
  expect(result.status, path).toBe(200);
  return RESPONSE_SCHEMAS.ScorecardResponse.parse(result.json);
}

beforeAll(async () => {
  await useTestDatabase();
});

describe('/api/v1/scorecards?format=json', () => {
  it('pages one year by cursor through exactly the rows of the whole scorecard, in its order', async () => {
    const whole = await scorecardRows(await openScorecard({ year: 2024 }));
    expect(whole.length).toBeGreaterThan(3);
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < whole.length + 1; guard += 1) {
      const body = await page(`/api/v1/scorecards?year=2024&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.data.length).toBeLessThanOrEqual(3);
      expect(body.provenance.targetCount).toBe(whole.length);
      seen.push(...body.data.map((row) => row.targetId));
      cursor = body.pagination.nextCursor;
      expect(body.pagination.hasMore).toBe(cursor !== null);
      if (!cursor) break;
    }
    expect(seen).toEqual(whole.map((row) => row.targetId));
  });

  it('serves page numbers from the same order, and an empty page past the end', async () => {
    const whole = await scorecardRows(await openScorecard({ year: 2024 }));
    const second = await page('/api/v1/scorecards?year=2024&limit=2&page=2');
    expect(second.data.map((row) => row.targetId)).toEqual(whole.slice(2, 4).map((row) => row.targetId));
    expect(second.pagination).toMatchObject({ limit: 2, page: 2, hasMore: whole.length > 4 });
    const beyond = await page(`/api/v1/scorecards?year=2024&limit=2&page=${whole.length}`);
    expect(beyond.data).toEqual([]);
    expect(beyond.pagination).toMatchObject({ hasMore: false, nextCursor: null });
  });

  it('defaults to 50 rows a page and says so', async () => {
    const body = await page('/api/v1/scorecards?district=520304');
    expect(body.pagination.limit).toBe(50);
    expect(body.data.length).toBe(Math.min(50, body.provenance.targetCount));
  });

  it('refuses paging parameters on files (a paged file would silently drop rows) and an unknown cursor', async () => {
    for (const path of ['/api/v1/scorecards?format=csv&year=2024&limit=10', '/api/v1/scorecards?format=xlsx&year=2024&page=2', '/api/v1/scorecards?year=2024&cursor=1&page=2']) {
      const result = await get(path);
      expect(result.status, path).toBe(400);
      expect(RESPONSE_SCHEMAS.Error.parse(result.json).error.message.zh).toMatch(/查询参数无效/);
    }
    expect((await get('/api/v1/scorecards?year=2024&cursor=999999')).status).toBe(404);
    expect((await get('/api/v1/scorecards?year=2024&cursor=99999999999')).status).toBe(404);
  });
});

describe('/api/v1/outcomes paging', () => {
  it('pages by cursor through exactly the unpaged rows, and by page number over the same order', async () => {
    const { outcomesEndpoint } = await import('./serve');
    const call = async (path: string) => {
      const response = await serveApi(new Request(`http://test${path}`), async () => null, outcomesEndpoint);
      expect(response.status, path).toBe(200);
      return RESPONSE_SCHEMAS.OutcomesResponse.parse(await response.json());
    };
    const all = await call('/api/v1/outcomes?limit=200');
    expect(all.pagination.hasMore).toBe(false);
    expect(all.data.length).toBeGreaterThan(5);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const body = await call(`/api/v1/outcomes?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.data.map((row) => row.id));
      cursor = body.pagination.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.data.map((row) => row.id));
    const third = await call('/api/v1/outcomes?limit=2&page=3');
    expect(third.data.map((row) => row.id)).toEqual(all.data.slice(4, 6).map((row) => row.id));
    expect((await call('/api/v1/outcomes?cursor=99999999999')).data).toEqual([]);
  });
});
