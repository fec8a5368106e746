// Tables flattened to tab-separated lines, read through the whole extractor.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';

const table = [
  '柳河县2025年政府工作报告',
  '一、2024年工作回顾',
  '主要指标完成情况如下表。',
  ['指标名称', '单位', '2024年目标', '2024年完成', '比上年增长(%)', '2025年预期目标(%)'].join('\t'),
  ['地区生产总值', '亿元', '', '210.5', '5.3', ''].join('\t'),
  ['规模以上工业增加值', '%', '8', '—', '-1.2', '7左右'].join('\t'),
  ['其中:工业投资', '%', '', '', '12.5', ''].join('\t'),
  ['一般公共预算收入(亿元)', '', '—', '9.8', '3.1', '3以上'].join('\t'),
  '二、2025年工作安排',
  '全县经济社会发展的主要预期目标是:地区生产总值增长6%左右。',
].join('\n');

describe('readTables', () => {
  const result = extractProposals(table, { indicators: INDICATORS });
  const outcomes = result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value, o.unit]);
  const targets = result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value, t.unit, t.asWritten]);

  it('reads last year\'s figures by their column, keeping empty cells in place', () => {
    expect(outcomes).toEqual([
      ['gdp', 2024, 'level', '210.5', '亿元'],
      ['gdp', 2024, 'growth', '5.3', '%'],
      ['industrial_value_added', 2024, 'growth', '-1.2', '%'],
      // A sub-item is read by its own name, as "其中工业投资增长12.5%" is in prose (round 8).
      ['industrial_investment', 2024, 'growth', '12.5', '%'],
      ['budget_revenue', 2024, 'level', '9.8', '亿元'],
      ['budget_revenue', 2024, 'growth', '3.1', '%'],
    ]);
  });

  it('reads the report year\'s target column as written; last year\'s plan column is not read', () => {
    expect(targets).toEqual([
      ['gdp', 2025, 'growth', 'about', '6', '%', '6%左右'],
      ['industrial_value_added', 2025, 'growth', 'about', '7', '%', '7%左右'],
      ['budget_revenue', 2025, 'growth', 'at_least', '3', '%', '3%以上'],
    ]);
  });

  it('quotes each cell verbatim from its row\'s name', () => {
    for (const item of [...result.targets, ...result.outcomes]) expect(table.slice(item.start, item.end)).toBe(item.quote);
    expect(result.outcomes[0]!.quote).toBe('地区生产总值\t亿元\t\t210.5');
  });

  it('reads a percent target column whose rows name a level unit, in a page whose other lines are open (no joins into the header)', () => {
    const page = [
      '某区人民政府门户网站',
      '您当前的位置：首页 > 信息公开 > 计划总结',
      '某区2025年政府工作报告主要指标',
      '发布时间：2025-01-24 16:05',
      ['指标', '2024年完成', '增长（%）', '2025年预期目标（%）'].join('\t'),
      ['地区生产总值（亿元）', '244.8', '5.3', '5.5左右'].join('\t'),
      ['一般公共预算收入（亿元）', '13.35', '2.2', '3'].join('\t'),
      '全文下载：某区2025年政府工作报告.pdf（1.2MB）',
      '主办：某区人民政府办公室 承办：某区大数据中心',
    ].join('\n');
    const read = extractProposals(page, { indicators: INDICATORS });
    expect(read.targets.map((t) => [t.indicatorKey, t.measure, t.qualifier, t.value, t.unit])).toEqual([
      ['gdp', 'growth', 'about', '5.5', '%'],
      ['budget_revenue', 'growth', 'exact', '3', '%'],
    ]);
    expect(read.outcomes.map((o) => [o.indicatorKey, o.measure, o.value])).toEqual([
      ['gdp', 'level', '244.8'],
      ['gdp', 'growth', '5.3'],
      ['budget_revenue', 'level', '13.35'],
      ['budget_revenue', 'growth', '2.2'],
    ]);
  });

  it('reads a table aligned with runs of spaces, and a unitless target column as rates when they lie nearer the growth than the level', () => {
    const page = [
      '某区2025年国民经济和社会发展主要指标',
      '发布日期：2025-01-20',
      '指标名称    单位    2024年完成    增长%    2025年目标',
      '地区生产总值    亿元    286.5    5.6    6左右',
      '一般公共预算收入    亿元    15.8    3.1    4',
      '社会消费品零售总额    亿元    121.3    4.9    128',
    ].join('\n');
    const read = extractProposals(page, { indicators: INDICATORS });
    expect(read.targets.map((t) => [t.indicatorKey, t.measure, t.qualifier, t.value, t.unit])).toEqual([
      ['gdp', 'growth', 'about', '6', '%'],
      ['budget_revenue', 'growth', 'exact', '4', '%'],
      // 128 lies nearer the level 121.3 than the growth 4.9: a level target in the row's unit.
      ['retail_sales', 'level', 'exact', '128', '亿元'],
    ]);
    expect(read.outcomes.filter((o) => o.indicatorKey === 'gdp').map((o) => [o.measure, o.value, o.quote])).toEqual([
      ['level', '286.5', '地区生产总值    亿元    286.5'],
      ['growth', '5.6', '地区生产总值    亿元    286.5    5.6'],
    ]);
  });

  it('reads a markdown table with bars around its cells, its rule line and a blank line not ending it', () => {
    const page = ['某区2025年政府工作报告主要指标', '|指标|单位|2024年完成|增长(%)|2025年目标(%)|', '|---|---|---|---|---|', '', '|地区生产总值|亿元|342.6|5.4|5.5左右|'].join('\n');
    const read = extractProposals(page, { indicators: INDICATORS });
    expect(read.targets.map((t) => [t.indicatorKey, t.qualifier, t.value, t.unit, t.quote])).toEqual([['gdp', 'about', '5.5', '%', '地区生产总值|亿元|342.6|5.4|5.5左右']]);
    expect(read.outcomes.map((o) => [o.measure, o.value])).toEqual([
      ['level', '342.6'],
      ['growth', '5.4'],
    ]);
  });

  it('reads a table whose cells stand one space apart under a 指标 header, while its rows keep the header\'s cell count', () => {
    const page = ['某区2025年政府工作报告主要指标', '指标 单位 2024年完成 增长% 2025年目标%', '地区生产总值 亿元 298.4 5.7 6左右', '全区地区生产总值增长5.7% 高于全市'].join('\n');
    const read = extractProposals(page, { indicators: INDICATORS });
    expect(read.targets.map((t) => [t.indicatorKey, t.measure, t.qualifier, t.value])).toEqual([['gdp', 'growth', 'about', '6']]);
    expect(read.outcomes.map((o) => [o.measure, o.value])).toEqual([
      ['level', '298.4'],
      ['growth', '5.7'],
    ]);
  });

  it('reads a bulletin table whose figure column is headed by last year alone ("2024年")', () => {
    const bulletin = ['某区2024年国民经济和社会发展统计公报', '指标名称\t单位\t2024年\t比上年增长(%)', '地区生产总值\t亿元\t286.34\t5.3'].join('\n');
    const read = extractProposals(bulletin, { indicators: INDICATORS });
    expect(read.outcomes.map((o) => [o.year, o.measure, o.value])).toEqual([
      [2024, 'level', '286.34'],
      [2024, 'growth', '5.3'],
    ]);
  });
});

