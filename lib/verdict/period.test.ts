import { describe, expect, it } from 'vitest';
import { parsePeriod, periodName } from './period';

describe('parsePeriod', () => {
  it.each<[string, number | null]>([
    ['一季度', 3],
    ['第一季度', 3],
    ['上半年', 6],
    ['前三季度', 9],
    ['全年', 12],
    ['1-11月', 11],
    ['1—11月', 11],
    ['1～5月', 5],
    ['1至8月份', 8],
    ['１－１１月', 11],
    ['1月', 1],
    ['H1', 6],
    ['Q1', 3],
    ['1-12', 12],
    ['3月', null], // the month of March alone is not a cumulative period
    ['1-13月', null],
    ['1-0月', null],
    ['下半年', null],
    ['', null],
  ])('%s → %s', (text, months) => {
    expect(parsePeriod(text)?.months ?? null).toBe(months);
  });
});

describe('periodName', () => {
  it.each<[number, string, string]>([
    [1, '1月', 'Jan'],
    [3, '一季度', 'Q1'],
    [5, '1—5月', 'Jan–May'],
    [6, '上半年', 'H1'],
    [9, '前三季度', 'Q1–Q3'],
    [11, '1—11月', 'Jan–Nov'],
    [12, '全年', 'full year'],
  ])('%i months', (months, zh, en) => {
    expect(periodName({ months })).toEqual({ zh, en });
    expect(parsePeriod(zh)?.months).toBe(months);
  });
});
