import { describe, expect, it } from 'vitest';
import { Exact } from '@/lib/numbers/parse-decimal';
import { computeGap, evaluate, type NumericQualifier, type Rule } from './evaluate';
import type { DecidedCode, Tolerance } from './types';

const PP: Tolerance = { value: '0.5', kind: 'points', source: 'default' };
const RATIO: Tolerance = { value: '0.05', kind: 'ratio', source: 'default' };

function rule(qualifier: NumericQualifier, value: string, options: Partial<{ high: string; up: boolean; tol: Tolerance }> = {}): Rule {
  return {
    qualifier,
    value: new Exact(value),
    valueHigh: options.high ? new Exact(options.high) : null,
    tolerance: options.tol ?? PP,
    higherIsBetter: options.up ?? true,
  };
}

describe('evaluate: every qualifier at and around its thresholds', () => {
  it.each<[string, Rule, string, DecidedCode]>([
    // about 6.5 (Bozhou GDP 2025), higher is better: 6.0 ≤ within < 6.5 ≤ met ≤ 7.0 < exceeded
    ['about up, far above', rule('about', '6.5'), '7.1', 'exceeded'],
    ['about up, at T+tol', rule('about', '6.5'), '7.0', 'met'],
    ['about up, at T', rule('about', '6.5'), '6.5', 'met'],
    ['about up, just under T', rule('about', '6.5'), '6.49', 'met_within_tolerance'],
    ['about up, at T−tol', rule('about', '6.5'), '6.0', 'met_within_tolerance'],
    ['about up, under T−tol', rule('about', '6.5'), '5.99', 'missed'],
    ['about up, negative growth', rule('about', '6.5'), '-1.2', 'missed'],
    // about, lower is better: mirrored
    ['about down, well under', rule('about', '3', { up: false }), '2.4', 'exceeded'],
    ['about down, at T−tol', rule('about', '3', { up: false }), '2.5', 'met'],
    ['about down, at T', rule('about', '3', { up: false }), '3', 'met'],
    ['about down, at T+tol', rule('about', '3', { up: false }), '3.5', 'met_within_tolerance'],
    ['about down, over T+tol', rule('about', '3', { up: false }), '3.51', 'missed'],
    // about a level: ratio tolerance (90万亩左右 → 85.5..94.5)
    ['about level, within 5%', rule('about', '90', { tol: RATIO }), '85.5', 'met_within_tolerance'],
    ['about level, under 95%', rule('about', '90', { tol: RATIO }), '85.4', 'missed'],
    ['about level, over 105%', rule('about', '90', { tol: RATIO }), '94.6', 'exceeded'],
    // at_least 7 (Liangping GDP 2024): no slack below, exceeded beyond +0.5
    ['at_least, below', rule('at_least', '7'), '6.99', 'missed'],
    ['at_least, at T', rule('at_least', '7'), '7', 'met'],
    ['at_least, at T+tol', rule('at_least', '7'), '7.5', 'met'],
    ['at_least, beyond', rule('at_least', '7'), '7.51', 'exceeded'],
    ['at_least level 4500人, at 105%', rule('at_least', '4500', { tol: RATIO }), '4725', 'met'],
    ['at_least level 4500人, beyond 105%', rule('at_least', '4500', { tol: RATIO }), '4726', 'exceeded'],
    // at_most: a ceiling is met or missed, never exceeded
    ['at_most, far under', rule('at_most', '3', { up: false }), '0.2', 'met'],
    ['at_most, at T', rule('at_most', '3', { up: false }), '3', 'met'],
    ['at_most, over', rule('at_most', '3', { up: false }), '3.01', 'missed'],
    // at_most_about 3 (Zhanggong CPI 2024)
    ['at_most_about, deflation', rule('at_most_about', '3', { up: false }), '-0.5', 'met'],
    ['at_most_about, at T', rule('at_most_about', '3', { up: false }), '3', 'met'],
    ['at_most_about, at T+tol', rule('at_most_about', '3', { up: false }), '3.5', 'met_within_tolerance'],
    ['at_most_about, over', rule('at_most_about', '3', { up: false }), '3.6', 'missed'],
    // reduction 3 (Liangping energy intensity 2024): actual growth ≤ −3
    ['reduction, −3.2', rule('reduction', '3', { up: false }), '-3.2', 'met'],
    ['reduction, at −3', rule('reduction', '3', { up: false }), '-3', 'met'],
    ['reduction, −2.9', rule('reduction', '3', { up: false }), '-2.9', 'missed'],
    ['reduction, at −3.5', rule('reduction', '3', { up: false }), '-3.5', 'met'],
    ['reduction, −3.6', rule('reduction', '3', { up: false }), '-3.6', 'exceeded'],
    ['reduction, rose instead', rule('reduction', '3', { up: false }), '0.4', 'missed'],
    // range 6..6.5
    ['range up, above', rule('range', '6', { high: '6.5' }), '6.6', 'exceeded'],
    ['range up, at high', rule('range', '6', { high: '6.5' }), '6.5', 'met'],
    ['range up, at low', rule('range', '6', { high: '6.5' }), '6', 'met'],
    ['range up, below', rule('range', '6', { high: '6.5' }), '5.9', 'missed'],
    ['range down, below', rule('range', '2', { high: '3', up: false }), '1.5', 'exceeded'],
    ['range down, above', rule('range', '2', { high: '3', up: false }), '3.1', 'missed'],
    // exact 5 (Bozhou urban income 2025) and a lower-is-better exact
    ['exact up, under', rule('exact', '5'), '4.7', 'missed'],
    ['exact up, at', rule('exact', '5'), '5', 'met'],
    ['exact up, beyond', rule('exact', '5'), '5.6', 'exceeded'],
    ['exact down, at', rule('exact', '5.5', { up: false }), '5.5', 'met'],
    ['exact down, over', rule('exact', '5.5', { up: false }), '5.6', 'missed'],
    ['exact down, well under', rule('exact', '5.5', { up: false }), '4.9', 'exceeded'],
    // relative: the value is the reference growth
    ['relative, in step', rule('relative', '5'), '5', 'met'],
    ['relative, behind', rule('relative', '5'), '4.9', 'missed'],
  ])('%s: actual %s', (_name, r, actual, code) => {
    expect(evaluate(r, new Exact(actual)).code).toBe(code);
  });

  it('says which threshold decided', () => {
    expect(evaluate(rule('about', '6.5'), new Exact('5')).basis).toEqual({ relation: 'below', threshold: '6' });
    expect(evaluate(rule('about', '6.5'), new Exact('6.2')).basis).toEqual({ relation: 'below_within', threshold: '6.5', low: '6' });
    expect(evaluate(rule('range', '6', { high: '6.5' }), new Exact('6.2')).basis).toEqual({ relation: 'between', low: '6', high: '6.5' });
  });
});

