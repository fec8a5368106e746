// The one unit rule for an outcome figure, used by every path that records one:
// growth figures are percentages; a level figure must be of the dimension of its
// target (or, without a target, of the indicator's level unit).
import type { Measure } from '@/lib/domain/types';
import { sameDimension, unitBySymbol, type Unit } from '@/lib/units/units';

export type OutcomeUnitError = 'unit_growth_percent' | 'unit_not_comparable';

/** The unit the series is compared in: the target's, else % for growth, else the indicator's level unit. */
export function expectedOutcomeUnit(measure: Measure, targetUnit: string | null | undefined, levelUnit: string | null | undefined): string | null {
  return targetUnit ?? (measure === 'growth' ? '%' : (levelUnit ?? null));
}

export function outcomeUnitError(measure: Measure, expected: string | null, unit: Unit): OutcomeUnitError | null {
  if (measure === 'growth' && unit.symbol !== '%') return 'unit_growth_percent';
  const expectedUnit = expected ? unitBySymbol(expected) : undefined;
  if (expectedUnit && !sameDimension(expectedUnit, unit)) return 'unit_not_comparable';
  return null;
}
