import { describe, expect, it } from 'vitest';
import { computeVerdict } from './compute-verdict';
import {
  CPI,
  ENERGY_INTENSITY,
  GDP,
  JOBS,
  URBAN_INCOME,
  growthTarget,
  input,
  levelTarget,
  revision,
} from './test-fixtures';
import type { VerdictCode, VerdictInput, VerdictReasonCode } from './types';

const BUDGET = { key: 'budget_revenue', higherIsBetter: true };
const GRAIN_AREA = { key: 'grain_area', higherIsBetter: true };
const FDI = { key: 'fdi', higherIsBetter: true };
const RURAL_INCOME = { key: 'rural_income', higherIsBetter: true };

const level = (value: string, unit: string | null) => revision(value, { unit, measure: 'level' });

describe('computeVerdict on the seed reports’ targets', () => {
  it.each<[string, VerdictInput, VerdictCode]>([
    // 播州区 2025: 地区生产总值增长6.5%左右
    ['Bozhou GDP ~6.5%, actual 7.0', input(growthTarget('about', '6.5'), GDP, [revision('7.0')]), 'met'],
    ['Bozhou GDP ~6.5%, actual 7.1', input(growthTarget('about', '6.5'), GDP, [revision('7.1')]), 'exceeded'],
    ['Bozhou GDP ~6.5%, actual 6.5', input(growthTarget('about', '6.5'), GDP, [revision('6.5')]), 'met'],
    ['Bozhou GDP ~6.5%, actual 6.2', input(growthTarget('about', '6.5'), GDP, [revision('6.2')]), 'met_within_tolerance'],
    ['Bozhou GDP ~6.5%, actual 6.0 (threshold)', input(growthTarget('about', '6.5'), GDP, [revision('6.0')]), 'met_within_tolerance'],
    ['Bozhou GDP ~6.5%, actual 5.9', input(growthTarget('about', '6.5'), GDP, [revision('5.9')]), 'missed'],
    ['Bozhou GDP ~6.5%, negative growth', input(growthTarget('about', '6.5'), GDP, [revision('-2.1')]), 'missed'],
    // 播州区 2025: 城乡居民人均可支配收入分别增长5%、7%
    ['Bozhou urban income 5%, actual 4.7', input(growthTarget('exact', '5'), URBAN_INCOME, [revision('4.7')]), 'missed'],
    ['Bozhou urban income 5%, actual 5.0', input(growthTarget('exact', '5'), URBAN_INCOME, [revision('5.0')]), 'met'],
    ['Bozhou rural income 7%, actual 6.6', input(growthTarget('exact', '7'), RURAL_INCOME, [revision('6.6')]), 'missed'],
    ['Bozhou rural income 7%, actual 7.6', input(growthTarget('exact', '7'), RURAL_INCOME, [revision('7.6')]), 'exceeded'],
    // 播州区 2025: 新增城镇就业1.3万人; 粮食种植面积稳定在90万亩左右
    ['Bozhou jobs 1.3万人, actual 13000人', input(levelTarget('exact', '1.3', '万人'), JOBS, [level('13000', '人')]), 'met'],
    ['Bozhou jobs 1.3万人, actual 1.29万人', input(levelTarget('exact', '1.3', '万人'), JOBS, [level('1.29', '万人')]), 'missed'],
    ['Bozhou grain ~90万亩, actual 88万亩', input(levelTarget('about', '90', '万亩'), GRAIN_AREA, [level('88', '万亩')]), 'met_within_tolerance'],
    ['Bozhou grain ~90万亩, actual 850000亩', input(levelTarget('about', '90', '万亩'), GRAIN_AREA, [level('850000', '亩')]), 'missed'],
    // 梁平区 2024: 地区生产总值增长7%以上; 单位GDP能耗下降3%; 城镇新增就业4500人以上
    ['Liangping GDP ≥7%, actual 7 (threshold)', input(growthTarget('at_least', '7'), GDP, [revision('7')]), 'met'],
    ['Liangping GDP ≥7%, actual 6.9', input(growthTarget('at_least', '7'), GDP, [revision('6.9')]), 'missed'],
    ['Liangping GDP ≥7%, actual 7.6', input(growthTarget('at_least', '7'), GDP, [revision('7.6')]), 'exceeded'],
    ['Liangping energy −3%, actual −3.2', input(growthTarget('reduction', '3'), ENERGY_INTENSITY, [revision('-3.2')]), 'met'],
    ['Liangping energy −3%, actual −3 (threshold)', input(growthTarget('reduction', '3'), ENERGY_INTENSITY, [revision('-3')]), 'met'],
    ['Liangping energy −3%, actual −2.9', input(growthTarget('reduction', '3'), ENERGY_INTENSITY, [revision('-2.9')]), 'missed'],
    ['Liangping jobs ≥4500人, actual 1.39万人', input(levelTarget('at_least', '4500', '人'), JOBS, [level('1.39', '万人')]), 'exceeded'],
    ['Liangping jobs ≥4500人, actual 4500人', input(levelTarget('at_least', '4500', '人'), JOBS, [level('4500', '人')]), 'met'],
    ['Liangping jobs ≥4500人, actual 0.44万人', input(levelTarget('at_least', '4500', '人'), JOBS, [level('0.44', '万人')]), 'missed'],
    // 章贡区 2024: 居民消费价格总水平涨幅控制在3%左右
    ['Zhanggong CPI ≤~3%, actual 0.2', input(growthTarget('at_most_about', '3'), CPI, [revision('0.2')]), 'met'],
    ['Zhanggong CPI ≤~3%, actual 3.0', input(growthTarget('at_most_about', '3'), CPI, [revision('3.0')]), 'met'],
    ['Zhanggong CPI ≤~3%, actual 3.4', input(growthTarget('at_most_about', '3'), CPI, [revision('3.4')]), 'met_within_tolerance'],
    ['Zhanggong CPI ≤~3%, actual 3.6', input(growthTarget('at_most_about', '3'), CPI, [revision('3.6')]), 'missed'],
    // 章贡区 2024: 实际使用外商直接投资额、出口总额促稳提质; 节能减排完成市下达任务
    ['Zhanggong FDI 促稳提质', input(growthTarget('qualitative', null, { asWritten: '促稳提质' }), FDI, [revision('-12.3')]), 'needs_judgment'],
    ['Zhanggong energy saving', input(growthTarget('qualitative', null, { asWritten: '完成市下达任务' }), ENERGY_INTENSITY, []), 'needs_judgment'],
  ])('%s', (_name, verdictInput, code) => {
    const verdict = computeVerdict(verdictInput);
    expect(verdict.code).toBe(code);
    expect(verdict.computed).toBe(code);
  });

  it('reports the gap in points for growth and as completion for levels', () => {
    expect(computeVerdict(input(growthTarget('about', '6.5'), GDP, [revision('5.0')])).gap).toEqual({ kind: 'points', value: '-1.5' });
    const jobs = computeVerdict(input(levelTarget('at_least', '4500', '人'), JOBS, [level('1.39', '万人')]));
    expect(jobs.gap).toEqual({ kind: 'completion', percent: '308.9' });
    expect(jobs.actual).toEqual({ value: '13900', unit: '人' });
    expect(jobs.basis).toEqual({ relation: 'above', threshold: '4725' });
  });
});

