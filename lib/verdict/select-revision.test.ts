import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict';
import { revisionSteps, selectRevision } from './select-revision';
import { GDP, growthTarget, input, revision } from './test-fixtures';

const JAN = '2025-01-20T00:00:00Z';
const MAR = '2025-03-15T00:00:00Z';
const JUN = '2025-06-30T00:00:00Z';
const SEP = '2025-09-01T00:00:00Z';

describe('selectRevision', () => {
  it.each([
    ['only an estimate', [revision('6.6', { id: 1, vintage: 'estimate', at: JAN })], 1],
    [
      'preliminary beats an earlier estimate',
      [revision('6.6', { id: 1, vintage: 'estimate', at: JAN }), revision('6.1', { id: 2, vintage: 'preliminary', at: MAR })],
      2,
    ],
    [
      'final beats a later estimate',
      [revision('5.8', { id: 3, vintage: 'final', at: JUN }), revision('7.0', { id: 4, vintage: 'estimate', at: SEP })],
      3,
    ],
    [
      'latest of two finals',
      [revision('5.8', { id: 5, vintage: 'final', at: JUN }), revision('5.9', { id: 6, vintage: 'final', at: SEP })],
      6,
    ],
    [
      'same instant: higher id',
      [revision('5.9', { id: 8, vintage: 'final', at: JUN }), revision('5.8', { id: 7, vintage: 'final', at: JUN })],
      8,
    ],
  ])('%s', (_name, revisions, id) => {
    expect(selectRevision(revisions)?.id).toBe(id);
  });

  it('is null without revisions', () => {
    expect(selectRevision([])).toBeNull();
  });

  it('orders by instant, whatever the local zone', () => {
    // 23:30 UTC on 03-14 is already 05:15 on 03-15 in Kathmandu; it is still the earlier one.
    const early = revision('1', { id: 'b', at: '2025-03-14T23:30:00Z' });
    const late = revision('2', { id: 'a', at: '2025-03-15T00:10:00Z' });
    expect(revisionSteps([late, early]).map((step) => step.trigger.id)).toEqual(['b', 'a']);
  });
});

describe('computeVerdict over revisions', () => {
  const target = growthTarget('about', '6.5');

  it('is provisional on an estimate or a preliminary figure, not on a final one', () => {
    expect(computeVerdict(input(target, GDP, [revision('6.6', { vintage: 'estimate' })])).provisional).toBe(true);
    expect(computeVerdict(input(target, GDP, [revision('6.6', { vintage: 'preliminary' })])).provisional).toBe(true);
    expect(computeVerdict(input(target, GDP, [revision('6.6', { vintage: 'final' })])).provisional).toBe(false);
  });

  it('flags a verdict flipped by a later revision', () => {
    const verdict = computeVerdict(
      input(target, GDP, [
        revision('6.6', { id: 1, vintage: 'estimate', at: JAN }),
        revision('5.8', { id: 2, vintage: 'final', at: JUN }),
      ]),
    );
    expect(verdict.code).toBe('missed');
    expect(verdict.provisional).toBe(false);
    expect(verdict.flippedByRevision).toEqual({ from: 'met', revisionId: 2 });
    expect(verdict.explanation.zh).toContain('修订前为 完成');
  });

  it('reports the last change when figures flip back and forth', () => {
    const verdict = computeVerdict(
      input(target, GDP, [
        revision('6.6', { id: 1, vintage: 'estimate', at: JAN }),
        revision('5.8', { id: 2, vintage: 'preliminary', at: MAR }),
        revision('6.2', { id: 3, vintage: 'final', at: JUN }),
      ]),
    );
    expect(verdict.code).toBe('met_within_tolerance');
    expect(verdict.flippedByRevision).toEqual({ from: 'missed', revisionId: 3 });
  });

  it.each([
    ['a revision that keeps the verdict', [revision('6.6', { vintage: 'estimate', at: JAN }), revision('6.8', { at: JUN })]],
    ['a late estimate that cannot supersede the final', [revision('6.6', { at: JUN }), revision('5.0', { vintage: 'estimate', at: SEP })]],
    ['a single revision', [revision('5.0')]],
  ])('does not flag %s', (_name, revisions) => {
    expect(computeVerdict(input(target, GDP, revisions)).flippedByRevision).toBeNull();
  });

  it('flags a relative target flipped by a revision of the reference', () => {
    const verdict = computeVerdict(
      input(growthTarget('relative', null), { key: 'urban_income', higherIsBetter: true }, [revision('5.2', { id: 1, at: JAN })], {
        reference: {
          indicatorKey: 'gdp',
          outcomes: [revision('5.0', { id: 2, vintage: 'estimate', at: JAN }), revision('5.4', { id: 3, at: JUN })],
        },
      }),
    );
    expect(verdict.code).toBe('missed');
    expect(verdict.flippedByRevision).toEqual({ from: 'met', revisionId: 3 });
  });
});
