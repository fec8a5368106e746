// A part-year period named for the whole document or a section (title, headline, opening,
// heading) governs every figure under it that names no period of its own: those figures are
// in-year progress (flagged in_year_period, offered by ingestion as 1—N月 progress), never the
// year's outcomes or targets. Texts written for these tests (names and figures invented).
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { inYearProposals } from '@/lib/ingest/in-year';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const extract = (text: string) => {
  const result = extractProposals(text, { indicators: INDICATORS });
  for (const item of [...result.targets, ...result.outcomes, ...result.flags]) expect(text.slice(item.start, item.end)).toBe(item.quote);
  return result;
};
const inYear = (result: ExtractionResult) => result.flags.filter((flag) => flag.code === 'in_year_period').map((flag) => [flag.indicatorKey, flag.period, flag.figure?.verb, flag.figure?.values[0]?.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

describe('document-level part-year period', () => {
  it('flags every figure of a 上半年…经济运行情况 release, and ingestion offers them as 6-month progress of that year', () => {
    const text = [
      '2025年上半年青溪区经济运行情况',
      '发布时间：2025-07-18 来源：青溪区统计局',
      '',
      '上半年，面对复杂严峻的外部环境，全区经济运行总体平稳、稳中有进。',
      '根据地区生产总值统一核算结果，上半年，全区地区生产总值182.6亿元，按不变价格计算，同比增长5.8%。',
      '规模以上工业增加值同比增长7.2%。',
      '固定资产投资同比下降4.1%。',
      '社会消费品零售总额65.3亿元，同比增长5.5%。',
    ].join('\n');
    const result = extract(text);
    expect(result.outcomes).toEqual([]);
    expect(result.targets).toEqual([]);
    expect(inYear(result)).toEqual([
      // A level is flagged as written, without a verb; ingestion reads its measure from the unit.
      ['gdp', '上半年', null, '182.6'],
      ['gdp', '上半年', 'growth', '5.8'],
      ['industrial_value_added', '上半年', 'growth', '7.2'],
      ['fixed_asset_investment', '上半年', 'decline', '4.1'],
      ['retail_sales', '上半年', null, '65.3'],
      ['retail_sales', '上半年', 'growth', '5.5'],
    ]);
    const { proposals } = inYearProposals(result.flags, { text, indicators: INDICATORS, publishedOn: null });
    expect(proposals.map((p) => [p.indicatorKey, p.year, p.periodMonths, p.measure, p.value])).toEqual([
      ['gdp', 2025, 6, 'level', '182.6'],
      ['gdp', 2025, 6, 'growth', '5.8'],
      ['industrial_value_added', 2025, 6, 'growth', '7.2'],
      ['fixed_asset_investment', 2025, 6, 'growth', '-4.1'],
      ['retail_sales', 2025, 6, 'level', '65.3'],
      ['retail_sales', 2025, 6, 'growth', '5.5'],
    ]);
  });

  it('reads a statistics bureau 1—9月主要经济指标 release as 1—9月 progress, not as targets', () => {
    const text = [
      '青溪区2025年1—9月主要经济指标',
      '发布日期：2025年10月22日',
      '',
      '初步核算，全区地区生产总值276.4亿元，同比增长5.6%。规模以上工业增加值增长6.9%。社会消费品零售总额98.7亿元，增长4.8%。',
    ].join('\n');
    const result = extract(text);
    expect(result.targets).toEqual([]);
    expect(result.outcomes).toEqual([]);
    expect(inYear(result).map(([key, period]) => [key, period])).toEqual([
      ['gdp', '1—9月'],
      ['gdp', '1—9月'],
      ['industrial_value_added', '1—9月'],
      ['retail_sales', '1—9月'],
      ['retail_sales', '1—9月'],
    ]);
    const { proposals } = inYearProposals(result.flags, { text, indicators: INDICATORS, publishedOn: null });
    expect(proposals.every((p) => p.year === 2025 && p.periodMonths === 9)).toBe(true);
    expect(proposals).toHaveLength(5);
  });

  it('reads a news item whose headline and opening name 上半年 as in-year throughout', () => {
    const text = [
      '上半年青溪区GDP增长5.8%',
      '2025-07-16 10:20 来源：青溪融媒',
      '',
      '上半年，全区地区生产总值增长5.8%。规模以上工业增加值同比增长7.2%。固定资产投资同比增长4.1%。',
      '据介绍，全区一般公共预算收入完成12.4亿元，同比增长3.6%。',
    ].join('\n');
    const result = extract(text);
    expect(result.outcomes).toEqual([]);
    expect(inYear(result).map(([key, period]) => [key, period])).toEqual([
      ['gdp', '上半年'],
      ['industrial_value_added', '上半年'],
      ['fixed_asset_investment', '上半年'],
      ['budget_revenue', '上半年'],
      ['budget_revenue', '上半年'],
    ]);
  });

  it('reads 预计全年 in a release from inside the year as this year’s forecast, not last year’s outcome', () => {
    const text = [
      '2025年上半年青溪区经济运行简况',
      '发布时间：2025-07-20',
      '',
      '全区规模以上工业增加值同比增长7.2%，预计全年增长7%。',
    ].join('\n');
    const result = extract(text);
    expect(result.outcomes).toEqual([]);
    expect(result.flags.filter((flag) => flag.code === 'in_year_period').map((flag) => [flag.period, flag.year, flag.figure?.values[0]?.value])).toEqual([
      ['上半年', 2024, '7.2'],
      ['全年', 2025, '7'],
    ]);
    const { proposals, skipped } = inYearProposals(result.flags, { text, indicators: INDICATORS, publishedOn: null });
    expect(proposals.map((p) => [p.year, p.periodMonths, p.value])).toEqual([[2025, 6, '7.2']]);
    expect(skipped.map((item) => item.reason)).toEqual(['whole_year']);
  });

  it('keeps 预计全年 as last year’s outcome in a release about 1—11月 dated the next January', () => {
    const text = [
      '青溪区2024年1—11月经济运行情况',
      '发布时间：2025-01-06',
      '',
      '全区规模以上工业增加值同比增长9.6%，预计全年增长9.3%。',
    ].join('\n');
    const result = extract(text);
    expect(outcomes(result)).toEqual([['industrial_value_added', 2024, 'growth', '9.3']]);
    expect(inYear(result)).toEqual([['industrial_value_added', '1—11月', 'growth', '9.6']]);
  });

  it('flags a release dated in the year that opens 今年以来, with that period as written', () => {
    const text = [
      '青溪区经济运行稳中向好',
      '发布时间：2025-08-12',
      '',
      '今年以来，全区上下聚焦高质量发展。全区地区生产总值同比增长5.4%，规模以上工业增加值增长6.8%。',
    ].join('\n');
    const result = extract(text);
    expect(outcomes(result)).toEqual([]);
    expect(inYear(result).map(([key, period]) => [key, period])).toEqual([
      ['gdp', '今年以来'],
      ['industrial_value_added', '今年以来'],
    ]);
  });

  it('ends a 1—11月 section at a heading that names the whole year: the 全年 figures stay the outcomes', () => {
    const text = [
      '青溪区2024年经济运行情况',
      '发布时间：2025-01-08',
      '一、1—11月主要指标',
      '全区规模以上工业增加值增长8.1%。固定资产投资增长3.2%。',
      '二、全年主要指标预计完成情况',
      '全区地区生产总值增长5.9%。规模以上工业增加值增长8.3%。固定资产投资增长3.5%。',
    ].join('\n');
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.9'],
      ['industrial_value_added', 2024, 'growth', '8.3'],
      ['fixed_asset_investment', 2024, 'growth', '3.5'],
    ]);
    expect(inYear(result).map(([key, period, , value]) => [key, period, value])).toEqual([
      ['industrial_value_added', '1—11月', '8.1'],
      ['fixed_asset_investment', '1—11月', '3.2'],
    ]);
  });

  it('keeps a work report’s annual figures when one sentence of its review speaks of 上半年', () => {
    const text = [
      '青溪区2025年政府工作报告',
      '一、2024年工作回顾',
      '过去一年，面对上半年经济下行压力，我们迎难而上。上半年，全区规模以上工业增加值增长4.2%。',
      '全年地区生产总值增长5.6%。规模以上工业增加值增长7.8%。固定资产投资增长6.1%。',
      '二、2025年工作安排',
      '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。',
    ].join('\n');
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.6'],
      ['industrial_value_added', 2024, 'growth', '7.8'],
      ['fixed_asset_investment', 2024, 'growth', '6.1'],
    ]);
    expect(result.targets.map((t) => [t.indicatorKey, t.year, t.value])).toEqual([['gdp', 2025, '5.5']]);
    expect(inYear(result)).toEqual([['industrial_value_added', '上半年', 'growth', '4.2']]);
  });

  it('keeps a bulletin’s 全年 figures after a 1—11月 paragraph', () => {
    const text = [
      '青溪区2024年国民经济和社会发展统计公报',
      '1—11月，全区规模以上工业增加值增长8.4%。',
      '全年全区地区生产总值312.5亿元，按可比价格计算，比上年增长5.2%。规模以上工业增加值比上年增长8.0%。',
    ].join('\n');
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '312.5'],
      ['gdp', 2024, 'growth', '5.2'],
      ['industrial_value_added', 2024, 'growth', '8'],
    ]);
    expect(inYear(result).map(([key, period]) => [key, period])).toEqual([['industrial_value_added', '1—11月']]);
  });

  it('does not take a related link dated at its foot for a part-year title', () => {
    const text = [
      '相关链接',
      '青溪区2024年1-11月主要经济指标 2024-12-20',
      '青溪区人民代表大会召开 区长作政府工作报告',
      '过去一年，全区地区生产总值增长5.7%，固定资产投资增长4.4%。',
    ].join('\n');
    const result = extract(text);
    expect(result.flags.filter((flag) => flag.code === 'in_year_period')).toEqual([]);
    expect(outcomes(result).map(([key, , , value]) => [key, value])).toEqual([
      ['gdp', '5.7'],
      ['fixed_asset_investment', '4.4'],
    ]);
  });
});
