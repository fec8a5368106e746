import { describe, expect, it } from 'vitest';
import { computePace, isAwaitingJudgment, paceRuleFor, type PaceCode, type PaceFigure, type PaceInput, type PaceRule } from './pace';
import { CPI, ENERGY_INTENSITY, GDP, JOBS, URBAN_INCOME, growthTarget, levelTarget } from './test-fixtures';
import type { VerdictReasonCode } from './types';

const UNEMPLOYMENT = { key: 'urban_unemployment_rate', higherIsBetter: false };
const GRAIN_AREA = { key: 'grain_area', higherIsBetter: true };
// An amount where lower is better (e.g. 生产安全事故死亡人数): a ceiling, never pro-rated.
const ACCIDENT_DEATHS = { key: 'accident_deaths', higherIsBetter: false };

const growth = (value: string): PaceFigure => ({ measure: 'growth', value, unit: '%' });
const level = (value: string, unit: string | null): PaceFigure => ({ measure: 'level', value, unit });
const pace = (target: PaceInput['target'], indicator: PaceInput['indicator'], months: number, figure: PaceFigure | null, extra: Partial<PaceInput> = {}): PaceInput => ({
  target,
  indicator,
  period: { months },
  figure,
  ...extra,
});

describe('computePace: growth targets compare cumulative growth with the annual target', () => {
  it.each<[string, PaceInput, PaceCode]>([
    // The Chongqing 上半年 table: 地区生产总值增长6%以上, 同比增长2.9%
    ['GDP ≥6%, H1 2.9', pace(growthTarget('at_least', '6'), GDP, 6, growth('2.9')), 'behind_pace'],
    ['GDP ≥6%, H1 exactly 6 (on the line)', pace(growthTarget('at_least', '6'), GDP, 6, growth('6')), 'on_pace'],
    ['GDP ≥6%, H1 5.99', pace(growthTarget('at_least', '6'), GDP, 6, growth('5.99')), 'behind_pace'],
    ['GDP ≥6%, Q1 7.2 (ahead)', pace(growthTarget('at_least', '6'), GDP, 3, growth('7.2')), 'on_pace'],
    ['GDP ≥6%, negative cumulative growth', pace(growthTarget('at_least', '6'), GDP, 6, growth('-1.2')), 'behind_pace'],
    ['GDP ~6.5%, 1—11月 6.0 (tolerance line)', pace(growthTarget('about', '6.5'), GDP, 11, growth('6.0')), 'on_pace'],
    ['GDP ~6.5%, 1—11月 5.9', pace(growthTarget('about', '6.5'), GDP, 11, growth('5.9')), 'behind_pace'],
    ['GDP ~6.5%, per-target tolerance 0.2, 6.2', pace(growthTarget('about', '6.5', { tolerance: '0.2' }), GDP, 6, growth('6.2')), 'behind_pace'],
    ['GDP ≥6%, N=12, 6.1 → done', pace(growthTarget('at_least', '6'), GDP, 12, growth('6.1')), 'done'],
    ['GDP ≥6%, N=12, 5.9 → behind', pace(growthTarget('at_least', '6'), GDP, 12, growth('5.9')), 'behind_pace'],
    ['income with GDP (relative), 5.0 vs 5.0', pace(growthTarget('relative', null), URBAN_INCOME, 6, growth('5.0'), { reference: { indicatorKey: 'gdp', figure: growth('5.0') } }), 'on_pace'],
    ['income with GDP (relative), 4.8 vs 5.0', pace(growthTarget('relative', null), URBAN_INCOME, 6, growth('4.8'), { reference: { indicatorKey: 'gdp', figure: growth('5.0') } }), 'behind_pace'],
    // A rate written as a level is a rate: compared directly, never pro-rated.
    ['unemployment ~5.5%, H1 5.7 (within 5% of target)', pace(levelTarget('about', '5.5', '%'), UNEMPLOYMENT, 6, level('5.7', '%')), 'on_pace'],
    ['unemployment ~5.5%, H1 5.8', pace(levelTarget('about', '5.5', '%'), UNEMPLOYMENT, 6, level('5.8', '%')), 'behind_pace'],
  ])('%s', (_name, input, code) => {
    expect(computePace(input).code).toBe(code);
  });
});

