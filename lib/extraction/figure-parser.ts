// Reads the figure that follows an indicator name: "完成359.82亿元", "同比(下同)增长7.1%",
// "增长6.5%左右", "控制在3%左右", "下降3%", "分别增长5%、7%", "6%—6.5%".
// Only a short whitelist of connecting words may stand between name and number; anything
// else ("占比", "新增", "增速全市第五") means the figure is not this indicator's.
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { matchUnitPrefix } from '@/lib/units/units';

export type FigureValue = {
  value: string;
  valueHigh: string | null;
  unit: string;
  /** 左右 / 上下 / 以上 / 以内 / 以下 / … / '' */
  suffix: string;
  start: number;
  end: number;
};

export type Figure = {
  kind: 'figure';
  verb: 'growth' | 'decline' | 'level' | null;
  cap: boolean;
  floor: boolean;
  /** 年均: a multi-year average, never an annual figure. */
  yearAverage: boolean;
  /** 力争/确保: an aim, which in a review is not an outcome. */
  aim: boolean;
  estimate: boolean;
  /** Where the wording that sets the qualifier starts ("下降", "控制在", "不低于"), else the first value. */
  wordingStart: number;
  values: FigureValue[];
  end: number;
};

export type FigureResult = Figure | { kind: 'garbled'; end: number; verb: Figure['verb'] } | { kind: 'none'; connectorEnd: number; verb: Figure['verb'] };

type Role = 'growth' | 'decline' | 'level' | 'cap' | 'floor' | 'average' | 'estimate' | 'aim' | 'neutral';

const TOKENS: ReadonlyArray<[string, Role]> = (
  [
    ['增长', 'growth'], ['增速', 'growth'], ['增幅', 'growth'], ['涨幅', 'growth'], ['上涨', 'growth'], ['提高', 'growth'], ['比增', 'growth'],
    ['下降', 'decline'], ['减少', 'decline'], ['降低', 'decline'], ['回落', 'decline'], ['压减', 'decline'], ['压降', 'decline'],
    ['完成', 'level'], ['实现', 'level'], ['达到', 'level'], ['达', 'level'], ['为', 'level'], ['突破', 'level'],
    ['稳定在', 'level'], ['保持在', 'level'], ['总量', 'level'], ['总额', 'level'], ['总数', 'level'], ['规模', 'level'],
    ['人数', 'level'], ['登记', 'level'], ['上报', 'level'],
    // The same bound words as lib/targets/parse-as-written.ts, so asWritten reads back alike.
    ['控制在', 'cap'], ['控制', 'cap'], ['不超过', 'cap'], ['不高于', 'cap'], ['不多于', 'cap'], ['低于', 'cap'],
    ['不低于', 'floor'], ['不少于', 'floor'], ['至少', 'floor'], ['超过', 'floor'], ['高于', 'floor'],
    ['年均', 'average'], ['预计', 'estimate'],
    ['同比', 'neutral'], ['(下同)', 'neutral'], ['比上年', 'neutral'], ['较上年', 'neutral'], ['比去年', 'neutral'],
    ['分别', 'neutral'], ['均', 'neutral'], ['力争', 'aim'], ['确保', 'aim'], ['约', 'neutral'], ['了', 'neutral'],
    ['要', 'neutral'], ['将', 'neutral'], ['在', 'neutral'], [':', 'neutral'], [' ', 'neutral'], ['\t', 'neutral'],
  ] as Array<[string, Role]>
).sort((a, b) => b[0].length - a[0].length);

const MAX_CONNECTOR = 16;
const NUMBER = /^[-\u2212]?\d+(?:\.\d+)?/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d%])/;
const RANGE_DASH = /^\s*(?:—{1,2}|–|-|~|至|到)\s*/;
const SUFFIX = /^(?:及以上|以上|左右|上下|以内|之内|及以下|以下|内)/;
const SERIES_SEPARATOR = /^(?:、|和|,)/;
const BOUNDARY = /[,;。、\n]/;

