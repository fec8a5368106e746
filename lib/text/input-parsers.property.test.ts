// Property-based tests: every parser of user input, fed random and hostile text,
// answers with a value (never throws), and what it accepts round-trips exactly.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
import { ImportFileError, parseImportFile } from '@/lib/import/parse-file';
import { Exact, MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, parseDecimal } from '@/lib/numbers/parse-decimal';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { parseIsoDate } from '@/lib/text/parse-date';
import { storableInput, storableText } from '@/lib/text/sanitize-input';
import { parseUnit, UNITS } from '@/lib/units/units';

const RUNS = { numRuns: 500 };
// Text a person or a spreadsheet could produce: any Unicode, plus the characters parsers look for.
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...'0123456789.,%-+−–eE 　０１２３４５６７８９．％，万亿元人左右以上以内下降—~到至点六五十百分之\u0000\uD800'.split('')) }),
);

describe('parseDecimal', () => {
  it.each([
    ['６.５', '6.5'], ['－3.2', '-3.2'], ['13,900', '13900'], ['0.000001', '0.000001'], ['-0', '0'],
  ])('%s → %s', (input, value) => {
    expect(parseDecimal(input)).toMatchObject({ ok: true, value });
  });
  it.each([
    ['六点五', 'chinese_numeral'], ['6.5%%', 'not_a_number'], ['1e309', 'exponent'], ['', 'empty'], ['   ', 'empty'],
    ['1'.repeat(50), 'too_many_digits'], ['1'.repeat(15), 'out_of_range'], ['Infinity', 'out_of_range'], ['NaN', 'not_a_number'],
    ['0x10', 'not_a_number'], ['1,39', 'not_a_number'], ['6.5.1', 'not_a_number'], ['<script>', 'not_a_number'],
  ])('%s is refused (%s)', (input, code) => {
    expect(parseDecimal(input)).toEqual({ ok: false, code });
  });

  it('never throws on any text, and what it accepts is a plain decimal within limits', () => {
    fc.assert(fc.property(hostile, (text) => {
      const result = parseDecimal(text);
      if (!result.ok) return;
      expect(result.value).toMatch(/^-?\d+(\.\d+)?$/);
      const [integer, fraction = ''] = result.value.replace('-', '').split('.');
      expect(fraction.length).toBeLessThanOrEqual(MAX_FRACTION_DIGITS);
      expect(integer!.replace(/^0$/, '').length).toBeLessThanOrEqual(MAX_INTEGER_DIGITS);
    }), RUNS);
  });

  it('round-trips every accepted decimal exactly, in ASCII and full width, with grouping and %', () => {
    const decimal = fc.record({
      negative: fc.boolean(),
      integer: fc.bigInt({ min: 0n, max: 10n ** BigInt(MAX_INTEGER_DIGITS) - 1n }),
      fraction: fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), maxLength: MAX_FRACTION_DIGITS }),
      percent: fc.boolean(), fullWidth: fc.boolean(), grouped: fc.boolean(),
    });
    fc.assert(fc.property(decimal, ({ negative, integer, fraction, percent, fullWidth, grouped }) => {
      const digits = grouped ? integer.toLocaleString('en-US') : integer.toString();
      let text = `${negative ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}${percent ? '%' : ''}`;
      if (fullWidth) text = text.replace(/[0-9.%,\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      const result = parseDecimal(text);
      expect(result.ok, text).toBe(true);
      if (!result.ok) return;
      const expected = new Exact(`${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`);
      expect(new Exact(result.value).equals(expected), text).toBe(true);
      expect(result.percent).toBe(percent);
      // Parsing the canonical output again gives the same value.
      expect(parseDecimal(result.value)).toMatchObject({ ok: true, value: result.value });
    }), RUNS);
  });
});

describe('parseUnit', () => {
  it('never throws; accepts exactly the catalogue (width and spaces aside)', () => {
    fc.assert(fc.property(hostile, (text) => {
      const result = parseUnit(text);
      if (result.ok) expect(UNITS).toContain(result.unit);
    }), RUNS);
    for (const unit of UNITS) expect(parseUnit(` ${unit.symbol} `)).toEqual({ ok: true, unit });
    expect(parseUnit('万 元')).toMatchObject({ ok: true, unit: { symbol: '万元' } });
    expect(parseUnit('<img src=x onerror=alert(1)>')).toEqual({ ok: false, code: 'unknown_unit' });
  });
});

