// Rules of round 13 (rules13c: plan reports, news, traditional text, bulletins and work reports), each reduced to
// the few lines that carry it (constructed, names and figures invented), from the forms retired eval8's writers
// used and that published reports, releases and news use.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const PLAN_TITLE = '关于青禾县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年国民经济和社会发展计划执行情况\n预计全年主要指标完成情况如下:\n';

describe('round 13 rules (rules13c)', () => {
  it('reads a numbered item headed by the indicator alone, its figures after the stop', () => {
    const text =
      PLAN_TITLE +
      '1.地区生产总值。预计完成318.4亿元,增长5.2%,低于年初计划0.8个百分点。\n' +
      '2.规模以上工业增加值。预计增长7.6%,完成年初计划。\n' +
      '(三)一般公共预算收入。完成16.05亿元,增长3.1%。\n' +
      '4.居民收入。城镇居民人均可支配收入预计达到45120元,增长4.4%。\n' +
      '5.节能减排。上半年单位地区生产总值能耗下降2.1%。\n' +
      '6.重点项目。全年实施项目86个。\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'level', '318.4'],
      ['gdp', 2025, 'growth', '5.2'],
      ['industrial_value_added', 2025, 'growth', '7.6'],
      ['budget_revenue', 2025, 'level', '16.05'],
      ['budget_revenue', 2025, 'growth', '3.1'],
      ['urban_income', 2025, 'level', '45120'],
      ['urban_income', 2025, 'growth', '4.4'],
    ]);
    // Not a heading: the name inside a sentence that ends there, then another sentence's figure.
    const inSentence = PLAN_TITLE + '全县着力稳住地区生产总值。预计完成318.4亿元的项目投资。\n';
    expect(outcomes(extract(inSentence))).toEqual([]);
  });
});
