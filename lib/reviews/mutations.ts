// Reviews are appended, never edited: the latest row is the current state.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import { AppError } from '@/lib/errors';
import { findTargets } from '@/lib/targets/data';
import { decodeSelection } from './queue-item';
import { VERDICT_CODES } from '@/lib/verdict/types';
import { refreshVerdicts, refreshVerdictsOfSeries } from '@/lib/verdicts/refresh';

export const reviewOutcomeSchema = z.object({
  outcomeId: z.coerce.number().int().positive(),
  state: z.enum(['verified', 'disputed'], { message: 'validation.required' }),
  comment: z.string().trim().max(2000).optional().default(''),
}).refine((value) => value.state !== 'disputed' || value.comment.length > 0, { path: ['comment'], message: 'validation.comment_required' });

export const reviewOutcome = defineAction({
  name: 'outcome.review',
  permission: 'review',
  schema: reviewOutcomeSchema,
  run: async ({ db, user, input }) => {
    const outcome = await db.outcome.findUnique({ where: { id: input.outcomeId }, select: { id: true, districtId: true, indicatorId: true, year: true, revision: true } });
    assertInScope(user, 'review', outcome?.districtId);
    return db.$transaction(async (tx) => {
      const review = await tx.outcomeReview.create({ data: { outcomeId: outcome.id, state: input.state, comment: input.comment, reviewerId: user.id }, select: { id: true } });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: `outcome.${input.state === 'verified' ? 'verify' : 'dispute'}`, entityType: 'outcome', entityId: outcome.id,
        districtId: outcome.districtId, after: { state: input.state, comment: input.comment, revision: outcome.revision },
      });
      // The review state of the revision a verdict rests on is stored with the verdict.
      await refreshVerdictsOfSeries(tx, [outcome]);
      return { reviewId: review.id };
    });
  },
});

export const reviewVerdictSchema = z.object({
  targetId: z.coerce.number().int().positive(),
  kind: z.enum(['confirm', 'override', 'judgment'], { message: 'validation.required' }),
  verdict: z.union([z.enum(VERDICT_CODES), z.literal('')]).optional().default(''),
  reason: z.string().trim().max(2000).optional().default(''),
}).superRefine((value, context) => {
  if (value.kind !== 'confirm' && !value.verdict) context.addIssue({ code: 'custom', path: ['verdict'], message: 'validation.verdict_required' });
  if (value.kind !== 'confirm' && !value.reason) context.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reason_required' });
});

export const reviewVerdict = defineAction({
  name: 'verdict.review',
  permission: 'review',
  schema: reviewVerdictSchema,
  run: async ({ db, user, input }) => {
    const target = await db.target.findUnique({ where: { id: input.targetId }, select: { id: true, districtId: true, qualifier: true } });
    assertInScope(user, 'review', target?.districtId);
    // A judgment decides a qualitative target; an override sits beside a computed verdict.
    if (input.kind === 'judgment' && target.qualifier !== 'qualitative') throw new AppError('validation', 'kind', { fieldErrors: { kind: 'judgment_only_qualitative' } });
    if (input.kind === 'override' && target.qualifier === 'qualitative') throw new AppError('validation', 'kind', { fieldErrors: { kind: 'override_not_qualitative' } });
    return db.$transaction(async (tx) => {
      const review = await tx.verdictReview.create({
        data: { targetId: target.id, kind: input.kind, verdict: input.verdict || null, reason: input.reason, reviewerId: user.id }, select: { id: true },
      });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: `verdict.${input.kind}`, entityType: 'target', entityId: target.id, targetId: target.id, districtId: target.districtId,
        after: { kind: input.kind, verdict: input.verdict || null, reason: input.reason },
      });
      await refreshVerdicts(tx, [target.id]);
      return { reviewId: review.id };
    });
  },
});

export const confirmQueueItemsSchema = z.object({
  items: z.array(z.string().transform((text, context) => decodeSelection(text) ?? (context.addIssue({ code: 'custom', message: 'validation.invalid' }), z.NEVER)))
    .min(1, { message: 'validation.review_select_items' }).max(100, { message: 'validation.review_too_many_items' }),
});

/**
 * Confirms several queue items at once: each figure shown is verified and each verdict
 * shown is confirmed, audited one by one, in one transaction. Every item is checked
 * (scope, that its figures belong to its target, that the verdict still rests on the
 * figure shown) before anything is written, so one refused item changes nothing.
 */
