// Parses a number typed by staff or copied from a report into an exact decimal
// string. Refusals are values, not exceptions: forms show the message next to the
// field, and the report extractor skips the figure.
//
// Limits: at most 6 decimal places and at most 14 integer digits (so at most 20
// significant digits), i.e. every accepted value fits a NUMERIC(20, 6) column.
// The largest district figure in yuan (GDP in 元, ~1e11) is far below 1e14.
import Decimal from 'decimal.js';
import { normalizeWidth } from '@/lib/text/normalize-width';

/**
 * The one decimal constructor of the domain modules. A clone, so that no global
 * decimal.js setting leaks in or out; 40 digits keeps products of two accepted
 * values (and unit factors up to 1e8) exact; half-up is how reports round.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type ExactDecimal = Decimal;

export const MAX_FRACTION_DIGITS = 6;
export const MAX_INTEGER_DIGITS = 14;
export const MAX_SIGNIFICANT_DIGITS = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS;

export type DecimalErrorCode =
  | 'empty'
  | 'chinese_numeral'
  | 'exponent'
  | 'not_a_number'
  | 'too_many_digits'
  | 'out_of_range';

export type ParseDecimalResult =
  | { ok: true; value: string; percent: boolean }
  | { ok: false; code: DecimalErrorCode };

export const DECIMAL_ERROR_MESSAGES: Record<DecimalErrorCode, { zh: string; en: string }> = {
  empty: { zh: '请填写数值。', en: 'Enter a number.' },
  chinese_numeral: {
    zh: '请用阿拉伯数字填写（如 6.5），不识别中文数字。',
    en: 'Write the number in digits (e.g. 6.5); Chinese numerals are not read.',
  },
  exponent: {
    zh: '请直接写出数字，不要用科学计数法。',
    en: 'Write the number out in full, without exponent notation.',
  },
  not_a_number: {
    zh: '无法识别为数字，请只填写数字（单位另填）。',
    en: 'Not a number; enter digits only (the unit goes in its own field).',
  },
  too_many_digits: {
    zh: `数字位数过多：最多 ${MAX_SIGNIFICANT_DIGITS} 位有效数字、${MAX_FRACTION_DIGITS} 位小数。`,
    en: `Too many digits: at most ${MAX_SIGNIFICANT_DIGITS} significant digits and ${MAX_FRACTION_DIGITS} decimal places.`,
  },
  out_of_range: {
    zh: `数值超出范围：整数部分最多 ${MAX_INTEGER_DIGITS} 位。`,
    en: `Number out of range: at most ${MAX_INTEGER_DIGITS} digits before the decimal point.`,
  },
};

const CHINESE_NUMERAL = /[零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟点]/;
// Minus signs seen in reports and spreadsheets: ASCII, U+2212, en dash (Word
// autocorrect); full-width － is already ASCII after normalizeWidth.
const SIGN = /^([+\-\u2212\u2013])/;
// Either plain digits or correctly grouped thousands ("13,900", not "1,39").
const NUMBER = /^(?:(\d{1,3}(?:,\d{3})+)|(\d+))(?:\.(\d+))?(%?)$/;

export function parseDecimal(input: string): ParseDecimalResult {
  const text = normalizeWidth(input ?? '').trim();
  if (text === '') return { ok: false, code: 'empty' };

  let sign = '';
  let body = text;
  const signMatch = SIGN.exec(body);
  if (signMatch) {
    sign = signMatch[1] === '+' ? '' : '-';
    body = body.slice(1).trimStart();
  }

  if (/^(infinity|inf|∞)%?$/i.test(body)) return { ok: false, code: 'out_of_range' };
  if (/^\d+(\.\d+)?e[+-]?\d+%?$/i.test(body)) return { ok: false, code: 'exponent' };

  const match = NUMBER.exec(body);
  if (!match) {
    const hasDigit = /\d/.test(body);
    return { ok: false, code: !hasDigit && CHINESE_NUMERAL.test(body) ? 'chinese_numeral' : 'not_a_number' };
  }

  const integerDigits = (match[1] ?? match[2] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fractionDigits = (match[3] ?? '').replace(/0+$/, '');
  const significantInteger = integerDigits === '0' ? 0 : integerDigits.length;
  if (fractionDigits.length > MAX_FRACTION_DIGITS) return { ok: false, code: 'too_many_digits' };
  if (significantInteger + fractionDigits.length > MAX_SIGNIFICANT_DIGITS) {
    return { ok: false, code: 'too_many_digits' };
  }
  if (significantInteger > MAX_INTEGER_DIGITS) return { ok: false, code: 'out_of_range' };

  const plain = fractionDigits === '' ? integerDigits : `${integerDigits}.${fractionDigits}`;
  // toFixed() gives plain notation and turns "-0" into "0".
  const value = new Exact(`${sign}${plain}`).toFixed();
  return { ok: true, value, percent: match[4] === '%' };
}

/** Reads a decimal string that came from the database or parseDecimal; null if it is not one. */
export function toExact(value: string | null | undefined): ExactDecimal | null {
  if (value === null || value === undefined) return null;
  const known = readValues.get(value);
  if (known !== undefined) return known;
  const decimal = readExact(value);
  if (readValues.size >= READ_VALUES_MAX) readValues.clear();
  readValues.set(value, decimal);
  return decimal;
}

// An export decides ~43k verdicts in a row and prints their figures again in the
// explanations: the same few thousand strings were parsed over and over (~6% of a national
// CSV's CPU). A decimal is immutable (its methods return new ones), so one read can be handed
// out again. Bounded: emptied when full.
const readValues = new Map<string, ExactDecimal | null>();
const READ_VALUES_MAX = 20_000;

function readExact(value: string): ExactDecimal | null {
  if (value.trim() === '') return null;
  try {
    const decimal = new Exact(value.trim());
    return decimal.isFinite() ? decimal : null;
  } catch {
    return null;
  }
}
