// A large import shows its progress while it runs: the action writes a progress row
// outside its one transaction after each batch, and the page polls it through
// GET /import/progress/<id> (lib/import/progress-endpoint.ts) — the caller's own
// import only. Before this, the page could only say "importing…" until the answer.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { importOutcomes } from '@/lib/import/actions';
import { IMPORT_COLUMNS } from '@/lib/import/parse-file';
import { importProgressResponse } from '@/lib/import/progress-endpoint';
import { APPEND_BATCH } from '@/lib/outcomes/append-revisions';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const ROWS = 3 * APPEND_BATCH - 1_000;
let admin: SessionUser;
let staff: SessionUser;
let csv: Uint8Array;

// Each row's quote states its figure: one sentence per value 0–9.6, in one fixture document.
const VALUES = Array.from({ length: 97 }, (_, tenths) => `${tenths / 10}`);
const quoteOf = (value: string) => `进度测试指标增长${value}%`;
const TEXT = `测试夹具（非官方数据）：导入进度测试用公报。${VALUES.map((value) => `${quoteOf(value)}；`).join('')}`;

beforeAll(async () => {
  const district = await db.district.findFirstOrThrow({ where: { code: '500155' } });
  admin = await makeUser(db, 'progress-admin', 'admin');
  staff = await makeUser(db, 'progress-staff', 'staff', [district.id]);
  const document = await db.sourceDocument.create({
    data: { kind: 'other', districtId: district.id, year: 2030, title: '导入进度测试公报', fullText: TEXT, textSha256: 'c'.repeat(64) },
  });
  const indicators = await db.indicator.findMany({ select: { key: true }, orderBy: { id: 'asc' } });
  const lines = [IMPORT_COLUMNS.join(',')];
  for (let index = 0; index < ROWS; index += 1) {
    const indicator = indicators[index % indicators.length]!;
    const year = 1950 + (Math.floor(index / indicators.length) % 150);
    const value = VALUES[index % 97]!;
    const cells: Record<string, string> = {
      district_code: district.code, indicator_key: indicator.key, year: String(year), measure: 'growth', value, unit: '%',
      vintage: 'preliminary', source_document_id: String(document.id), quote: quoteOf(value),
    };
    lines.push(IMPORT_COLUMNS.map((column) => cells[column] ?? '').join(','));
  }
  csv = new TextEncoder().encode(`${lines.join('\n')}\n`);
});

async function poll(user: SessionUser | null, id: string) {
  const response = await importProgressResponse(user, id);
  return { status: response.status, body: (await response.json()) as { stage?: string; written?: number; total?: number } };
}

describe('import progress', () => {
  it('is readable while the import runs, batch by batch, by its user only; gone once the import answers', async () => {
    const id = randomUUID();
    const seen: { stage?: string; written?: number; total?: number }[] = [];
    const othersSaw = new Set<number>();
    let done = false;
    const running = executeAction(importOutcomes, { db, user: admin }, { mode: 'commit', progressId: id, file: { name: 'progress.csv', bytes: csv } })
      .finally(() => { done = true; });
    while (!done) {
      const mine = await poll(admin, id);
      if (mine.status === 200) seen.push(mine.body);
      othersSaw.add((await poll(staff, id)).status);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const result = await running;
    expect(result).toMatchObject({ ok: true, data: { applied: true, created: expect.any(Number) } });
    // Seen mid-way: written after a batch, below the total (the import's own rows are not visible until it commits).
    const midway = seen.filter((row) => row.stage === 'writing' && row.written! > 0 && row.written! < row.total!);
    expect(midway.length, JSON.stringify(seen.slice(-5))).toBeGreaterThan(0);
    expect(midway.every((row) => row.total === ROWS && row.written! % APPEND_BATCH === 0)).toBe(true);
    // Another user's poll of the same id finds nothing; after the answer, neither does its user.
    expect([...othersSaw]).toEqual([404]);
    expect((await poll(admin, id)).status).toBe(404);
    expect(await db.importProgress.count()).toBe(0);
    expect(await db.outcome.count({ where: { sourceDocument: { title: '导入进度测试公报' } } })).toBe(ROWS);
  }, 180_000);

  it('answers 401 without a session and 404 for a malformed id', async () => {
    expect((await poll(null, randomUUID())).status).toBe(401);
    expect((await poll(admin, 'not-a-uuid')).status).toBe(404);
    expect((await poll(admin, '%00')).status).toBe(404);
  });

  it('refuses a progress id that is not a UUID (the action changes nothing)', async () => {
    const result = await executeAction(importOutcomes, { db, user: admin }, { mode: 'commit', progressId: "1' OR 1=1", file: { name: 'progress.csv', bytes: csv } });
    // A malformed *Id from a forged form reads as a missing record (define-action), not as a field to correct.
    expect(result).toMatchObject({ ok: false, code: 'not_found', fieldErrors: { progressId: 'invalid' } });
  });
});
