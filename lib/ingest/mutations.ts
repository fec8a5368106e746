// Ingesting a work report: store the text once per district, then turn the
// proposals a reviewer accepts into targets or outcome revisions quoting the exact
// span the extractor found. The proposal is found again on the server from the
// stored text (the extractor is deterministic), so quote and offsets never come
// from the browser; a rejection is an audit entry on the document.
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertInScope } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { findOrCreateDocument } from '@/lib/documents/find-or-create';
import { isHttpUrl } from '@/lib/documents/mutations';
import { onUniqueViolation } from '@/lib/db/unique-violation';
import { appendOutcomeRevisions } from '@/lib/outcomes/append-revisions';
import { refreshVerdicts } from '@/lib/verdicts/refresh';
import { AppError, fieldError, isAppError } from '@/lib/errors';
import { parseIsoDate } from '@/lib/text/parse-date';
import { readDocument } from '@/lib/ingest/extract-document';
import { toTargetFields, toOutcomeFields } from '@/lib/ingest/accept-fields';
import { reviewItems, type ReviewItem } from '@/lib/ingest/proposals';
import { loadExistingRecords, PROPOSAL_DECISIONS } from '@/lib/ingest/existing';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import { normalizeText, readUpload } from '@/lib/ingest/read-upload';
import { MAX_UPLOAD_BYTES } from '@/lib/upload-limits';
import { type AcceptProposalInput, acceptProposalSchema, createIngestDocumentSchema, rejectProposalSchema } from '@/lib/ingest/schema';

export const createIngestDocument = defineAction({
  name: 'ingest.createDocument',
  permission: 'record:outcome',
  schema: createIngestDocumentSchema,
  run: async ({ db, user, input }) => {
    assertInScope(user, 'record:outcome', input.districtId);
    const errors: Record<string, string> = {};
    if (input.url && !isHttpUrl(input.url)) errors.url = 'url_invalid';
    // Strict: a JS Date would store 2023-02-31 as 3 March.
    const publishedOn = input.publishedOn ? parseIsoDate(input.publishedOn) : null;
    if (input.publishedOn && !publishedOn) errors.publishedOn = 'date_invalid';
    let text = normalizeText(input.text);
    if (input.file && input.file.size > 0) {
      // Checked before reading the body into memory.
      if (input.file.size > MAX_UPLOAD_BYTES) throw fieldError('file', 'ingest:too_large');
      const read = await readUpload(input.file.name ?? '', new Uint8Array(await input.file.arrayBuffer()));
      if (!read.ok) throw fieldError('file', `ingest:${read.code}`);
      text = read.text;
    } else if (!text.trim()) errors.text = 'ingest:text_or_file';
    if (text.length > MAX_TEXT_CHARS) errors.text = 'ingest:text_too_long';
    if (Object.keys(errors).length) throw new AppError('validation', 'document', { fieldErrors: errors });

    return db.$transaction(async (tx) => {
      const stored = await findOrCreateDocument(tx, { userId: user.id }, {
        districtId: input.districtId, kind: input.kind, year: input.year, title: input.title, publishedOn, url: input.url || null, fullText: text, via: 'ingest',
      });
      return { documentId: stored.id, created: stored.created };
    });
  },
});

/** The document and its review items; another district's document is refused (403), a missing one not found. */
export async function findProposal(db: Db, user: SessionUser, documentId: number, key: string) {
  const document = await db.sourceDocument.findUnique({ where: { id: documentId }, select: { id: true, districtId: true, year: true, kind: true, fullText: true, publishedOn: true } });
  assertInScope(user, 'record:outcome', document?.districtId);
  const [{ extraction, inYear }, existing] = await Promise.all([readDocument(db, document), loadExistingRecords(db, document.id, document.districtId)]);
  const items = reviewItems(extraction, existing, inYear.proposals);
  const item = items.find((candidate) => candidate.key === key);
  if (!item) throw fieldError('_form', 'ingest:proposal_gone');
  // The stored quote must be the text at the stored offsets, or it is no provenance at all.
  if (document.fullText.slice(item.proposal.start, item.proposal.end) !== item.proposal.quote) throw fieldError('_form', 'ingest:quote_mismatch');
  return { document, item };
}

function alreadyRecorded(): AppError {
  return new AppError('conflict', 'already recorded', { messageKey: 'ingest.review.alreadyRecordedError' });
}

/**
 * A target proposal that differs from the stored target is settled by keeping or revising it
 * (lib/ingest/conflicts.ts), never accepted or rejected. An in-year figure that differs from
 * the recorded one is settled here: accepting appends it as the next revision, rejecting keeps the stored one.
 */
function unsettledConflict(item: ReviewItem): AppError | null {
  if (item.kind === 'in_year') return null;
  if (item.status === 'conflict') return new AppError('conflict', 'differs from the stored target', { messageKey: 'ingest.review.conflictChoose' });
  if (item.status === 'kept') return new AppError('conflict', 'stored target kept', { messageKey: 'ingest.review.alreadyKept' });
  return null;
}