describe('computePace: ceilings check the cumulative figure against the ceiling itself', () => {
  it.each<[string, PaceInput, PaceCode]>([
    ['CPI ≤3%, H1 3.0 (on the ceiling)', pace(growthTarget('at_most', '3'), CPI, 6, growth('3.0')), 'on_pace'],
    ['CPI ≤3%, H1 3.1', pace(growthTarget('at_most', '3'), CPI, 6, growth('3.1')), 'behind_pace'],
    ['CPI ≤3%, H1 −0.3', pace(growthTarget('at_most', '3'), CPI, 6, growth('-0.3')), 'on_pace'],
    ['CPI ≤~3%, 1—5月 3.5 (tolerance line)', pace(growthTarget('at_most_about', '3'), CPI, 5, growth('3.5')), 'on_pace'],
    ['CPI ≤~3%, 1—5月 3.6', pace(growthTarget('at_most_about', '3'), CPI, 5, growth('3.6')), 'behind_pace'],
    ['CPI ≤3%, N=12, 0.2 → done', pace(growthTarget('at_most', '3'), CPI, 12, growth('0.2')), 'done'],
    ['deaths 30人 (lower is better), H1 30', pace(levelTarget('exact', '30', '人'), ACCIDENT_DEATHS, 6, level('30', '人')), 'on_pace'],
    ['deaths 30人 (lower is better), H1 31', pace(levelTarget('exact', '30', '人'), ACCIDENT_DEATHS, 6, level('31', '人')), 'behind_pace'],
  ])('%s', (_name, input, code) => {
    expect(computePace(input).code).toBe(code);
  });
});

describe('computePace: reductions compare the cumulative change', () => {
  it.each<[string, PaceInput, PaceCode]>([
    ['energy intensity −3%, H1 −3 (on the line)', pace(growthTarget('reduction', '3'), ENERGY_INTENSITY, 6, growth('-3')), 'on_pace'],
    ['energy intensity −3%, H1 −4.1', pace(growthTarget('reduction', '3'), ENERGY_INTENSITY, 6, growth('-4.1')), 'on_pace'],
    ['energy intensity −3%, H1 −2.9', pace(growthTarget('reduction', '3'), ENERGY_INTENSITY, 6, growth('-2.9')), 'behind_pace'],
    ['energy intensity −3%, H1 +0.5 (rose)', pace(growthTarget('reduction', '3'), ENERGY_INTENSITY, 6, growth('0.5')), 'behind_pace'],
    ['energy intensity −3%, N=12, −3.2', pace(growthTarget('reduction', '3'), ENERGY_INTENSITY, 12, growth('-3.2')), 'done'],
  ])('%s', (_name, input, code) => {
    expect(computePace(input).code).toBe(code);
  });
});

describe('computePace: level targets compare the completed share with N/12', () => {
  const jobs = levelTarget('at_least', '1.3', '万人');
  it.each<[string, PaceInput, PaceCode, string | null]>([
    ['jobs 1.3万人, H1 0.65万人 = exactly 50%', pace(jobs, JOBS, 6, level('0.65', '万人')), 'on_pace', '50.0'],
    ['jobs 1.3万人, H1 6499人', pace(jobs, JOBS, 6, level('6499', '人')), 'behind_pace', '50.0'],
    // 11/12 of 13000 = 11916.67: the Anhui 91.7% line, compared exactly.
    ['jobs 1.3万人, 1—11月 11917人', pace(jobs, JOBS, 11, level('11917', '人')), 'on_pace', '91.7'],
    ['jobs 1.3万人, 1—11月 11916人', pace(jobs, JOBS, 11, level('11916', '人')), 'behind_pace', '91.7'],
    ['jobs 1.3万人, 前三季度 1.3万人 → done early', pace(jobs, JOBS, 9, level('1.3', '万人')), 'done', '75.0'],
    ['jobs 1.3万人, N=12 13000人 → done', pace(jobs, JOBS, 12, level('13000', '人')), 'done', '100.0'],
    ['jobs 1.3万人, N=12 12999人 → behind', pace(jobs, JOBS, 12, level('12999', '人')), 'behind_pace', '100.0'],
    // 左右 keeps its tolerance: the pace line is (90 − 4.5) × 6/12 = 42.75万亩.
    ['grain ~90万亩, H1 42.75万亩 (tolerance line)', pace(levelTarget('about', '90', '万亩'), GRAIN_AREA, 6, level('42.75', '万亩')), 'on_pace', '50.0'],
    ['grain ~90万亩, H1 42.7万亩', pace(levelTarget('about', '90', '万亩'), GRAIN_AREA, 6, level('42.7', '万亩')), 'behind_pace', '50.0'],
  ])('%s', (_name, input, code, elapsed) => {
    const verdict = computePace(input);
    expect(verdict.rule).toBe('share');
    expect(verdict.code).toBe(code);
    expect(verdict.share?.elapsed ?? null).toBe(elapsed);
  });

  it('reports the completed share, the elapsed share and the amount the pace needs', () => {
    const verdict = computePace(pace(jobs, JOBS, 11, level('11916', '人')));
    expect(verdict.share).toEqual({ completed: '91.7', elapsed: '91.7', needed: '1.191666666666666666666666666666666666667' });
    expect(verdict.actual).toEqual({ value: '1.1916', unit: '万人' });
  });
});

