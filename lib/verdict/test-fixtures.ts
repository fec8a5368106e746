// Builders shared by the verdict tests (not imported by application code). Dates
// are UTC instants so the Asia/Kathmandu test zone cannot shift them.
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import type { OutcomeRevision, VerdictIndicator, VerdictInput, VerdictTarget } from './types';

export const GDP: VerdictIndicator = { key: 'gdp', higherIsBetter: true };
export const CPI: VerdictIndicator = { key: 'cpi', higherIsBetter: false };
export const ENERGY_INTENSITY: VerdictIndicator = { key: 'energy_intensity', higherIsBetter: false };
export const JOBS: VerdictIndicator = { key: 'new_urban_jobs', higherIsBetter: true };
export const URBAN_INCOME: VerdictIndicator = { key: 'urban_income', higherIsBetter: true };

export function growthTarget(qualifier: Qualifier, value: string | null, extra: Partial<VerdictTarget> = {}): VerdictTarget {
  return { qualifier, measure: 'growth', value, valueHigh: null, unit: '%', ...extra };
}

export function levelTarget(qualifier: Qualifier, value: string | null, unit: string | null, extra: Partial<VerdictTarget> = {}): VerdictTarget {
  return { qualifier, measure: 'level', value, valueHigh: null, unit, ...extra };
}

type RevisionOptions = { id?: number | string; vintage?: Vintage; at?: string; measure?: Measure; unit?: string | null };

let nextId = 1000;

/** One outcome revision; `value` "1.39万人" style strings are split by the caller, not here. */
export function revision(value: string, options: RevisionOptions = {}): OutcomeRevision {
  const measure = options.measure ?? (options.unit && options.unit !== '%' ? 'level' : 'growth');
  return {
    id: options.id ?? (nextId += 1),
    measure,
    value,
    unit: options.unit === undefined ? '%' : options.unit,
    vintage: options.vintage ?? 'final',
    recordedAt: new Date(options.at ?? '2026-03-01T00:00:00Z'),
  };
}

export function input(target: VerdictTarget, indicator: VerdictIndicator, outcomes: OutcomeRevision[], extra: Partial<VerdictInput> = {}): VerdictInput {
  return { target, indicator, outcomes, ...extra };
}
