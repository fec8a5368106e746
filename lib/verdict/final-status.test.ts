import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict';
import { finalStatus } from './final-status';
import { GDP, growthTarget, input, revision } from './test-fixtures';
import type { ReviewerDecision } from './types';

const OUTCOME_AT = '2025-06-30T00:00:00Z';
const decision = (extra: Partial<ReviewerDecision> & Pick<ReviewerDecision, 'kind'>): ReviewerDecision => ({
  reason: '统计局核实', reviewer: '李审核', at: new Date('2025-07-10T00:00:00Z'), ...extra,
});
const gdp = (actual: string, reviews: ReviewerDecision[] = [], qualifier: 'about' | 'qualitative' = 'about') =>
  computeVerdict(input(growthTarget(qualifier, qualifier === 'qualitative' ? null : '6.5'), GDP, [revision(actual, { at: OUTCOME_AT })], { reviews }));

describe('finalStatus', () => {
  it('is the computed verdict when no reviewer decided', () => {
    expect(finalStatus(gdp('5.0'))).toMatchObject({ code: 'missed', computed: 'missed', overridden: false, decidedBy: 'rules', label: { zh: '未完成' } });
  });

  it("is the reviewer's override, with the computed verdict beside it", () => {
    const status = finalStatus(gdp('5.0', [decision({ kind: 'override', verdict: 'met', reason: '口径调整后为 6.6%' })]));
    expect(status).toMatchObject({ code: 'met', label: { zh: '完成', en: 'Met' }, computed: 'missed', overridden: true, decidedBy: 'reviewer', staleOverride: null });
  });

  it('an override to the computed code itself is not marked overridden', () => {
    expect(finalStatus(gdp('5.0', [decision({ kind: 'override', verdict: 'missed' })]))).toMatchObject({ code: 'missed', overridden: false, decidedBy: 'reviewer' });
  });

  it('a confirmation keeps the computed verdict', () => {
    expect(finalStatus(gdp('5.0', [decision({ kind: 'confirm' })]))).toMatchObject({ code: 'missed', overridden: false, decidedBy: 'rules' });
  });

  it('a stale override (a newer revision arrived) is not applied, and is reported', () => {
    const status = finalStatus(gdp('5.0', [decision({ kind: 'override', verdict: 'met', at: new Date('2025-05-01T00:00:00Z') })]));
    expect(status).toMatchObject({ code: 'missed', overridden: false, decidedBy: 'rules' });
    expect(status.staleOverride).toMatchObject({ verdict: 'met', stale: true });
  });

  it("a qualitative target's judgment is the status, decided by the reviewer, not an override", () => {
    const status = finalStatus(gdp('5.0', [decision({ kind: 'judgment', verdict: 'met' })], 'qualitative'));
    expect(status).toMatchObject({ code: 'met', computed: 'met', overridden: false, decidedBy: 'reviewer' });
  });
});
