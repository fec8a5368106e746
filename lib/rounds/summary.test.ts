import { describe, expect, it } from 'vitest';
import { buildRoundSummary, rankUnits, type ItemFacts, type UnitRecord } from './summary';

const record = (id: number, onTime: number, onPace: number): UnitRecord => ({
  unit: { id, name: `单位${id}`, shortName: `单位${id}` }, items: 5, submitted: onTime, onTime, overdue: 0, returned: 0, accepted: 0, onPace, rank: 0,
});

describe('rankUnits (考评)', () => {
  it('ranks by submissions on time, then items on pace; equal records share a rank', () => {
    const ranked = rankUnits([record(1, 2, 1), record(2, 3, 0), record(3, 2, 2), record(4, 2, 1), record(5, 0, 5)]);
    expect(ranked.map((r) => [r.unit.id, r.rank])).toEqual([[2, 1], [3, 2], [1, 3], [4, 3], [5, 5]]);
  });
});

describe('buildRoundSummary: a key task without a judgment', () => {
  const round = {
    id: 1, district: { id: 1, code: '999901', nameZh: '测试区', nameEn: 'Test District' }, year: 2025, title: '2025年上半年',
    periodMonths: 6, dueOn: '2025-07-10', state: 'open' as const, openedAt: new Date('2025-06-20T00:00:00Z'), closedAt: null, version: 1,
  };
  const unit = (id: number) => ({ id, name: `测试单位${id}`, shortName: `测试单位${id}` });
  const task = { id: 7, seq: 1, wording: '测试任务：建成社区食堂5个', lead: unit(1), co: [unit(2)], judgment: null };
  const itemOf = (id: number, unitId: number, role: 'lead' | 'co', state: ItemFacts['state']): ItemFacts => ({
    id, targetId: null, keyTaskId: 7, unit: unit(unitId), role, state, acknowledgedAt: null,
    firstSubmittedAt: state === 'todo' ? null : new Date('2025-07-01T00:00:00Z'), submittedAt: state === 'todo' ? null : new Date('2025-07-01T00:00:00Z'),
    returnReason: state === 'returned' ? '请补充完成投资额' : null, returnCount: state === 'returned' ? 1 : 0, version: 1,
  });
  const paceOf = (states: ItemFacts['state'][]) => buildRoundSummary({
    round, asOf: '2025-07-05', targets: [], keyTasks: [task], narratives: [],
    items: states.map((state, index) => itemOf(index + 1, index + 1, index === 0 ? 'lead' : 'co', state)),
  }).groups.keyTasks[0]!.pace;

  it.each<[string, ItemFacts['state'][], string]>([
    ['nothing submitted', ['todo', 'acknowledged'], '待填报'],
    ['only a returned submission', ['returned', 'todo'], '待填报'],
    ['the lead unit submitted', ['submitted', 'todo'], '待研判'],
    ['a co-unit\'s part accepted', ['todo', 'accepted'], '待研判'],
  ])('%s → %s, pending either way', (_name, states, label) => {
    const pace = paceOf(states);
    expect(pace.code).toBe('pending');
    expect(pace.label.zh).toBe(label);
  });
});
