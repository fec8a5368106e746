import 'server-only';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import { outcomeName, seriesName, type Words } from '@/lib/audit/labels';

/** actor: the user's name; actorLabel: a system actor's code (words from lib/audit/labels); entityName: what the row is about. */
export type AuditRow = { id: string; at: Date; actor: string | null; actorLabel: string | null; action: string; entityType: string; entityId: string; entityName: Words | null };
export type OutcomeReviewRow = { id: number; outcomeId: number; state: 'verified' | 'disputed'; comment: string; reviewer: string; at: Date };
export type VerdictReviewRow = { id: number; kind: 'confirm' | 'override' | 'judgment'; verdict: string | null; reason: string; reviewer: string; at: Date };
export type Excerpt = { documentId: number; title: string; before: string; quote: string; after: string; quoteStart: number };

export type TargetPage = {
  target: TargetRow;
  outcomeReviews: OutcomeReviewRow[];
  verdictReviews: VerdictReviewRow[];
  audit: AuditRow[];
  excerpt: Excerpt | null;
};

const EXCERPT_CONTEXT = 160;

/** One target with its full history. Six queries whatever the number of revisions and reviews. */
export async function getTargetPage(id: number): Promise<TargetPage | null> {
  const [target] = await findTargets({ targetIds: [id] });
  if (!target) return null;
  const outcomeIds = target.outcomes.map((outcome) => Number(outcome.id));
  const [outcomeReviews, verdictReviews, audit, document, inYear] = await Promise.all([
    db.outcomeReview.findMany({
      where: { outcomeId: { in: outcomeIds } },
      select: { id: true, outcomeId: true, state: true, comment: true, createdAt: true, reviewer: { select: { displayName: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.verdictReview.findMany({
      where: { targetId: id },
      select: { id: true, kind: true, verdict: true, reason: true, createdAt: true, reviewer: { select: { displayName: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.auditLog.findMany({
      where: { OR: [{ targetId: id }, { entityType: 'outcome', entityId: { in: outcomeIds.map(String) } }] },
      select: { id: true, at: true, action: true, entityType: true, entityId: true, actorLabel: true, actor: { select: { displayName: true } } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    }),
    db.sourceDocument.findUnique({ where: { id: target.source.documentId }, select: { id: true, title: true, fullText: true } }),
    // In-year figures of the series (not among target.outcomes, which are annual), to name them in the audit trail.
    db.outcome.findMany({
      where: { districtId: target.district.id, indicatorId: target.indicator.id, year: target.year, measure: target.measure, periodMonths: { lt: ANNUAL_PERIOD } },
      select: { id: true, revision: true, periodMonths: true },
    }),
  ]);
  const { quoteStart, quoteEnd } = target.source;
  const revisionById = new Map<string, { revision: number; periodMonths: number }>([
    ...target.outcomes.map((outcome) => [String(outcome.id), { revision: outcome.revision, periodMonths: ANNUAL_PERIOD }] as const),
    ...inYear.map((outcome) => [String(outcome.id), { revision: outcome.revision, periodMonths: outcome.periodMonths }] as const),
  ]);
  return {
    target,
    outcomeReviews: outcomeReviews.map((row) => ({ id: row.id, outcomeId: row.outcomeId, state: row.state, comment: row.comment, reviewer: row.reviewer.displayName, at: row.createdAt })),
    verdictReviews: verdictReviews.map((row) => ({ id: row.id, kind: row.kind, verdict: row.verdict, reason: row.reason, reviewer: row.reviewer.displayName, at: row.createdAt })),
    audit: audit.map((row) => ({
      id: row.id.toString(), at: row.at, actor: row.actor?.displayName ?? null, actorLabel: row.actorLabel, action: row.action, entityType: row.entityType, entityId: row.entityId,
      // Named from what the page has read already: no query per row.
      entityName: row.entityType === 'target' && row.entityId === String(target.id) ? seriesName(target)
        : row.entityType === 'outcome' ? (revisionById.has(row.entityId) ? outcomeName(target, revisionById.get(row.entityId)!.revision, revisionById.get(row.entityId)!.periodMonths) : null) : null,
    })),
    excerpt: document
      ? {
          documentId: document.id,
          title: document.title,
          before: document.fullText.slice(Math.max(0, quoteStart - EXCERPT_CONTEXT), quoteStart),
          quote: document.fullText.slice(quoteStart, quoteEnd),
          after: document.fullText.slice(quoteEnd, quoteEnd + EXCERPT_CONTEXT),
          quoteStart,
        }
      : null,
  };
}
