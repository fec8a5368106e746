// A figure typed into a form (value, unit, the "not stated directly" tick): parsed and
// checked against the target's unit, every field error at once, before anything is
// written. The record-outcome form and round submissions share it; the write path
// (appendOutcomeRevisions) checks the unit again whoever calls it.
import type { Measure } from '@/lib/domain/types';
import { AppError } from '@/lib/errors';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { parseUnit } from '@/lib/units/units';
import { expectedOutcomeUnit, outcomeUnitError } from './unit-check';

export type FigureInput = { value: string; unit: string; figureNotInQuote: boolean; figureNotInQuoteReason: string };
export type FigureTarget = { measure: Measure; unit: string | null; indicator: { levelUnit: string | null } };

/** The canonical value and unit symbol, or a validation error naming each bad field. */
export function parseFigureInput(input: FigureInput, target: FigureTarget): { value: string; unit: string } {
  const errors: Record<string, string> = {};
  const parsed = parseDecimal(input.value);
  // "6.5%" is accepted for a percent figure; "6.5%%" is not a number.
  if (!parsed.ok) errors.value = `decimal.${parsed.code}`;
  const unit = parseUnit(input.unit || (parsed.ok && parsed.percent ? '%' : ''));
  if (!unit.ok) errors.unit = `unit.${unit.code}`;
  else {
    const unitError = outcomeUnitError(target.measure, expectedOutcomeUnit(target.measure, target.unit, target.indicator.levelUnit), unit.unit);
    if (unitError) errors.unit = unitError;
    else if (parsed.ok && parsed.percent && unit.unit.symbol !== '%') errors.value = 'percent_with_other_unit';
  }
  if (input.figureNotInQuote && !input.figureNotInQuoteReason) errors.figureNotInQuoteReason = 'figure_reason_required';
  if (Object.keys(errors).length || !parsed.ok || !unit.ok) throw new AppError('validation', 'outcome', { fieldErrors: errors });
  return { value: parsed.value, unit: unit.unit.symbol };
}
