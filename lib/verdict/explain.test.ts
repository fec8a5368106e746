import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict';
import { CPI, ENERGY_INTENSITY, GDP, JOBS, growthTarget, input, levelTarget, revision } from './test-fixtures';
import type { VerdictInput } from './types';

const BUDGET = { key: 'budget_revenue', higherIsBetter: true };

describe('explanation, one line per language', () => {
  it.each<[string, VerdictInput, string, string]>([
    [
      'Bozhou GDP missed',
      input(growthTarget('about', '6.5'), GDP, [revision('5.0')]),
      '目标 6.5%左右（容差 0.5 个百分点），实际 5.0%，低于 6.0% → 未完成',
      'Target about 6.5% (tolerance 0.5 pp); actual 5.0%, below 6.0% → missed',
    ],
    [
      'Bozhou GDP within tolerance, preliminary',
      input(growthTarget('about', '6.5'), GDP, [revision('6.2', { vintage: 'preliminary' })]),
      '目标 6.5%左右（容差 0.5 个百分点），实际 6.2%（初步核算数），低于 6.5% 但不低于 6.0% → 基本完成',
      'Target about 6.5% (tolerance 0.5 pp); actual 6.2% (preliminary), below 6.5% but not below 6.0% → met within tolerance',
    ],
    [
      'Liangping GDP exceeded',
      input(growthTarget('at_least', '7'), GDP, [revision('7.6')]),
      '目标 7%以上（超出 0.5 个百分点以上为超额），实际 7.6%，高于 7.5% → 超额完成',
      'Target at least 7% (exceeded beyond 0.5 pp); actual 7.6%, above 7.5% → exceeded',
    ],
    [
      'Liangping energy intensity',
      input(growthTarget('reduction', '3'), ENERGY_INTENSITY, [revision('-3.2')]),
      '目标 下降3%，实际 −3.2%，不高于 −3.0% → 完成',
      'Target a fall of 3%; actual −3.2%, at or below −3.0% → met',
    ],
    [
      'Zhanggong CPI',
      input(growthTarget('at_most_about', '3'), CPI, [revision('3.4')]),
      '目标 控制在3%左右（容差 0.5 个百分点），实际 3.4%，高于 3.0% 但不高于 3.5% → 基本完成',
      'Target at most about 3% (tolerance 0.5 pp); actual 3.4%, above 3.0% but not above 3.5% → met within tolerance',
    ],
    [
      'Liangping jobs in 万人',
      input(levelTarget('at_least', '4500', '人'), JOBS, [revision('1.39', { unit: '万人' })]),
      '目标 4500人以上（超出目标的 5% 以上为超额），实际 13900人（原值 1.39万人；完成目标的 308.9%），高于 4725人 → 超额完成',
      'Target at least 4,500 people (exceeded beyond 5% of target); actual 13,900 people (308.9% of target), above 4,725 people → exceeded',
    ],
    [
      '亿元 target, 万元 outcome',
      input(levelTarget('at_least', '15', '亿元'), BUDGET, [revision('149900', { unit: '万元' })]),
      '目标 15亿元以上，实际 14.99亿元（原值 149900万元；完成目标的 99.9%），低于 15亿元 → 未完成',
      'Target at least 1.5 bn yuan; actual 1.499 bn yuan (99.9% of target), below 1.5 bn yuan → missed',
    ],
    [
      'range',
      input(growthTarget('range', '6', { valueHigh: '6.5' }), GDP, [revision('6.2')]),
      '目标 6%–6.5%，实际 6.2%，在 6.0%–6.5% 之间 → 完成',
      'Target 6% to 6.5%; actual 6.2%, between 6.0% and 6.5% → met',
    ],
    [
      'different dimensions',
      input(levelTarget('at_least', '4500', '人'), JOBS, [revision('4600', { unit: '户' })]),
      '目标 4500人以上，实际 4600户：单位量纲不同，不可比（目标 人，实际 户） → 无法判定',
      'Target at least 4,500 people; actual 4,600 households: units of different dimensions (target 人, actual 户) → not comparable',
    ],
    [
      'pending',
      input(growthTarget('about', '6.5'), GDP, []),
      '目标 6.5%左右（容差 0.5 个百分点）：尚无实际数据 → 待更新',
      'Target about 6.5% (tolerance 0.5 pp): no outcome yet → pending',
    ],
    [
      'qualitative',
      input(growthTarget('qualitative', null, { asWritten: '完成市下达任务' }), ENERGY_INTENSITY, []),
      '目标 “完成市下达任务”：定性目标，待审核人研判 → 需研判',
      "Target “完成市下达任务” (qualitative): qualitative target, awaiting a reviewer's judgment → needs judgment",
    ],
  ])('%s', (_name, verdictInput, zh, en) => {
    expect(computeVerdict(verdictInput).explanation).toEqual({ zh, en });
  });

  it('prints no float artefacts', () => {
    const verdict = computeVerdict(input(growthTarget('about', '0.3'), GDP, [revision('0.1')]));
    expect(verdict.explanation.zh).toContain('实际 0.1%');
    expect(verdict.gap).toEqual({ kind: 'points', value: '-0.2' }); // 0.1 − 0.3 in floats is −0.19999999999999998
  });
});
