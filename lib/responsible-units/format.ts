// 责任单位 as one line of text, from a target's unit assignments: the lead unit
// first (marked), then the co-units, the way a 分解方案 or 汇总表 writes it.
export type AssignedUnit = { name: string; role: 'lead' | 'co' };

/** Lead first, then co-units in the given (stable) order. */
export function orderUnits<T extends AssignedUnit>(units: readonly T[]): T[] {
  return [...units.filter((unit) => unit.role === 'lead'), ...units.filter((unit) => unit.role === 'co')];
}

/** zh "区发展改革委（牵头）、区财政局"; en "区发展改革委 (lead); 区财政局"; null when unassigned. */
export function formatUnits(units: readonly AssignedUnit[], locale: 'zh' | 'en'): string | null {
  if (units.length === 0) return null;
  const en = locale === 'en';
  const names = orderUnits(units).map((unit) => (unit.role === 'lead' ? `${unit.name}${en ? ' (lead)' : '（牵头）'}` : unit.name));
  return names.join(en ? '; ' : '、');
}
