import { describe, expect, it } from 'vitest';
import { DECIMAL_ERROR_MESSAGES, parseDecimal, toExact, type DecimalErrorCode } from './parse-decimal';

describe('parseDecimal accepts', () => {
  it.each([
    ['6.5', '6.5', false],
    ['６．５', '6.5', false],
    ['6.5%', '6.5', true],
    ['６．５％', '6.5', true],
    ['  7  ', '7', false],
    ['13,900', '13900', false],
    ['１３，９００', '13900', false],
    ['1,234,567.25', '1234567.25', false],
    ['+7', '7', false],
    ['-35.8', '-35.8', false],
    ['−35.8', '-35.8', false], // U+2212
    ['－35.8', '-35.8', false], // full-width
    ['- 2', '-2', false],
    ['2〇24', '2024', false],
    ['007', '7', false],
    ['-0', '0', false],
    ['0.000001', '0.000001', false],
    ['6.5000000', '6.5', false], // trailing zeros do not count as decimals
    ['359.82', '359.82', false],
    ['99999999999999.999999', '99999999999999.999999', false], // the largest accepted
  ])('%j → %s', (input, value, percent) => {
    expect(parseDecimal(input)).toEqual({ ok: true, value, percent });
  });
});

describe('parseDecimal refuses', () => {
  it.each<[string, DecimalErrorCode]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    ['六点五', 'chinese_numeral'],
    ['二〇二四', 'chinese_numeral'],
    ['一万三千九百', 'chinese_numeral'],
    ['6.5%%', 'not_a_number'],
    ['%6.5', 'not_a_number'],
    ['1.39万', 'not_a_number'],
    ['6.5亿元', 'not_a_number'],
    ['1,39', 'not_a_number'],
    ['13,90,0', 'not_a_number'],
    ['6..5', 'not_a_number'],
    ['.5', 'not_a_number'],
    ['--5', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['abc', 'not_a_number'],
    ['1e309', 'exponent'],
    ['1E5', 'exponent'],
    ['6.5e-3', 'exponent'],
    ['Infinity', 'out_of_range'],
    ['-Infinity', 'out_of_range'],
    ['∞', 'out_of_range'],
    ['1'.repeat(50), 'too_many_digits'],
    ['0.0000001', 'too_many_digits'],
    ['1.1234567', 'too_many_digits'],
    ['1'.repeat(15), 'out_of_range'],
    ['100000000000000', 'out_of_range'],
  ])('%j → %s', (input, code) => {
    expect(parseDecimal(input)).toEqual({ ok: false, code });
  });

  it('never throws, whatever the input', () => {
    for (const input of ['\0', '🙂', '1'.repeat(10_000), '1.'.repeat(100), undefined as unknown as string]) {
      expect(() => parseDecimal(input)).not.toThrow();
    }
  });

  it('has a Chinese and an English message for every code', () => {
    for (const message of Object.values(DECIMAL_ERROR_MESSAGES)) {
      expect(message.zh.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
    }
  });
});

describe('toExact', () => {
  it.each([
    ['6.5', '6.5'],
    [' -1.5 ', '-1.5'],
    ['1e-7', '1e-7'], // Prisma may print tiny decimals this way
  ])('%j reads as %s', (input, expected) => {
    expect(toExact(input)?.toString()).toBe(expected);
  });

  it.each([null, undefined, '', 'abc', 'NaN', 'Infinity'])('%j is null', (input) => {
    expect(toExact(input)).toBeNull();
  });

  it('hands out a value read before, and what is done with it leaves it as read', () => {
    const first = toExact('6.25')!;
    // What the verdict rules and explanations do with a figure: none of it changes the decimal.
    first.times(100).plus(1).minus(2).dividedBy(3).abs().toFixed(1);
    first.toDecimalPlaces(1);
    first.round();
    expect(toExact('6.25')).toBe(first);
    expect(first.toFixed()).toBe('6.25');
    expect(toExact('abc')).toBeNull();
    expect(toExact('abc')).toBeNull();
  });

  it('reads every value alike when more values are read than it keeps', () => {
    for (let n = 0; n < 45_000; n += 1) expect(toExact(`${n}.5`)?.toFixed()).toBe(`${n}.5`);
    expect(toExact('0.5')?.toFixed()).toBe('0.5');
  });
});