export const acceptProposal = defineAction({
  name: 'ingest.acceptProposal',
  permission: 'record:outcome',
  schema: acceptProposalSchema,
  run: async ({ db, user, input }) => {
    const { document, item } = await findProposal(db, user, input.documentId, input.key);
    if (item.status === 'recorded') throw alreadyRecorded();
    const conflict = unsettledConflict(item);
    if (conflict) throw conflict;
    const indicator = await db.indicator.findUnique({ where: { key: item.proposal.indicatorKey }, select: { id: true, levelUnit: true } });
    if (!indicator) throw fieldError('_form', 'ingest:unknown_indicator');
    const source = { sourceDocumentId: document.id, quote: item.proposal.quote, quoteStart: item.proposal.start, quoteEnd: item.proposal.end };
    // Two accepts racing past the checks: the unique indexes are the final guard.
    return onUniqueViolation<{ kind: 'target' | 'outcome' | 'in_year'; id: number; targetId: number | null }>(() => (item.kind === 'target'
      ? acceptTarget(db, user, input, item, indicator, document.districtId, source)
      : acceptOutcome(db, user, input, item, indicator, document.districtId, source)), alreadyRecorded);
  },
});

type Source = { sourceDocumentId: number; quote: string; quoteStart: number; quoteEnd: number };
type IndicatorRef = { id: number; levelUnit: string | null };

async function acceptTarget(db: Db, user: SessionUser, input: Parameters<typeof toTargetFields>[1], item: Extract<ReviewItem, { kind: 'target' }>, indicator: IndicatorRef, districtId: number, source: Source) {
  const fields = toTargetFields(item.proposal, input, indicator.levelUnit);
  if (!fields.ok) throw new AppError('validation', 'target', { fieldErrors: fields.fieldErrors });
  const { year, relativeToIndicatorKey, ...values } = fields.value;
  return db.$transaction(async (tx) => {
    const clash = await tx.target.findUnique({ where: { districtId_indicatorId_year_measure: { districtId, indicatorId: indicator.id, year, measure: item.proposal.measure } }, select: { id: true } });
    if (clash) throw alreadyRecorded();
    const relative = relativeToIndicatorKey ? await tx.indicator.findUnique({ where: { key: relativeToIndicatorKey }, select: { id: true } }) : null;
    const created = await tx.target.create({
      data: { ...values, ...source, districtId, indicatorId: indicator.id, year, measure: item.proposal.measure, relativeToIndicatorId: relative?.id ?? null, asWritten: item.proposal.asWritten, createdById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { userId: user.id }, action: 'target.create', entityType: 'target', entityId: created.id, targetId: created.id, districtId,
      after: { ...values, year, asWritten: item.proposal.asWritten, ...source, via: 'ingest', proposalKey: item.key, edited: fields.edited, confidence: item.proposal.confidence },
    });
    await refreshVerdicts(tx, [created.id]);
    return { kind: 'target' as const, id: created.id, targetId: created.id };
  });
}

/** An annual outcome, or an in-year one for its period 1—N月: the same write path, appendOutcomeRevisions, with the period. */
async function acceptOutcome(db: Db, user: SessionUser, input: AcceptProposalInput, item: Extract<ReviewItem, { kind: 'outcome' | 'in_year' }>, indicator: IndicatorRef, districtId: number, source: Source) {
  const fields = toOutcomeFields(item.proposal, input, indicator.levelUnit);
  if (!fields.ok) throw new AppError('validation', 'outcome', { fieldErrors: fields.fieldErrors });
  const { year, value, unit, vintage } = fields.value;
  const series = { districtId, indicatorId: indicator.id, year, measure: item.proposal.measure };
  const periodMonths = item.kind === 'in_year' ? item.proposal.periodMonths : ANNUAL_PERIOD;
  return db.$transaction(async (tx) => {
    const latest = await tx.outcome.findFirst({ where: { ...series, periodMonths }, orderBy: { revision: 'desc' }, select: { revision: true, value: true, unit: true } });
    if (latest && latest.unit === unit && latest.value.eq(value)) throw alreadyRecorded();
    // The review card names the revision the reviewer saw for the proposal's series;
    // when the reviewer moved the figure to another year, that series was not shown.
    const baseRevision = input.baseRevision !== undefined && year === item.proposal.year ? input.baseRevision : (latest?.revision ?? 0);
    const [appended] = await appendOutcomeRevisions(tx, { userId: user.id }, [{
      ...series, periodMonths, ...source, value, unit, vintage, baseRevision,
      audit: { via: 'ingest', proposalKey: item.key, edited: fields.edited, confidence: item.proposal.confidence, ...(item.kind === 'in_year' ? { periodAsWritten: item.proposal.period } : {}) },
    }]).catch(editedAwayFromQuote);
    return { kind: item.kind, id: appended!.outcomeId, targetId: appended!.targetId };
  });
}

/**
 * The review card has no quote field (the quote is the document's): a figure edited to one its
 * quote does not state is refused on the value, with what to do, not on a field the card lacks.
 */
function editedAwayFromQuote(error: unknown): never {
  if (isAppError(error) && (error.details?.fieldErrors as Record<string, string> | undefined)?.quote === 'figure_not_in_quote') {
    throw fieldError('value', 'ingest:figure_not_in_quote');
  }
  throw error;
}

export const rejectProposal = defineAction({
  name: 'ingest.rejectProposal',
  permission: 'record:outcome',
  schema: rejectProposalSchema,
  run: async ({ db, user, input }) => {
    const { document, item } = await findProposal(db, user, input.documentId, input.key);
    if (item.status === 'recorded') throw alreadyRecorded();
    const conflict = unsettledConflict(item);
    if (conflict) throw conflict;
    if (item.status === 'rejected') return { rejected: true };
    await recordAudit(db, {
      actor: { userId: user.id }, action: PROPOSAL_DECISIONS.reject, entityType: 'source_document', entityId: document.id, districtId: document.districtId,
      after: { proposalKey: item.key, quote: item.proposal.quote, quoteStart: item.proposal.start, quoteEnd: item.proposal.end },
    });
    return { rejected: true };
  },
});
