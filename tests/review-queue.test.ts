import { beforeAll, describe, expect, it } from 'vitest';
import { executeAction } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/sessions';
import { findReviewQueue, type QueueItem } from '@/lib/reviews/data';
import { confirmQueueItems } from '@/lib/reviews/mutations';
import { decodeSelection, encodeSelection } from '@/lib/reviews/queue-item';
import { findTargets } from '@/lib/targets/data';
import { makeUser } from './fixtures/users';
// Aliased: the name "use…" reads as a React hook to the linter.
import { useTestDatabase as freshTestDatabase } from './test-database';

const { db } = await freshTestDatabase();

let reviewer: SessionUser;
let liangpingId: number;
let flippedTargetId: number;
// The quote (the document's first characters) states neither figure; the recorder said why.
const NOT_IN_QUOTE = '测试：由分项数据汇总';

const counts = async () => ({
  outcomeReviews: await db.outcomeReview.count(),
  verdictReviews: await db.verdictReview.count(),
  audit: await db.auditLog.count(),
});

beforeAll(async () => {
  const liangping = await db.district.findUniqueOrThrow({ where: { code: '500155' } });
  liangpingId = liangping.id;
  reviewer = await makeUser(db, 'queue-reviewer', 'reviewer', [liangping.id]);
  // A Liangping growth target (the seed records no 2024 outcomes yet): a first figure
  // meets it and is checked; a later, lower revision flips the verdict to missed.
  const target = await db.target.findFirstOrThrow({ where: { districtId: liangping.id, year: 2024, measure: 'growth', qualifier: { not: 'qualitative' } }, orderBy: { id: 'asc' } });
  flippedTargetId = target.id;
  const document = await db.sourceDocument.findFirstOrThrow({ where: { districtId: liangping.id } });
  const figure = (revision: number, value: string, recordedAt: Date) => db.outcome.create({
    data: {
      districtId: liangping.id, indicatorId: target.indicatorId, year: 2024, measure: 'growth', revision, value, unit: '%', vintage: revision === 1 ? 'preliminary' : 'final',
      sourceDocumentId: document.id, quote: document.fullText.slice(0, 12), quoteStart: 0, quoteEnd: 12, recordedAt,
      figureNotInQuoteReason: revision === 2 ? NOT_IN_QUOTE : null,
    },
    select: { id: true },
  });
  const first = await figure(1, '30', new Date(Date.now() - 60_000));
  const checker = await makeUser(db, 'queue-checker', 'reviewer');
  await db.outcomeReview.create({ data: { outcomeId: first.id, state: 'verified', comment: '', reviewerId: checker.id } });
  await figure(2, '0.1', new Date());
});

const queue = (scope: number[] | null = null) => findReviewQueue({ scope });

