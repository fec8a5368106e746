import { describe, expect, it } from 'vitest';
import { readInYearPeriod } from './read-in-year';

describe('readInYearPeriod: a part-year figure’s period as months from January', () => {
  it.each<[string, number]>([
    ['一季度', 3], ['第一季度', 3], ['1季度', 3], ['上半年', 6], ['前三季度', 9],
    ['1—11月', 11], ['1-9月', 9], ['1～5月', 5], ['1至8月', 8], ['１－１１月', 11], ['1—9月份', 9], ['1 — 11 月', 11],
    ['截至10月底', 10], ['截至10月', 10], ['截止到8月末', 8], ['截至十月底', 10],
    ['前10个月', 10], ['前三个月', 3], ['前11月', 11], ['10月末', 10],
    ['1月', 1], ['1月份', 1],
  ])('%s → 1—%i月', (text, months) => {
    expect(readInYearPeriod(text)).toEqual({ ok: true, months });
  });

  it.each<[string, string]>([
    // Not cumulative from January: never filed as 1—N月.
    ['二季度', 'not_cumulative'], ['第二季度', 'not_cumulative'], ['三季度', 'not_cumulative'], ['4季度', 'not_cumulative'],
    ['下半年', 'not_cumulative'], ['10月份', 'not_cumulative'], ['3月', 'not_cumulative'], ['3—5月', 'not_cumulative'], ['6-8月份', 'not_cumulative'],
    // The whole year is an annual figure, not in-year progress.
    ['1—12月', 'whole_year'], ['全年', 'whole_year'], ['截至12月底', 'whole_year'], ['前12个月', 'whole_year'],
    ['1—13月', 'unreadable'], ['截至13月底', 'unreadable'], ['前零个月', 'unreadable'], ['', 'unreadable'], ['近期', 'unreadable'],
  ])('%s is skipped: %s', (text, reason) => {
    expect(readInYearPeriod(text)).toEqual({ ok: false, reason });
  });
});
