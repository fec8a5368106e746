import { describe, expect, it } from 'vitest';
import { beijingDate, daysBetween, deadline, submittedOnTime } from './deadline';
import { roundItemLight, type LightInput } from './light';

const DUE = '2025-07-10';
type Pace = NonNullable<LightInput['pace']>;
const explanation = { zh: '说明', en: 'explanation' };
const pace = (code: Pace['code'], extra: Partial<Pace> = {}): Pace => ({ code, basis: null, share: null, explanation, ...extra });

describe('deadline', () => {
  it.each<[string, string, boolean, number, number]>([
    ['due in 3 days', '2025-07-07', true, 3, 0],
    ['due in 4 days', '2025-07-06', true, 4, 0],
    ['due today', '2025-07-10', true, 0, 0],
    ['1 day late', '2025-07-11', true, -1, 1],
    ['21 days late (across a month)', '2025-07-31', true, -21, 21],
    ['late but submitted: not overdue', '2025-07-20', false, -10, 0],
  ])('%s', (_name, today, open, daysLeft, overdueDays) => {
    expect(deadline(DUE, today, open)).toEqual({ daysLeft, overdueDays });
  });

  it('counts Beijing calendar days: 23:59 Beijing on the due date is on time, 00:00 the next day is late', () => {
    expect(beijingDate(new Date('2025-07-10T15:59:59Z'))).toBe('2025-07-10');
    expect(beijingDate(new Date('2025-07-10T16:00:00Z'))).toBe('2025-07-11');
    expect(submittedOnTime(new Date('2025-07-10T15:59:59Z'), DUE)).toBe(true);
    expect(submittedOnTime(new Date('2025-07-10T16:00:00Z'), DUE)).toBe(false);
    expect(submittedOnTime(null, DUE)).toBe(false);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('roundItemLight', () => {
  const open = (today: string, p: Pace | null = null): LightInput => ({ open: true, deadline: deadline(DUE, today, true), pace: p });
  const submitted = (today: string, p: Pace | null): LightInput => ({ open: false, deadline: deadline(DUE, today, false), pace: p });

  it.each<[string, LightInput, 'green' | 'yellow' | 'red', string]>([
    ['open, due in 4 days', open('2025-07-06'), 'green', '未到截止日期（还有 4 天）'],
    ['open, due in exactly 3 days', open('2025-07-07'), 'yellow', '距截止还有 3 天，尚未报送'],
    ['open, due in 1 day', open('2025-07-09'), 'yellow', '距截止还有 1 天，尚未报送'],
    ['open, due today', open('2025-07-10'), 'yellow', '今天截止，尚未报送'],
    ['open, 1 day late', open('2025-07-11'), 'red', '逾期 1 天未报送'],
    ['open and late outranks being on pace', open('2025-07-15', pace('on_pace')), 'red', '逾期 5 天未报送'],
    ['returned and 2 days late', open('2025-07-12', pace('behind_pace')), 'red', '逾期 2 天未报送'],
    ['submitted, behind pace', submitted('2025-07-01', pace('behind_pace')), 'red', '说明'],
    ['submitted, key task lagging', submitted('2025-07-01', pace('lagging')), 'red', '说明'],
    ['submitted late but on pace: lateness no longer counts', submitted('2025-07-20', pace('on_pace')), 'green', '说明'],
    ['submitted, done', submitted('2025-07-01', pace('done')), 'green', '说明'],
    ['submitted, on pace inside the tolerance (growth)', submitted('2025-07-01', pace('on_pace', { basis: { relation: 'below_within', threshold: '6.5', low: '6' } })), 'yellow', '在序时进度容差之内：说明'],
    ['submitted, on pace inside the tolerance (share 49.0% of 50.0%)', submitted('2025-07-01', pace('on_pace', { share: { completed: '49.0', elapsed: '50.0', needed: '1' } })), 'yellow', '在序时进度容差之内：说明'],
    ['submitted, share exactly on the line', submitted('2025-07-01', pace('on_pace', { share: { completed: '50.0', elapsed: '50.0', needed: '1' } })), 'green', '说明'],
    ['submitted, not comparable', submitted('2025-07-01', pace('not_comparable')), 'yellow', '说明'],
    ['submitted, awaiting judgment', submitted('2025-07-01', pace('pending')), 'green', '已报送，待审核研判'],
    ['open, behind pace on an earlier figure, 5 days left', open('2025-07-05', pace('behind_pace')), 'red', '说明'],
  ])('%s', (_name, input, color, zh) => {
    const light = roundItemLight(input);
    expect(light.color).toBe(color);
    expect(light.reason.zh).toBe(zh);
    expect(light.reason.en.length).toBeGreaterThan(0);
  });

  it('says it in English too', () => {
    expect(roundItemLight(open('2025-07-11')).reason.en).toBe('1 day overdue, not submitted');
    expect(roundItemLight(open('2025-07-10')).reason.en).toBe('Due today, not yet submitted');
    expect(roundItemLight(open('2025-07-07')).reason.en).toBe('Due in 3 days, not yet submitted');
  });
});