describe('computeVerdict compares across units of one dimension', () => {
  it.each<[string, VerdictInput, VerdictCode, string]>([
    ['亿元 target, 万元 outcome short', input(levelTarget('at_least', '15', '亿元'), BUDGET, [level('149900', '万元')]), 'missed', '14.99'],
    ['亿元 target, 万元 outcome met', input(levelTarget('at_least', '15', '亿元'), BUDGET, [level('155000', '万元')]), 'met', '15.5'],
    ['亿元 target, 元 outcome', input(levelTarget('at_least', '15', '亿元'), BUDGET, [level('1580000000', '元')]), 'exceeded', '15.8'],
    ['full-width unit', input(levelTarget('at_least', '4500', '人'), JOBS, [level('1.39', ' 万人 ')]), 'exceeded', '13900'],
  ])('%s', (_name, verdictInput, code, actual) => {
    const verdict = computeVerdict(verdictInput);
    expect(verdict.code).toBe(code);
    expect(verdict.actual?.value).toBe(actual);
  });
});

describe('computeVerdict refuses to compare, with a reason', () => {
  it.each<[string, VerdictInput, VerdictReasonCode]>([
    ['level target without unit', input(levelTarget('at_least', '4500', null), JOBS, [level('4600', '人')]), 'missing_unit'],
    ['level outcome without unit', input(levelTarget('at_least', '4500', '人'), JOBS, [level('4600', null)]), 'missing_unit'],
    ['people vs households', input(levelTarget('at_least', '4500', '人'), JOBS, [level('4600', '户')]), 'different_dimension'],
    ['万美元 vs 亿元', input(levelTarget('at_least', '5000', '万美元'), FDI, [level('3.2', '亿元')]), 'different_dimension'],
    ['unknown unit', input(levelTarget('at_least', '100', '万头'), JOBS, [level('101', '万头')]), 'unknown_unit'],
    ['growth target, level outcome', input(growthTarget('at_least', '7'), GDP, [level('359.82', '亿元')]), 'measure_mismatch'],
    ['level target, growth outcome', input(levelTarget('at_least', '350', '亿元'), GDP, [revision('7.1')]), 'measure_mismatch'],
    ['growth outcome in 亿元', input(growthTarget('at_least', '7'), GDP, [revision('7.1', { unit: '亿元', measure: 'growth' })]), 'different_dimension'],
    ['target without value', input(growthTarget('at_least', null), GDP, [revision('7.1')]), 'target_incomplete'],
    ['range without upper bound', input(growthTarget('range', '6'), GDP, [revision('7.1')]), 'target_incomplete'],
    ['outcome value unreadable', input(growthTarget('at_least', '7'), GDP, [revision('七')]), 'invalid_value'],
    [
      'definition changed',
      input(growthTarget('about', '6.5'), GDP, [revision('7')], { definitionChanged: { reason: '2024年起按新口径核算' } }),
      'definition_changed',
    ],
  ])('%s', (_name, verdictInput, reason) => {
    const verdict = computeVerdict(verdictInput);
    expect(verdict.code).toBe('not_comparable');
    expect(verdict.reason?.code).toBe(reason);
    expect(verdict.reason?.zh).toBeTruthy();
    expect(verdict.reason?.en).toBeTruthy();
  });

  it('quotes the caller’s reason for a definition change', () => {
    const verdict = computeVerdict(
      input(growthTarget('about', '6.5'), GDP, [revision('7')], { definitionChanged: { reason: '2024年起按新口径核算' } }),
    );
    expect(verdict.reason?.zh).toContain('2024年起按新口径核算');
    expect(verdict.explanation.zh).toContain('2024年起按新口径核算');
  });

  it('picks the outcome of the target’s measure when both are recorded', () => {
    const verdict = computeVerdict(input(growthTarget('at_least', '7'), GDP, [level('359.82', '亿元'), revision('7.1')]));
    expect(verdict.code).toBe('met');
  });

  it('reads a growth figure without a unit as %', () => {
    expect(computeVerdict(input(growthTarget('at_least', '7', { unit: null }), GDP, [revision('7.1', { unit: null })])).code).toBe('met');
  });

  it('is pending without any outcome', () => {
    const verdict = computeVerdict(input(growthTarget('about', '6.5'), GDP, []));
    expect([verdict.code, verdict.reason?.code, verdict.provisional]).toEqual(['pending', 'no_outcome', false]);
  });
});

