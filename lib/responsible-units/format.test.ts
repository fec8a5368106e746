import { describe, expect, it } from 'vitest';
import { formatUnits, orderUnits } from './format';

describe('责任单位 text', () => {
  const units = [{ name: '区财政局', role: 'co' as const }, { name: '区发展改革委', role: 'lead' as const }, { name: '区统计局', role: 'co' as const }];

  it('puts the lead unit first, then co-units in their order', () => {
    expect(orderUnits(units).map((unit) => unit.name)).toEqual(['区发展改革委', '区财政局', '区统计局']);
    expect(formatUnits(units, 'zh')).toBe('区发展改革委（牵头）、区财政局、区统计局');
    expect(formatUnits(units, 'en')).toBe('区发展改革委 (lead); 区财政局; 区统计局');
  });

  it('writes co-units alone without a lead mark, and nothing when unassigned', () => {
    expect(formatUnits([{ name: '区财政局', role: 'co' }], 'zh')).toBe('区财政局');
    expect(formatUnits([], 'zh')).toBeNull();
    expect(formatUnits([], 'en')).toBeNull();
  });
});
