// Layouts other than the seed reports', from fixtures written for these tests.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

// Compact rows so each table reads like the report.
const targetRows = (result: ExtractionResult) =>
  result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value, t.valueHigh, t.unit, t.asWritten]);
const outcomeRows = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value, o.unit]);

function expectVerbatim(text: string, result: ExtractionResult) {
  for (const item of [...result.targets, ...result.outcomes, ...result.flags]) {
    expect(text.slice(item.start, item.end)).toBe(item.quote);
    expect(item.quote).not.toBe('');
  }
  for (const item of [...result.targets, ...result.outcomes]) {
    expect(item.confidence).toBeGreaterThan(0);
    expect(item.confidence).toBeLessThanOrEqual(1);
  }
}

describe('extractProposals on other layouts', () => {
  it('reads a （一）（二） list after 今年经济社会发展的主要预期目标是, with a relative target', () => {
    const text = fixture('numbered-list.txt');
    const result = extractProposals(text, { indicators: INDICATORS });
    expectVerbatim(text, result);
    expect(result.reportYear).toBe(2023);
    expect(targetRows(result)).toEqual([
      ['gdp', 2023, 'growth', 'about', '6', null, '%', '6%左右'],
      ['budget_revenue', 2023, 'growth', 'exact', '5', null, '%', '5%'],
      ['fixed_asset_investment', 2023, 'growth', 'at_least', '8', null, '%', '8%以上'],
      ['urban_unemployment_rate', 2023, 'level', 'at_most', '5.5', null, '%', '控制在5.5%以内'],
      ['resident_income', 2023, 'growth', 'relative', null, null, '%', '增长与经济增长同步'],
    ]);
    expect(result.targets[4]?.relativeToIndicatorKey).toBe('gdp');
    expect(outcomeRows(result)).toEqual([
      ['gdp', 2022, 'level', '268.4', '亿元'],
      ['gdp', 2022, 'growth', '4.2', '%'],
      ['budget_revenue', 2022, 'level', '12.6', '亿元'],
      ['budget_revenue', 2022, 'growth', '-3.1', '%'],
      ['new_urban_jobs', 2022, 'level', '5230', '人'],
      ['urban_unemployment_rate', 2022, 'level', '5.1', '%'],
    ]);
  });

  it('reads "；"-separated targets after 主要预期目标为, ranges, 分别…和…, and a sub-target elsewhere in the plan', () => {
    const text = fixture('semicolon-ranges.txt');
    const result = extractProposals(text, { indicators: INDICATORS });
    expectVerbatim(text, result);
    expect(targetRows(result)).toEqual([
      ['gdp', 2024, 'growth', 'range', '6', '6.5', '%', '6%—6.5%'],
      ['industrial_value_added', 2024, 'growth', 'range', '7', '8', '%', '7%到8%'],
      ['retail_sales', 2024, 'growth', 'about', '6.5', null, '%', '6.5%左右'],
      ['budget_revenue', 2024, 'growth', 'exact', '4', null, '%', '4%'],
      ['urban_income', 2024, 'growth', 'exact', '6', null, '%', '6%'],
      ['rural_income', 2024, 'growth', 'exact', '7', null, '%', '7%'],
      // 下降…左右 is "about −2.5", as lib/targets/parse-as-written.ts reads it.
      ['energy_intensity', 2024, 'growth', 'about', '-2.5', null, '%', '下降2.5%左右'],
      ['grain_output', 2024, 'level', 'at_least', '25', null, '万吨', '25万吨以上'],
      // "力争“三大产业”实现规上工业增加值40亿元" is a sub-item; "工业投资占比" a share.
      ['grain_area', 2024, 'level', 'at_least', '31', null, '万亩', '31万亩以上'],
    ]);
    expect(result.targets.at(-1)?.confidence).toBeLessThan(result.targets[0]!.confidence);
    // 年均 (a multi-year average) is not last year's outcome; 预计 makes it an estimate.
    expect(outcomeRows(result)).toEqual([
      ['gdp', 2023, 'level', '156.2', '亿元'],
      ['gdp', 2023, 'growth', '5.6', '%'],
      ['industrial_value_added', 2023, 'growth', '8.3', '%'],
      ['retail_sales', 2023, 'growth', '7', '%'],
      ['industrial_investment', 2023, 'growth', '12.4', '%'],
    ]);
    expect(result.outcomes.map((o) => o.vintage)).toEqual(['estimate', 'estimate', 'estimate', 'estimate', 'estimate']);
  });

  it('reads a 1. 2. list after 今年主要预期目标是, taking the year from the date line', () => {
    const text = fixture('dotted-list.txt');
    const result = extractProposals(text, { indicators: INDICATORS });
    expectVerbatim(text, result);
    expect(targetRows(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5', null, '%', '5.5%左右'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '1.2', null, '万人', '1.2万人以上'],
      ['cpi', 2025, 'growth', 'about', '3', null, '%', '3%左右'],
      ['grain_area', 2025, 'level', 'at_least', '35', null, '万亩', '不低于35万亩'],
      ['fdi', 2025, 'growth', 'qualitative', null, null, null, '稳中有进'],
    ]);
    expect(result.outcomes).toEqual([]);
  });

  it('reads full-width digits, ％ and punctuation, quoting the original characters', () => {
    const text = fixture('full-width.txt');
    const result = extractProposals(text, { indicators: INDICATORS });
    expectVerbatim(text, result);
    expect(result.reportYear).toBe(2025);
    expect(targetRows(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6.5', null, '%', '6.5%左右'],
      ['fixed_asset_investment', 2025, 'growth', 'range', '6', '7', '%', '6%—7%'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '3000', null, '人', '3000人以上'],
    ]);
    expect(result.targets[0]?.quote).toBe('地区生产总值增长６．５％左右');
    expect(outcomeRows(result)).toEqual([
      ['gdp', 2024, 'level', '123.45', '亿元'],
      ['gdp', 2024, 'growth', '5.2', '%'],
      ['retail_sales', 2024, 'growth', '-1.5', '%'],
      ['new_urban_jobs', 2024, 'level', '3200', '人'],
    ]);
  });

  it('proposes no targets from a report without a targets section, and flags ranks and flows', () => {
    const text = fixture('no-targets.txt');
    const result = extractProposals(text, { indicators: INDICATORS });
    expectVerbatim(text, result);
    expect(result.targets).toEqual([]);
    // "力争增长6%以上" states an aim, not an outcome.
    expect(outcomeRows(result)).toEqual([
      ['gdp', 2023, 'level', '402.7', '亿元'],
      ['gdp', 2023, 'growth', '6.3', '%'],
      ['fixed_asset_investment', 2023, 'growth', '4.1', '%'],
      ['budget_revenue', 2023, 'level', '18.2', '亿元'],
      ['budget_revenue', 2023, 'growth', '9.9', '%'],
    ]);
    expect(result.flags.map((f) => [f.code, f.indicatorKey, f.quote])).toEqual([
      ['flow_not_stock', 'market_entities', '新增市场主体3120户'],
      ['no_figure', 'retail_sales', '社会消费品零售总额增速全市第二'],
    ]);
  });

  it('never proposes from navigation, copyright or address lines', () => {
    const text = fixture('furniture.txt');
    const result = extractProposals(text, { indicators: INDICATORS });
    expectVerbatim(text, result);
    expect(targetRows(result)).toEqual([
      ['gdp', 2024, 'growth', 'about', '5.5', null, '%', '5.5%左右'],
      ['budget_revenue', 2024, 'growth', 'exact', '4', null, '%', '4%'],
    ]);
    expect(outcomeRows(result)).toEqual([
      ['gdp', 2023, 'growth', '5.1', '%'],
      ['budget_revenue', 2023, 'growth', '3.2', '%'],
    ]);
  });

  it('uses the report year it is given, and says so when it cannot tell', () => {
    const text = '各位代表:\n过去一年,全区地区生产总值增长5%。';
    expect(extractProposals(text, { indicators: INDICATORS }).flags.map((f) => f.code)).toEqual(['report_year_unknown']);
    expect(outcomeRows(extractProposals(text, { reportYear: 2026, indicators: INDICATORS }))).toEqual([['gdp', 2025, 'growth', '5', '%']]);
  });
});

