// beijingTime formats each distinct time a file's rows repeat once (a small cache, emptied
// when full); what it writes must be what it wrote without the cache, for strings and Dates.
import { describe, expect, it } from 'vitest';
import { beijingTime } from './columns';

const uncached = (ms: number) => {
  const shifted = new Date(ms + 8 * 60 * 60 * 1000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}+08:00`;
};

describe('beijingTime', () => {
  it('writes Beijing time with its offset, the same for a time read again, after the cache was emptied, and for its Date', () => {
    expect(beijingTime('2026-01-05T03:25:03.057Z')).toBe('2026-01-05 11:25:03+08:00');
    expect(beijingTime('2025-12-31T16:00:00.000Z')).toBe('2026-01-01 00:00:00+08:00');
    const start = Date.UTC(2024, 0, 1);
    // More distinct times than the cache keeps, each read twice, then the first ones again.
    const times = Array.from({ length: 12_000 }, (_, index) => new Date(start + index * 61_001).toISOString());
    for (const time of [...times, ...times, ...times.slice(0, 100)]) {
      expect(beijingTime(time)).toBe(uncached(Date.parse(time)));
      expect(beijingTime(new Date(time))).toBe(uncached(Date.parse(time)));
    }
  });
});
