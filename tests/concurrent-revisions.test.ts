// 32 writers record revisions for the same few targets at once, for a bounded
// time (STRESS_SECONDS, default 8; `npm run test:stress` runs 30). Every accepted
// write is in the database exactly once, revision numbers are contiguous, the
// audit log has one entry per accepted write, and every refusal is a conflict.
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { recordOutcome } from '@/lib/outcomes/mutations';
import { makeUser } from './fixtures/users';
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const WRITERS = 32;
const SECONDS = Number(process.env.STRESS_SECONDS ?? 8);
const TEXT = '测试夹具（非官方数据）：并发写入测试用文件。2024年地区生产总值增长情况见本文件。';
const QUOTE = '地区生产总值增长情况';

type Series = { districtId: number; indicatorId: number; year: number; measure: 'growth' | 'level' };
let targets: { id: number; series: Series; unit: string }[] = [];
let users: SessionUser[] = [];
let documentId: number;

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  const rows = await db.target.findMany({ where: { districtId: liangping.id, measure: 'growth' }, orderBy: { id: 'asc' }, take: 3 });
  targets = rows.map((row) => ({ id: row.id, unit: '%', series: { districtId: row.districtId, indicatorId: row.indicatorId, year: row.year, measure: row.measure as 'growth' } }));
  users = await Promise.all(Array.from({ length: WRITERS }, (_, index) => makeUser(db, `writer-${index}`, 'staff', [liangping.id])));
  const admin = await makeUser(db, 'writer-admin', 'admin');
  documentId = (await db.sourceDocument.create({ data: { kind: 'statistical_bulletin', districtId: liangping.id, year: 2025, title: '并发测试夹具', fullText: TEXT, textSha256: 'concurrent-fixture', createdById: admin.id } })).id;
});

describe('concurrent writers', () => {
  it(`${WRITERS} writers for ${SECONDS}s: accepted writes exactly once, contiguous revisions, matching audit`, async () => {
    const accepted: { targetId: number; revision: number; value: string; outcomeId: number }[] = [];
    const refusals: Record<string, number> = {};
    const unexpected: string[] = [];
    let counter = 0;
    const deadline = Date.now() + SECONDS * 1000;
    // On a loaded machine (CI shares its cores) the writers may go on past the deadline, for up
    // to 40 s more, until more writes than writers are accepted: the test is about what
    // contention does, so it needs enough of it, not a rate.
    const lastChance = deadline + 40_000;
    const keepWriting = () => Date.now() < deadline || (accepted.length <= WRITERS && Date.now() < lastChance);

    async function writer(user: SessionUser, index: number) {
      while (keepWriting()) {
        const target = targets[(index + counter) % targets.length]!;
        const latest = await db.outcome.findFirst({ where: target.series, orderBy: { revision: 'desc' }, select: { revision: true } });
        counter += 1;
        const value = (1 + counter / 1000).toFixed(3);
        try {
          const result = await executeAction(recordOutcome, { db, user }, {
            targetId: target.id, baseRevision: latest?.revision ?? 0, value, unit: target.unit, vintage: 'preliminary', documentId: String(documentId), quote: QUOTE,
            // The fixture's quote states no figure; the test is about concurrency, so each writer says so.
            figureNotInQuote: 'on', figureNotInQuoteReason: '并发测试夹具，引文不含数值',
          });
          if (result.ok) accepted.push({ targetId: target.id, revision: result.data.revision, value, outcomeId: result.data.outcomeId });
          else refusals[result.code] = (refusals[result.code] ?? 0) + 1;
        } catch (error) {
          unexpected.push((error as Error).message.slice(0, 200));
        }
      }
    }
    await Promise.all(users.map((user, index) => writer(user, index)));

    console.log(`concurrent writers: ${accepted.length} accepted, refusals ${JSON.stringify(refusals)}, unexpected ${unexpected.length}`);
    expect(unexpected).toEqual([]);
    expect(Object.keys(refusals).filter((code) => code !== 'conflict')).toEqual([]);
    expect(accepted.length).toBeGreaterThan(WRITERS);

    for (const target of targets) {
      const rows = await db.outcome.findMany({ where: target.series, orderBy: { revision: 'asc' }, select: { id: true, revision: true, value: true } });
      // Contiguous: 1, 2, …, n with no gaps or repeats (the seed's own revisions included).
      expect(rows.map((row) => row.revision)).toEqual(rows.map((_, index) => index + 1));
      const mine = accepted.filter((write) => write.targetId === target.id);
      for (const write of mine) {
        const matching = rows.filter((row) => row.id === write.outcomeId);
        expect(matching).toHaveLength(1);
        expect(matching[0]!.revision).toBe(write.revision);
        expect(matching[0]!.value.toString()).toBe(String(Number(write.value)));
      }
      // No write the callers did not see accepted.
      const acceptedIds = new Set(mine.map((write) => write.outcomeId));
      const seeded = rows.filter((row) => !acceptedIds.has(row.id));
      expect(seeded.every((row) => row.revision <= rows.length - mine.length)).toBe(true);
    }
    const audit = await db.auditLog.findMany({ where: { action: 'outcome.record', entityId: { in: accepted.map((write) => String(write.outcomeId)) } }, select: { entityId: true } });
    expect(audit).toHaveLength(accepted.length);
    expect(new Set(audit.map((row) => row.entityId)).size).toBe(accepted.length);
  }, (SECONDS + 60) * 1000);
});
