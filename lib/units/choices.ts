// The units a recorded figure may be given in: those the verdict can compare with the
// target (same dimension, units.ts). When the target fixes them, the form offers these
// in a list instead of free text, so "万人" for a "%" target cannot be typed at all.
import type { Measure } from '@/lib/domain/types';
import { parseUnit, UNITS } from './units';

/** Symbols to pick from, the target's own first; null when nothing fixes the unit (free text). */
export function unitChoices(measure: Measure, targetUnit: string | null, levelUnit: string | null): string[] | null {
  // Growth figures are percentages by definition (compute-verdict resolveTargetUnit).
  const parsed = parseUnit(measure === 'growth' ? '%' : (targetUnit ?? levelUnit));
  if (!parsed.ok) return null;
  const own = parsed.unit;
  return [own.symbol, ...UNITS.filter((unit) => unit.dimension === own.dimension && unit.symbol !== own.symbol).map((unit) => unit.symbol)];
}
