// Reads a target as the report words it ("增长6.5%左右", "4500人以上", "促稳提质")
// into the structured form the verdict rules use. It reads one target at a time:
// "分别增长5%、7%" or a phrase with two figures is refused as ambiguous rather than
// guessed, and so is a figure without a unit. Pass the wording after the indicator
// name when the name itself holds a figure ("500万元以上固定资产投资").
//
// Reading rules (prefix = the words before the figure, suffix = after its unit):
//   suffix 左右/上下 → about;  以上 → at_least;  以内/以下/之内 → at_most
//   prefix 不低于/不少于/至少/高于/超过 → at_least; 控制在/不超过/不高于/低于 → at_most,
//     and with 左右 → at_most_about (控制在3%左右 is a ceiling with some slack)
//   prefix 下降/降低/减少 with a % → reduction, value positive ("下降3%" → 3);
//     下降3%左右 → about −3 (growth): the only way the qualifier list can say it
//   two figures joined by —, -, ~, ～, 到, 至 → range
//   确保X%、力争Y% (Y > X) → at_least X: the binding floor, with a higher aim
//   no qualifier word → exact;  no figure: 持平 → exact 0 growth, 同步 → relative to GDP growth,
//   other words → qualitative
// Measure: a % figure is growth (measureHint 'level' makes it a level, e.g. the
// share of good air-quality days); a figure in any other unit is a level.
import type { Measure, Qualifier } from '@/lib/domain/types';
import { Exact, parseDecimal, type DecimalErrorCode } from '@/lib/numbers/parse-decimal';
import { normalizeWidth } from '@/lib/text/normalize-width';
import { matchUnitPrefix, type Unit } from '@/lib/units/units';
import { AIM_AFTER_BINDING, BINDING_WORD, LEVEL_OFF, prefixBounds, RANGE_SEPARATORS, RELATIVE_WORDING, SUFFIX_ALTERNATION, suffixBound, URBAN_COMPARISON } from './qualifier-words';

export type TargetAsWritten = {
  qualifier: Qualifier;
  /** Null only for qualitative targets. */
  measure: Measure | null;
  value: string | null;
  /** Upper bound of a range; null otherwise. */
  valueHigh: string | null;
  /** A unit symbol of lib/units ("%", "人", "万亩"); null for qualitative targets. */
  unit: string | null;
  /** Indicator key a relative target compares with ("gdp"); null otherwise. */
  relativeTo: string | null;
};

export type TargetParseErrorCode =
  | 'empty'
  | 'chinese_numeral'
  | 'bad_number'
  | 'missing_unit'
  | 'ambiguous'
  | 'bad_range'
  | 'conflicting_words'
  | 'measure_mismatch'
  | 'unrecognised';

export type ParseTargetResult =
  | { ok: true; target: TargetAsWritten }
  | { ok: false; code: TargetParseErrorCode; numberError?: DecimalErrorCode };

export type ParseTargetOptions = { measureHint?: Measure };

export const TARGET_PARSE_MESSAGES: Record<TargetParseErrorCode, { zh: string; en: string }> = {
  empty: { zh: '请填写目标原文。', en: 'Enter the target as written.' },
  chinese_numeral: { zh: '目标中的数字请用阿拉伯数字。', en: 'Write the figures in digits.' },
  bad_number: { zh: '目标中的数字无法识别或超出范围。', en: 'A figure in the target is invalid or out of range.' },
  missing_unit: { zh: '目标数字缺少单位（如 %、人、亿元）。', en: 'The figure has no unit (e.g. %, 人, 亿元).' },
  ambiguous: {
    zh: '目标中有多个数字，请每次只填写一个目标（如“增长5%”）。',
    en: 'More than one figure; enter one target at a time (e.g. "增长5%").',
  },
  bad_range: { zh: '区间目标的上下限不一致。', en: 'The range bounds are inconsistent.' },
  conflicting_words: { zh: '目标措辞前后矛盾（如“不低于…以内”）。', en: 'The wording contradicts itself.' },
  measure_mismatch: { zh: '目标单位与指标口径（增速/总量）不符。', en: 'The unit does not fit the measure (growth vs level).' },
  unrecognised: { zh: '无法识别目标的写法。', en: 'The target wording is not recognised.' },
};