describe('parseAsWritten', () => {
  it('never throws on any text, with or without a measure hint', () => {
    fc.assert(fc.property(hostile, fc.constantFrom(undefined, 'growth', 'level'), (text, measureHint) => {
      const result = parseAsWritten(text, measureHint ? { measureHint: measureHint as never } : {});
      expect(typeof result.ok).toBe('boolean');
    }), RUNS);
  });
  it('reads a well-formed target back as the figure written', () => {
    const target = fc.record({
      value: fc.integer({ min: 1, max: 999 }), tenths: fc.integer({ min: 0, max: 9 }),
      suffix: fc.constantFrom('左右', '以上', '以内', ''),
    });
    fc.assert(fc.property(target, ({ value, tenths, suffix }) => {
      const figure = tenths ? `${value}.${tenths}` : String(value);
      const result = parseAsWritten(`增长${figure}%${suffix}`, { measureHint: 'growth' });
      expect(result.ok, `${figure}${suffix}`).toBe(true);
      if (result.ok) expect(JSON.stringify(result)).toContain(figure);
    }), { numRuns: 200 });
  });
});

describe('parseIsoDate (dates typed into forms)', () => {
  it.each(['2023-02-31', '2024-02-30', '2024-13-01', '2024-00-10', '2024-1-1', '2024', '0999-01-01', '99999-01-01', '2024-01-01T00:00', ' ', ''])('%s is refused', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
  it('never throws; accepts exactly real calendar days, which round-trip', () => {
    fc.assert(fc.property(hostile, (text) => {
      const date = parseIsoDate(text);
      if (date) expect(date.toISOString().slice(0, 10)).toBe(text.trim());
    }), RUNS);
    fc.assert(fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      const day = date.toISOString().slice(0, 10);
      expect(parseIsoDate(day)?.toISOString().slice(0, 10)).toBe(day);
    }), RUNS);
  });
});

describe('storable text (NUL and lone surrogates never reach PostgreSQL)', () => {
  it('removes exactly the unstorable code points, deeply', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const clean = storableText(text);
      expect(clean).not.toContain('\u0000');
      expect(() => encodeURIComponent(clean)).not.toThrow(); // throws on lone surrogates
      expect(storableText(clean)).toBe(clean);
    }), RUNS);
    expect(storableInput({ a: 'x\u0000y', b: ['\uD800z'], c: 3 })).toEqual({ a: 'xy', b: ['z'], c: 3 });
    expect(storableText('增长6.5%😀')).toBe('增长6.5%😀');
  });
});

describe('import file parsing', () => {
  const header = 'district_code,indicator_key,year,value,unit,quote';
  it('random bytes as .csv or .xlsx: rows or a refusal with a reason, never anything else', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('x.csv', 'x.xlsx', 'x.txt'), async (bytes, name) => {
      try {
        const rows = await parseImportFile(name, bytes);
        expect(Array.isArray(rows)).toBe(true);
      } catch (error) {
        // A library's own exception would reach the user as "unexpected error".
        expect(error).toBeInstanceOf(ImportFileError);
      }
    }), { numRuns: 200 });
  });
  it('any cell text survives a CSV round trip, minus NUL and outer spaces', async () => {
    const cell = fc.string({ unit: 'binary', maxLength: 40 });
    await fc.assert(fc.asyncProperty(fc.array(cell, { minLength: 6, maxLength: 6 }), async (cells) => {
      const quoted = cells.map((text) => `"${text.replace(/"/g, '""')}"`).join(',');
      const rows = await parseImportFile('x.csv', new TextEncoder().encode(`${header}\n${quoted}\n`));
      const expected = cells.map((text) => storableText(new TextDecoder().decode(new TextEncoder().encode(text))).trim());
      if (expected.every((text) => text === '')) return expect(rows).toEqual([]);
      expect(rows[0]?.cells.quote).toBe(expected[5]);
      expect(rows[0]?.cells.district_code).toBe(expected[0]);
    }), { numRuns: 200 });
  });
});

describe('extractProposals', () => {
  function expectValidOffsets(text: string) {
    const result = extractProposals(text, { indicators: INDICATORS });
    for (const item of [...result.targets, ...result.outcomes, ...result.flags]) {
      expect(item.start).toBeGreaterThanOrEqual(0);
      expect(item.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(item.start, item.end)).toBe(item.quote);
    }
    return result;
  }
  const report = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'prisma', 'seed', 'reports', fs.readdirSync(path.join(import.meta.dirname, '..', '..', 'prisma', 'seed', 'reports')).find((name) => name.endsWith('.txt'))!), 'utf8');

  it('random Unicode and binary-ish text: no throw, every quote is text.slice(start, end)', () => {
    fc.assert(fc.property(hostile, (text) => { expectValidOffsets(text); }), { numRuns: 300 });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => { expectValidOffsets(new TextDecoder('latin1').decode(bytes)); }), { numRuns: 100 });
  });

  it('a real report with random text spliced in keeps valid offsets', () => {
    fc.assert(fc.property(fc.nat({ max: report.length }), fc.string({ unit: 'binary', maxLength: 50 }), (at, noise) => {
      expectValidOffsets(`${report.slice(0, at)}${noise}${report.slice(at)}`);
    }), { numRuns: 30 });
  });

  it('10 MB of text finishes in bounded time', () => {
    const big = report.repeat(Math.ceil(10_000_000 / report.length)).slice(0, 10_000_000);
    const started = Date.now();
    expectValidOffsets(big);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 60_000);
});
