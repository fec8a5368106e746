// Reporting rounds: open (every target or key task × responsible unit of the district's
// year becomes a to-do), acknowledge (签收), submit, accept or return with a reason,
// close (locks the round; later corrections are new revisions with a reason). Each
// change is one transaction with its audit row; an item changes only from the state
// and version its actor saw (a stale form is a conflict, never an overwrite).
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { onUniqueViolation } from '@/lib/db/unique-violation';
import { resolveSource } from '@/lib/documents/mutations';
import { AppError, fieldError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { parseFigureInput } from '@/lib/outcomes/figure-input';
import type { RecordOutcomeInput } from '@/lib/outcomes/schema';
import { parseIsoDate } from '@/lib/text/parse-date';
import { periodName } from '@/lib/verdict/period';
import { appendNarrative } from './narratives';
import { closeRoundSchema, correctFigureSchema, correctNarrativeSchema, figureSchema, itemSchema, itemVersionSchema, narrativeSchema, openRoundSchema, returnSchema } from './schema';
import { itemKind, type RoundItemState } from './types';

type Tx = Prisma.TransactionClient;

/** The default title: "2025年上半年", "2025年1—11月". */
export function roundTitle(year: number, periodMonths: number): string {
  return `${year}年${periodName({ months: periodMonths }).zh}`;
}

export const openRound = defineAction({
  name: 'round.open',
  permission: 'manage:rounds',
  schema: openRoundSchema,
  run: async ({ db, user, input }) => {
    const district = await db.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
    if (!district) throw new AppError('not_found');
    assertInScope(user, 'manage:rounds', district.id);
    const dueOn = parseIsoDate(input.dueOn);
    if (!dueOn) throw fieldError('dueOn', 'date_invalid');
    // A round collects a period of its own year; it may be due early the next year, not later.
    if (dueOn.getUTCFullYear() < input.year || dueOn.getUTCFullYear() > input.year + 1) throw fieldError('dueOn', 'round_due_out_of_range');
    const title = input.title || roundTitle(input.year, input.periodMonths);
    return onUniqueViolation(() => db.$transaction(async (tx) => {
      const exists = await tx.reportingRound.findFirst({ where: { districtId: district.id, year: input.year, periodMonths: input.periodMonths }, select: { id: true } });
      if (exists) throw fieldError('periodMonths', 'round_exists');
      // A withdrawn key task (撤销, lib/key-tasks/mutations.ts) is no longer anyone's work: no to-do.
      // FOR SHARE: a withdrawal running now either commits first (its task is then left out here)
      // or waits for this round to commit (and then removes the task's items from it).
      const current = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM key_task WHERE district_id = ${district.id} AND year = ${input.year} AND withdrawn_at IS NULL ORDER BY id FOR SHARE`;
      const [targets, keyTasks] = await Promise.all([
        tx.targetUnit.findMany({ where: { target: { districtId: district.id, year: input.year } }, select: { targetId: true, unitId: true, role: true } }),
        tx.keyTaskUnit.findMany({ where: { keyTaskId: { in: current.map((row) => row.id) } }, select: { keyTaskId: true, unitId: true, role: true } }),
      ]);
      if (targets.length + keyTasks.length === 0) throw fieldError('year', 'round_nothing_assigned');
      const round = await tx.reportingRound.create({
        data: { districtId: district.id, year: input.year, title, periodMonths: input.periodMonths, dueOn, openedById: user.id },
        select: { id: true },
      });
      await tx.roundItem.createMany({
        data: [
          ...targets.map((row) => ({ roundId: round.id, targetId: row.targetId, unitId: row.unitId, unitRole: row.role })),
          ...keyTasks.map((row) => ({ roundId: round.id, keyTaskId: row.keyTaskId, unitId: row.unitId, unitRole: row.role })),
        ],
      });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round.open', entityType: 'reporting_round', entityId: round.id, districtId: district.id,
        after: { title, year: input.year, periodMonths: input.periodMonths, dueOn: input.dueOn, targetItems: targets.length, keyTaskItems: keyTasks.length },
      });
      return { roundId: round.id, items: targets.length + keyTasks.length };
    }), () => fieldError('periodMonths', 'round_exists'));
  },
});

export const closeRound = defineAction({
  name: 'round.close',
  permission: 'manage:rounds',
  schema: closeRoundSchema,
  run: async ({ db, user, input }) => {
    const round = await db.reportingRound.findUnique({ where: { id: input.roundId }, select: { id: true, districtId: true } });
    if (!round) throw new AppError('not_found');
    assertInScope(user, 'manage:rounds', round.districtId);
    return db.$transaction(async (tx) => {
      const closed = await tx.reportingRound.updateMany({
        where: { id: round.id, version: input.version, state: 'open' },
        data: { state: 'closed', closedAt: new Date(), closedById: user.id, version: { increment: 1 } },
      });
      if (closed.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'rounds.staleRound' });
      const open = await tx.roundItem.count({ where: { roundId: round.id, state: { in: ['todo', 'acknowledged', 'returned'] } } });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round.close', entityType: 'reporting_round', entityId: round.id, districtId: round.districtId,
        before: { state: 'open' }, after: { state: 'closed', openItems: open },
      });
      return { roundId: round.id };
    });
  },
});

type LoadedItem = Awaited<ReturnType<typeof loadItem>>;

async function loadItem(db: Db | Tx, itemId: number) {
  const item = await db.roundItem.findUnique({
    where: { id: itemId },
    select: {
      id: true, roundId: true, targetId: true, keyTaskId: true, unitId: true, unitRole: true, state: true, version: true, acknowledgedAt: true, firstSubmittedAt: true,
      round: { select: { districtId: true, year: true, periodMonths: true, state: true } },
    },
  });
  if (!item) throw new AppError('not_found');
  return item;
}

/** Staff act only for the units they report for; admins for any. */
async function assertReportsFor(db: Db, user: SessionUser, item: LoadedItem): Promise<void> {
  assertInScope(user, 'record:outcome', item.round.districtId);
  if (user.role === 'admin') return;
  const member = await db.userUnit.findUnique({ where: { userId_unitId: { userId: user.id, unitId: item.unitId } }, select: { unitId: true } });
  if (!member) throw new AppError('forbidden');
}

function assertRoundOpen(item: LoadedItem): void {
  if (item.round.state === 'closed') throw new AppError('locked', 'round closed', { messageKey: 'rounds.locked' });
}

/**
 * Moves an item from one of `from` at the version its actor saw; anything else is a
 * conflict. Returns the new version.
 */
async function transition(tx: Tx, item: LoadedItem, expected: { version?: number; from: RoundItemState[] }, data: Prisma.RoundItemUpdateManyMutationInput & { narrativeId?: number; outcomeId?: number }, actorId: number): Promise<number> {
  const updated = await tx.roundItem.updateMany({
    where: { id: item.id, state: { in: expected.from }, ...(expected.version === undefined ? {} : { version: expected.version }) },
    data: { ...data, lastActorId: actorId, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'rounds.staleItem' });
  return item.version + 1;
}

function subjectOf(item: LoadedItem) {
  return { targetId: item.targetId, keyTaskId: item.keyTaskId };
}

export const acknowledgeItem = defineAction({
  name: 'round_item.acknowledge',
  permission: 'record:outcome',
  schema: itemSchema,
  run: async ({ db, user, input }) => {
    const item = await loadItem(db, input.itemId);
    await assertReportsFor(db, user, item);
    assertRoundOpen(item);
    return db.$transaction(async (tx) => {
      const version = await transition(tx, item, { from: ['todo'] }, { state: 'acknowledged', acknowledgedAt: new Date() }, user.id);
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.acknowledge', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        before: { state: item.state }, after: { state: 'acknowledged', roundId: item.roundId, unitId: item.unitId },
      });
      return { itemId: item.id, version };
    });
  },
});

/** Submitting also acknowledges an item not yet acknowledged. */
async function markSubmitted(tx: Tx, item: LoadedItem, version: number, link: { narrativeId?: number; outcomeId?: number }, userId: number): Promise<number> {
  const now = new Date();
  return transition(tx, item, { version, from: ['todo', 'acknowledged', 'returned'] }, {
    state: 'submitted', submittedAt: now, firstSubmittedAt: item.firstSubmittedAt ?? now, acknowledgedAt: item.acknowledgedAt ?? now, ...link,
  }, userId);
}

export const submitNarrative = defineAction({
  name: 'round_item.submitNarrative',
  permission: 'record:outcome',
  schema: narrativeSchema,
  run: async ({ db, user, input }) => {
    const item = await loadItem(db, input.itemId);
    await assertReportsFor(db, user, item);
    assertRoundOpen(item);
    if (itemKind(item.targetId === null ? 'key_task' : 'target', item.unitRole) !== 'narrative') throw fieldError('text', 'round_item_needs_figure');
    return db.$transaction(async (tx) => {
      const narrative = await appendNarrative(tx, {
        districtId: item.round.districtId, year: item.round.year, periodMonths: item.round.periodMonths, ...subjectOf(item), unitId: item.unitId,
        text: input.text, correctionReason: null, recordedById: user.id,
      });
      const version = await markSubmitted(tx, item, input.version, { narrativeId: narrative.id }, user.id);
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.submit', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        before: { state: item.state }, after: { state: 'submitted', narrativeId: narrative.id, revision: narrative.revision, text: input.text },
      });
      return { itemId: item.id, version, narrativeId: narrative.id };
    });
  },
});

async function reviewItem(db: Db, user: SessionUser, itemId: number) {
  const item = await loadItem(db, itemId);
  assertInScope(user, 'review', item.round.districtId);
  assertRoundOpen(item);
  return item;
}

export const acceptItem = defineAction({
  name: 'round_item.accept',
  permission: 'review',
  schema: itemVersionSchema,
  run: async ({ db, user, input }) => {
    const item = await reviewItem(db, user, input.itemId);
    return db.$transaction(async (tx) => {
      const version = await transition(tx, item, { version: input.version, from: ['submitted'] }, { state: 'accepted', acceptedAt: new Date() }, user.id);
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.accept', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        before: { state: item.state }, after: { state: 'accepted' },
      });
      return { itemId: item.id, version };
    });
  },
});

export const returnItem = defineAction({
  name: 'round_item.return',
  permission: 'review',
  schema: returnSchema,
  run: async ({ db, user, input }) => {
    const item = await reviewItem(db, user, input.itemId);
    return db.$transaction(async (tx) => {
      const version = await transition(tx, item, { version: input.version, from: ['submitted'] }, {
        state: 'returned', returnReason: input.reason, returnedAt: new Date(), returnCount: { increment: 1 },
      }, user.id);
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.return', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        before: { state: item.state }, after: { state: 'returned', reason: input.reason },
      });
      return { itemId: item.id, version };
    });
  },
});

/** After a round closed: a reviewer's correction is a new narrative revision with its reason; the item stays as closed. */
export const correctNarrative = defineAction({
  name: 'round_item.correctNarrative',
  permission: 'review',
  schema: correctNarrativeSchema,
  run: async ({ db, user, input }) => {
    const item = await loadItem(db, input.itemId);
    assertInScope(user, 'review', item.round.districtId);
    if (item.round.state !== 'closed') throw new AppError('conflict', 'round open', { messageKey: 'rounds.correctOnlyClosed' });
    if (itemKind(item.targetId === null ? 'key_task' : 'target', item.unitRole) !== 'narrative') throw fieldError('text', 'round_item_needs_figure');
    return db.$transaction(async (tx) => {
      const narrative = await appendNarrative(tx, {
        districtId: item.round.districtId, year: item.round.year, periodMonths: item.round.periodMonths, ...subjectOf(item), unitId: item.unitId,
        text: input.text, correctionReason: input.reason, recordedById: user.id,
      });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.correct', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        after: { narrativeId: narrative.id, revision: narrative.revision, text: input.text, reason: input.reason },
      });
      return { itemId: item.id, narrativeId: narrative.id };
    });
  },
});

/**
 * Writes the item's figure as an outcome revision of its target's series for the
 * round's period, through THE write path (appendOutcomeRevisions: unit rule, figure in
 * its quote, stale-revision check, audit, stored and pace verdicts). In the caller's
 * transaction.
 */
async function writeFigure(tx: Tx, item: LoadedItem, input: Omit<RecordOutcomeInput, 'targetId'>, userId: number, audit: Record<string, string | number>) {
  if (item.targetId === null || item.unitRole !== 'lead') throw fieldError('value', 'round_item_needs_narrative');
  const target = await tx.target.findUniqueOrThrow({
    where: { id: item.targetId },
    select: { districtId: true, indicatorId: true, year: true, measure: true, unit: true, indicator: { select: { levelUnit: true } } },
  });
  const figure = parseFigureInput(input, target);
  // In-year figures come from the year's own documents (统计月报, 进度通报).
  const source = await resolveSource(tx, input, { districtId: target.districtId, year: target.year, userId });
  const [appended] = await appendOutcomeRevisions(tx, { userId }, [{
    districtId: target.districtId, indicatorId: target.indicatorId, year: target.year, measure: target.measure, periodMonths: item.round.periodMonths,
    value: figure.value, unit: figure.unit, vintage: input.vintage, sourceDocumentId: source.documentId, quote: source.quote,
    quoteStart: source.quoteStart, quoteEnd: source.quoteEnd, note: input.note || null,
    figureNotInQuoteReason: input.figureNotInQuote ? input.figureNotInQuoteReason : null, baseRevision: input.baseRevision,
    audit: { via: 'round', roundId: item.roundId, roundItemId: item.id, ...audit },
  }]);
  return { outcomeId: appended!.outcomeId, revision: appended!.revision, value: figure.value, unit: figure.unit };
}

export const submitFigure = defineAction({
  name: 'round_item.submitFigure',
  permission: 'record:outcome',
  schema: figureSchema,
  run: async ({ db, user, input }) => {
    const item = await loadItem(db, input.itemId);
    await assertReportsFor(db, user, item);
    assertRoundOpen(item);
    return db.$transaction(async (tx) => {
      const written = await writeFigure(tx, item, input, user.id, {});
      const version = await markSubmitted(tx, item, input.version, { outcomeId: written.outcomeId }, user.id);
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.submit', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        before: { state: item.state }, after: { state: 'submitted', outcomeId: written.outcomeId, revision: written.revision, value: written.value, unit: written.unit },
      });
      return { itemId: item.id, version, outcomeId: written.outcomeId };
    });
  },
});

/** After a round closed: a reviewer's corrected figure is a new revision of the period, its reason kept as the note and in the audit. */
export const correctFigure = defineAction({
  name: 'round_item.correctFigure',
  permission: 'review',
  schema: correctFigureSchema,
  run: async ({ db, user, input }) => {
    const item = await loadItem(db, input.itemId);
    assertInScope(user, 'review', item.round.districtId);
    if (item.round.state !== 'closed') throw new AppError('conflict', 'round open', { messageKey: 'rounds.correctOnlyClosed' });
    return db.$transaction(async (tx) => {
      const written = await writeFigure(tx, item, { ...input, note: input.note ? `${input.reason}\n${input.note}` : input.reason }, user.id, { correctionReason: input.reason });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'round_item.correct', entityType: 'round_item', entityId: item.id, targetId: item.targetId, districtId: item.round.districtId,
        after: { outcomeId: written.outcomeId, revision: written.revision, value: written.value, unit: written.unit, reason: input.reason },
      });
      return { itemId: item.id, outcomeId: written.outcomeId };
    });
  },
});
