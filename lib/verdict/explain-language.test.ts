// computeVerdict({ language }) writes the explanation in one language and the other only when
// it is read (a national export reads one). The decision and both sentences must be exactly
// what computeVerdict without the option gives, on random inputs over every rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUALIFIERS, VINTAGES } from '@/lib/domain/types';
import { computeVerdict } from './compute-verdict';
import { CPI, GDP, JOBS, growthTarget, input, levelTarget, revision } from './test-fixtures';
import { VERDICT_CODES, type VerdictInput } from './types';

const value = fc.constantFrom(null, '6', '6.5', '-1.2', '0', '13000', '1.3', '7.05', 'abc');
const unit = fc.constantFrom('%', '万人', '人', '亿元', '万元', '户', null, '');
const figure = fc.record({ value: fc.constantFrom('5.9', '6', '6.5', '7.1', '-2', '13000', '1.29', 'x'), unit, vintage: fc.constantFrom(...VINTAGES), level: fc.boolean(), day: fc.integer({ min: 1, max: 28 }) });
const review = fc.record({
  kind: fc.constantFrom('confirm' as const, 'override' as const, 'judgment' as const),
  verdict: fc.constantFrom(null, ...VERDICT_CODES),
  reason: fc.constantFrom('核实无误', 'the final figure rules', '口径一致'),
  reviewer: fc.constantFrom('张三', 'Reviewer\u202Eone'),
  day: fc.integer({ min: 1, max: 28 }),
});

const verdictInput: fc.Arbitrary<VerdictInput> = fc
  .record({
    qualifier: fc.constantFrom(...QUALIFIERS), level: fc.boolean(), value, valueHigh: value, unit, tolerance: fc.constantFrom(null, '0.3', '0.1'),
    indicator: fc.constantFrom(GDP, CPI, JOBS), figures: fc.array(figure, { maxLength: 3 }), reference: fc.array(figure, { maxLength: 2 }),
    reviews: fc.array(review, { maxLength: 2 }), definitionChanged: fc.constantFrom(null, '统计口径调整'), replayedFlip: fc.constantFrom(undefined, null, 'met' as const, 'missed' as const),
  })
  .map((c) => {
    const target = c.level ? levelTarget(c.qualifier, c.value, c.unit, { valueHigh: c.valueHigh, tolerance: c.tolerance, asWritten: '稳步增长' })
      : growthTarget(c.qualifier, c.value, { valueHigh: c.valueHigh, tolerance: c.tolerance, asWritten: '6%左右' });
    const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T00:00:00Z`;
    const revisions = c.figures.map((f) => revision(f.value, { unit: f.unit, vintage: f.vintage, measure: f.level ? 'level' : 'growth', at: at(f.day) }));
    return input(target, c.indicator, revisions, {
      reference: c.qualifier === 'relative' ? { indicatorKey: 'gdp', outcomes: c.reference.map((f) => revision(f.value, { vintage: f.vintage, at: at(f.day) })) } : null,
      definitionChanged: c.definitionChanged ? { reason: c.definitionChanged } : null,
      reviews: c.reviews.map((r) => ({ kind: r.kind, verdict: r.verdict, reason: r.reason, reviewer: r.reviewer, at: new Date(at(r.day)) })),
      ...(c.replayedFlip !== undefined ? { replayedFlip: c.replayedFlip } : {}),
    });
  });

describe('computeVerdict in one language', () => {
  it('decides as without the option, and both sentences are the same, the other written when read', () => {
    fc.assert(
      fc.property(verdictInput, (given) => {
        const full = computeVerdict(given);
        for (const language of ['zh', 'en'] as const) {
          const other = language === 'zh' ? 'en' : 'zh';
          const one = computeVerdict(given, { language });
          // Not written yet: a getter, not a string.
          expect(typeof Object.getOwnPropertyDescriptor(one.explanation, other)?.get).toBe('function');
          expect(one.explanation[language]).toBe(full.explanation[language]);
          const { explanation: _one, ...decision } = one;
          const { explanation: _full, ...fullDecision } = full;
          expect(decision).toEqual(fullDecision);
          expect(one.explanation[other]).toBe(full.explanation[other]);
          expect(one.explanation[other]).toBe(full.explanation[other]);
          expect(JSON.parse(JSON.stringify(one))).toEqual(JSON.parse(JSON.stringify(full)));
        }
      }),
      { numRuns: 500 },
    );
  });
});