export const confirmQueueItems = defineAction({
  name: 'review.confirmMany',
  permission: 'review',
  schema: confirmQueueItemsSchema,
  run: async ({ db, user, input }) => {
    const outcomeIds = [...new Set(input.items.flatMap((item) => item.outcomeIds))];
    const targetIds = [...new Set(input.items.flatMap((item) => (item.targetId ? [item.targetId] : [])))];
    const [outcomes, targets] = await Promise.all([
      db.outcome.findMany({ where: { id: { in: outcomeIds } }, select: { id: true, districtId: true, indicatorId: true, year: true, measure: true, revision: true } }),
      db.target.findMany({ where: { id: { in: targetIds } }, select: { id: true, districtId: true, indicatorId: true, year: true, measure: true, qualifier: true } }),
    ]);
    const outcomeById = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
    const targetById = new Map(targets.map((target) => [target.id, target]));
    const basisChecks = input.items.filter((item) => item.targetId && item.basisOutcomeId);
    const verdicts = basisChecks.length ? await findTargets({ targetIds: basisChecks.map((item) => item.targetId!) }) : [];
    const seriesOf = (row: { districtId: number; indicatorId: number; year: number; measure: string }) => `${row.districtId}:${row.indicatorId}:${row.year}:${row.measure}`;

    for (const item of input.items) {
      const target = item.targetId ? targetById.get(item.targetId) : undefined;
      if (item.targetId && !target) throw new AppError('not_found');
      const figures = item.outcomeIds.map((id) => outcomeById.get(id));
      if (figures.some((figure) => !figure)) throw new AppError('not_found');
      const series = target ? seriesOf(target) : seriesOf(figures[0]!);
      // An item's figures are its target's series: a forged mix would verify another district's figure under this one's name.
      if (figures.some((figure) => seriesOf(figure!) !== series)) throw new AppError('validation', 'items', { fieldErrors: { items: 'invalid' } });
      assertInScope(user, 'review', target?.districtId ?? figures[0]!.districtId);
      if (target && target.qualifier === 'qualitative' && item.basisOutcomeId) throw new AppError('validation', 'items', { fieldErrors: { items: 'invalid' } });
      if (target && item.basisOutcomeId) {
        const current = verdicts.find((row) => row.id === target.id)?.verdict.outcome?.id;
        if (current !== item.basisOutcomeId) throw new AppError('conflict', 'verdict basis changed', { messageKey: 'workflow.review.bulkStale' });
      }
    }

    return db.$transaction(async (tx) => {
      let verified = 0;
      let confirmed = 0;
      for (const item of input.items) {
        for (const id of item.outcomeIds) {
          const outcome = outcomeById.get(id)!;
          await tx.outcomeReview.create({ data: { outcomeId: id, state: 'verified', comment: '', reviewerId: user.id } });
          await recordAudit(tx, {
            actor: { userId: user.id }, action: 'outcome.verify', entityType: 'outcome', entityId: id, targetId: item.targetId, districtId: outcome.districtId,
            after: { state: 'verified', comment: '', revision: outcome.revision, bulk: true },
          });
          verified += 1;
        }
        if (item.targetId && item.basisOutcomeId) {
          const target = targetById.get(item.targetId)!;
          await tx.verdictReview.create({ data: { targetId: target.id, kind: 'confirm', verdict: null, reason: '', reviewerId: user.id } });
          await recordAudit(tx, {
            actor: { userId: user.id }, action: 'verdict.confirm', entityType: 'target', entityId: target.id, targetId: target.id, districtId: target.districtId,
            after: { kind: 'confirm', verdict: null, reason: '', basisOutcomeId: item.basisOutcomeId, bulk: true },
          });
          confirmed += 1;
        }
      }
      // As one review does: the stored verdicts carry the review state of the figure they rest on
      // (annual and, for in-year figures, pace) and the confirmation, so they are refreshed here.
      await refreshVerdictsOfSeries(tx, [...outcomeById.values()]);
      await refreshVerdicts(tx, input.items.flatMap((item) => (item.targetId && item.basisOutcomeId ? [item.targetId] : [])));
      return { items: input.items.length, verified, confirmed };
    });
  },
});
