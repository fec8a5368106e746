import { describe, expect, it } from 'vitest';
import { rankUnits, type UnitRecord } from './summary';

const record = (id: number, onTime: number, onPace: number): UnitRecord => ({
  unit: { id, name: `单位${id}`, shortName: `单位${id}` }, items: 5, submitted: onTime, onTime, overdue: 0, returned: 0, accepted: 0, onPace, rank: 0,
});

describe('rankUnits (考评)', () => {
  it('ranks by submissions on time, then items on pace; equal records share a rank', () => {
    const ranked = rankUnits([record(1, 2, 1), record(2, 3, 0), record(3, 2, 2), record(4, 2, 1), record(5, 0, 5)]);
    expect(ranked.map((r) => [r.unit.id, r.rank])).toEqual([[2, 1], [3, 2], [1, 3], [4, 3], [5, 5]]);
  });
});
