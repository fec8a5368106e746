// The comparison itself: one actual figure against one numeric target, both
// already in the target's unit. T is the target, tol its tolerance in that unit
// (a ratio tolerance is taken of |T|, or of the bound compared with).
//
//   about T        higher is better: > T+tol exceeded · ≥ T met · ≥ T−tol 基本完成 · else missed
//                  lower is better:  mirrored (< T−tol exceeded · ≤ T met · ≤ T+tol 基本完成)
//   at_least T     > T+tol exceeded · ≥ T met · else missed (a floor has no slack)
//   at_most T      ≤ T met · else missed. A ceiling is a constraint, not a goal to beat:
//                  CPI far under its cap is not 超额完成, so at_most never says exceeded.
//   at_most_about  ≤ T met · ≤ T+tol 基本完成 · else missed (never exceeded, as at_most)
//   reduction X    actual growth < −X−tol exceeded · ≤ −X met · else missed (no slack
//                  unless written 左右, which is parsed as about −X)
//   range [a, b]   higher is better: > b exceeded · a..b met · < a missed; lower: mirrored
//   exact T        as at_least when higher is better; mirrored when lower is better
//   relative R     as at_least with T = the reference indicator's growth (同步 = not below)
// The exceeded margin reuses the tolerance, so "clearly above" means the same
// distance that "about" allows: 0.5 pp for growth, 5% of the target for levels.
import type { Qualifier } from '@/lib/domain/types';
import { Exact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import { absoluteTolerance } from './tolerance';
import type { Basis, DecidedCode, Gap, Tolerance } from './types';

export type NumericQualifier = Exclude<Qualifier, 'qualitative'>;

export type Rule = {
  qualifier: NumericQualifier;
  /** T; for reduction the positive X; for relative the reference growth R. */
  value: ExactDecimal;
  valueHigh: ExactDecimal | null;
  tolerance: Tolerance;
  higherIsBetter: boolean;
};

export type Evaluation = { code: DecidedCode; basis: Basis };

/** Qualifiers whose verdict depends on the tolerance (as slack or as the exceeded margin). */
export function usesTolerance(qualifier: NumericQualifier): boolean {
  // Whether a tolerance plays a part does not depend on the direction.
  return toleranceRole(qualifier, true) !== null;
}

/**
 * What the tolerance does under each qualifier, read off the cases of evaluate()
 * below, so pages name it by the rule it feeds (a bare floor has no slack: its
 * tolerance is only the margin beyond which the result counts as 超额完成).
 *   either_side     about: below by up to tol is 基本完成, above by more is exceeded
 *   slack_above     at_most_about: above by up to tol is 基本完成
 *   exceeded_above  at_least, relative, exact (higher is better): above by more is exceeded
 *   exceeded_below  reduction, exact (lower is better): below by more is exceeded
 * Null where the tolerance plays no part (at_most, range).
 */
export type ToleranceRole = 'either_side' | 'slack_above' | 'exceeded_above' | 'exceeded_below';

export function toleranceRole(qualifier: NumericQualifier, higherIsBetter: boolean): ToleranceRole | null {
  switch (qualifier) {
    case 'about':
      return 'either_side';
    case 'at_most_about':
      return 'slack_above';
    case 'at_least':
    case 'relative':
      return 'exceeded_above';
    case 'exact':
      return higherIsBetter ? 'exceeded_above' : 'exceeded_below';
    case 'reduction':
      return 'exceeded_below';
    case 'at_most':
    case 'range':
      return null;
  }
}

export function evaluate(rule: Rule, actual: ExactDecimal): Evaluation {
  const { qualifier, higherIsBetter } = rule;
  const target = qualifier === 'reduction' ? rule.value.negated() : rule.value;
  const tol = absoluteTolerance(rule.tolerance, target);
  const s = (value: ExactDecimal) => value.toFixed();

  switch (qualifier) {
    case 'about':
      return higherIsBetter ? aboutUp(actual, target, tol, s) : aboutDown(actual, target, tol, s);
    case 'at_least':
    case 'relative':
      return floor(actual, target, tol, s);
    case 'exact':
      return higherIsBetter ? floor(actual, target, tol, s) : ceilingWithExcess(actual, target, tol, s);
    case 'reduction':
      return ceilingWithExcess(actual, target, tol, s);
    case 'at_most':
      return actual.lte(target)
        ? { code: 'met', basis: { relation: 'at_most', threshold: s(target) } }
        : { code: 'missed', basis: { relation: 'above', threshold: s(target) } };
    case 'at_most_about': {
      const high = target.plus(tol);
      if (actual.lte(target)) return { code: 'met', basis: { relation: 'at_most', threshold: s(target) } };
      if (actual.lte(high)) {
        return { code: 'met_within_tolerance', basis: { relation: 'above_within', threshold: s(target), high: s(high) } };
      }
      return { code: 'missed', basis: { relation: 'above', threshold: s(high) } };
    }
    case 'range':
      return range(actual, target, rule.valueHigh ?? target, higherIsBetter, s);
  }
}

type Show = (value: ExactDecimal) => string;

function aboutUp(actual: ExactDecimal, target: ExactDecimal, tol: ExactDecimal, s: Show): Evaluation {
  const [low, high] = [target.minus(tol), target.plus(tol)];
  if (actual.gt(high)) return { code: 'exceeded', basis: { relation: 'above', threshold: s(high) } };
  if (actual.gte(target)) return { code: 'met', basis: { relation: 'at_least', threshold: s(target) } };
  if (actual.gte(low)) {
    return { code: 'met_within_tolerance', basis: { relation: 'below_within', threshold: s(target), low: s(low) } };
  }
  return { code: 'missed', basis: { relation: 'below', threshold: s(low) } };
}

function aboutDown(actual: ExactDecimal, target: ExactDecimal, tol: ExactDecimal, s: Show): Evaluation {
  const [low, high] = [target.minus(tol), target.plus(tol)];
  if (actual.lt(low)) return { code: 'exceeded', basis: { relation: 'below', threshold: s(low) } };
  if (actual.lte(target)) return { code: 'met', basis: { relation: 'at_most', threshold: s(target) } };
  if (actual.lte(high)) {
    return { code: 'met_within_tolerance', basis: { relation: 'above_within', threshold: s(target), high: s(high) } };
  }
  return { code: 'missed', basis: { relation: 'above', threshold: s(high) } };
}

function floor(actual: ExactDecimal, target: ExactDecimal, tol: ExactDecimal, s: Show): Evaluation {
  const high = target.plus(tol);
  if (actual.gt(high)) return { code: 'exceeded', basis: { relation: 'above', threshold: s(high) } };
  if (actual.gte(target)) return { code: 'met', basis: { relation: 'at_least', threshold: s(target) } };
  return { code: 'missed', basis: { relation: 'below', threshold: s(target) } };
}

function ceilingWithExcess(actual: ExactDecimal, target: ExactDecimal, tol: ExactDecimal, s: Show): Evaluation {
  const low = target.minus(tol);
  if (actual.lt(low)) return { code: 'exceeded', basis: { relation: 'below', threshold: s(low) } };
  if (actual.lte(target)) return { code: 'met', basis: { relation: 'at_most', threshold: s(target) } };
  return { code: 'missed', basis: { relation: 'above', threshold: s(target) } };
}

function range(actual: ExactDecimal, low: ExactDecimal, high: ExactDecimal, up: boolean, s: Show): Evaluation {
  if (actual.gt(high)) return { code: up ? 'exceeded' : 'missed', basis: { relation: 'above', threshold: s(high) } };
  if (actual.lt(low)) return { code: up ? 'missed' : 'exceeded', basis: { relation: 'below', threshold: s(low) } };
  return { code: 'met', basis: { relation: 'between', low: s(low), high: s(high) } };
}

/**
 * Percentage figures: actual − target in percentage points (signed; for a range,
 * the distance to the nearer bound, 0 inside). Other levels: actual ÷ target as a
 * percentage, one decimal, half-up ("完成目标的 131.4%"); null when the target is 0.
 */
export function computeGap(rule: Rule, actual: ExactDecimal, inPoints: boolean): Gap | null {
  const target = rule.qualifier === 'reduction' ? rule.value.negated() : rule.value;
  if (inPoints) {
    let reference = target;
    if (rule.qualifier === 'range' && rule.valueHigh) {
      if (actual.gt(rule.valueHigh)) reference = rule.valueHigh;
      else if (actual.gte(target)) reference = actual;
    }
    return { kind: 'points', value: actual.minus(reference).toFixed() };
  }
  // The bound a range must reach: its floor when higher is better, else its ceiling.
  const base = rule.qualifier === 'range' && !rule.higherIsBetter && rule.valueHigh ? rule.valueHigh : target;
  if (base.isZero()) return null;
  return { kind: 'completion', percent: actual.dividedBy(base).times(100).toFixed(1, Exact.ROUND_HALF_UP) };
}
