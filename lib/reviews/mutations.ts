// Reviews are appended, never edited: the latest row is the current state.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertCan } from '@/lib/auth/access';
import { AppError } from '@/lib/errors';
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
    if (!outcome) throw new AppError('not_found');
    assertCan(user, 'review', outcome.districtId);
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
    if (!target) throw new AppError('not_found');
    assertCan(user, 'review', target.districtId);
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
