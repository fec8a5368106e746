// Rules of round 10 (rules10a: session news, plan reports and work reports), each reduced to the few
// lines that carry it (constructed: names, figures and wording invented), from the shapes of retired
// eval4's misses, read as phrasings of published session news and plan documents.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 10 rules (rules10a)', () => {
  it('reads 新一年 as 新的一年: the plan it opens, and the report year from the review before it', () => {
    const result = extract(
      '代表审议报告侧记\n1月20日，出席河湾县人代会的代表审议政府工作报告。\n李明代表说，2025年全县地区生产总值增长5.6%。\n对于新一年的工作，报告提出，地区生产总值增长6%左右，一般公共预算收入增长4%。\n',
    );
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2025, 'growth', '5.6']]);
  });

  it('takes a sentence approving the plan report for no review heading, so the targets before it stay targets', () => {
    const result = extract(
      '石桥区人代会闭幕\n2月2日，石桥区第三届人民代表大会第五次会议闭幕。\n会议认为，2025年全区地区生产总值增长5.1%。\n会议同意报告提出的2026年主要预期目标：地区生产总值增长5.5%左右，社会消费品零售总额增长6%。\n会议批准了区2025年国民经济和社会发展计划执行情况与2026年计划。\n',
    );
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['retail_sales', 2026, 'growth', 'exact', '6'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2025, 'growth', '5.1']]);
    // A heading that names the plan report without a verb of approval still heads the review.
    const heading = extract('一、2025年国民经济和社会发展计划执行情况\n全区地区生产总值增长5.1%。\n二、2026年主要预期目标\n地区生产总值增长5.5%左右。\n');
    expect(outcomes(heading)).toEqual([['gdp', 2025, 'growth', '5.1']]);
    expect(targets(heading)).toEqual([['gdp', 2026, 'growth', 'about', '5.5']]);
  });

  it('opens the plan at a committee’s recommendation of the year’s plan that lists its figures', () => {
    const text =
      '关于2025年计划执行情况与2026年计划草案的审查报告\n预计全县地区生产总值增长5.3%，固定资产投资增长4%。\n委员会认为，计划草案总体可行。建议批准2026年计划草案，即：地区生产总值增长6%；固定资产投资增长5%左右。\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'exact', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'about', '5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'growth', '5.3'],
      ['fixed_asset_investment', 2025, 'growth', '4'],
    ]);
    // Approving a plan with no figures after it opens nothing: the figures before it stay last year's.
    const bare = extract('关于2025年计划执行情况与2026年计划草案的审查报告\n预计全县地区生产总值增长5.3%。\n建议批准2026年计划草案。\n');
    expect(targets(bare)).toEqual([]);
    expect(outcomes(bare)).toEqual([['gdp', 2025, 'growth', '5.3']]);
  });

  it('knows 节能降耗 and 节能降碳 as the energy-saving task, and 农村牧区常住居民 income as rural income', () => {
    for (const wording of ['完成市下达的节能降耗目标任务', '完成省市下达的节能降碳目标任务']) {
      const result = extract(`2026年主要预期目标是：地区生产总值增长6%左右；${wording}。\n`);
      expect(targets(result)).toEqual([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['energy_saving', 2026, 'growth', 'qualitative', null],
      ]);
    }
    const review = extract('一、2025年工作回顾\n全旗农村牧区常住居民人均可支配收入21460元，增长7.1%。\n二、2026年主要预期目标\n地区生产总值增长6%左右。\n');
    expect(outcomes(review)).toEqual([
      ['rural_income', 2025, 'level', '21460'],
      ['rural_income', 2025, 'growth', '7.1'],
    ]);
  });

  it('reads the prose after a headline paragraph as the work plan’s tasks, not targets, unless 确保 binds it', () => {
    const head = '二、2026年工作安排\n主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长8%；固定资产投资增长5%；社会消费品零售总额增长6%。\n';
    const tasks = extract(`${head}（一）扩大有效投资。全年实施重点项目90个，工业投资增长12%以上。\n（二）抓好粮食生产。粮食播种面积稳定在40万亩以上。\n`);
    expect(targets(tasks).map((row) => row[0])).toEqual(['gdp', 'industrial_value_added', 'fixed_asset_investment', 'retail_sales']);
    const bound = extract(`${head}（二）抓好粮食生产。确保全区粮食播种面积稳定在40万亩以上。\n`);
    expect(targets(bound).at(-1)).toEqual(['grain_area', 2026, 'level', 'at_least', '40']);
    // A line of its own (a checklist that runs on past the block) is still a target.
    const line = extract(`${head}\n✔城镇新增就业4000人以上\n`);
    expect(targets(line).at(-1)).toEqual(['new_urban_jobs', 2026, 'level', 'at_least', '4000']);
    // With a short headline paragraph (fewer than four targets) the plan's other figures are read as before.
    const short = extract('二、2026年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n全区粮食播种面积稳定在40万亩以上。\n');
    expect(targets(short).map((row) => row[0])).toEqual(['gdp', 'grain_area']);
  });

  it('ends a list of —— targets at the report’s next numbered part', () => {
    const result = extract(
      '二、2026年主要预期目标\n建议2026年主要预期目标如下：\n——地区生产总值增长6%左右；\n——社会消费品零售总额增长6%；\n——一般公共预算收入增长3%。\n\n三、2026年重点工作\n（一）扩大有效需求。全年实施重点项目120个，其中工业投资力争增长15%。\n（二）稳定粮食生产。力争粮食播种面积稳定在40万亩以上。\n',
    );
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['retail_sales', 2026, 'growth', 'exact', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
    ]);
  });

  it('reads the figure after a short state the indicator is to reach ("止跌回稳、增长2%左右")', () => {
    for (const [clause, qualifier, value] of [
      ['固定资产投资企稳回升、增长3%左右', 'about', '3'],
      ['固定资产投资止跌回稳，增长2%', 'exact', '2'],
    ] as const) {
      expect(targets(extract(`2026年主要预期目标是：地区生产总值增长6%左右，${clause}。\n`))).toEqual([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['fixed_asset_investment', 2026, 'growth', qualifier, value],
      ]);
    }
    // The state alone is a wording without a figure, as before.
    expect(targets(extract('2026年主要预期目标是：地区生产总值增长6%左右，固定资产投资止跌回稳。\n'))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'qualitative', null],
    ]);
  });

  it('reads a card’s targets one a line as "name：figure" or "name：wording"', () => {
    const result = extract('2026年1月12日 青峰县人代会开幕\n今年主要预期目标：\n地区生产总值：增长6%左右\n一般公共预算收入：增长4%\n居民人均可支配收入：与经济增长同步\n城镇新增就业：5000人以上\n来源：青峰县融媒体中心\n');
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
      ['resident_income', 2026, 'growth', 'relative', null],
      ['new_urban_jobs', 2026, 'level', 'at_least', '5000'],
    ]);
    // A wording read after a colon is still a wording only in the headline lines, never in a review.
    expect(extract('2026年1月12日 青峰县人代会开幕\n过去一年：\n居民人均可支配收入：稳步提高\n').targets).toEqual([]);
  });

  it('reads a table’s 区级 row, a relative wording in the target column, and a bare bound in a % row as a level', () => {
    const table = [
      '2025年计划执行情况与2026年计划',
      '指标\t单位\t2025年预计完成\t比上年增长（%）\t2026年目标',
      '区级一般公共预算收入\t亿元\t86.4\t3.1\t增长3%',
      '居民人均可支配收入\t元\t52310\t5.2\t与经济增长同步',
      '城镇调查失业率\t%\t4.9\t—\t5.5以内',
      '市级一般公共预算收入\t亿元\t300.2\t2.2\t增长2%',
      '',
    ].join('\n');
    const result = extract(table);
    expect(targets(result)).toEqual([
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
      ['resident_income', 2026, 'growth', 'relative', null],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
    ]);
    // The city's row (市级) is not the district's.
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2025, 'level', '86.4'],
      ['budget_revenue', 2025, 'growth', '3.1'],
      ['resident_income', 2025, 'level', '52310'],
      ['resident_income', 2025, 'growth', '5.2'],
      ['urban_unemployment_rate', 2025, 'level', '4.9'],
    ]);
  });
});
