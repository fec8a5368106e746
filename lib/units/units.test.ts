import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { Exact } from '@/lib/numbers/parse-decimal';
import {
  DIMENSIONS,
  UNITS,
  baseUnitOf,
  convert,
  convertExact,
  matchUnitPrefix,
  parseUnit,
  sameDimension,
  toBase,
  unitBySymbol,
  type Unit,
} from './units';

function unit(symbol: string): Unit {
  const found = unitBySymbol(symbol);
  if (!found) throw new Error(`test setup: no unit ${symbol}`);
  return found;
}

describe('parseUnit', () => {
  it.each([
    ['%', '%'],
    ['％', '%'],
    [' 万人 ', '万人'],
    ['万 人', '万人'],
    ['亿元', '亿元'],
    ['亿元人民币', '亿元'],
    ['万美元', '万美元'],
    ['人次', '人次'],
    ['户', '户'],
    ['USD', '美元'],
  ])('%j → %s', (input, symbol) => {
    expect(parseUnit(input)).toEqual({ ok: true, unit: unit(symbol) });
  });

  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    [null, 'empty'],
    ['万', 'unknown_unit'],
    ['千瓦时', 'unknown_unit'],
    ['个百分点', 'unknown_unit'],
    ['kg', 'unknown_unit'],
  ])('%j → %s', (input, code) => {
    expect(parseUnit(input)).toEqual({ ok: false, code });
  });

  it('knows every level unit of the indicator catalogue', () => {
    for (const indicator of INDICATORS) {
      if (indicator.levelUnit !== null) expect(parseUnit(indicator.levelUnit).ok, indicator.key).toBe(true);
    }
  });
});

describe('toBase', () => {
  it.each([
    ['1.39', '万人', '13900', '人'],
    ['4500', '人', '4500', '人'],
    ['359.82', '亿元', '35982000000', '元'],
    ['3598200', '万元', '35982000000', '元'],
    ['90', '万亩', '900000', '亩'],
    ['36.3', '万吨', '363000', '吨'],
    ['1102.76', '万人次', '11027600', '人次'],
    ['0.000001', '亿美元', '100', '美元'],
    ['6.5', '%', '6.5', '%'],
    ['-35.8', '%', '-35.8', '%'],
  ])('%s %s → %s %s', (value, from, expected, base) => {
    expect(toBase(value, unit(from))).toEqual({ value: expected, unit: unit(base) });
  });

  it('has a factor-1 base unit in every dimension', () => {
    for (const dimension of DIMENSIONS) {
      const units = UNITS.filter((candidate) => candidate.dimension === dimension);
      expect(units.length, dimension).toBeGreaterThan(0);
      for (const member of units) expect(baseUnitOf(member).factor).toBe('1');
    }
  });
});

describe('sameDimension and convert', () => {
  it.each([
    ['万人', '人', true],
    ['亿元', '万元', true],
    ['亿元', '亿美元', false],
    ['户', '人', false],
    ['个', '家', false],
    ['家', '户', false],
    ['人次', '人', false],
    ['%', '元', false],
  ])('%s vs %s → %s', (a, b, same) => {
    expect(sameDimension(unit(a), unit(b))).toBe(same);
  });

  it.each([
    ['3598200', '万元', '亿元', '359.82'],
    ['1.39', '万人', '人', '13900'],
    ['12345.678', '万元', '亿元', '1.2345678'],
    ['4500', '人', '万人', '0.45'],
  ])('%s %s → %s %s', (value, from, to, expected) => {
    expect(convert(value, unit(from), unit(to))).toBe(expected);
  });

  it('refuses to convert across dimensions', () => {
    expect(convert('1', unit('户'), unit('人'))).toBeNull();
  });

  it('gives within the same factor what ×1 ÷1 gives, digits and sign (it skips them within the precision)', () => {
    for (const value of ['6.5', '-0', '-1.25', '0.000001', '12345678901234.123456', '123456789012345678901234567890.123456789012345']) {
      const decimal = new Exact(value);
      for (const [from, to] of [['%', '%'], ['元', '美元'], ['人', '人次']] as const) {
        const expected = decimal.times(unit(from).factor).dividedBy(unit(to).factor);
        const converted = convertExact(decimal, unit(from), unit(to));
        if (!sameDimension(unit(from), unit(to))) expect(converted).toBeNull();
        else expect([converted?.toFixed(), converted?.isNegative()]).toEqual([expected.toFixed(), expected.isNegative()]);
      }
    }
  });
});

describe('parseUnit, read again', () => {
  it('answers a text it has read as it did the first time, also after more texts than it keeps', () => {
    const first = ['%', ' 万人 ', '千瓦时', '', '亿元人民币'].map((text) => parseUnit(text));
    for (let index = 0; index < 1_200; index += 1) parseUnit(`单位${index}`);
    expect(['%', ' 万人 ', '千瓦时', '', '亿元人民币'].map((text) => parseUnit(text))).toEqual(first);
  });
});

describe('matchUnitPrefix', () => {
  it.each([
    ['人以上', '人'],
    ['人次以上', '人次'],
    ['万人次', '万人次'],
    ['万亩左右', '万亩'],
    ['%左右', '%'],
  ])('%j starts with %s', (text, symbol) => {
    expect(matchUnitPrefix(text)?.symbol).toBe(symbol);
  });

  it('finds nothing in 以上', () => {
    expect(matchUnitPrefix('以上')).toBeUndefined();
  });
});

describe('斤 and 公顷', () => {
  it('converts jin to tonnes exactly and both ways', () => {
    expect(convert('3.6', unitBySymbol('亿斤')!, unitBySymbol('万吨')!)).toBe('18');
    expect(convert('18', unitBySymbol('万吨')!, unitBySymbol('亿斤')!)).toBe('3.6');
    expect(convert('1', unitBySymbol('吨')!, unitBySymbol('斤')!)).toBe('2000');
  });
  it('keeps hectares apart from mu (no inexact 1/15 conversion)', () => {
    expect(convert('3.2', unitBySymbol('万公顷')!, unitBySymbol('公顷')!)).toBe('32000');
    expect(convert('1', unitBySymbol('公顷')!, unitBySymbol('亩')!)).toBeNull();
    expect(convert('28.6', unitBySymbol('千公顷')!, unitBySymbol('万公顷')!)).toBe('2.86');
    expect(convert('1', unitBySymbol('千公顷')!, unitBySymbol('亩')!)).toBeNull();
  });
});
