// Which outcome revision a verdict rests on. A later figure of a better vintage
// supersedes an earlier one, but a late estimate never supersedes a final figure:
// latest final if any, else latest preliminary, else latest estimate. "Latest" is
// by recordedAt, then by id, so two revisions recorded in the same millisecond
// still have one order. Dates are compared as instants, never in local time.
import type { Vintage } from '@/lib/domain/types';
import type { OutcomeRevision } from './types';

const VINTAGE_RANK: Record<Vintage, number> = { estimate: 0, preliminary: 1, final: 2 };

export function compareRecorded(a: OutcomeRevision, b: OutcomeRevision): number {
  const byTime = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byTime !== 0) return byTime;
  if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id;
  // Plain code-unit order: locale collation would make the order depend on the server.
  const [left, right] = [String(a.id), String(b.id)];
  return left < right ? -1 : left > right ? 1 : 0;
}

export function selectRevision(revisions: readonly OutcomeRevision[]): OutcomeRevision | null {
  let best: OutcomeRevision | null = null;
  for (const revision of revisions) best = keep(best, revision);
  return best;
}

/** One step of selectRevision: the selection after `revision` arrives when `best` was selected before it. */
function keep(best: OutcomeRevision | null, revision: OutcomeRevision): OutcomeRevision {
  if (!best) return revision;
  const rankDelta = VINTAGE_RANK[revision.vintage] - VINTAGE_RANK[best.vintage];
  return rankDelta > 0 || (rankDelta === 0 && compareRecorded(revision, best) > 0) ? revision : best;
}

export function isProvisional(revision: OutcomeRevision | null): boolean {
  return revision !== null && revision.vintage !== 'final';
}

export type RevisionStep = {
  /** The revision whose arrival starts this step. */
  trigger: OutcomeRevision;
  primary: OutcomeRevision | null;
  reference: OutcomeRevision | null;
};

/**
 * Replays history: after each revision (of the outcome or of the reference), what
 * the selection was. Used to tell whether a later revision changed the verdict.
 */
export function revisionSteps(
  primary: readonly OutcomeRevision[],
  reference: readonly OutcomeRevision[] = [],
): RevisionStep[] {
  const tagged = [
    ...primary.map((revision) => ({ revision, side: 'primary' as const })),
    ...reference.map((revision) => ({ revision, side: 'reference' as const })),
  ].sort((a, b) => compareRecorded(a.revision, b.revision));

  // selectRevision is a fold, so each step extends the previous selection by one revision
  // (not a fresh pass over all seen so far: a series with hundreds of revisions was quadratic).
  let primarySelected: OutcomeRevision | null = null;
  let referenceSelected: OutcomeRevision | null = null;
  return tagged.map(({ revision, side }) => {
    if (side === 'primary') primarySelected = keep(primarySelected, revision);
    else referenceSelected = keep(referenceSelected, revision);
    return { trigger: revision, primary: primarySelected, reference: referenceSelected };
  });
}
