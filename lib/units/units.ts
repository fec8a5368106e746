// The units reports use, grouped by dimension, with exact factors to one base unit
// per dimension. Two figures are comparable only within one dimension: 1.39万人
// and 4500人 are, 亿元 and 亿美元 are not (no exchange rate is guessed), and 户
// (households) is not 人 (people) nor 家 (firms), even though all are counts.
import { Exact, type ExactDecimal } from '@/lib/numbers/parse-decimal';
import { normalizeWidth } from '@/lib/text/normalize-width';

export const DIMENSIONS = [
  'percent',
  'money_cny',
  'money_usd',
  'people',
  'person_times',
  'area_mu',
  'area_ha',
  'mass',
  'count_ge',
  'count_jia',
  'count_hu',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Families only group dimensions for display (e.g. pickers); they never make units comparable. */
export type UnitFamily = 'percent' | 'money' | 'people' | 'area' | 'mass' | 'count';

export type Unit = {
  symbol: string;
  dimension: Dimension;
  family: UnitFamily;
  /** How many base units one of this unit is, as a decimal string ("10000" for 万人). */
  factor: string;
  /** Short English rendering for explanations ("10k people"). */
  en: string;
};

const W = '10000';
const Y = '100000000';

export const UNITS: readonly Unit[] = [
  { symbol: '%', dimension: 'percent', family: 'percent', factor: '1', en: '%' },
  { symbol: '元', dimension: 'money_cny', family: 'money', factor: '1', en: 'yuan' },
  { symbol: '万元', dimension: 'money_cny', family: 'money', factor: W, en: '10k yuan' },
  { symbol: '亿元', dimension: 'money_cny', family: 'money', factor: Y, en: '100m yuan' },
  { symbol: '美元', dimension: 'money_usd', family: 'money', factor: '1', en: 'USD' },
  { symbol: '万美元', dimension: 'money_usd', family: 'money', factor: W, en: '10k USD' },
  { symbol: '亿美元', dimension: 'money_usd', family: 'money', factor: Y, en: '100m USD' },
  { symbol: '人', dimension: 'people', family: 'people', factor: '1', en: 'people' },
  { symbol: '万人', dimension: 'people', family: 'people', factor: W, en: '10k people' },
  { symbol: '人次', dimension: 'person_times', family: 'people', factor: '1', en: 'person-times' },
  { symbol: '万人次', dimension: 'person_times', family: 'people', factor: W, en: '10k person-times' },
  { symbol: '亩', dimension: 'area_mu', family: 'area', factor: '1', en: 'mu' },
  { symbol: '万亩', dimension: 'area_mu', family: 'area', factor: W, en: '10k mu' },
  // Hectares are their own dimension: 1 公顷 = 15 亩, and dividing by 15 would not stay a
  // terminating decimal, so mu and hectares are not converted into each other.
  { symbol: '公顷', dimension: 'area_ha', family: 'area', factor: '1', en: 'ha' },
  // 千公顷: how statistical bulletins give sown areas ("粮食作物播种面积28.6千公顷").
  { symbol: '千公顷', dimension: 'area_ha', family: 'area', factor: '1000', en: '1,000 ha' },
  { symbol: '万公顷', dimension: 'area_ha', family: 'area', factor: W, en: '10k ha' },
  { symbol: '吨', dimension: 'mass', family: 'mass', factor: '1', en: 't' },
  { symbol: '万吨', dimension: 'mass', family: 'mass', factor: W, en: '10k t' },
  // 斤 (jin) is exactly half a kilogram, 0.0005 t; grain output is often given in 亿斤.
  { symbol: '斤', dimension: 'mass', family: 'mass', factor: '0.0005', en: 'jin' },
  { symbol: '万斤', dimension: 'mass', family: 'mass', factor: '5', en: '10k jin' },
  { symbol: '亿斤', dimension: 'mass', family: 'mass', factor: '50000', en: '100m jin' },
  // Round 12 (rules12c): grain output is also given in 公斤 ("粮食产量稳定在1.5亿公斤以上"): a kilogram is 0.001 t.
  { symbol: '公斤', dimension: 'mass', family: 'mass', factor: '0.001', en: 'kg' },
  { symbol: '万公斤', dimension: 'mass', family: 'mass', factor: '10', en: '10k kg' },
  { symbol: '亿公斤', dimension: 'mass', family: 'mass', factor: '100000', en: '100m kg' },
  { symbol: '个', dimension: 'count_ge', family: 'count', factor: '1', en: 'units' },
  { symbol: '万个', dimension: 'count_ge', family: 'count', factor: W, en: '10k units' },
  { symbol: '家', dimension: 'count_jia', family: 'count', factor: '1', en: 'firms' },
  { symbol: '万家', dimension: 'count_jia', family: 'count', factor: W, en: '10k firms' },
  { symbol: '户', dimension: 'count_hu', family: 'count', factor: '1', en: 'households' },
  { symbol: '万户', dimension: 'count_hu', family: 'count', factor: W, en: '10k households' },
];

// Spellings that mean a catalogue unit (after width normalisation and trimming).
const ALIASES: Readonly<Record<string, string>> = {
  '百分比': '%',
  '人民币元': '元',
  '万元人民币': '万元',
  '亿元人民币': '亿元',
  'USD': '美元',
};

export type UnitErrorCode = 'empty' | 'unknown_unit';
export type ParseUnitResult = { ok: true; unit: Unit } | { ok: false; code: UnitErrorCode };

export const UNIT_ERROR_MESSAGES: Record<UnitErrorCode, { zh: string; en: string }> = {
  empty: { zh: '请填写单位。', en: 'Enter a unit.' },
  unknown_unit: {
    zh: '无法识别的单位（可用：%、元、万元、亿元、美元、万美元、亿美元、人、万人、人次、万人次、亩、万亩、公顷、千公顷、万公顷、斤、万斤、亿斤、公斤、万公斤、亿公斤、吨、万吨、个、家、户）。',
    en: 'Unknown unit (known: %, 元, 万元, 亿元, 美元, 万美元, 亿美元, 人, 万人, 人次, 万人次, 亩, 万亩, 公顷, 千公顷, 万公顷, 斤, 万斤, 亿斤, 公斤, 万公斤, 亿公斤, 吨, 万吨, 个, 家, 户).',
  },
};

export function parseUnit(text: string | null | undefined): ParseUnitResult {
  const key = text ?? '';
  let parsed = parsedUnits.get(key);
  if (parsed === undefined) {
    if (parsedUnits.size >= PARSED_UNITS_MAX) parsedUnits.clear();
    parsedUnits.set(key, (parsed = readUnit(key)));
  }
  return parsed;
}

// A verdict reads its target's and its outcome's unit (a national export: ~86k reads of a few
// dozen symbols). The result is the same for the same text, so each text is read once and its
// (never modified) result handed out again. Bounded: emptied when full.
const parsedUnits = new Map<string, ParseUnitResult>();
const PARSED_UNITS_MAX = 1_000;

function readUnit(text: string): ParseUnitResult {
  const cleaned = normalizeWidth(text).replace(/\s+/g, '');
  if (cleaned === '') return { ok: false, code: 'empty' };
  const unit = unitBySymbol(ALIASES[cleaned] ?? cleaned);
  return unit ? { ok: true, unit } : { ok: false, code: 'unknown_unit' };
}

export function unitBySymbol(symbol: string): Unit | undefined {
  return UNITS.find((unit) => unit.symbol === symbol);
}

/** The unit with factor 1 in the unit's dimension (元 for 亿元, 人 for 万人). */
export function baseUnitOf(unit: Unit): Unit {
  const base = UNITS.find((candidate) => candidate.dimension === unit.dimension && candidate.factor === '1');
  // Every dimension in UNITS has a factor-1 unit; the tests check it.
  return base ?? unit;
}

export function sameDimension(a: Unit, b: Unit): boolean {
  return a.dimension === b.dimension;
}

/**
 * Exact value in the base unit of its dimension: ("1.39", 万人) → "13900" 人.
 * `value` must be a decimal string (from parseDecimal or a Decimal column); it throws otherwise.
 */
export function toBase(value: string, unit: Unit): { value: string; unit: Unit } {
  return { value: toBaseExact(new Exact(value), unit).toFixed(), unit: baseUnitOf(unit) };
}

/**
 * Exact conversion between units of one dimension: ("3598200", 万元 → 亿元) → "359.82".
 * Null across dimensions, so a caller cannot compare people with households by accident.
 */
export function convert(value: string, from: Unit, to: Unit): string | null {
  const converted = convertExact(new Exact(value), from, to);
  return converted ? converted.toFixed() : null;
}

export function toBaseExact(value: ExactDecimal, unit: Unit): ExactDecimal {
  return value.times(unit.factor);
}

export function convertExact(value: ExactDecimal, from: Unit, to: Unit): ExactDecimal | null {
  if (!sameDimension(from, to)) return null;
  // The same factor (a % figure against a % target, the usual case) leaves a value within the precision as it is
  // (×1 ÷1 is exact there, and a decimal keeps no trailing zeros): two operations fewer a verdict.
  if (from.factor === to.factor && value.sd() <= Exact.precision) return value;
  // Factors are 2^a·5^b·10^k (powers of ten, 斤's 0.0005), so the division terminates and stays exact.
  return value.times(from.factor).dividedBy(to.factor);
}

/** Longest catalogue symbol at the start of text, for parsers reading "4500人以上". */
export function matchUnitPrefix(text: string): Unit | undefined {
  let best: Unit | undefined;
  for (const unit of UNITS) {
    if (text.startsWith(unit.symbol) && (!best || unit.symbol.length > best.symbol.length)) best = unit;
  }
  return best;
}
