// Rules of round 16 (rules16b: plan-execution reports and bulletins from retired eval11), each reduced to the few lines
// that carry it (constructed, names and figures invented), from the forms plan reports and bulletins take. Each names
// the mechanism it fixes; the variants differ from the corpus texts in wording, order, indicator, spacing and table form,
// and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const REVIEW = '一、2025年计划执行情况\n全县经济运行总体平稳。\n';
const CUE = '\n二、2026年主要预期目标\n建议2026年全县主要预期目标如下：\n';

describe('round 16 rules (rules16b)', () => {
  it('reads a table whose rows open on a 序号 column, with bars or tabs between the cells', () => {
    const barred =
      REVIEW + CUE +
      '序号 | 指标名称 | 单位 | 2025年完成 | 2026年目标 | 指标属性\n' +
      '1 | 规模以上工业增加值增长 | % | 6.1 | 8左右 | 预期性\n' +
      '2 | 城镇新增就业 | 人 | 3120 | 3000以上 | 预期性\n' +
      '3 | 粮食总产量 | 万吨 | 12.6 | 12.5以上 | 约束性\n';
    expect(targets(extract(barred))).toEqual([
      ['industrial_value_added', 2026, 'growth', 'about', '8'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '3000'],
      ['grain_output', 2026, 'level', 'at_least', '12.5'],
    ]);
    const tabbed = barred.replace(/ \| /g, '\t');
    expect(targets(extract(tabbed))).toEqual(targets(extract(barred)));
    // Without the 序号 header the first cell is the number, no indicator's name: no row is read.
    const bare = barred.replace('序号 | 指标名称', '指标名称 | 序号');
    expect(targets(extract(bare))).toEqual([]);
  });

  it('reads a handed-down wording in a table’s target column, and the seat before an air-quality row’s name', () => {
    const text =
      REVIEW + CUE +
      '指标 | 单位 | 2025年预计 | 2026年目标\n' +
      '单位地区生产总值能耗降低 | % | 3.1 | 完成省下达的目标任务\n' +
      '城区空气质量优良天数比率 | % | 91.2 | 90以上\n' +
      '出口总额增长 | % | 9.4 | 稳中有进\n';
    expect(targets(extract(text))).toEqual([
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
      ['air_quality_good_days', 2026, 'level', 'at_least', '90'],
    ]);
    // The row's name is no wording ("出口总额增长": its 增长 before the bar); a wording that hands nothing down, or another
    // entity's area before the name, is not read.
    const refused = text.replace('完成省下达的目标任务', '持续下降').replace('城区空气', '全市空气');
    expect(targets(extract(refused))).toEqual([]);
  });

  it('never reads a unit cell after a name as its wording', () => {
    const text =
      REVIEW + CUE +
      '指标\t单位\t2025年预计\t2026年目标\n' +
      '外贸出口总额\t亿元\t12.6\t保持稳定\n' +
      '全市空气质量优良天数比率\t%\t91.2\t稳定\n';
    expect(targets(extract(text))).toEqual([]);
    // A wording of the prose after the name still reads.
    expect(targets(extract(REVIEW + CUE + '外贸出口总额保持稳定。\n'))).toEqual([['exports', 2026, 'growth', 'qualitative', null]]);
  });

  it('reads an item headed by the indicator whose sentence restates the plan in its first clause, the result after the comma', () => {
    const text =
      REVIEW +
      '（三）规模以上工业增加值。年度计划增长7.5%，预计增长6.9%，低于年度计划。\n' +
      '——社会消费品零售总额。年初预期目标增长7%，实际完成96.3亿元，增长7.4%。\n' +
      '2.一般公共预算收入。年度预算增长4%，完成8.12亿元，同比下降2.3%。' +
      CUE;
    expect(outcomes(extract(text))).toEqual([
      ['industrial_value_added', 2025, 'growth', '6.9'],
      ['retail_sales', 2025, 'level', '96.3'],
      ['retail_sales', 2025, 'growth', '7.4'],
      ['budget_revenue', 2025, 'level', '8.12'],
      ['budget_revenue', 2025, 'growth', '-2.3'],
    ]);
    // The plan's figure is never the result: a clause after it that gives no result (a part, a reason), or a first
    // clause that states no plan.
    const refused =
      REVIEW +
      '4.固定资产投资。年度计划增长9%，其中民间投资增长3.1%。\n' +
      '5.一般公共预算收入。年度预算增长5%，受减税影响有所下降。\n' +
      '6.社会消费品零售总额。受消费疲软影响，增长4.2%。' +
      CUE;
    expect(outcomes(extract(refused))).toEqual([]);
  });

  it('never reads a review clause that opens on the year’s plan as an outcome', () => {
    const text =
      REVIEW +
      '（五）居民收入。年初预期目标城镇、农村居民人均可支配收入分别增长5.5%和7%。全年城镇居民人均可支配收入46210元，增长5.2%；农村居民人均可支配收入24830元，增长7.1%。\n' +
      '年度计划规模以上工业增加值增长8%，全年规模以上工业增加值增长8.6%。' +
      CUE;
    expect(outcomes(extract(text))).toEqual([
      ['urban_income', 2025, 'level', '46210'],
      ['urban_income', 2025, 'growth', '5.2'],
      ['rural_income', 2025, 'level', '24830'],
      ['rural_income', 2025, 'growth', '7.1'],
      ['industrial_value_added', 2025, 'growth', '8.6'],
    ]);
  });

  it('never reads a figure whose bracketed note names another entity’s data as the district’s', () => {
    const review = (scope: string) =>
      `关于${scope}2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n` +
      '居民消费价格预计上涨0.6%（全市口径）。全年粮食总产量21.4万吨（全省数据）。城镇新增就业2150人（全县数据）。' +
      CUE + '地区生产总值增长5%左右。\n';
    // In a county, 全市 and 全省 are the city's and the province's; 全县 is its own.
    expect(outcomes(extract(review('云岭县')))).toEqual([['new_urban_jobs', 2025, 'level', '2150']]);
    // In a county-level city, 全市 is its own scope.
    expect(outcomes(extract(review('云岭市')))).toEqual([
      ['cpi', 2025, 'growth', '0.6'],
      ['new_urban_jobs', 2025, 'level', '2150'],
    ]);
  });

  it('reads a bulletin’s registered stock (登记注册) as the district’s', () => {
    const bulletin = (words: string) =>
      `临川县2025年国民经济和社会发展统计公报\n年末全县${words}市场主体4.12万户，比上年末增长6.3%。\n`;
    expect(outcomes(extract(bulletin('登记注册')))).toEqual([
      ['market_entities', 2025, 'level', '4.12'],
      ['market_entities', 2025, 'growth', '6.3'],
    ]);
    expect(outcomes(extract(bulletin('注册的')))).toEqual(outcomes(extract(bulletin('登记注册'))));
    // Another qualifier before the name is still a part (新注册: this year's new entries, a flow).
    expect(outcomes(extract(bulletin('新注册')))).toEqual([]);
  });

  it('reads a table grouped by a 类别 column, its rows opening on the group’s name or an empty cell', () => {
    const text =
      REVIEW + CUE +
      '领域\t指标\t单位\t2025年预计\t2026年目标\t属性\n' +
      '经济运行\t社会消费品零售总额增速\t%\t4.4\t5左右\t预期性\n' +
      '\t一般公共预算收入增速\t%\t2.7\t3\t预期性\n' +
      '民生保障\t城镇新增就业\t人\t4210\t4000以上\t预期性\n';
    expect(targets(extract(text))).toEqual([
      ['retail_sales', 2026, 'growth', 'about', '5'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
    ]);
    // A first column that groups nothing (another header word) leaves the rows unread: the name is no longer first.
    expect(targets(extract(text.replace('领域\t指标', '备注\t指标')))).toEqual([]);
  });

  it('keeps a space-aligned header and rows whose target cells carry only a qualifier apart', () => {
    const text =
      REVIEW + CUE +
      '主要指标                  单位      2026年目标      属性\n' +
      '固定资产投资增长          %         4以上           预期性\n' +
      '城镇居民人均可支配收入增长  %         5.5左右         预期性\n' +
      '农村居民人均可支配收入增长  %         7左右           预期性\n' +
      '一般公共预算收入增长      %         3以上           预期性\n';
    expect(targets(extract(text))).toEqual([
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '4'],
      ['urban_income', 2026, 'growth', 'about', '5.5'],
      ['rural_income', 2026, 'growth', 'about', '7'],
      ['budget_revenue', 2026, 'growth', 'at_least', '3'],
    ]);
    // Prose parted by wide spaces, each clause with its name and verb, is still prose.
    const prose = REVIEW + CUE + '固定资产投资增长4%以上  城镇居民人均可支配收入增长5.5%左右  粮食产量稳定在9万吨\n';
    expect(targets(extract(prose))).toEqual([
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '4'],
      ['urban_income', 2026, 'growth', 'about', '5.5'],
      ['grain_output', 2026, 'level', 'exact', '9'],
    ]);
  });

  it('reads the result after a restated plan across a semicolon or after 执行中, never past the item’s line', () => {
    const text =
      REVIEW +
      '（四）固定资产投资。计划增长8%左右，执行中预计增长5.1%。\n' +
      '（五）社会消费品零售总额。年初预期增长6%；预计全年完成74.3亿元，增长6.4%。' +
      CUE;
    expect(outcomes(extract(text))).toEqual([
      ['fixed_asset_investment', 2025, 'growth', '5.1'],
      ['retail_sales', 2025, 'level', '74.3'],
      ['retail_sales', 2025, 'growth', '6.4'],
    ]);
    // An item whose result is never given lends nothing to the next item's figures (its heading is no restated plan).
    const cut =
      REVIEW +
      '（四）社会消费品零售总额。年初预期增长6%；受多重因素影响有所回落。\n' +
      '（五）一般公共预算收入。预算安排增长3%，实际完成9.42亿元。' +
      CUE;
    expect(outcomes(extract(cut))).toEqual([['budget_revenue', 2025, 'level', '9.42']]);
  });

  it('reads the plan’s item headed by the indicator, its target stated as 预期/目标 in the sentence after the stop', () => {
    const plan =
      '\n二、2026年主要预期目标\n' +
      '（一）社会消费品零售总额。预期增长6%左右，与消费恢复态势相适应。\n' +
      '（二）城镇新增就业。目标为4500人以上。\n' +
      '（三）一般公共预算收入。综合考虑减税降费等因素，预期增长2.5%。\n';
    expect(targets(extract(REVIEW + plan))).toEqual([
      ['retail_sales', 2026, 'growth', 'about', '6'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '4500'],
      ['budget_revenue', 2026, 'growth', 'exact', '2.5'],
    ]);
    // In the review the same sentence restates last year's plan: never an outcome.
    const review = '一、2025年计划执行情况\n（一）社会消费品零售总额。预期增长6%左右，受消费疲软影响未完成。\n（二）城镇新增就业。目标为4500人以上。' + CUE;
    expect(outcomes(extract(review))).toEqual([]);
  });

  it('reads a header in two lines, a year spanning the columns under it', () => {
    const text =
      REVIEW + CUE +
      '主要指标\t单位\t2025年\t\t2026年\n' +
      '\t\t年度计划\t执行情况\t预期目标\n' +
      '规模以上工业增加值增速\t%\t7\t7.8\t7左右\n' +
      '粮食总产量\t万吨\t30.5\t31.2\t30.5以上\n';
    const read = extract(text);
    expect(targets(read)).toEqual([
      ['industrial_value_added', 2026, 'growth', 'about', '7'],
      ['grain_output', 2026, 'level', 'at_least', '30.5'],
    ]);
    // Last year's plan is no outcome: the result column is.
    expect(outcomes(read)).toEqual([
      ['industrial_value_added', 2025, 'growth', '7.8'],
      ['grain_output', 2025, 'level', '31.2'],
    ]);
    // …and in a markdown table, a bar around every cell.
    const barred = text.replace(/^(主要指标|\t|规模|粮食)(.*)$/gm, (line) => `| ${line.replace(/\t/g, ' | ')} |`);
    expect(outcomes(extract(barred))).toEqual(outcomes(read));
    expect(targets(extract(barred))).toEqual(targets(read));
  });

  it('reads a plan table’s one undated column of aims as the report year’s targets, under the plan’s heading only', () => {
    const table = (heading: string) => `${heading}指标\t单位\t目标值\t属性\n规模以上工业增加值增速\t%\t6.5左右\t预期性\n粮食总产量\t万吨\t18以上\t约束性\n`;
    expect(targets(extract(REVIEW + '\n二、2026年主要预期目标\n' + table('')))).toEqual([
      ['industrial_value_added', 2026, 'growth', 'about', '6.5'],
      ['grain_output', 2026, 'level', 'at_least', '18'],
    ]);
    // In the review the same column restates last year's plan; beside another aims column (计划 and 目标) neither is taken.
    expect(targets(extract(REVIEW + table('') + CUE + '地区生产总值增长5%左右。\n'))).toEqual([['gdp', 2026, 'growth', 'about', '5']]);
    const two = REVIEW + '\n二、2026年主要预期目标\n指标\t单位\t计划\t目标\n粮食总产量\t万吨\t17.5\t18以上\n规模以上工业增加值增速\t%\t6\t6.5左右\n';
    expect(targets(extract(two))).toEqual([]);
  });
});
