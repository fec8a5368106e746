// "New indicator?" items: a clear target form for an indicator the catalogue does not
// know. Staff dismiss one (an audited rejection, like rejecting a proposal); an admin
// may instead map it to an existing indicator, which adds the wording as an alias of
// that indicator through the admin's indicator write path (updateIndicator: its
// stale-version check and audit), so the next extraction reads it as that indicator.
// Mapping needs the admin permission because it changes the shared catalogue.
import { z } from 'zod';
import { defineAction, executeAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { AppError, fieldError } from '@/lib/errors';
import { updateIndicator } from '@/lib/indicators/mutations';
import { extractDocument } from '@/lib/ingest/extract-document';
import { loadExistingRecords, PROPOSAL_DECISIONS } from '@/lib/ingest/existing';
import { unknownIndicatorItems } from '@/lib/ingest/proposals';

const id = z.coerce.number({ message: 'validation.required' }).int().positive('validation.required');
const ref = { documentId: id, key: z.string().min(1).max(300) };
export const dismissUnknownSchema = z.object(ref);
export const mapUnknownSchema = z.object({ ...ref, indicatorId: id });

async function findUnknown(db: Db, user: SessionUser, documentId: number, key: string) {
  const document = await db.sourceDocument.findUnique({ where: { id: documentId }, select: { id: true, districtId: true, year: true, kind: true, fullText: true } });
  assertInScope(user, 'record:outcome', document?.districtId);
  const [extraction, existing] = await Promise.all([extractDocument(db, document), loadExistingRecords(db, document.id, document.districtId)]);
  const item = unknownIndicatorItems(extraction, existing).find((candidate) => candidate.key === key);
  if (!item) throw fieldError('_form', 'ingest:proposal_gone');
  if (document.fullText.slice(item.proposal.start, item.proposal.end) !== item.proposal.quote) throw fieldError('_form', 'ingest:quote_mismatch');
  if (item.status === 'mapped') throw new AppError('conflict', 'mapped', { messageKey: 'ingest.review.unknown.alreadyMapped' });
  return { document, item };
}

export const dismissUnknownIndicator = defineAction({
  name: 'ingest.dismissUnknownIndicator',
  permission: 'record:outcome',
  schema: dismissUnknownSchema,
  run: async ({ db, user, input }) => {
    const { document, item } = await findUnknown(db, user, input.documentId, input.key);
    if (item.status === 'rejected') return { dismissed: true };
    await recordAudit(db, {
      actor: { userId: user.id }, action: PROPOSAL_DECISIONS.reject, entityType: 'source_document', entityId: document.id, districtId: document.districtId,
      after: { proposalKey: item.key, unknownIndicator: item.proposal.name, quote: item.proposal.quote, quoteStart: item.proposal.start, quoteEnd: item.proposal.end },
    });
    return { dismissed: true };
  },
});

export const mapUnknownIndicator = defineAction({
  name: 'ingest.mapUnknownIndicator',
  permission: 'admin',
  schema: mapUnknownSchema,
  run: async ({ db, user, input }) => {
    const { document, item } = await findUnknown(db, user, input.documentId, input.key);
    const name = item.proposal.name;
    const indicators = await db.indicator.findMany({ select: { id: true, key: true, version: true, nameZh: true, nameEn: true, aliases: true, higherIsBetter: true, growthTolerancePp: true, levelToleranceRatio: true } });
    const indicator = indicators.find((row) => row.id === input.indicatorId);
    if (!indicator) throw fieldError('indicatorId', 'ingest:indicator_missing');
    // One spelling, one indicator: the extractor could not tell two owners apart.
    const owner = indicators.find((row) => [row.nameZh, ...row.aliases].some((spelling) => spelling.toLowerCase() === name.toLowerCase()));
    if (owner && owner.id !== indicator.id) throw fieldError('indicatorId', 'ingest:alias_taken');
    if (!owner) {
      const result = await executeAction(updateIndicator, { db, user }, {
        indicatorId: indicator.id, version: indicator.version, nameZh: indicator.nameZh, nameEn: indicator.nameEn,
        aliases: [...indicator.aliases, name].join('\n'), higherIsBetter: indicator.higherIsBetter,
        growthTolerancePp: indicator.growthTolerancePp?.toString() ?? '', levelToleranceRatio: indicator.levelToleranceRatio?.toString() ?? '',
      });
      if (!result.ok) {
        if (result.code === 'conflict') throw new AppError('conflict', 'stale', { messageKey: 'ingest.review.unknown.staleIndicator' });
        if (result.code === 'unexpected') throw new Error('ingest.mapUnknownIndicator: updateIndicator failed');
        throw new AppError(result.code);
      }
    }
    await recordAudit(db, {
      actor: { userId: user.id }, action: PROPOSAL_DECISIONS.map, entityType: 'source_document', entityId: document.id, districtId: document.districtId,
      after: { proposalKey: item.key, unknownIndicator: name, indicatorKey: indicator.key, aliasAdded: !owner, quote: item.proposal.quote, quoteStart: item.proposal.start, quoteEnd: item.proposal.end },
    });
    return { indicatorKey: indicator.key };
  },
});
