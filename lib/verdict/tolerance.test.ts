import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict';
import { resolveTolerance } from './tolerance';
import { GDP, growthTarget, input, levelTarget, revision } from './test-fixtures';

describe('resolveTolerance: target, then indicator, then default', () => {
  it.each([
    ['growth default', 'growth', null, {}, { value: '0.5', kind: 'points', source: 'default' }],
    ['level default', 'level', null, {}, { value: '0.05', kind: 'ratio', source: 'default' }],
    ['indicator growth', 'growth', null, { growthTolerancePp: '0.3' }, { value: '0.3', kind: 'points', source: 'indicator' }],
    ['indicator level', 'level', null, { levelToleranceRatio: '0.1' }, { value: '0.1', kind: 'ratio', source: 'indicator' }],
    ['target wins', 'growth', '1', { growthTolerancePp: '0.3' }, { value: '1', kind: 'points', source: 'target' }],
    ['zero is a setting', 'growth', '0', {}, { value: '0', kind: 'points', source: 'target' }],
    ['Prisma-style string', 'growth', '0.500000', {}, { value: '0.5', kind: 'points', source: 'target' }],
    ['negative is skipped', 'growth', '-1', { growthTolerancePp: '0.3' }, { value: '0.3', kind: 'points', source: 'indicator' }],
    ['unreadable is skipped', 'level', 'abc', {}, { value: '0.05', kind: 'ratio', source: 'default' }],
    ['the other measure’s setting is not used', 'level', null, { growthTolerancePp: '0.3' }, { value: '0.05', kind: 'ratio', source: 'default' }],
  ] as const)('%s', (_name, measure, targetTolerance, indicator, expected) => {
    expect(resolveTolerance(measure, targetTolerance, indicator)).toEqual(expected);
  });
});

describe('the verdict uses and reports the tolerance', () => {
  it.each([
    ['target override 1 pp makes 5.6 基本完成', input(growthTarget('about', '6.5', { tolerance: '1' }), GDP, [revision('5.6')]), 'met_within_tolerance', 'target'],
    ['indicator 0.3 pp makes 6.1 missed', input(growthTarget('about', '6.5'), { ...GDP, growthTolerancePp: '0.3' }, [revision('6.1')]), 'missed', 'indicator'],
    ['zero tolerance: 6.49 missed', input(growthTarget('about', '6.5', { tolerance: '0' }), GDP, [revision('6.49')]), 'missed', 'target'],
    ['level ratio 0.1: 81万亩 基本完成', input(levelTarget('about', '90', '万亩', { tolerance: '0.1' }), { key: 'grain_area', higherIsBetter: true }, [revision('81', { unit: '万亩' })]), 'met_within_tolerance', 'target'],
  ] as const)('%s', (_name, verdictInput, code, source) => {
    const verdict = computeVerdict(verdictInput);
    expect(verdict.code).toBe(code);
    expect(verdict.tolerance?.source).toBe(source);
  });

  it('has no tolerance where none applies (at_most, range)', () => {
    expect(computeVerdict(input(growthTarget('at_most', '3'), GDP, [revision('2')])).tolerance).toBeNull();
    expect(computeVerdict(input(growthTarget('range', '6', { valueHigh: '6.5' }), GDP, [revision('6.2')])).tolerance).toBeNull();
  });
});

describe('global defaults set by an admin', () => {
  const defaults = { growthTolerancePp: '1', levelToleranceRatio: '0.1' };

  it.each([
    ['replace the built-in growth default', 'growth', null, {}, { value: '1', kind: 'points', source: 'default' }],
    ['replace the built-in level default', 'level', null, {}, { value: '0.1', kind: 'ratio', source: 'default' }],
    ['yield to an indicator setting', 'growth', null, { growthTolerancePp: '0.3' }, { value: '0.3', kind: 'points', source: 'indicator' }],
  ] as const)('%s', (_name, measure, targetTolerance, indicator, expected) => {
    expect(resolveTolerance(measure, targetTolerance, indicator, defaults)).toEqual(expected);
  });

  it('fall back to the built-in value when unusable', () => {
    expect(resolveTolerance('growth', null, {}, { growthTolerancePp: '-2', levelToleranceRatio: 'x' })).toEqual({ value: '0.5', kind: 'points', source: 'default' });
  });

  it('change the verdict: Bozhou GDP 6.5%左右 with 5.6 is missed at 0.5 pp, 基本完成 at 1 pp', () => {
    const target = growthTarget('about', '6.5');
    expect(computeVerdict(input(target, GDP, [revision('5.6')])).code).toBe('missed');
    expect(computeVerdict(input(target, GDP, [revision('5.6')], { toleranceDefaults: defaults })).code).toBe('met_within_tolerance');
  });
});
