// Input and result types of computeVerdict. Inputs are shaped like the Prisma rows
// (Target, Indicator, Outcome, VerdictReview) with Decimal columns passed as
// strings (`.toString()`), so the data layer maps fields one to one.
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';

export const VERDICT_CODES = [
  'exceeded',
  'met',
  'met_within_tolerance',
  'missed',
  'pending',
  'needs_judgment',
  'not_comparable',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** Codes that say how the outcome compares with the target (the others say why it cannot). */
export const DECIDED_CODES = ['exceeded', 'met', 'met_within_tolerance', 'missed'] as const;
export type DecidedCode = (typeof DECIDED_CODES)[number];

export type Bilingual = { zh: string; en: string };

export type VerdictTarget = {
  qualifier: Qualifier;
  measure: Measure | null;
  value: string | null;
  valueHigh: string | null;
  /** Unit symbol ("%", "人", "亿元"); a growth target without one is read as %. */
  unit: string | null;
  /** Per-target override: percentage points for growth, a ratio of the target (0.05) for levels. */
  tolerance?: string | null;
  /** The wording of the report, quoted in explanations of qualitative targets. */
  asWritten?: string | null;
};

export type VerdictIndicator = {
  key: string;
  higherIsBetter: boolean;
  growthTolerancePp?: string | null;
  levelToleranceRatio?: string | null;
};

export type OutcomeRevision = {
  id: number | string;
  measure: Measure;
  value: string;
  unit: string | null;
  vintage: Vintage;
  recordedAt: Date;
};

export type ReviewKind = 'confirm' | 'override' | 'judgment';

export type ReviewerDecision = {
  kind: ReviewKind;
  verdict?: VerdictCode | null;
  reason: string;
  /** Display name, shown in the explanation. */
  reviewer: string;
  at: Date;
};

export type VerdictInput = {
  target: VerdictTarget;
  indicator: VerdictIndicator;
  /** Every revision of the outcome (any measure; the target's measure is picked). */
  outcomes: readonly OutcomeRevision[];
  /** Relative targets only: the reference indicator's revisions, same district and year. */
  reference?: { indicatorKey: string; outcomes: readonly OutcomeRevision[] } | null;
  /** The indicator's definition (口径) changed between target and outcome. */
  definitionChanged?: { reason: string } | null;
  /** All reviewer decisions on this target; the latest by `at` is the current one. */
  reviews?: readonly ReviewerDecision[];
  /** The global defaults as an admin set them; the built-in 0.5 pp / 5% when absent. */
  toleranceDefaults?: { growthTolerancePp: string; levelToleranceRatio: string };
  /**
   * Rule 6 already replayed: the code before the revision that flipped the verdict, as this
   * function decided it when the verdict was stored (target_verdict.flipped_from), or null
   * for no flip. A reader that passes only the revisions the stored verdict rests on gives
   * it here instead of every revision; undefined: replay `outcomes`.
   */
  replayedFlip?: DecidedCode | null;
  /**
   * Rule 6 replayed up to, not including, one new revision, as a stored verdict knows it:
   * the last decided code of that replay and its flip (null: none), and the revision
   * recorded since (`newRevisionId`, null for none), which sorts after every other revision
   * in `outcomes` and the reference's. A writer passes this with `outcomes` reduced to the
   * latest revision per measure and vintage (the selection is the same), so a write neither
   * reads nor replays the series' whole history. Undefined: replay `outcomes`.
   */
  replayedBefore?: { lastDecided: DecidedCode | null; flippedFrom: DecidedCode | null; newRevisionId: number | string | null };
};

export type ToleranceKind = 'points' | 'ratio';
export type ToleranceSource = 'target' | 'indicator' | 'default';
export type Tolerance = { value: string; kind: ToleranceKind; source: ToleranceSource };

/** The comparison that decided the code, in the target's unit (drives the explanation). */
export type Basis =
  | { relation: 'above' | 'at_least' | 'below' | 'at_most'; threshold: string }
  | { relation: 'between'; low: string; high: string }
  | { relation: 'below_within'; threshold: string; low: string }
  | { relation: 'above_within'; threshold: string; high: string };

export type Gap = { kind: 'points'; value: string } | { kind: 'completion'; percent: string };

export type VerdictReasonCode =
  | 'definition_changed'
  | 'measure_mismatch'
  | 'missing_unit'
  | 'unknown_unit'
  | 'different_dimension'
  | 'invalid_value'
  | 'target_incomplete'
  | 'no_outcome'
  | 'no_reference_outcome'
  | 'qualitative';

export type VerdictReason = { code: VerdictReasonCode; zh: string; en: string };

export type ReviewNote = {
  kind: ReviewKind;
  verdict: VerdictCode | null;
  reason: string;
  reviewer: string;
  at: Date;
  /** Made before the revision the verdict now rests on: the reviewer saw other figures. */
  stale: boolean;
};

export type Verdict = {
  /** The status of record: the rules' verdict, or a reviewer's judgment of a qualitative target. */
  code: VerdictCode;
  label: Bilingual;
  decidedBy: 'rules' | 'reviewer';
  /** What the rules alone say (needs_judgment for a qualitative target). */
  computed: VerdictCode;
  /** A reviewer's override, shown beside `code`; it never replaces it. */
  override: ReviewNote | null;
  /** A current (not stale) confirmation of the computed verdict exists. */
  confirmed: boolean;
  /** The current reviewer decision, whatever its kind. */
  review: ReviewNote | null;
  /** Why the code is not_comparable, pending or needs_judgment; null otherwise. */
  reason: VerdictReason | null;
  /** Decided on a preliminary or estimated figure. */
  provisional: boolean;
  /** The revision the verdict rests on, as recorded. */
  outcome: OutcomeRevision | null;
  /** The outcome in the target's unit, as compared. */
  actual: { value: string; unit: string } | null;
  /** Relative targets: the reference revision compared against. */
  referenceOutcome: OutcomeRevision | null;
  tolerance: Tolerance | null;
  basis: Basis | null;
  gap: Gap | null;
  /** The verdict changed when a later revision arrived; `from` is the code before. `revisionId`: that revision (null when the replay was passed in as `replayedFlip`). */
  flippedByRevision: { from: DecidedCode; revisionId: number | string | null } | null;
  explanation: Bilingual;
};
