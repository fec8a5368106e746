import { describe, expect, it } from 'vitest';
import { daysUntil, dueReminders, kindFor, type RoundForReminders } from './schedule';

describe('daysUntil: whole Beijing calendar days to the due day', () => {
  it.each([
    ['2025-07-06T15:59:59Z', 4], // 23:59 on 6 July in Beijing
    ['2025-07-06T16:00:00Z', 3], // 00:00 on 7 July in Beijing
    ['2025-07-10T00:00:00Z', 0],
    ['2025-07-10T15:59:59Z', 0],
    ['2025-07-10T16:00:00Z', -1],
    ['2025-08-01T04:00:00Z', -22],
  ])('at %s → %i', (now, days) => {
    expect(daysUntil('2025-07-10', new Date(now))).toBe(days);
  });
});

describe('kindFor', () => {
  it.each([[4, null], [3, 'due_soon'], [1, 'due_soon'], [0, 'due_soon'], [-1, 'overdue'], [-30, 'overdue']] as const)('%i days left → %s', (days, kind) => {
    expect(kindFor(days)).toBe(kind);
  });
});

describe('dueReminders', () => {
  const round = (overrides: Partial<RoundForReminders> = {}): RoundForReminders => ({
    roundId: 7, dueDate: '2025-07-10', closed: false, units: [{ unitId: 1, openItems: 2 }, { unitId: 2, openItems: 0 }, { unitId: 3, openItems: 1 }], ...overrides,
  });

  it('names each unit with open items, once per round and kind', () => {
    expect(dueReminders([round()], new Date('2025-07-08T02:00:00Z'))).toEqual([
      { roundId: 7, unitId: 1, kind: 'due_soon', daysLeft: 2 },
      { roundId: 7, unitId: 3, kind: 'due_soon', daysLeft: 2 },
    ]);
    expect(dueReminders([round()], new Date('2025-07-12T02:00:00Z'))).toEqual([
      { roundId: 7, unitId: 1, kind: 'overdue', daysLeft: -2 },
      { roundId: 7, unitId: 3, kind: 'overdue', daysLeft: -2 },
    ]);
  });

  it('asks nothing of a round not yet due soon, a closed round, or units with nothing open', () => {
    expect(dueReminders([round()], new Date('2025-07-06T02:00:00Z'))).toEqual([]);
    expect(dueReminders([round({ closed: true })], new Date('2025-07-12T02:00:00Z'))).toEqual([]);
    expect(dueReminders([round({ units: [{ unitId: 1, openItems: 0 }] })], new Date('2025-07-12T02:00:00Z'))).toEqual([]);
  });
});
