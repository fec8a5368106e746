// THE place that decides whether a target was met. Pages, exports and the API call
// computeVerdict and show its result; nothing else computes a status. The rules are
// written out in docs/verdict-rules.md; in short:
//   1. A changed definition (口径) makes the target not_comparable, with the caller's reason.
//   2. Qualitative targets need_judgment until a reviewer's judgment decides them.
//   3. The outcome revision used is the latest final, else preliminary, else estimate
//      (select-revision.ts); a non-final one makes the verdict provisional.
//   4. Units are normalised before comparing (1.39万人 = 13900人; 亿元 vs 万元); a missing
//      unit, another dimension or growth-vs-level is not_comparable, with the reason.
//   5. The comparison per qualifier and its tolerance are in evaluate.ts and tolerance.ts.
//   6. Replaying the revisions in the order recorded tells whether a later one flipped it
//      (or the caller passes that replay's stored result: input.replayedFlip, or the stored
//      state before one new revision: input.replayedBefore).
//   7. A reviewer's override is reported beside the computed code, never instead of it.
import type { Measure } from '@/lib/domain/types';
import { indicatorByKey } from '@/lib/indicators/catalog';
import { toExact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import { convertExact, parseUnit, type Unit } from '@/lib/units/units';
import { computeGap, evaluate, usesTolerance, type NumericQualifier, type Rule } from './evaluate';
import { explainVerdict, type Lang } from './explain';
import { verdictLabel, verdictReason } from './labels';
import { currentReview } from './review';
import { isProvisional, revisionSteps, selectRevision } from './select-revision';
import { resolveTolerance } from './tolerance';
import {
  DECIDED_CODES,
  type Bilingual,
  type DecidedCode,
  type OutcomeRevision,
  type Verdict,
  type VerdictCode,
  type VerdictInput,
  type VerdictReason,
} from './types';

type Assessment = Pick<Verdict, 'basis' | 'gap' | 'actual'> & { code: VerdictCode; reason: VerdictReason | null };
type Line = Omit<Verdict, 'explanation'>;

/** `options.language`: the explanation's language read first (a file's); the other is written only if read. */
export function computeVerdict(input: VerdictInput, options: { language?: Lang } = {}): Verdict {
  const { target, indicator } = input;
  const measure = target.measure ?? 'growth';
  const unit = resolveTargetUnit(target.unit, measure);
  const referenceKey = input.reference?.indicatorKey ?? null;
  const referenceName = referenceKey ? nameOf(referenceKey) : null;
  const context = { target, unit: unit.ok ? unit.unit : null, referenceName };

  const primaryRevisions = input.outcomes.filter((revision) => revision.measure === measure);
  const referenceRevisions = (input.reference?.outcomes ?? []).filter((revision) => revision.measure === 'growth');
  const outcome = selectRevision(primaryRevisions);
  const referenceOutcome = target.qualifier === 'relative' ? selectRevision(referenceRevisions) : null;
  const review = currentReview(input.reviews, [outcome, referenceOutcome]);

  const line: Line = {
    code: 'pending',
    label: verdictLabel('pending'),
    decidedBy: 'rules',
    computed: 'pending',
    override: null,
    confirmed: false,
    review,
    reason: null,
    provisional: isProvisional(outcome) || isProvisional(referenceOutcome),
    outcome,
    actual: null,
    referenceOutcome,
    tolerance: null,
    basis: null,
    gap: null,
    flippedByRevision: null,
  };
  // The verdict is `line` itself, decided and explained in place: copying its ~16 fields at each
  // step was three objects a verdict (a national export decides ~43k).
  const finish = (assessment: Assessment): Verdict => {
    decide(line, assessment, target.qualifier === 'qualitative');
    const verdict = line as Verdict;
    verdict.explanation = explainVerdict(line, context, options.language);
    return verdict;
  };

  if (input.definitionChanged) {
    return finish(refusal('not_comparable', verdictReason('definition_changed', input.definitionChanged.reason)));
  }
  if (target.qualifier === 'qualitative') return finish(refusal('needs_judgment', verdictReason('qualitative')));
  if (!unit.ok) return finish(refusal('not_comparable', unit.reason));

  const qualifier: NumericQualifier = target.qualifier;
  const tolerance = resolveTolerance(measure, target.tolerance, indicator, input.toleranceDefaults);
  if (usesTolerance(qualifier)) line.tolerance = tolerance;
  const value = qualifier === 'relative' ? null : toExact(target.value);
  const valueHigh = toExact(target.valueHigh);
  if ((qualifier !== 'relative' && !value) || (qualifier === 'range' && !valueHigh)) {
    return finish(refusal('not_comparable', verdictReason('target_incomplete')));
  }
  if (primaryRevisions.length === 0 && input.outcomes.length > 0) {
    return finish(refusal('not_comparable', verdictReason('measure_mismatch')));
  }

  // `full`: also the gap and the figure in the target's unit. Replaying the history for a flip
  // needs only each step's code (a series can have hundreds of revisions).
  const assess = (primary: OutcomeRevision | null, reference: OutcomeRevision | null, full = true): Assessment => {
    if (!primary) return refusal('pending', verdictReason('no_outcome'));
    const actual = actualInUnit(primary, unit.unit);
    if (!actual.ok) return refusal('not_comparable', actual.reason);
    if (qualifier === 'relative' && !reference) {
      return refusal('pending', verdictReason('no_reference_outcome', referenceName ?? undefined));
    }
    const bound = qualifier === 'relative' ? toExact(reference?.value) : value;
    if (!bound) return refusal('not_comparable', verdictReason('invalid_value', reference?.value ?? ''));
    const rule: Rule = { qualifier, value: bound, valueHigh, tolerance, higherIsBetter: indicator.higherIsBetter };
    const { code, basis } = evaluate(rule, actual.value);
    if (!full) return { code, basis, gap: null, reason: null, actual: null };
    const gap = computeGap(rule, actual.value, unit.unit.symbol === '%');
    return { code, basis, gap, reason: null, actual: { value: actual.value.toFixed(), unit: unit.unit.symbol } };
  };

  const final = assess(outcome, referenceOutcome);
  // The step that reaches today's selection has today's code (the common last step): not decided again.
  const codeOf = (primary: OutcomeRevision | null, reference: OutcomeRevision | null): VerdictCode =>
    primary === outcome && (qualifier !== 'relative' || reference === referenceOutcome) ? final.code : assess(primary, reference, false).code;
  if (isDecided(final.code)) {
    line.flippedByRevision = input.replayedBefore ? nextFlip(input.replayedBefore, final.code)
      : input.replayedFlip === undefined ? lastFlip(revisionSteps(primaryRevisions, referenceRevisions), codeOf)
      : input.replayedFlip === null ? null : { from: input.replayedFlip, revisionId: null };
  }
  return finish(final);
}

function decide(line: Line, assessment: Assessment, reviewerJudges: boolean): void {
  const { code, reason, basis, gap, actual } = assessment;
  line.code = code;
  line.computed = code;
  line.label = verdictLabel(code);
  line.reason = reason;
  line.basis = basis;
  line.gap = gap;
  line.actual = actual;
  const review = line.review;
  // Confirming "needs judgment" confirms nothing; a stale confirmation saw other figures.
  if (!review || review.kind === 'confirm') {
    line.confirmed = !!review && !review.stale && !reviewerJudges;
    return;
  }
  if (!review.verdict) return;
  // A qualitative target is decided by the reviewer; anything else keeps its computed code.
  if (reviewerJudges) {
    line.code = review.verdict;
    line.label = verdictLabel(review.verdict);
    line.decidedBy = 'reviewer';
    line.reason = null;
    return;
  }
  line.override = review;
}

function lastFlip(
  steps: ReturnType<typeof revisionSteps>,
  codeOf: (primary: OutcomeRevision | null, reference: OutcomeRevision | null) => VerdictCode,
): Verdict['flippedByRevision'] {
  let previous: DecidedCode | null = null;
  let flip: Verdict['flippedByRevision'] = null;
  // A step that leaves both selections as they were (an estimate after a final figure) has the previous step's code.
  let last: { primary: OutcomeRevision | null; reference: OutcomeRevision | null; code: VerdictCode } | null = null;
  for (const step of steps) {
    const code: VerdictCode = last && last.primary === step.primary && last.reference === step.reference ? last.code : codeOf(step.primary, step.reference);
    last = { primary: step.primary, reference: step.reference, code };
    // Pending → met is news, not a revision: only changes between decided codes count.
    if (!isDecided(code)) continue;
    if (previous !== null && code !== previous) flip = { from: previous, revisionId: step.trigger.id };
    previous = code;
  }
  return flip;
}

/**
 * lastFlip's loop taken one step on from where an earlier replay stopped. The new revision
 * sorts last, so its step reaches today's selection and has today's code.
 */
function nextFlip(before: NonNullable<VerdictInput['replayedBefore']>, code: DecidedCode): Verdict['flippedByRevision'] {
  if (before.newRevisionId !== null && before.lastDecided !== null && code !== before.lastDecided) return { from: before.lastDecided, revisionId: before.newRevisionId };
  return before.flippedFrom === null ? null : { from: before.flippedFrom, revisionId: null };
}

function refusal(code: VerdictCode, reason: VerdictReason): Assessment {
  return { code, reason, basis: null, gap: null, actual: null };
}

function isDecided(code: VerdictCode): code is DecidedCode {
  return (DECIDED_CODES as readonly string[]).includes(code);
}

export type UnitResolution = { ok: true; unit: Unit } | { ok: false; reason: VerdictReason };

export function resolveTargetUnit(symbol: string | null, measure: Measure): UnitResolution {
  // Growth figures are percentages by definition (catalog.ts); only levels must say their unit.
  const parsed = parseUnit(symbol ?? (measure === 'growth' ? '%' : null));
  if (parsed.ok) return { ok: true, unit: parsed.unit };
  return { ok: false, reason: verdictReason(parsed.code === 'empty' ? 'missing_unit' : 'unknown_unit', symbol ?? undefined) };
}

export type ActualResolution = { ok: true; value: ExactDecimal } | { ok: false; reason: VerdictReason };

/** A recorded figure in the target's unit; also used by the pace rules (pace.ts). */
export function actualInUnit(revision: Pick<OutcomeRevision, 'measure' | 'value' | 'unit'>, targetUnit: Unit): ActualResolution {
  const unit = resolveTargetUnit(revision.unit, revision.measure);
  if (!unit.ok) return unit;
  const value = toExact(revision.value);
  if (!value) return { ok: false, reason: verdictReason('invalid_value', revision.value) };
  // Null across dimensions: 户 is not 人, 亿美元 is not 亿元 (no exchange rate is guessed).
  const converted = convertExact(value, unit.unit, targetUnit);
  if (converted) return { ok: true, value: converted };
  const detail: Bilingual = {
    zh: `目标 ${targetUnit.symbol}，实际 ${unit.unit.symbol}`,
    en: `target ${targetUnit.symbol}, actual ${unit.unit.symbol}`,
  };
  return { ok: false, reason: verdictReason('different_dimension', detail) };
}

function nameOf(key: string): Bilingual {
  const indicator = indicatorByKey(key);
  return indicator ? { zh: indicator.nameZh, en: indicator.nameEn } : { zh: key, en: key };
}