describe('extractProposals reads with the catalogue it is given', () => {
  const text = '2025年主要预期目标是:城乡融合指数提高到68%以上,地区生产总值增长6%左右。';

  it('reads a name an admin added as an alias, without a deploy', () => {
    expect(extractProposals(text, { indicators: INDICATORS }).targets.map((t) => t.indicatorKey)).toEqual(['gdp']);
    const withAlias = [...INDICATORS, { key: 'integration', nameZh: '城乡融合指数', aliases: [], levelUnit: '%', higherIsBetter: true }];
    const result = extractProposals(text, { indicators: withAlias });
    expect(targetRows(result)).toEqual([
      ['integration', 2025, 'level', 'at_least', '68', null, '%', '68%以上'],
      ['gdp', 2025, 'growth', 'about', '6', null, '%', '6%左右'],
    ]);
  });

  it('proposes a clear target for an unknown indicator as a new indicator, with its wording', () => {
    const result = extractProposals('2025年主要预期目标是:地区生产总值增长6%左右,进出口总额增长8%以上,研发投入强度稳步提升。', { indicators: INDICATORS });
    expect(result.unknownIndicators?.map((u) => [u.name, u.year, u.measure, u.qualifier, u.value, u.unit, u.quote])).toEqual([
      ['进出口总额', 2025, 'growth', 'at_least', '8', '%', '进出口总额增长8%以上'],
    ]);
  });
});

