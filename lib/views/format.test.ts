import { describe, expect, it } from 'vitest';
import { chartNumber, formatDate, formatDecimal, formatQuantity, formatShare, formatUnit } from './format';
import { parseId, parseYear } from './params';

describe('formatDecimal', () => {
  it.each([
    { locale: 'zh', value: '6.5', expected: '6.5' },
    { locale: 'en', value: '6129', expected: '6,129' },
    { locale: 'zh', value: '359.820000', expected: '359.82' },
    { locale: 'en', value: '-35.8', expected: '-35.8' },
    { locale: 'zh', value: null, expected: '—' },
    { locale: 'en', value: 'abc', expected: 'abc' },
  ] as const)('$locale $value', ({ locale, value, expected }) => {
    expect(formatDecimal(locale, value)).toBe(expected);
  });

  it('prints a remembered value as the first time, in its own locale, past the bound too', () => {
    for (let n = 0; n < 9000; n += 1) {
      const value = `${n * 37}.${n % 100}`;
      const fresh = new Intl.NumberFormat('en', { minimumFractionDigits: 0, maximumFractionDigits: 4 }).format(Number(value));
      expect(formatDecimal('en', value)).toBe(fresh);
      expect(formatDecimal('en', value)).toBe(fresh);
    }
    expect(formatDecimal('en', '12345.5')).toBe('12,345.5');
    expect(formatDecimal('zh', '12345.5')).toBe('12,345.5');
    expect(formatDecimal('en', '1.50')).toBe('1.5');
  });
});

describe('formatShare and formatDate', () => {
  it('formats shares for the locale and a dash when nothing is decided', () => {
    expect(formatShare('en', 0.5)).toBe('50%');
    expect(formatShare('zh', 2 / 3)).toBe('66.7%');
    expect(formatShare('zh', null)).toBe('—');
  });

  it('prints dates in China time whatever the server zone', () => {
    // 2024-01-04T20:00Z is already 5 January in Beijing (the test zone is Asia/Kathmandu).
    expect(formatDate('zh', new Date('2024-01-04T20:00:00Z'))).toBe('2024年1月5日');
    expect(formatDate('en', new Date('2024-01-04T20:00:00Z'))).toBe('Jan 5, 2024');
  });
});

describe('query parameters', () => {
  it.each([
    { raw: '2025', year: 2025 }, { raw: '25', year: undefined }, { raw: '2025x', year: undefined }, { raw: undefined, year: undefined },
  ])('year $raw', ({ raw, year }) => expect(parseYear(raw)).toBe(year));

  it.each([
    { raw: '12', id: 12 }, { raw: '0', id: null }, { raw: '-1', id: null }, { raw: '1e3', id: null }, { raw: '9999999999', id: null },
  ])('id $raw', ({ raw, id }) => expect(parseId(raw)).toBe(id));

  it('charts get numbers, not strings', () => {
    expect(chartNumber('6.5')).toBe(6.5);
    expect(chartNumber(null)).toBeNull();
  });
});

describe('formatUnit / formatQuantity', () => {
  it('keeps Chinese units on Chinese pages and words them on English ones', () => {
    expect(formatQuantity('zh', '1.35', '万人')).toBe('1.35万人');
    expect(formatQuantity('en', '1.35', '万人')).toBe('13,500 people');
    expect(formatQuantity('en', '359.82', '亿元')).toBe('35.982 bn yuan');
    expect(formatQuantity('en', '7.2', '%')).toBe('7.2%');
    expect(formatUnit('en', '亿元')).toBe('100m yuan');
    expect(formatUnit('en', '台')).toBe('台');
    expect(formatUnit('en', null)).toBe('');
  });
});
