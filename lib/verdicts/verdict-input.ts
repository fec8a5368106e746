// How stored rows become computeVerdict's input: one mapping, used by the pages'
// reads (lib/targets/data.ts) and by the stored verdicts (load-inputs.ts), so both
// give the one decider exactly the same facts.
import type { Measure, Qualifier } from '@/lib/domain/types';
import type { OutcomeRevision, ReviewerDecision, VerdictInput } from '@/lib/verdict/types';

/** A target as read, decimals already text ("6.5", not "6.500000"). */
export type TargetFacts = {
  qualifier: Qualifier; measure: Measure; value: string | null; valueHigh: string | null; unit: string | null;
  tolerance: string | null; asWritten: string; definitionChangedReason: string | null;
};
export type IndicatorFacts = { key: string; higherIsBetter: boolean; growthTolerancePp: string | null; levelToleranceRatio: string | null };

export function verdictInput(facts: {
  target: TargetFacts;
  indicator: IndicatorFacts;
  /** Every revision of the target's series, oldest first. */
  outcomes: readonly OutcomeRevision[];
  /** Relative targets: the reference indicator's key and its revisions (same district and year). */
  reference: { indicatorKey: string; outcomes: readonly OutcomeRevision[] } | null;
  reviews: readonly ReviewerDecision[];
  toleranceDefaults: { growthTolerancePp: string; levelToleranceRatio: string };
  /** Only with `outcomes` reduced to the revisions a stored verdict rests on: its stored flip (VerdictInput.replayedFlip). */
  replayedFlip?: VerdictInput['replayedFlip'];
  /** Only with `outcomes` reduced to the latest revision per measure and vintage: the stored replay and the one new revision (VerdictInput.replayedBefore). */
  replayedBefore?: VerdictInput['replayedBefore'];
}): VerdictInput {
  const { target, indicator } = facts;
  return {
    target: { qualifier: target.qualifier, measure: target.measure, value: target.value, valueHigh: target.valueHigh, unit: target.unit, tolerance: target.tolerance, asWritten: target.asWritten },
    indicator: { key: indicator.key, higherIsBetter: indicator.higherIsBetter, growthTolerancePp: indicator.growthTolerancePp, levelToleranceRatio: indicator.levelToleranceRatio },
    outcomes: facts.outcomes,
    reference: facts.reference,
    definitionChanged: target.definitionChangedReason ? { reason: target.definitionChangedReason } : null,
    toleranceDefaults: facts.toleranceDefaults,
    reviews: facts.reviews,
    ...(facts.replayedFlip !== undefined ? { replayedFlip: facts.replayedFlip } : {}),
    ...(facts.replayedBefore !== undefined ? { replayedBefore: facts.replayedBefore } : {}),
  };
}