describe('computeGap', () => {
  it.each<[Rule, string, boolean, ReturnType<typeof computeGap>]>([
    [rule('about', '6.5'), '5.0', true, { kind: 'points', value: '-1.5' }],
    [rule('about', '6.5'), '7.1', true, { kind: 'points', value: '0.6' }],
    [rule('reduction', '3'), '-3.2', true, { kind: 'points', value: '-0.2' }],
    [rule('range', '6', { high: '6.5' }), '6.2', true, { kind: 'points', value: '0' }],
    [rule('range', '6', { high: '6.5' }), '7', true, { kind: 'points', value: '0.5' }],
    [rule('range', '6', { high: '6.5' }), '5.5', true, { kind: 'points', value: '-0.5' }],
    [rule('at_least', '4500', { tol: RATIO }), '13900', false, { kind: 'completion', percent: '308.9' }],
    [rule('at_least', '1000'), '1314', false, { kind: 'completion', percent: '131.4' }],
    [rule('at_least', '1000'), '1314.95', false, { kind: 'completion', percent: '131.5' }], // half-up
    [rule('at_least', '2000'), '2628.9', false, { kind: 'completion', percent: '131.4' }], // 131.445 → 131.4
    [rule('at_least', '3'), '1', false, { kind: 'completion', percent: '33.3' }],
    [rule('at_least', '0'), '5', false, null],
  ])('%#', (r, actual, inPoints, gap) => {
    expect(computeGap(r, new Exact(actual), inPoints)).toEqual(gap);
  });
});
