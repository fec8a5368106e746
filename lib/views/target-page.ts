import 'server-only';
import { db } from '@/lib/db';
import { intArray, plainRows } from '@/lib/db/plain-rows';
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

/** One target with its full history. A fixed number of queries whatever the number of revisions and reviews. */
export async function getTargetPage(id: number): Promise<TargetPage | null> {
  const [target] = await findTargets({ targetIds: [id] });
  if (!target) return null;
  const outcomeIds = intArray(target.outcomes.map((outcome) => Number(outcome.id)));
  // Straight through the pg pool (plainRows), as findTargets' reads: Prisma's query path
  // cost ~0.9 ms of CPU a statement against ~0.25, and made two of each relation select.
  const [outcomeReviews, verdictReviews, audit, [document], inYear] = await Promise.all([
    plainRows<OutcomeReviewRow>(db, `SELECT r.id, r.outcome_id AS "outcomeId", r.state::text AS state, r.comment, u.display_name AS reviewer, r.created_at AS at
      FROM outcome_review r JOIN app_user u ON u.id = r.reviewer_id WHERE r.outcome_id = ANY($1::int[]) ORDER BY r.created_at`, [outcomeIds]),
    plainRows<VerdictReviewRow>(db, `SELECT r.id, r.kind::text AS kind, r.verdict::text AS verdict, r.reason, u.display_name AS reviewer, r.created_at AS at
      FROM verdict_review r JOIN app_user u ON u.id = r.reviewer_id WHERE r.target_id = $1 ORDER BY r.created_at`, [id]),
    plainRows<Omit<AuditRow, 'entityName'>>(db, `SELECT a.id::text AS id, a.at, u.display_name AS actor, a.actor_label AS "actorLabel", a.action, a.entity_type AS "entityType", a.entity_id AS "entityId"
      FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
      WHERE a.target_id = $1 OR (a.entity_type = 'outcome' AND a.entity_id = ANY($2::text[]))
      ORDER BY a.at, a.id`, [id, outcomeIds]),
    plainRows<{ id: number; title: string; fullText: string }>(db, 'SELECT id, title, full_text AS "fullText" FROM source_document WHERE id = $1', [target.source.documentId]),
    // In-year figures of the series (not among target.outcomes, which are annual), to name them in the audit trail.
    plainRows<{ id: number; revision: number; periodMonths: number }>(db, `SELECT id, revision, period_months AS "periodMonths" FROM outcome
      WHERE district_id = $1 AND indicator_id = $2 AND year = $3 AND measure = $4::"Measure" AND period_months < $5`,
    [target.district.id, target.indicator.id, target.year, target.measure, ANNUAL_PERIOD]),
  ]);
  const { quoteStart, quoteEnd } = target.source;
  const revisionById = new Map<string, { revision: number; periodMonths: number }>([
    ...target.outcomes.map((outcome) => [String(outcome.id), { revision: outcome.revision, periodMonths: ANNUAL_PERIOD }] as const),
    ...inYear.map((outcome) => [String(outcome.id), { revision: outcome.revision, periodMonths: outcome.periodMonths }] as const),
  ]);
  return {
    target,
    outcomeReviews,
    verdictReviews,
    audit: audit.map((row) => ({
      ...row,
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