type Bound = 'about' | 'floor' | 'cap' | 'reduction' | null;

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const RANGE_SEPARATOR = new RegExp(`^(?:${RANGE_SEPARATORS.join('|')})$`);
const SUFFIX = new RegExp(`^(${SUFFIX_ALTERNATION})?(之间)?$`);
const TRAILING_PUNCTUATION = /[。.,;、!]+$/;
const CHINESE_FIGURE = /百分之|[零一二三四五六七八九十两]+(?:点[零一二三四五六七八九]+)?(?:%|万|亿|人|亩|吨|元|户|家|个百分点)/;

export function parseAsWritten(text: string, options: ParseTargetOptions = {}): ParseTargetResult {
  const cleaned = normalizeWidth(text ?? '').replace(/\s+/g, '').replace(TRAILING_PUNCTUATION, '');
  if (cleaned === '') return { ok: false, code: 'empty' };

  // "2025年" is a date, not a figure.
  const figures = [...cleaned.matchAll(NUMBER)].filter((m) => cleaned[m.index + m[0].length] !== '年');
  if (figures.length === 0) return parseWithoutFigure(cleaned);
  if (figures.length > 2) return { ok: false, code: 'ambiguous' };

  const first = figures[0]!;
  const prefix = cleaned.slice(0, first.index);
  // A minus before the figure would silently flip the sign; reports say 下降 instead.
  if (/[-−–]$/.test(prefix)) return { ok: false, code: 'unrecognised' };

  const low = readFigure(cleaned, first);
  if (!low.ok) return low;

  let high: FigureRead | null = null;
  if (figures.length === 2) {
    const second = figures[1]!;
    const between = cleaned.slice(low.end, second.index);
    if (AIM_AFTER_BINDING.test(between) && prefix.includes(BINDING_WORD)) return floorWithAim(cleaned, low, second, options.measureHint);
    if (!RANGE_SEPARATOR.test(between)) return { ok: false, code: 'ambiguous' };
    const read = readFigure(cleaned, second);
    if (!read.ok) return read;
    high = read;
  }

  const last = high ?? low;
  const unit = last.unit ?? low.unit;
  if (!unit) return { ok: false, code: 'missing_unit' };
  const suffixMatch = SUFFIX.exec(cleaned.slice(last.end));
  if (!suffixMatch) return { ok: false, code: 'unrecognised' };

  const measure = measureOf(unit, options.measureHint);
  if (!measure) return { ok: false, code: 'measure_mismatch' };
  const prefixBound = boundOfPrefix(prefix);
  if (prefixBound === 'conflict') return { ok: false, code: 'conflicting_words' };

  if (high) {
    if (low.unit && high.unit && low.unit.symbol !== high.unit.symbol) return { ok: false, code: 'bad_range' };
    if (prefixBound !== null || (suffixMatch[1] && suffixMatch[1] !== '左右')) return { ok: false, code: 'unrecognised' };
    if (new Exact(low.value).gte(high.value)) return { ok: false, code: 'bad_range' };
    return target('range', measure, low.value, high.value, unit.symbol);
  }

  const qualifier = combine(prefixBound, boundOfSuffix(suffixMatch[1]), unit, measure);
  if (qualifier === 'measure_mismatch' || qualifier === 'conflicting_words') return { ok: false, code: qualifier };
  if (qualifier === 'about' && prefixBound === 'reduction') {
    return target('about', 'growth', new Exact(low.value).negated().toFixed(), null, unit.symbol);
  }
  return target(qualifier, measure, low.value, null, unit.symbol);
}

type Refusal = Extract<ParseTargetResult, { ok: false }>;

