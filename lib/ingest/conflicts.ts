// A target proposal that differs from the district's stored target of the same
// series is a conflict, and staff choose: keep the stored target (a decision recorded
// in the audit log, on the document and the target, which takes the proposal off the
// open list), or record the proposal's wording as a revision of the target with this
// document as its source, through the target-edit write path (updateTarget: its
// parse, stale-version check and audit). The proposal is found again on the server.
import { z } from 'zod';
import { defineAction, executeAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError, fieldError } from '@/lib/errors';
import { PROPOSAL_DECISIONS } from '@/lib/ingest/existing';
import { findProposal } from '@/lib/ingest/mutations';
import type { ReviewItem } from '@/lib/ingest/proposals';
import { updateTarget } from '@/lib/targets/mutations';

const id = z.coerce.number({ message: 'validation.required' }).int().positive('validation.required');
const conflictRef = { documentId: id, key: z.string().min(1).max(200) };

export const keepStoredTargetSchema = z.object(conflictRef);
/** `version`: the stored target's version the card showed; a newer one is a stale write. */
export const reviseTargetSchema = z.object({ ...conflictRef, version: z.coerce.number().int().positive() });

type Conflict = Extract<ReviewItem, { kind: 'target' }> & { stored: NonNullable<Extract<ReviewItem, { kind: 'target' }>['stored']> };

/** The proposal, which must still be an unsettled conflict. */
function asConflict(item: ReviewItem): Conflict {
  if (item.kind !== 'target' || !item.stored) throw fieldError('_form', 'ingest:not_a_conflict');
  if (item.status === 'kept') throw new AppError('conflict', 'kept', { messageKey: 'ingest.review.alreadyKept' });
  if (item.status !== 'conflict') throw fieldError('_form', 'ingest:not_a_conflict');
  return item as Conflict;
}

export const keepStoredTarget = defineAction({
  name: 'ingest.keepStoredTarget',
  permission: 'record:outcome',
  schema: keepStoredTargetSchema,
  run: async ({ db, user, input }) => {
    const { document, item } = await findProposal(db, user, input.documentId, input.key);
    const conflict = asConflict(item);
    await recordAudit(db, {
      actor: { userId: user.id }, action: PROPOSAL_DECISIONS.keep, entityType: 'source_document', entityId: document.id,
      targetId: conflict.stored.id, districtId: document.districtId,
      after: {
        proposalKey: conflict.key, proposedAsWritten: conflict.proposal.asWritten, quote: conflict.proposal.quote, quoteStart: conflict.proposal.start, quoteEnd: conflict.proposal.end,
        keptAsWritten: conflict.stored.asWritten, keptVersion: conflict.stored.version,
      },
    });
    return { kept: true };
  },
});

export const reviseTargetFromProposal = defineAction({
  name: 'ingest.reviseTarget',
  permission: 'record:outcome',
  schema: reviseTargetSchema,
  run: async ({ db, user, input }) => {
    const { document, item } = await findProposal(db, user, input.documentId, input.key);
    const conflict = asConflict(item);
    const current = await db.target.findUnique({ where: { id: conflict.stored.id }, select: { id: true } });
    if (!current) throw fieldError('_form', 'ingest:proposal_gone');
    const result = await executeAction(updateTarget, { db, user }, {
      targetId: conflict.stored.id, version: input.version, asWritten: conflict.proposal.asWritten,
      documentId: String(document.id), quote: conflict.proposal.quote,
    });
    if (result.ok) return { targetId: result.data.targetId, version: result.data.version };
    if (result.code === 'conflict') throw new AppError('conflict', 'stale', { messageKey: 'ingest.review.staleTarget' });
    if (result.code === 'validation') throw fieldError('_form', 'ingest:revision_refused');
    if (result.code === 'unexpected') throw new Error('ingest.reviseTarget: updateTarget failed');
    throw new AppError(result.code);
  },
});
