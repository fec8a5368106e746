// How far an "about" target may be missed and still count as 基本完成, and how far
// past a floor counts as 超额完成. Growth targets are rates, so their slack is in
// percentage points; levels differ in size by orders of magnitude (人 vs 亿元), so
// theirs is a ratio of the target. The most specific setting wins: the target's,
// then the indicator's, then the global default. A negative or unreadable setting
// is skipped (the forms validate it; the verdict must not fail on a bad row).
import type { Measure } from '@/lib/domain/types';
import { Exact, toExact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import type { Tolerance, ToleranceKind, VerdictIndicator } from './types';

export const DEFAULT_GROWTH_TOLERANCE_PP = '0.5';
export const DEFAULT_LEVEL_TOLERANCE_RATIO = '0.05';

export function toleranceKindFor(measure: Measure): ToleranceKind {
  return measure === 'growth' ? 'points' : 'ratio';
}

export type ToleranceDefaults = { growthTolerancePp: string; levelToleranceRatio: string };

export const BUILT_IN_TOLERANCE_DEFAULTS: ToleranceDefaults = {
  growthTolerancePp: DEFAULT_GROWTH_TOLERANCE_PP,
  levelToleranceRatio: DEFAULT_LEVEL_TOLERANCE_RATIO,
};

export function resolveTolerance(
  measure: Measure,
  targetTolerance: string | null | undefined,
  indicator: Pick<VerdictIndicator, 'growthTolerancePp' | 'levelToleranceRatio'>,
  defaults: ToleranceDefaults = BUILT_IN_TOLERANCE_DEFAULTS,
): Tolerance {
  const kind = toleranceKindFor(measure);
  const fromTarget = usable(targetTolerance);
  if (fromTarget) return { value: fromTarget, kind, source: 'target' };
  const fromIndicator = usable(kind === 'points' ? indicator.growthTolerancePp : indicator.levelToleranceRatio);
  if (fromIndicator) return { value: fromIndicator, kind, source: 'indicator' };
  // An admin may change the global defaults; an unusable setting falls back to the built-in one.
  const fallback =
    kind === 'points'
      ? (usable(defaults.growthTolerancePp) ?? DEFAULT_GROWTH_TOLERANCE_PP)
      : (usable(defaults.levelToleranceRatio) ?? DEFAULT_LEVEL_TOLERANCE_RATIO);
  return { value: fallback, kind, source: 'default' };
}

/** The tolerance in the target's own unit, measured from `bound` (a ratio is of |bound|). */
export function absoluteTolerance(tolerance: Tolerance, bound: ExactDecimal): ExactDecimal {
  // A resolved tolerance is a decimal's text ("0.5"): read once per text (toExact's cache), not per verdict.
  const value = toExact(tolerance.value) ?? new Exact(tolerance.value);
  return tolerance.kind === 'points' ? value : bound.abs().times(value);
}

function usable(value: string | null | undefined): string | null {
  const decimal = toExact(value);
  if (!decimal || decimal.isNegative()) return null;
  return decimal.toFixed();
}
