// The status everyone sees: the reviewer's decision when there is one that still
// applies, else the computed verdict. computeVerdict keeps an override beside the
// computed code (never instead of it); this is where the two are reduced to the one
// status a badge, a count or a scorecard's 达标情况 shows, with the computed verdict
// kept beside it so an override is always visible as such.
import { verdictLabel } from './labels';
import { DECIDED_CODES, type Bilingual, type ReviewNote, type Verdict, type VerdictCode } from './types';

export type FinalStatus = {
  /** The status of record. */
  code: VerdictCode;
  label: Bilingual;
  /** What the rules (or, for a qualitative target, the reviewer's judgment) decided. */
  computed: VerdictCode;
  /** A current reviewer override changed the status away from `computed`. */
  overridden: boolean;
  /** Who decided `code`. */
  decidedBy: 'rules' | 'reviewer';
  /** The override made before the figures the verdict now rests on: no longer applied, to be reviewed again. */
  staleOverride: ReviewNote | null;
};

/**
 * A stale override (made before a newer outcome revision arrived) is not applied, as a
 * stale confirmation confirms nothing (lib/verdict/review.ts): the reviewer judged
 * other figures. It is reported so pages can ask for a new review.
 */
export function finalStatus(verdict: Pick<Verdict, 'code' | 'override' | 'decidedBy'>): FinalStatus {
  const override = verdict.override;
  if (override?.verdict && !override.stale) {
    return {
      code: override.verdict, label: verdictLabel(override.verdict), computed: verdict.code,
      overridden: override.verdict !== verdict.code, decidedBy: 'reviewer', staleOverride: null,
    };
  }
  return {
    code: verdict.code, label: verdictLabel(verdict.code), computed: verdict.code, overridden: false,
    decidedBy: verdict.decidedBy, staleOverride: override?.stale ? override : null,
  };
}

/**
 * finalStatus over a stored verdict row (target_verdict, aliased v; lib/verdicts keeps it
 * current): the reviewer's verdict when a current (not stale) override of a rules verdict
 * exists, else the code. A qualitative target's judgment is already its code.
 * tests/overview-and-home-answers.test.ts checks the SQL counts against an override.
 */
export const FINAL_CODE_SQL = `(CASE WHEN v.review_kind IS NOT NULL AND v.review_kind <> 'confirm' AND v.decided_by = 'rules' AND v.review_verdict IS NOT NULL AND NOT v.review_stale THEN v.review_verdict ELSE v.code END)`;

/**
 * "The final status is decided" over target_verdict v, in the very form of the partial
 * index target_verdict_decided_year_idx (migration 20261201103037_decided_verdict_index):
 * PostgreSQL uses that index only for a predicate it can match to the index's, so the
 * overview's default year ("the newest year with a decided status") is one index probe,
 * not a scan of every undecided verdict of the newer years (~43k rows, ~45 ms of CPU).
 * tests/overview-default-year.test.ts checks that the plan uses it.
 */
export const DECIDED_FINAL_SQL = `${FINAL_CODE_SQL} IN (${DECIDED_CODES.map((code) => `'${code}'`).join(', ')})`;