describe('computePace: key tasks take the reviewer’s judgment', () => {
  const task = growthTarget('qualitative', null, { asWritten: '推进老旧小区改造' });
  it.each<[string, PaceInput, PaceCode]>([
    ['已完成', pace(task, GDP, 6, null, { judgment: { status: 'completed', reason: '已竣工验收', reviewer: '王审核' } }), 'done'],
    ['序时推进', pace(task, GDP, 6, null, { judgment: { status: 'on_track', reason: '按计划推进', reviewer: '王审核' } }), 'on_pace'],
    ['滞后', pace(task, GDP, 6, null, { judgment: { status: 'lagging', reason: '开工延迟', reviewer: '王审核' } }), 'lagging'],
    ['未启动', pace(task, GDP, 6, null, { judgment: { status: 'not_started', reason: '尚未招标', reviewer: '王审核' } }), 'lagging'],
    ['no judgment yet', pace(task, GDP, 6, null), 'pending'],
  ])('%s', (_name, input, code) => {
    const verdict = computePace(input);
    expect(verdict.rule).toBe('judgment');
    expect(verdict.code).toBe(code);
  });

  it('words a pending task 待填报 until its units report, then 待研判 (still pending in every count)', () => {
    const unreported = computePace(pace(task, GDP, 6, null));
    expect(unreported.label).toEqual({ zh: '待填报', en: 'awaiting report' });
    expect(unreported.explanation.zh).toBe('“推进老旧小区改造”，上半年尚未研判 → 待填报');
    const reported = computePace(pace(task, GDP, 6, null, { reported: true }));
    expect(reported.code).toBe('pending');
    expect(reported.label).toEqual({ zh: '待研判', en: 'awaiting judgment' });
    expect(reported.explanation).toEqual({
      zh: '“推进老旧小区改造”，上半年推进情况已报送，尚未研判 → 待研判',
      en: '“推进老旧小区改造”, H1: progress reported, not yet judged → awaiting judgment',
    });
    expect(isAwaitingJudgment(reported)).toBe(true);
    expect(isAwaitingJudgment(unreported)).toBe(false);
    // A judgment decides, reported or not.
    const judged = computePace(pace(task, GDP, 6, null, { reported: true, judgment: { status: 'on_track', reason: '按计划推进', reviewer: '王审核' } }));
    expect(judged.label.zh).toBe('达到序时进度');
    // A figure rule never reads `reported`: an unreported growth target stays 待填报.
    expect(computePace(pace(growthTarget('at_least', '6'), GDP, 6, null, { reported: true })).label.zh).toBe('待填报');
  });
});

describe('computePace: missing and incomparable figures', () => {
  it.each<[string, PaceInput, PaceCode, VerdictReasonCode]>([
    ['no figure yet', pace(growthTarget('at_least', '6'), GDP, 6, null), 'pending', 'no_outcome'],
    ['relative without the reference figure', pace(growthTarget('relative', null), URBAN_INCOME, 6, growth('5')), 'pending', 'no_reference_outcome'],
    ['jobs in 万人, figure in 户', pace(levelTarget('at_least', '1.3', '万人'), JOBS, 6, level('8000', '户')), 'not_comparable', 'different_dimension'],
    ['growth target, level figure', pace(growthTarget('at_least', '6'), GDP, 6, level('300', '亿元')), 'not_comparable', 'measure_mismatch'],
    ['level figure without a unit', pace(levelTarget('at_least', '1.3', '万人'), JOBS, 6, level('8000', null)), 'not_comparable', 'missing_unit'],
    ['target without a value', pace(growthTarget('at_least', null), GDP, 6, growth('6')), 'not_comparable', 'target_incomplete'],
  ])('%s', (_name, input, code, reason) => {
    const verdict = computePace(input);
    expect(verdict.code).toBe(code);
    expect(verdict.reason?.code).toBe(reason);
  });

  it('refuses a period outside 1..12 months (a programming error, not user input)', () => {
    expect(() => computePace(pace(growthTarget('at_least', '6'), GDP, 13, growth('6')))).toThrow(RangeError);
  });
});