describe('review queue', () => {
  it('has one item per target, newest first, with figures to check, 需研判 targets and flipped verdicts', async () => {
    const items = await queue();
    const targetIds = items.flatMap((item) => (item.targetId ? [item.targetId] : []));
    expect(new Set(targetIds).size).toBe(targetIds.length);
    const times = items.map((item) => item.newestAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // The revision just recorded puts its target first, as a figure to check and as a flipped verdict.
    const first = items[0]!;
    expect(first.targetId).toBe(flippedTargetId);
    expect(first.reasons).toEqual(['outcome', 'flipped']);
    expect(first.verdict?.code).toBe('missed');
    // The reviewer sees the recorder's reason beside the figure the quote does not state.
    expect(first.figures.map((figure) => [figure.revision, figure.figureNotInQuoteReason])).toEqual([[2, NOT_IN_QUOTE]]);
    expect(['met', 'exceeded']).toContain(first.verdict?.flippedFrom);
    expect(first.figures.map((figure) => figure.value)).toEqual(['0.1']);

    // Every qualitative target without a judgment is there, and cannot be ticked: a judgment needs a verdict and a reason.
    const qualitative = await db.target.findMany({ where: { qualifier: 'qualitative', verdictReviews: { none: { kind: 'judgment' } } }, select: { id: true } });
    expect(qualitative.length).toBeGreaterThan(0);
    const judged = items.filter((item) => item.reasons.includes('judgment'));
    expect(judged.map((item) => item.targetId).sort()).toEqual(qualitative.map((target) => target.id).sort());
    expect(judged.every((item) => item.selection === null)).toBe(true);

    // Every unreviewed figure is in exactly one item.
    const unchecked = await db.outcome.count({ where: { reviews: { none: {} } } });
    expect(items.reduce((sum, item) => sum + item.figures.length, 0)).toBe(unchecked);
  });

  it('shows a scoped reviewer only their districts', async () => {
    const items = await queue([liangpingId]);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.district.id === liangpingId)).toBe(true);
  });

  it('refuses the whole batch when one item is outside the reviewer\'s districts, and changes nothing', async () => {
    const all = await queue();
    const own = all.filter((item) => item.district.id === liangpingId && item.selection).slice(0, 2);
    const foreign = all.find((item) => item.district.id !== liangpingId && item.selection)!;
    expect(own).toHaveLength(2);
    const before = await counts();
    const result = await executeAction(confirmQueueItems, { db, user: reviewer }, { items: [...own.map((item) => item.selection!), foreign.selection!] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('forbidden');
    expect(await counts()).toEqual(before);
  });

  it('refuses a figure smuggled into another target\'s item, and a verdict whose basis changed, changing nothing', async () => {
    const all = await queue([liangpingId]);
    // A figure of a series the target does not measure (a headline figure no target matches).
    const other = all.find((item) => item.targetId !== flippedTargetId && item.figures.length > 0)!;
    const forged = encodeSelection({ targetId: flippedTargetId, outcomeIds: [other.figures[0]!.id], basisOutcomeId: null });
    const before = await counts();
    const mixed = await executeAction(confirmQueueItems, { db, user: reviewer }, { items: [forged] });
    expect(mixed.ok).toBe(false);
    const flipped = decodeSelection(all.find((item) => item.targetId === flippedTargetId)!.selection!)!;
    const stale = encodeSelection({ ...flipped, basisOutcomeId: flipped.basisOutcomeId! - 1 });
    const staleResult = await executeAction(confirmQueueItems, { db, user: reviewer }, { items: [stale] });
    expect(staleResult.ok).toBe(false);
    if (!staleResult.ok) expect(staleResult.code).toBe('conflict');
    const empty = await executeAction(confirmQueueItems, { db, user: reviewer }, { items: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.fieldErrors.items).toBe('review_select_items');
    expect(await counts()).toEqual(before);
  });

  it('confirms several items at once, each audited, and they leave the queue', async () => {
    const all = await queue([liangpingId]);
    const flipped = all.find((item) => item.targetId === flippedTargetId)!;
    const other = all.find((item) => item.key !== flipped.key && item.selection && item.figures.length > 0)!;
    const chosen: QueueItem[] = [flipped, other];
    const expectedVerified = chosen.reduce((sum, item) => sum + item.figures.length, 0);
    const expectedConfirmed = chosen.filter((item) => decodeSelection(item.selection!)!.basisOutcomeId).length;
    expect(expectedConfirmed).toBeGreaterThanOrEqual(1);
    const before = await counts();
    const result = await executeAction(confirmQueueItems, { db, user: reviewer }, { items: chosen.map((item) => item.selection!) });
    expect(result).toEqual({ ok: true, data: { items: 2, verified: expectedVerified, confirmed: expectedConfirmed } });
    const after = await counts();
    expect(after.outcomeReviews - before.outcomeReviews).toBe(expectedVerified);
    expect(after.verdictReviews - before.verdictReviews).toBe(expectedConfirmed);
    expect(after.audit - before.audit).toBe(expectedVerified + expectedConfirmed);
    const audits = await db.auditLog.findMany({ where: { actorId: reviewer.id }, select: { action: true, entityId: true } });
    for (const figure of chosen.flatMap((item) => item.figures)) expect(audits).toContainEqual({ action: 'outcome.verify', entityId: String(figure.id) });
    expect(audits).toContainEqual({ action: 'verdict.confirm', entityId: String(flippedTargetId) });

    const keys = (await queue([liangpingId])).map((item) => item.key);
    expect(keys).not.toContain(flipped.key);
    expect(keys).not.toContain(other.key);
    const [target] = await findTargets({ targetIds: [flippedTargetId] });
    expect(target!.verdict.confirmed).toBe(true);
  });
});
