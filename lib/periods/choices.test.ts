import { describe, expect, it } from 'vitest';
import { parsePeriodParam, periodChoices, periodLabel } from './choices';

describe('period choices', () => {
  it('offers the year first, then 1—N月 with the quarters named', () => {
    const choices = periodChoices();
    expect(choices.map((choice) => choice.months)).toEqual([12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(periodLabel(12)).toEqual({ zh: '年度', en: 'Full year' });
    expect(periodLabel(1)).toEqual({ zh: '1月', en: 'Jan' });
    expect(periodLabel(3)).toEqual({ zh: '一季度（1—3月）', en: 'Q1 (Jan–Mar)' });
    expect(periodLabel(6)).toEqual({ zh: '上半年（1—6月）', en: 'H1 (Jan–Jun)' });
    expect(periodLabel(9)).toEqual({ zh: '前三季度（1—9月）', en: 'Q1–Q3 (Jan–Sep)' });
    expect(periodLabel(11)).toEqual({ zh: '1—11月', en: 'Jan–Nov' });
  });

  it.each([
    ['6', 6], ['11', 11], ['1', 1], ['12', null], ['0', null], ['13', null], ['6.5', null], ['-1', null], ['', null], [undefined, null], [['3', '6'], 3], ['9'.repeat(400), null],
  ] as const)('reads ?period=%s as %s', (value, expected) => {
    expect(parsePeriodParam(value as string | string[] | undefined)).toBe(expected);
  });
});
