// Turns a parsed figure into the domain vocabulary: which measure it is for this
// indicator, and how a target is qualified.
import type { Measure, Qualifier } from '@/lib/domain/types';
import { RELATIVE_WORDING, suffixBound, URBAN_COMPARISON } from '@/lib/targets/qualifier-words';
import { parseUnit, sameDimension } from '@/lib/units/units';
import type { Catalogue } from './catalogue';
import type { Figure, FigureValue } from './figure-parser';

/**
 * growth when the report says 增长/下降 and gives a %, level when the unit fits the
 * indicator's level unit. Null when the two disagree ("增长10亿元" is an increment,
 * "地区生产总值6.5%" without a verb is ambiguous): such figures are not proposed.
 */
export function measureOf(catalogue: Catalogue, key: string, verb: Figure['verb'], unit: string): Measure | null {
  const indicator = catalogue.byKey.get(key);
  if (!indicator) return null;
  // Round 17 (rules17c): an indicator that counts the year's additions ("城镇新增就业") is a flow kept as its level; its rate
  // against last year's flow ("城镇新增就业8215人,比上年增长3.2%") is no measure of it, as no plan sets one.
  if ((verb === 'growth' || verb === 'decline') && /新增/.test(indicator.nameZh)) return null;
  if (verb === 'growth' || verb === 'decline') return unit === '%' ? 'growth' : null;
  if (unit === '%') {
    if (indicator.levelUnit === '%') return 'level';
    // CPI and energy intensity are only ever stated as a change in %.
    return indicator.levelUnit === null ? 'growth' : null;
  }
  if (indicator.levelUnit === null) return null;
  const written = parseUnit(unit);
  const expected = parseUnit(indicator.levelUnit);
  if (!written.ok || !expected.ok) return null;
  // "粮食播种面积3.46万公顷" for an indicator kept in 万亩: the same kind of quantity in a unit the
  // units table does not convert (hectares, mu). Still the level, proposed in its own unit as
  // written; a verdict compares figures only within one dimension, so nothing is silently mixed.
  return sameDimension(written.unit, expected.unit) || written.unit.family === expected.unit.family ? 'level' : null;
}

/**
 * The reading rules of lib/targets/parse-as-written.ts, applied to a parsed figure so
 * that a proposal's asWritten reads back to the same target: 下降X% → reduction (X);
 * 下降X%左右 → about −X; X%—Y% → range; 控制在X%左右 → at_most_about; 以上/不低于 →
 * at_least; 以内/以下/控制在 → at_most; 左右/上下 → about; bare → exact. Wording that
 * contradicts itself ("不低于…以内") gives null and is not proposed.
 */
export function qualifierOf(figure: Figure, value: FigureValue): { qualifier: Qualifier; value: string } | null {
  const suffix = suffixBound(value.suffix);
  const as = (qualifier: Qualifier, written = value.value) => ({ qualifier, value: written });
  if (value.valueHigh !== null) return as('range');
  if (figure.verb === 'decline') {
    const size = value.value.replace(/^-/, '');
    if (suffix === null || suffix === 'floor') return as('reduction', size);
    return suffix === 'about' ? as('about', size === '0' ? size : `-${size}`) : null;
  }
  if (figure.cap && figure.floor) return null;
  if (figure.cap) return suffix === 'about' ? as('at_most_about') : suffix === 'floor' ? null : as('at_most');
  if (figure.floor) return suffix === null || suffix === 'floor' ? as('at_least') : null;
  if (suffix === 'about') return as('about');
  if (suffix === 'floor') return as('at_least');
  return suffix === 'cap' ? as('at_most') : as('exact');
}

/**
 * Names paired with a clause's values, a combined name's whole first. Round 16 (rules16a) read a target so and round 17
 * (rules17c) the review alike: one figure for the combined name without 分别 ("城乡居民人均可支配收入达到68540元、增长4.9%",
 * "…增长6%左右") is the whole's (residents' income), never the first part's; "分别…", or a figure for each, is each part's.
 */
export function pairReading(
  text: string,
  reading: { keys: string[]; wholeKey: string | null; mentionEnd: number },
  values: FigureValue[],
): Array<[string, FigureValue]> | null {
  const only = values.length === 1 ? values[0]! : null;
  if (reading.wholeKey && only && !/分别/.test(text.slice(reading.mentionEnd, only.start))) return [[reading.wholeKey, only]];
  return pairValues(reading.keys, values);
}

/** Pairs names with values: one each in order, or one value shared by all names. */
export function pairValues(keys: string[], values: FigureValue[]): Array<[string, FigureValue]> | null {
  if (values.length === keys.length) return keys.map((key, index) => [key, values[index]!]);
  if (values.length === 1 && keys.length > 1) return keys.map((key) => [key, values[0]!]);
  return null;
}

/** "与经济增长同步", "快于经济增长": a target relative to GDP growth (as parse-as-written reads it). */
export function isRelativeWording(wording: string): boolean {
  return RELATIVE_WORDING.test(wording);
}

/**
 * Round 29 (rules29c): the indicator a figure-less wording compares with: GDP growth ("与经济增长同步"), or urban residents' income
 * ("增幅高于城镇居民", a rural income's wording); null for a qualitative wording. As parse-as-written reads the same words.
 */
export function comparedIndicator(wording: string): 'gdp' | 'urban_income' | null {
  if (RELATIVE_WORDING.test(wording)) return 'gdp';
  return URBAN_COMPARISON.test(wording.replace(/\s/g, '')) ? 'urban_income' : null;
}
