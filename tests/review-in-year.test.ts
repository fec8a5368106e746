// In-year figures (1—N月) in the review queue, on real PostgreSQL: they are queued with
// their period, a reviewer verifies or disputes them (with a reason) one at a time or in a
// bulk confirmation, each audited, and the stored pace verdict resting on the figure takes
// the review state in the same transaction, as the annual verdict does.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { findReviewQueue } from '@/lib/reviews/data';
import { confirmQueueItems, reviewOutcome } from '@/lib/reviews/mutations';
import { checkStoredVerdicts } from '@/lib/verdicts/check';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();
const TEXT = '测试夹具（非官方数据）：一季度，全区地区生产总值同比增长2.5%；1—6月增长3.1%；前三季度增长7.2%。';
type Result<T> = { ok: true; data: T } | { ok: false; code: string; fieldErrors: Record<string, string> };
const run = <T>(action: Parameters<typeof executeAction>[0], user: SessionUser, input: Record<string, unknown>) => executeAction(action, { db, user }, input) as Promise<Result<T>>;

let reviewer: SessionUser;
let reviewerElsewhere: SessionUser;
let targetId: number;
const ids: Record<3 | 6 | 9, number> = { 3: 0, 6: 0, 9: 0 };
const pace = (periodMonths: number) => db.paceVerdict.findUniqueOrThrow({ where: { targetId_periodMonths: { targetId, periodMonths } } });
const itemOf = async () => (await findReviewQueue({ scope: null })).find((item) => item.targetId === targetId);

beforeAll(async () => {
  const district = await db.district.findFirstOrThrow({ where: { targets: { some: { year: 2025, indicator: { key: 'gdp' } } } } });
  const other = await db.district.findFirstOrThrow({ where: { id: { not: district.id } } });
  reviewer = await makeUser(db, 'inyear-reviewer', 'reviewer', [district.id]);
  reviewerElsewhere = await makeUser(db, 'inyear-reviewer-other', 'reviewer', [other.id]);
  const target = await db.target.findFirstOrThrow({ where: { districtId: district.id, year: 2025, indicator: { key: 'gdp' } } });
  targetId = target.id;
  const document = await db.sourceDocument.create({
    data: { kind: 'statistical_bulletin', districtId: district.id, year: 2025, title: '测试夹具 in-year review', fullText: TEXT, textSha256: createHash('sha256').update(TEXT).digest('hex') },
  });
  for (const [months, value] of [[3, '2.5'], [6, '3.1'], [9, '7.2']] as const) {
    const quote = `增长${value}%`;
    const quoteStart = TEXT.indexOf(quote);
    const [written] = await db.$transaction((tx) => appendOutcomeRevisions(tx, { label: 'system:test' }, [{
      districtId: district.id, indicatorId: target.indicatorId, year: 2025, measure: 'growth', unit: '%', vintage: 'preliminary', periodMonths: months,
      sourceDocumentId: document.id, value, quote, quoteStart, quoteEnd: quoteStart + quote.length, baseRevision: 0, audit: { via: 'test' },
    }]));
    ids[months] = written!.outcomeId;
  }
});

describe('in-year figures in the review queue', () => {
  it('are queued under their target, each with its period', async () => {
    const item = await itemOf();
    expect(item?.reasons).toContain('outcome');
    const inYear = item!.figures.filter((figure) => figure.periodMonths < 12);
    expect(inYear.map((figure) => [figure.periodMonths, figure.id, figure.value])).toEqual([[9, ids[9], '7.2'], [6, ids[6], '3.1'], [3, ids[3], '2.5']]);
    expect((await pace(6)).outcomeReviewState).toBeNull();
    // Each shows what it decides: the stored pace verdict of its period, when it rests on that figure.
    const stored = await db.paceVerdict.findMany({ where: { targetId }, select: { periodMonths: true, code: true } });
    expect(inYear.map((figure) => [figure.periodMonths, figure.pace])).toEqual(inYear.map((figure) => [figure.periodMonths, stored.find((row) => row.periodMonths === figure.periodMonths)?.code]));
    expect(inYear.every((figure) => figure.pace !== null)).toBe(true);
  });

  it('verifying one is audited and updates the pace verdict of its period in the same transaction', async () => {
    expect(await run(reviewOutcome, reviewerElsewhere, { outcomeId: ids[6], state: 'verified' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await run(reviewOutcome, reviewer, { outcomeId: ids[6], state: 'verified' })).toMatchObject({ ok: true });
    expect(await pace(6)).toMatchObject({ outcomeReviewState: 'verified', outcomeId: ids[6] });
    expect((await pace(3)).outcomeReviewState).toBeNull();
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.verify', entityId: String(ids[6]) } })).toMatchObject({ actorId: reviewer.id, after: { state: 'verified' } });
    expect((await itemOf())!.figures.map((figure) => figure.id)).not.toContain(ids[6]);
  });

  it('disputing one needs a reason; with one, the pace verdict says disputed', async () => {
    const reviews = await db.outcomeReview.count();
    expect(await run(reviewOutcome, reviewer, { outcomeId: ids[3], state: 'disputed', comment: '' })).toMatchObject({ ok: false, fieldErrors: { comment: 'comment_required' } });
    expect(await db.outcomeReview.count()).toBe(reviews);
    expect(await run(reviewOutcome, reviewer, { outcomeId: ids[3], state: 'disputed', comment: '与统计局快报不一致' })).toMatchObject({ ok: true });
    expect((await pace(3)).outcomeReviewState).toBe('disputed');
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.dispute', entityId: String(ids[3]) } })).toMatchObject({ after: { comment: '与统计局快报不一致' } });
  });

  it('a bulk confirmation verifies the rest, audited, with the pace verdict refreshed; stored and computed verdicts agree', async () => {
    const item = await itemOf();
    expect(item!.figures.map((figure) => figure.id)).toContain(ids[9]);
    expect(item!.selection).not.toBeNull();
    expect(await run(confirmQueueItems, reviewer, { items: [item!.selection] })).toMatchObject({ ok: true });
    expect((await pace(9)).outcomeReviewState).toBe('verified');
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'outcome.verify', entityId: String(ids[9]) } })).toMatchObject({ after: { bulk: true } });
    expect(await itemOf()).toBeUndefined();
    expect(await checkStoredVerdicts(db)).toMatchObject({ differences: 0 });
  });
});