describe('extractProposals: year, period and basis', () => {
  it.each([
    ['柳岸县2024年国民经济和社会发展统计公报\n全年地区生产总值236.45亿元,比上年增长5.7%。', 2025, 'bulletin_title'],
    ['关于云岭区2024年国民经济和社会发展计划执行情况的报告\n——地区生产总值增长5.4%。', 2025, 'review_heading'],
    ['某区人大会议开幕\n2025-01-10 09:32\n报告指出,过去一年地区生产总值增长5.4%。', 2025, 'date_line'],
    ['报告指出,2025年是“十四五”规划收官之年。过去一年,全区地区生产总值增长5.4%。', 2025, 'year_opening'],
    ['1月9日,某区人大会议召开。今年是“十五五”规划开局之年。过去一年,全区地区生产总值增长5.4%。', 2026, 'year_opening'],
    ['报告显示,2024年,该区地区生产总值增长5.4%。报告提出,今年该区将力争实现地区生产总值增长6%。', 2025, 'review_year'],
  ])('%j → %s', (text, year, source) => {
    const result = extractProposals(text, { indicators: INDICATORS });
    expect([result.reportYear, result.reportYearSource]).toEqual([year, source]);
    expect(result.outcomes.map((o) => [o.indicatorKey, o.year])).toContainEqual(['gdp', year - 1]);
  });

  it('keeps a short report\'s numbered headings on their own lines and names a one-character county', () => {
    const result = extractProposals('沛县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长5.5%。\n二、2025年工作安排\n主要预期目标是:地区生产总值增长6%左右。', { indicators: INDICATORS });
    expect([result.district, outcomeRows(result), result.targets.map((t) => t.value)]).toEqual(['沛县', [['gdp', 2024, 'growth', '5.5', '%']], ['6']]);
  });

  it('reads a bulletin as preliminary figures of the year before', () => {
    const result = extractProposals('某县2024年国民经济和社会发展统计公报\n全年地区生产总值236.45亿元,比上年增长5.7%。', { indicators: INDICATORS });
    expect(result.outcomes.map((o) => [o.measure, o.value, o.vintage])).toEqual([['level', '236.45', 'preliminary'], ['growth', '5.7', 'preliminary']]);
  });

  it('flags part-year figures with their period and reads the whole-year figure after them', () => {
    const text = '2024年工作回顾\n1—11月,规模以上工业增加值同比增长9.6%,预计全年增长9.3%;上半年,社会消费品零售总额增长7.5%。';
    const result = extractProposals(text, { indicators: INDICATORS });
    expect(outcomeRows(result)).toEqual([['industrial_value_added', 2024, 'growth', '9.3', '%']]);
    expect(result.flags.map((f) => [f.code, f.indicatorKey, f.quote])).toEqual([
      ['in_year_period', 'industrial_value_added', '规模以上工业增加值同比增长9.6%'],
      ['in_year_period', 'retail_sales', '社会消费品零售总额增长7.5%'],
    ]);
  });

  it('proposes a 同口径 rate beside the reported one (or alone), marked and flagged either way', () => {
    const only = extractProposals('2024年工作回顾\n一般公共预算收入完成21.7亿元,同口径增长6.3%。', { indicators: INDICATORS });
    expect(only.outcomes.map((o) => [o.measure, o.value, o.comparableBasis ?? false])).toEqual([['level', '21.7', false], ['growth', '6.3', true]]);
    expect(only.flags.map((f) => f.code)).toEqual(['comparable_basis']);
    const both = extractProposals('2024年工作回顾\n一般公共预算收入完成7.92亿元,同比下降1.6%,同口径增长3.1%。', { indicators: INDICATORS });
    expect(both.outcomes.map((o) => [o.measure, o.value, o.comparableBasis ?? false])).toEqual([['level', '7.92', false], ['growth', '-1.6', false], ['growth', '3.1', true]]);
    expect(both.flags.map((f) => [f.code, f.quote])).toEqual([['comparable_basis', '同口径增长3.1%']]);
    // "剔除…因素后" qualifies a rate the same way.
    const adjusted = extractProposals('2024年工作回顾\n一般公共预算收入完成6.42亿元,剔除留抵退税因素后增长4.8%。', { indicators: INDICATORS });
    expect(adjusted.outcomes.map((o) => [o.measure, o.value, o.comparableBasis ?? false])).toEqual([['level', '6.42', false], ['growth', '4.8', true]]);
  });

  it('never reads another entity, another year or a multi-year average as the district\'s figure', () => {
    const text = '2024年工作回顾\n全区地区生产总值增长5.1%,高于全市0.8个百分点;全市地区生产总值增长5.4%;全省规模以上工业增加值增长6%;最终核实2023年地区生产总值为223.1亿元;五年来社会消费品零售总额年均增长6.1%,服务业增加值占地区生产总值比重达到61.2%。';
    expect(outcomeRows(extractProposals(text, { indicators: INDICATORS }))).toEqual([['gdp', 2024, 'growth', '5.1', '%']]);
  });

  it('reads approximate levels as approximate, and Chinese numerals and 持平 as figures', () => {
    const text = '2024年工作回顾\n地区生产总值近600亿元,增长百分之五点二;一般公共预算收入超40亿元,增长一成;粮食总产量与上年持平。';
    const result = extractProposals(text, { indicators: INDICATORS });
    expect(result.outcomes.map((o) => [o.indicatorKey, o.measure, o.value, o.approximate ?? false])).toEqual([
      ['gdp', 'level', '600', true],
      ['gdp', 'growth', '5.2', false],
      ['budget_revenue', 'level', '40', true],
      ['budget_revenue', 'growth', '10', false],
      ['grain_output', 'growth', '0', false],
    ]);
    expect(Math.max(...result.outcomes.filter((o) => o.approximate).map((o) => o.confidence))).toBeLessThan(Math.min(...result.outcomes.filter((o) => !o.approximate).map((o) => o.confidence)));
  });
});

