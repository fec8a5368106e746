// Which reviewer decision is current, and whether it still applies. Reviews are
// append-only, so the latest one (by time, then by position) is the current one.
// A decision made before the revision the verdict now rests on is "stale": the
// reviewer saw other figures, so a stale confirmation no longer confirms anything.
import type { OutcomeRevision, ReviewerDecision, ReviewNote, VerdictCode } from './types';

// A reviewer says how the outcome compares, or that it cannot be compared; "pending"
// and "needs judgment" are states of the data, not a reviewer's finding.
const REVIEWER_CODES: readonly VerdictCode[] = ['exceeded', 'met', 'met_within_tolerance', 'missed', 'not_comparable'];

export function currentReview(
  reviews: readonly ReviewerDecision[] | undefined,
  usedRevisions: readonly (OutcomeRevision | null)[],
): ReviewNote | null {
  let latest: ReviewerDecision | null = null;
  for (const review of reviews ?? []) {
    if (!latest || review.at.getTime() >= latest.at.getTime()) latest = review;
  }
  if (!latest) return null;

  const newestUsed = Math.max(...usedRevisions.map((revision) => revision?.recordedAt.getTime() ?? -Infinity));
  const verdict = latest.verdict && REVIEWER_CODES.includes(latest.verdict) ? latest.verdict : null;
  return {
    kind: latest.kind,
    verdict: latest.kind === 'confirm' ? null : verdict,
    reason: latest.reason,
    reviewer: latest.reviewer,
    at: latest.at,
    stale: newestUsed > latest.at.getTime(),
  };
}
