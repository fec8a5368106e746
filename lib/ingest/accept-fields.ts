// A proposal plus the reviewer's edits → the fields of a target or an outcome
// revision, checked with the same number and unit parsers as the hand-entry forms.
// Pure. Empty edits keep the proposed values. Field errors use the form keys
// ("decimal.<code>", "unit.<code>", validation keys, "ingest:<key>").
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import type { OutcomeProposal, TargetProposal } from '@/lib/extraction/types';
import { parseDecimal, toExact } from '@/lib/numbers/parse-decimal';
import { expectedOutcomeUnit, outcomeUnitError } from '@/lib/outcomes/unit-check';
import { parseUnit } from '@/lib/units/units';

type Edits = { year: number; value: string; valueHigh: string; unit: string; qualifier?: Qualifier; vintage?: Vintage };
type Checked<T> = { ok: true; value: T; edited: boolean } | { ok: false; fieldErrors: Record<string, string> };

export type TargetFields = {
  year: number; qualifier: Qualifier; value: string | null; valueHigh: string | null; unit: string | null; relativeToIndicatorKey: string | null;
};
export type OutcomeFields = { year: number; value: string; unit: string; vintage: Vintage };

function readNumber(text: string, field: string, errors: Record<string, string>): string | null {
  const parsed = parseDecimal(text);
  if (!parsed.ok) { errors[field] = `decimal.${parsed.code}`; return null; }
  return parsed.value;
}

/** The unit symbol, or an error: growth figures are in %, levels in the indicator's dimension. */
function readUnit(text: string, measure: Measure, levelUnit: string | null, errors: Record<string, string>): string | null {
  const parsed = parseUnit(text);
  if (!parsed.ok) { errors.unit = `unit.${parsed.code}`; return null; }
  const unitError = outcomeUnitError(measure, expectedOutcomeUnit(measure, null, levelUnit), parsed.unit);
  if (unitError) { errors.unit = unitError; return null; }
  return parsed.unit.symbol;
}

export function toTargetFields(proposal: TargetProposal, edits: Edits, levelUnit: string | null): Checked<TargetFields> {
  const errors: Record<string, string> = {};
  const qualifier = edits.qualifier ?? proposal.qualifier;
  const figureless = qualifier === 'qualitative' || qualifier === 'relative';
  const valueText = edits.value || proposal.value || '';
  const highText = edits.valueHigh || proposal.valueHigh || '';
  const unitText = edits.unit || proposal.unit || (proposal.measure === 'growth' ? '%' : '');
  const value = figureless ? null : readNumber(valueText, 'value', errors);
  const valueHigh = qualifier === 'range' ? readNumber(highText, 'valueHigh', errors) : null;
  if (value !== null && valueHigh !== null && toExact(value)!.gt(toExact(valueHigh)!)) errors.valueHigh = 'ingest:range_order';
  const unit = figureless && !unitText ? null : figureless ? unitText : readUnit(unitText, proposal.measure, levelUnit, errors);
  if (qualifier === 'relative' && !proposal.relativeToIndicatorKey) errors.qualifier = 'ingest:relative_needs_indicator';
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  const fields: TargetFields = { year: edits.year, qualifier, value, valueHigh, unit: figureless ? null : unit, relativeToIndicatorKey: qualifier === 'relative' ? proposal.relativeToIndicatorKey : null };
  const edited = fields.year !== proposal.year || qualifier !== proposal.qualifier || !sameDecimal(value, proposal.value)
    || !sameDecimal(valueHigh, proposal.valueHigh) || fields.unit !== symbolOf(proposal.unit);
  return { ok: true, value: fields, edited };
}

export function toOutcomeFields(proposal: Pick<OutcomeProposal, 'year' | 'measure' | 'value' | 'unit' | 'vintage'>, edits: Edits, levelUnit: string | null): Checked<OutcomeFields> {
  const errors: Record<string, string> = {};
  const value = readNumber(edits.value || proposal.value, 'value', errors);
  const unit = readUnit(edits.unit || proposal.unit, proposal.measure, levelUnit, errors);
  if (value === null || unit === null) return { ok: false, fieldErrors: errors };
  const vintage = edits.vintage ?? proposal.vintage;
  const edited = edits.year !== proposal.year || vintage !== proposal.vintage || !sameDecimal(value, proposal.value) || unit !== symbolOf(proposal.unit);
  return { ok: true, value: { year: edits.year, value, unit, vintage }, edited };
}

function symbolOf(unit: string | null): string | null {
  if (unit === null) return null;
  const parsed = parseUnit(unit);
  return parsed.ok ? parsed.unit.symbol : unit;
}

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [toExact(a), toExact(b)];
  return x !== null && y !== null && x.eq(y);
}