describe('paceRuleFor', () => {
  it.each<[string, PaceInput['target'], PaceInput['indicator'], PaceRule]>([
    ['growth', growthTarget('about', '6.5'), GDP, 'growth'],
    ['CPI ceiling', growthTarget('at_most', '3'), CPI, 'ceiling'],
    ['reduction', growthTarget('reduction', '3'), ENERGY_INTENSITY, 'reduction'],
    ['amount, higher is better', levelTarget('at_least', '1.3', '万人'), JOBS, 'share'],
    ['amount, lower is better', levelTarget('exact', '30', '人'), ACCIDENT_DEATHS, 'ceiling'],
    ['rate as a level', levelTarget('about', '5.5', '%'), UNEMPLOYMENT, 'growth'],
    ['key task', growthTarget('qualitative', null), GDP, 'judgment'],
  ])('%s', (_name, target, indicator, rule) => {
    expect(paceRuleFor(target, indicator)).toBe(rule);
  });
});

describe('pace explanations, one line per language', () => {
  it.each<[string, PaceInput, string, string]>([
    [
      'growth behind pace',
      pace(growthTarget('at_least', '6'), GDP, 6, growth('2.9')),
      '全年目标 6%以上，上半年累计 2.9%，低于 6.0% → 未达到序时进度',
      'Annual target at least 6%; H1 cumulative 2.9%, below 6.0% → behind pace',
    ],
    [
      'about, inside the tolerance',
      pace(growthTarget('about', '6.5'), GDP, 11, growth('6.2')),
      '全年目标 6.5%左右（容差 0.5 个百分点），1—11月累计 6.2%，低于 6.5% 但不低于 6.0% → 达到序时进度',
      'Annual target about 6.5% (tolerance 0.5 pp); Jan–Nov cumulative 6.2%, below 6.5% but not below 6.0% → on pace',
    ],
    [
      'share',
      pace(levelTarget('at_least', '1.3', '万人'), JOBS, 6, level('0.6', '万人')),
      '全年目标 1.3万人以上，上半年累计 0.6万人，完成全年目标的 46.2%，序时进度 50.0%（需 0.65万人） → 未达到序时进度',
      'Annual target at least 13,000 people; H1 cumulative 6,000 people, 46.2% of the annual target against 50.0% of the year (needs 6,500 people) → behind pace',
    ],
    [
      'ceiling',
      pace(growthTarget('at_most', '3'), CPI, 3, growth('0.4')),
      '全年目标 3%以内，一季度累计 0.4%，不高于 3.0% → 达到序时进度',
      'Annual target at most 3%; Q1 cumulative 0.4%, at or below 3.0% → on pace',
    ],
    [
      'missing figure',
      pace(growthTarget('at_least', '6'), GDP, 9, null),
      '全年目标 6%以上，前三季度尚未填报 → 待填报',
      'Annual target at least 6%; Q1–Q3: not yet reported → awaiting report',
    ],
    [
      'unit mismatch',
      pace(levelTarget('at_least', '1.3', '万人'), JOBS, 6, level('8000', '户')),
      '全年目标 1.3万人以上，上半年累计 8000户：单位量纲不同，不可比（目标 万人，实际 户） → 无法判定',
      'Annual target at least 13,000 people; H1 cumulative 8000户: units of different dimensions (target 万人, actual 户) → not comparable',
    ],
    [
      'key task',
      pace(growthTarget('qualitative', null, { asWritten: '推进老旧小区改造' }), GDP, 6, null, { judgment: { status: 'not_started', reason: '尚未招标', reviewer: '王审核' } }),
      '“推进老旧小区改造”，上半年审核人 王审核 研判为未启动（尚未招标） → 滞后',
      '“推进老旧小区改造”, H1: reviewer 王审核 judged it not started (尚未招标) → lagging',
    ],
  ])('%s', (_name, input, zh, en) => {
    expect(computePace(input).explanation).toEqual({ zh, en });
  });
});