describe('computeVerdict on a relative target (与经济增长同步)', () => {
  const target = growthTarget('relative', null);
  const withGdp = (gdp: string[]) => ({ reference: { indicatorKey: 'gdp', outcomes: gdp.map((value) => revision(value)) } });

  it.each<[string, VerdictInput, VerdictCode]>([
    ['income ahead of GDP', input(target, URBAN_INCOME, [revision('5.5')], withGdp(['5.0'])), 'met'],
    ['income level with GDP', input(target, URBAN_INCOME, [revision('5.0')], withGdp(['5.0'])), 'met'],
    ['income behind GDP', input(target, URBAN_INCOME, [revision('4.7')], withGdp(['5.0'])), 'missed'],
    ['no GDP outcome yet', input(target, URBAN_INCOME, [revision('4.7')], withGdp([])), 'pending'],
    ['no reference given', input(target, URBAN_INCOME, [revision('4.7')]), 'pending'],
    ['no income outcome yet', input(target, URBAN_INCOME, [], withGdp(['5.0'])), 'pending'],
  ])('%s', (_name, verdictInput, code) => {
    expect(computeVerdict(verdictInput).code).toBe(code);
  });

  it('compares with the GDP figure and names it', () => {
    const verdict = computeVerdict(input(target, URBAN_INCOME, [revision('4.7')], withGdp(['5.0'])));
    expect(verdict.referenceOutcome?.value).toBe('5.0');
    expect(verdict.gap).toEqual({ kind: 'points', value: '-0.3' });
    expect(verdict.explanation.zh).toBe('目标 与地区生产总值增长同步（地区生产总值增长 5.0%），实际 4.7%，低于 5.0% → 未完成');
  });

  it('says which side is missing', () => {
    expect(computeVerdict(input(target, URBAN_INCOME, [revision('4.7')], withGdp([]))).reason?.code).toBe('no_reference_outcome');
    expect(computeVerdict(input(target, URBAN_INCOME, [], withGdp(['5.0']))).reason?.code).toBe('no_outcome');
  });
});

describe('computeVerdict never throws on bad rows', () => {
  it.each<[string, VerdictInput]>([
    ['unreadable target value', input(growthTarget('about', 'abc'), GDP, [revision('6')])],
    ['unreadable upper bound', input(growthTarget('range', '6', { valueHigh: '六' }), GDP, [revision('6')])],
    ['empty outcome value', input(growthTarget('about', '6.5'), GDP, [revision('')])],
    ['unreadable reference', input(growthTarget('relative', null), URBAN_INCOME, [revision('5')], { reference: { indicatorKey: 'nope', outcomes: [revision('x')] } })],
    ['unknown qualifier unit', input(levelTarget('exact', '1', '千瓦时'), JOBS, [level('1', '千瓦时')])],
  ])('%s → not_comparable', (_name, verdictInput) => {
    const verdict = computeVerdict(verdictInput);
    expect(verdict.code).toBe('not_comparable');
    expect(verdict.explanation.zh).toContain('无法判定');
  });
});
