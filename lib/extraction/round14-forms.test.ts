// Rules of round 14 (rules14c: plan reports, text without punctuation, and the rest of retired eval9's misses), each
// reduced to the few lines that carry it (constructed, names and figures invented), from the forms eval9's writers used
// and that published reports, congress committees' review reports and OCR copies take. Each names the mechanism it
// fixes; the variants differ from the corpus text in wording, order, indicator and spacing.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

// A people's-congress committee's review of the plan (审查结果报告): its sections are headed "关于…".
const COMMITTEE_TOP =
  '青禾县人民代表大会财政经济委员会\n关于青禾县2025年国民经济和社会发展计划执行情况与2026年计划草案的审查结果报告\n' +
  '县第九届人民代表大会第三次会议主席团:\n现将审查结果报告如下:\n\n';

describe('round 14 rules (rules14c)', () => {
  it('opens the plan at a section heading written "关于/对 + year + plan" (a committee review report)', () => {
    const text =
      COMMITTEE_TOP +
      '一、关于2025年国民经济和社会发展计划执行情况\n财政经济委员会认为,计划执行情况总体较好:地区生产总值预计完成86.2亿元,增长5.9%;社会消费品零售总额增长6.6%;城镇新增就业1320人。\n\n' +
      '二、关于2026年国民经济和社会发展计划草案\n建议批准计划草案。主要预期目标为:地区生产总值增长6%左右;社会消费品零售总额增长7%;城镇新增就业1300人以上。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['retail_sales', 2026, 'growth', 'exact', '7'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '1300'],
    ]);
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'level', '86.2'],
      ['gdp', 2025, 'growth', '5.9'],
      ['retail_sales', 2025, 'growth', '6.6'],
      ['new_urban_jobs', 2025, 'level', '1320'],
    ]);
    // "（二）对…的审查意见", a bracketed number and 对 for 关于.
    const bracketed =
      COMMITTEE_TOP +
      '（一）关于2025年计划执行情况\n全县一般公共预算收入完成4.12亿元,增长8.3%;固定资产投资增长9.4%。\n' +
      '（二）对2026年计划草案的审查意见\n委员会同意计划草案提出的目标:一般公共预算收入增长6%;固定资产投资增长8%以上。\n';
    expect(targets(extract(bracketed))).toEqual([
      ['budget_revenue', 2026, 'growth', 'exact', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '8'],
    ]);
    expect(outcomes(extract(bracketed)).map(([key, year]) => `${key}|${year}`)).toEqual(['budget_revenue|2025', 'budget_revenue|2025', 'fixed_asset_investment|2025']);
    // Not the plan: a 关于 heading on the review's own year (the problems of 2025's plan).
    const sameYear =
      COMMITTEE_TOP +
      '一、关于2025年国民经济和社会发展计划执行情况\n财政经济委员会认为,县人民政府认真执行县人大批准的计划,全县经济运行总体平稳,全县地区生产总值增长5.9%。\n' +
      '二、关于2025年国民经济和社会发展计划执行中的问题\n委员会也注意到,计划执行中还存在一些困难和问题,工业经济基础还不牢固,规模以上工业增加值下降1.2%。\n';
    expect(targets(extract(sameYear))).toEqual([]);
    expect(outcomes(extract(sameYear)).map(([key]) => key)).toEqual(['gdp', 'industrial_value_added']);
  });

  it('reads "主要预期目标即:" / "，即:" / "也就是:" as the cue that opens the targets list', () => {
    for (const cue of ['主要预期目标即:', '主要预期目标,即:', '主要目标即为:', '预期目标 也就是:']) {
      const text =
        '青禾区2025年计划执行情况与2026年计划草案的审查意见\n全区地区生产总值增长5.1%,城镇居民人均可支配收入增长4.8%。\n' +
        `委员会同意计划草案提出的${cue}地区生产总值增长5.5%左右;城镇居民人均可支配收入增长5%;粮食产量稳定在21万吨以上。\n`;
      expect(targets(extract(text)), cue).toEqual([
        ['gdp', 2026, 'growth', 'about', '5.5'],
        ['urban_income', 2026, 'growth', 'exact', '5'],
        ['grain_output', 2026, 'level', 'at_least', '21'],
      ]);
      expect(outcomes(extract(text)), cue).toEqual([
        ['gdp', 2025, 'growth', '5.1'],
        ['urban_income', 2025, 'growth', '4.8'],
      ]);
    }
    // 即将 is no cue: "…主要预期目标即将确定" opens nothing.
    const soon = '2025年计划执行情况\n全区地区生产总值增长5.1%。全区主要预期目标即将提交会议,地区生产总值增长5.5%左右的安排正在论证。\n';
    expect(targets(extract(soon))).toEqual([]);
  });

  it('reads 农牧民人均可支配收入 (pastoral regions’ rural residents) as rural income, never as all residents’', () => {
    const text =
      '2025年计划执行情况\n全县农牧民人均可支配收入达到19860元,增长8.7%;城镇居民人均可支配收入达到45210元,增长5.6%。\n' +
      '2026年主要预期目标为:农牧民人均可支配收入增长8%以上,居民人均可支配收入增长6%。\n';
    expect(outcomes(extract(text))).toEqual([
      ['rural_income', 2025, 'level', '19860'],
      ['rural_income', 2025, 'growth', '8.7'],
      ['urban_income', 2025, 'level', '45210'],
      ['urban_income', 2025, 'growth', '5.6'],
    ]);
    expect(targets(extract(text))).toEqual([
      ['rural_income', 2026, 'growth', 'at_least', '8'],
      ['resident_income', 2026, 'growth', 'exact', '6'],
    ]);
  });
});
