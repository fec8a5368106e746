import { describe, expect, it } from 'vitest';
import { figurePeriodLabel } from './period-label';

describe('figurePeriodLabel', () => {
  it.each([
    [12, '全年', 'Full year'],
    [1, '1月累计', 'Jan, cumulative'],
    [3, '一季度（1—3月）累计', 'Q1 (Jan–Mar), cumulative'],
    [5, '1—5月累计', 'Jan–May, cumulative'],
    [6, '上半年（1—6月）累计', 'H1 (Jan–Jun), cumulative'],
    [9, '前三季度（1—9月）累计', 'Q1–Q3 (Jan–Sep), cumulative'],
    [11, '1—11月累计', 'Jan–Nov, cumulative'],
  ])('%i months reads %s / %s', (months, zh, en) => {
    expect(figurePeriodLabel(months)).toEqual({ zh, en });
  });
});