export function parseFigure(text: string, from: number, expectedValues = 1): FigureResult {
  let pos = from;
  let verb: Figure['verb'] = null;
  let cap = false, floor = false, yearAverage = false, estimate = false, aim = false;
  let wordingStart = -1;
  while (pos - from < MAX_CONNECTOR) {
    const token = TOKENS.find(([word]) => text.startsWith(word, pos));
    if (!token) break;
    const [word, role] = token;
    if (role === 'growth' || role === 'decline') verb = role;
    if (role === 'level' && verb === null) verb = 'level';
    if (role === 'cap') cap = true;
    if (role === 'floor') floor = true;
    if (role === 'average') yearAverage = true;
    if (role === 'estimate') estimate = true;
    if (role === 'aim') aim = true;
    if (wordingStart < 0 && (role === 'decline' || role === 'cap' || role === 'floor')) wordingStart = pos;
    pos += word.length;
  }
  const connectorEnd = pos;

  const values: FigureValue[] = [];
  for (;;) {
    const value = parseValue(text, pos);
    if (!value) break;
    values.push(value);
    pos = value.end;
    const separator = SERIES_SEPARATOR.exec(text.slice(pos));
    if (values.length >= expectedValues || !separator || !NUMBER.test(text.slice(pos + separator[0].length))) break;
    pos += separator[0].length;
  }
  if (values.length === 0) return { kind: 'none', connectorEnd, verb };
  // A number run into stray text ("增长1下同)3%") is broken, not a figure.
  if (NUMBER.test(text.slice(pos)) || (values.length === 1 && values[0]!.unit === '' && looksGarbled(text, connectorEnd))) {
    return { kind: 'garbled', end: garbledEnd(text, connectorEnd), verb };
  }
  if (values.some((value) => value.unit === '')) return { kind: 'none', connectorEnd, verb };
  return {
    kind: 'figure',
    verb, cap, floor, yearAverage, estimate, aim,
    wordingStart: wordingStart >= 0 ? wordingStart : values[0]!.start,
    values,
    end: pos,
  };
}

function parseValue(text: string, start: number): FigureValue | null {
  const rest = text.slice(start);
  const number = GROUPED.exec(rest) ?? NUMBER.exec(rest);
  if (!number) return null;
  let pos = start + number[0].length;
  let unit = unitAt(text, pos);
  pos += unit.length;
  let valueHigh: string | null = null;
  const dash = RANGE_DASH.exec(text.slice(pos));
  const high = dash ? NUMBER.exec(text.slice(pos + dash[0].length)) : null;
  if (dash && high) {
    const highEnd = pos + dash[0].length + high[0].length;
    const highUnit = unitAt(text, highEnd);
    if (highUnit !== '' && (unit === '' || unit === highUnit)) {
      valueHigh = decimal(high[0]);
      unit = highUnit;
      pos = highEnd + highUnit.length;
    }
  }
  const suffix = SUFFIX.exec(text.slice(pos))?.[0] ?? '';
  pos += suffix.length;
  const value = decimal(number[0]);
  if (value === null) return null;
  return { value, valueHigh, unit, suffix, start, end: pos };
}

function unitAt(text: string, pos: number): string {
  if (text[pos] === '%') return '%';
  const unit = matchUnitPrefix(text.slice(pos, pos + 4));
  // "8.5个百分点" is a change in points, not a count of 个.
  if (!unit || text.startsWith('百分点', pos + unit.symbol.length)) return '';
  return unit.symbol;
}

function decimal(raw: string): string | null {
  const parsed = parseDecimal(raw.replace('\u2212', '-'));
  return parsed.ok ? parsed.value : null;
}

/** Digits followed, before the clause ends, by stray characters and then a % or unit. */
function looksGarbled(text: string, from: number): boolean {
  const window = clauseWindow(text, from);
  return /^\d/.test(window) && /\d[^\d.]+\d+(?:\.\d+)?%/.test(window);
}

function garbledEnd(text: string, from: number): number {
  const window = clauseWindow(text, from);
  const lastPercent = window.lastIndexOf('%');
  return from + (lastPercent >= 0 ? lastPercent + 1 : window.length);
}

function clauseWindow(text: string, from: number): string {
  const window = text.slice(from, from + 12);
  const boundary = window.search(BOUNDARY);
  return boundary >= 0 ? window.slice(0, boundary) : window;
}