/** "确保增长5.5%、力争6%" → at_least 5.5: both figures in one unit, the aim above the floor, nothing after it. */
function floorWithAim(cleaned: string, low: FigureRead, second: RegExpMatchArray, measureHint: Measure | undefined): ParseTargetResult {
  const aim = readFigure(cleaned, second);
  if (!aim.ok) return aim;
  const unit = low.unit ?? aim.unit;
  if (!unit || !aim.unit || (low.unit && low.unit.symbol !== aim.unit.symbol)) return { ok: false, code: 'ambiguous' };
  if (cleaned.slice(aim.end) !== '' || !new Exact(aim.value).gt(low.value)) return { ok: false, code: 'ambiguous' };
  const measure = measureOf(unit, measureHint);
  if (!measure) return { ok: false, code: 'measure_mismatch' };
  return target('at_least', measure, low.value, null, unit.symbol);
}
type FigureRead = { ok: true; value: string; unit: Unit | undefined; end: number };

function readFigure(text: string, match: RegExpMatchArray): FigureRead | Refusal {
  const index = match.index ?? 0;
  const parsed = parseDecimal(match[0]);
  if (!parsed.ok) return { ok: false, code: 'bad_number', numberError: parsed.code };
  const afterNumber = index + match[0].length;
  const unit = matchUnitPrefix(text.slice(afterNumber));
  return { ok: true, value: parsed.value, unit, end: afterNumber + (unit?.symbol.length ?? 0) };
}

function parseWithoutFigure(text: string): ParseTargetResult {
  // "与上年持平": no change, a growth of exactly 0.
  if (LEVEL_OFF.test(text)) return target('exact', 'growth', '0', null, '%');
  if (RELATIVE_WORDING.test(text)) {
    // In work reports 同步 always means "in step with economic growth" (GDP).
    return target('relative', 'growth', null, null, '%', 'gdp');
  }
  // Round 29 (rules29c): "增幅高于城镇居民" (a rural income's wording) compares with urban residents' income growth.
  if (URBAN_COMPARISON.test(text.replace(/\s/g, ''))) return target('relative', 'growth', null, null, '%', 'urban_income');
  if (CHINESE_FIGURE.test(text) || text.includes('%')) return { ok: false, code: 'chinese_numeral' };
  if (!/[\u4e00-\u9fff]/.test(text)) return { ok: false, code: 'unrecognised' };
  return { ok: true, target: { qualifier: 'qualitative', measure: null, value: null, valueHigh: null, unit: null, relativeTo: null } };
}

function boundOfPrefix(prefix: string): Bound | 'conflict' {
  const found = prefixBounds(prefix);
  if (found.length > 1) return 'conflict';
  return found[0] ?? null;
}

function boundOfSuffix(suffix: string | undefined): Bound {
  return suffixBound(suffix);
}

type Conflict = 'measure_mismatch' | 'conflicting_words';

function combine(prefix: Bound, suffix: Bound, unit: Unit, measure: Measure): Qualifier | Conflict {
  if (prefix === 'reduction') {
    // A level cannot "fall by 3%" in this model: the outcome is a growth rate.
    if (unit.symbol !== '%' || measure !== 'growth') return 'measure_mismatch';
    if (suffix === null || suffix === 'floor') return 'reduction'; // 下降3%以上: still "at least 3% down"
    return suffix === 'about' ? 'about' : 'conflicting_words';
  }
  if (prefix === 'cap') {
    if (suffix === 'about') return 'at_most_about';
    return suffix === 'floor' ? 'conflicting_words' : 'at_most';
  }
  if (prefix === 'floor') return suffix === null || suffix === 'floor' ? 'at_least' : 'conflicting_words';
  if (suffix === 'about') return 'about';
  if (suffix === 'floor') return 'at_least';
  if (suffix === 'cap') return 'at_most';
  return 'exact';
}

function measureOf(unit: Unit, hint: Measure | undefined): Measure | null {
  if (unit.symbol === '%') return hint ?? 'growth';
  return hint === 'growth' ? null : 'level';
}

function target(
  qualifier: Qualifier,
  measure: Measure,
  value: string | null,
  valueHigh: string | null,
  unit: string,
  relativeTo: string | null = null,
): ParseTargetResult {
  return { ok: true, target: { qualifier, measure, value, valueHigh, unit, relativeTo } };
}
