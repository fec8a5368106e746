// Rules of round 17 (rules17c: work reports, bulletins, plan reports, traditional text and web pages from retired eval12),
// each reduced to the few lines that carry it (constructed, names and figures invented). Each names the mechanism it
// fixes; the variants differ from the corpus texts in wording, order, indicator and figures, and each has the cases it
// must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const REVIEW = '一、2025年工作回顾\n';
const PLAN = '\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n';

describe('round 17 rules (rules17c)', () => {
  it('reads one figure of a combined income name in the review, without 分别, as residents’ income', () => {
    const level = outcomes(extract(REVIEW + '全县城乡居民人均可支配收入达到41260元、增长5.3%。' + PLAN));
    expect(level).toEqual([
      ['resident_income', 2025, 'level', '41260'],
      ['resident_income', 2025, 'growth', '5.3'],
    ]);
    const rate = outcomes(extract(REVIEW + '城乡常住居民人均可支配收入比上年增长6.1%。' + PLAN));
    expect(rate).toEqual([['resident_income', 2025, 'growth', '6.1']]);
    // 分别, or a figure for each part, stays each part's.
    const each = outcomes(extract(REVIEW + '城乡居民人均可支配收入分别达到48600元和23150元。' + PLAN));
    expect(each).toEqual([
      ['urban_income', 2025, 'level', '48600'],
      ['rural_income', 2025, 'level', '23150'],
    ]);
    const shared = outcomes(extract(REVIEW + '城乡居民人均可支配收入分别增长4.8%。' + PLAN));
    expect(shared.map(([key]) => key)).toEqual(['urban_income', 'rural_income']);
  });

  it('reads a clause opening on the comparable basis as the second rate, beside the reported one', () => {
    const bulletin = '2025年某县国民经济和社会发展统计公报\n一、财政\n全年地方一般公共预算收入18.62亿元，增长1.4%[2]。\n';
    const note = '注释：\n[2]按同口径计算，一般公共预算收入增长4.7%。\n';
    expect(outcomes(extract(bulletin + note))).toEqual([
      ['budget_revenue', 2025, 'level', '18.62'],
      ['budget_revenue', 2025, 'growth', '1.4'],
      ['budget_revenue', 2025, 'growth', '4.7'],
    ]);
    const plain = outcomes(extract(bulletin + '按可比口径，税收收入增长3.9%。\n'));
    expect(plain.filter(([key]) => key === 'budget_revenue')).toHaveLength(2);
    // A price basis is the rate's own: the one rate reads, no second.
    const price = outcomes(extract('2025年某县国民经济和社会发展统计公报\n按可比价格计算，全年地区生产总值增长5.6%。\n'));
    expect(price).toEqual([['gdp', 2025, 'growth', '5.6']]);
  });

  it('never reads a rate of a count of the year’s additions, nor 持平 of a rate kept in %', () => {
    const bulletin = '2025年某县国民经济和社会发展统计公报\n';
    expect(outcomes(extract(bulletin + '全年新增城镇就业4630人，比上年下降2.1%。\n'))).toEqual([['new_urban_jobs', 2025, 'level', '4630']]);
    expect(outcomes(extract(bulletin + '城区环境空气质量优良率92.4%，与上年持平。\n'))).toEqual([['air_quality_good_days', 2025, 'level', '92.4']]);
    // A stock's rate, and a quantity's 持平, still read.
    expect(outcomes(extract(bulletin + '年末市场主体4.2万户，比上年增长5.5%。粮食总产量16.3万吨，与上年持平。\n'))).toEqual([
      ['market_entities', 2025, 'level', '4.2'],
      ['market_entities', 2025, 'growth', '5.5'],
      ['grain_output', 2025, 'level', '16.3'],
      ['grain_output', 2025, 'growth', '0'],
    ]);
  });

  it('reads a clause of its own opening on 全年 as the whole year’s, after a sentence opened on a part of the year', () => {
    const text = REVIEW + '1—10月固定资产投资增速一度回落至2.1%，全年固定资产投资增长4.6%。' + PLAN;
    expect(outcomes(extract(text))).toEqual([['fixed_asset_investment', 2025, 'growth', '4.6']]);
    // Without 全年 opening its clause, the period opening the sentence governs it: flagged, never proposed.
    const governed = REVIEW + '1—10月固定资产投资增速一度回落至2.1%，工业投资增长4.6%。' + PLAN;
    expect(outcomes(extract(governed))).toEqual([]);
  });

  it('reads a clause opened by a part of the year before its lead-in: the part-year figure never, the 全年 rate after it as the year’s', () => {
    const text = REVIEW + '报告还提到，前三季度全县社会消费品零售总额增长3.8%，全年增长4.4%。' + PLAN;
    expect(outcomes(extract(text))).toEqual([['retail_sales', 2025, 'growth', '4.4']]);
    // The part-year figure alone is no outcome.
    expect(outcomes(extract(REVIEW + '1—9月全县社会消费品零售总额增长3.8%。' + PLAN))).toEqual([]);
  });

  it('reads 共有 before a stock as a lead-in', () => {
    const text = '2025年某县国民经济和社会发展统计公报\n年末全县共有市场主体5.12万户，比上年增长4.3%。\n';
    expect(outcomes(extract(text))).toEqual([
      ['market_entities', 2025, 'level', '5.12'],
      ['market_entities', 2025, 'growth', '4.3'],
    ]);
    // Another entity's stock stays refused.
    expect(outcomes(extract(text.replace('全县共有', '全市共有')))).toEqual([]);
  });

  it('reads a district’s kind of two characters alone before a name as the district itself', () => {
    const review = '青川林区2025年国民经济和社会发展计划执行情况\n一、2025年计划执行情况\n';
    const text = review + '——林区地区生产总值增长5.2%，林区空气质量优良天数比率98.6%。\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'growth', '5.2'],
      ['air_quality_good_days', 2025, 'level', '98.6'],
    ]);
    // In a county's text 林区 is a part of it (its forest area), never the county.
    const county = text.replace('青川林区2025年', '青川县2025年');
    expect(outcomes(extract(county))).toEqual([]);
  });

  it('reads two income names each written in full up to their shared tail as the pair', () => {
    const plan = '2026年某旗政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、2026年主要预期目标\n';
    expect(targets(extract(plan + '城镇常住居民与农牧民人均可支配收入分别增长5.5%、7.5%左右。\n'))).toEqual([
      ['urban_income', 2026, 'growth', 'about', '5.5'],
      ['rural_income', 2026, 'growth', 'about', '7.5'],
    ]);
    expect(targets(extract(plan + '城镇居民及农村居民人均可支配收入分别增长4.5%和6%。\n'))).toEqual([
      ['urban_income', 2026, 'growth', 'exact', '4.5'],
      ['rural_income', 2026, 'growth', 'exact', '6'],
    ]);
    // A joiner between two other names stays two readings: the rural name alone takes its own figure.
    expect(targets(extract(plan + '城镇新增就业2000人，农牧民人均可支配收入增长7%。\n'))).toEqual([
      ['new_urban_jobs', 2026, 'level', 'exact', '2000'],
      ['rural_income', 2026, 'growth', 'exact', '7'],
    ]);
  });

  it('reads a name inside another name’s handed-down wording as its object, no target of its own', () => {
    const plan = '2026年某县政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、2026年主要预期目标\n今年全县主要预期目标是：\n';
    const text = plan + '地区生产总值增长6%；能耗强度完成省下达的节能减排目标任务。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'exact', '6'],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
    ]);
    expect(extract(text).targets[1]!.asWritten).toBe('完成省下达的节能减排目标任务');
    // The handed-down phrase opening its own clause names its own target.
    expect(targets(extract(plan + '地区生产总值增长6%；全面完成省下达的节能降碳目标任务。\n'))).toEqual([
      ['gdp', 2026, 'growth', 'exact', '6'],
      ['energy_saving', 2026, 'growth', 'qualitative', null],
    ]);
  });

  it('never reads a clause of a sentence opening on a five-year plan’s span as this year’s target', () => {
    const plan = '2026年某县政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、2026年主要预期目标\n';
    const span = plan + '今后五年，力争一般公共预算收入年均增长4%、社会消费品零售总额突破300亿元。\n今年社会消费品零售总额增长5.5%。\n';
    expect(targets(extract(span))).toEqual([['retail_sales', 2026, 'growth', 'exact', '5.5']]);
    const named = plan + '“十六五”期间，全县社会消费品零售总额突破300亿元。今年社会消费品零售总额增长5.5%。\n';
    expect(targets(extract(named))).toEqual([['retail_sales', 2026, 'growth', 'exact', '5.5']]);
    // The year that opens a plan's span names its own targets ("…规划开局之年,…").
    const opening = plan + '“十五五”规划开局之年，全县社会消费品零售总额增长6%。\n';
    expect(targets(extract(opening))).toEqual([['retail_sales', 2026, 'growth', 'exact', '6']]);
  });

  it('reads a level’s rate through a cause between them', () => {
    const text = REVIEW + '全年税收收入完成8.46亿元，受留抵退税政策影响，同比下降3.7%。' + PLAN;
    expect(outcomes(extract(text))).toEqual([
      ['tax_revenue', 2025, 'level', '8.46'],
      ['tax_revenue', 2025, 'growth', '-3.7'],
    ]);
    // A cause that names its own figure is no bridge.
    const own = REVIEW + '全年税收收入完成8.46亿元，受减收2.1亿元影响，同比下降3.7%。' + PLAN;
    expect(outcomes(extract(own))).toEqual([['tax_revenue', 2025, 'level', '8.46']]);
  });

  it('reads the seat before a consumer-price name as the district’s own survey', () => {
    const bulletin = '2025年某县国民经济和社会发展统计公报\n';
    expect(outcomes(extract(bulletin + '全年县城居民消费价格比上年上涨1.2%。\n'))).toEqual([['cpi', 2025, 'growth', '1.2']]);
    expect(outcomes(extract(bulletin + '全年县政府驻地居民消费价格比上年下降0.4%。\n'))).toEqual([['cpi', 2025, 'growth', '-0.4']]);
    // Another entity's prices stay refused.
    expect(outcomes(extract(bulletin + '全年全省居民消费价格比上年上涨1.2%。\n'))).toEqual([]);
  });

  it('reads 到位外资 as the foreign capital actually used (catalogue alias)', () => {
    expect(outcomes(extract(REVIEW + '全年到位外资1260万美元，增长8.1%。' + PLAN))).toEqual([
      ['fdi', 2025, 'level', '1260'],
      ['fdi', 2025, 'growth', '8.1'],
    ]);
    // Funds arrived from elsewhere in the country are no foreign capital.
    expect(outcomes(extract(REVIEW + '全年到位省外资金36.2亿元。' + PLAN))).toEqual([]);
  });
});
