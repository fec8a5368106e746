import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict';
import { GDP, growthTarget, input, revision } from './test-fixtures';
import type { ReviewerDecision } from './types';

const OUTCOME_AT = '2025-06-30T00:00:00Z';
const review = (decision: Partial<ReviewerDecision> & Pick<ReviewerDecision, 'kind'>): ReviewerDecision => ({
  reason: '统计局核实',
  reviewer: '李审核',
  at: new Date('2025-07-10T00:00:00Z'),
  ...decision,
});
const missedGdp = (reviews: ReviewerDecision[]) =>
  input(growthTarget('about', '6.5'), GDP, [revision('5.0', { at: OUTCOME_AT })], { reviews });

describe('reviewer decisions', () => {
  it('keeps an override beside the computed verdict', () => {
    const verdict = computeVerdict(missedGdp([review({ kind: 'override', verdict: 'met', reason: '口径调整后为 6.6%' })]));
    expect(verdict.code).toBe('missed');
    expect(verdict.computed).toBe('missed');
    expect(verdict.decidedBy).toBe('rules');
    expect(verdict.override).toMatchObject({ verdict: 'met', reviewer: '李审核', reason: '口径调整后为 6.6%', stale: false });
    expect(verdict.explanation.zh).toContain('→ 未完成；审核人 李审核 改判为 完成（口径调整后为 6.6%）');
    expect(verdict.explanation.en).toContain('; reviewer 李审核 overrode this to met');
  });

  it('marks a confirmation, unless a newer revision arrived after it', () => {
    expect(computeVerdict(missedGdp([review({ kind: 'confirm' })])).confirmed).toBe(true);
    const stale = computeVerdict(missedGdp([review({ kind: 'confirm', at: new Date('2025-05-01T00:00:00Z') })]));
    expect(stale.confirmed).toBe(false);
    expect(stale.review?.stale).toBe(true);
  });

  it('uses the latest decision', () => {
    const verdict = computeVerdict(
      missedGdp([
        review({ kind: 'confirm', at: new Date('2025-08-01T00:00:00Z') }),
        review({ kind: 'override', verdict: 'met', at: new Date('2025-07-01T00:00:00Z') }),
      ]),
    );
    expect(verdict.override).toBeNull();
    expect(verdict.confirmed).toBe(true);
  });

  it('lets a judgment decide a qualitative target, keeping what the rules said', () => {
    const target = growthTarget('qualitative', null, { asWritten: '促稳提质' });
    const fdi = { key: 'fdi', higherIsBetter: true };
    const judged = computeVerdict(input(target, fdi, [], { reviews: [review({ kind: 'judgment', verdict: 'missed', reason: '实际利用外资负增长' })] }));
    expect([judged.code, judged.computed, judged.decidedBy, judged.reason]).toEqual(['missed', 'needs_judgment', 'reviewer', null]);
    expect(judged.explanation.zh).toBe('目标 “促稳提质”：审核人 李审核 研判（实际利用外资负增长） → 未完成');

    const waiting = computeVerdict(input(target, fdi, []));
    expect([waiting.code, waiting.reason?.code]).toEqual(['needs_judgment', 'qualitative']);
  });

  it('ignores a decision whose verdict is missing or is not a finding', () => {
    for (const verdict of [null, undefined, 'pending', 'needs_judgment'] as const) {
      const result = computeVerdict(missedGdp([review({ kind: 'override', verdict })]));
      expect([result.code, result.override]).toEqual(['missed', null]);
    }
  });
});
