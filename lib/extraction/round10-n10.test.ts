// Rules of round 10n (session 7), each reduced to the few lines that carry it (constructed: names, figures
// and wording invented), from the shapes of the outside writer's news texts n10-01…16 (dev/README-news10.md),
// read as forms of county-media news: 【年·成绩单】 boxes, features and speeches that restate the session's
// targets after a colon, December year-end estimates, 数读 infographic rows, interviews.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 10n rules (n10 news)', () => {
  it('reads a bracketed year and middle dot as the review and the plan headings (【2022·成绩单】, 【2023·目标】)', () => {
    const result = extract(
      '一文看懂青河区政府工作报告\n报告总结了去年的成绩，也亮出了今年的目标。\n【2022·成绩单】\n▲全区地区生产总值增长4.1%；\n【2023·目标】\n地区生产总值增长6%左右，一般公共预算收入增长5%。\n',
    );
    expect(result.reportYear).toBe(2023);
    expect(outcomes(result)).toEqual([['gdp', 2022, 'growth', '4.1']]);
    expect(targets(result)).toEqual([
      ['gdp', 2023, 'growth', 'about', '6'],
      ['budget_revenue', 2023, 'growth', 'exact', '5'],
    ]);
    // With a plan heading naming no year, the review heading alone gives the year.
    const review = extract(
      '一文看懂青河区政府工作报告\n报告用条目式总结了过去一年的成绩。\n【2022·成绩单】\n▲全区地区生产总值增长4.1%；\n【今年目标】\n地区生产总值增长6%左右。\n',
    );
    expect(review.reportYear).toBe(2023);
    expect(outcomes(review)).toEqual([['gdp', 2022, 'growth', '4.1']]);
  });

  it('opens the plan at a sentence turning to this year that announces its targets before a colon', () => {
    const feature = extract(
      '县域观察｜山海之间\n《南岭日报》 2025年2月3日\n去年，全县地区生产总值增长6.8%。\n新的一年，该县定下了“再上台阶”的目标：地区生产总值增长7%左右，固定资产投资增长8%。\n',
    );
    expect(feature.reportYear).toBe(2025);
    expect(targets(feature)).toEqual([
      ['gdp', 2025, 'growth', 'about', '7'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '8'],
    ]);
    expect(outcomes(feature)).toEqual([['gdp', 2024, 'growth', '6.8']]);
    const speech = extract(
      '新春第一会\n2026-02-20 梁川县融媒体中心\n书记在讲话中说，2025年全县地区生产总值增长5.9%。书记指出，今年是开局之年，县人代会确定的目标必须坚决完成：地区生产总值增长百分之六左右，出口增长3%。\n',
    );
    expect(targets(speech)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['exports', 2026, 'growth', 'exact', '3'],
    ]);
    // Without a colon after 目标 the sentence announces nothing: a figure in it is no target of this rule.
    const noColon = extract('2026-02-20 梁川县融媒体中心\n书记指出，今年的目标必须坚决完成，全县地区生产总值去年增长5.9%。\n');
    expect(targets(noColon)).toEqual([]);
  });

  it('files a December year-end estimate as that year’s outcomes, and keeps other months’ dates as the report year', () => {
    const december = extract(
      '某区2025年经济运行年终盘点\n2025年12月28日 云溪日报\n1—11月，全区固定资产投资增长4.9%。\n据区统计局初步测算，预计全年地区生产总值增长5.5%左右，一般公共预算收入26.1亿元。\n',
    );
    expect(december.reportYear).toBe(2026);
    expect(outcomes(december)).toContainEqual(['gdp', 2025, 'growth', '5.5']);
    expect(outcomes(december)).toContainEqual(['budget_revenue', 2025, 'level', '26.1']);
    // The 1—11月 figure is in-year progress, never the year's.
    expect(outcomes(december).some(([key]) => key === 'fixed_asset_investment')).toBe(false);
    // A December date without a whole-year estimate, or an estimate dated in January, keeps the date's year.
    expect(extract('区人代会筹备工作会召开\n2025年12月28日 云溪日报\n会议要求，全区地区生产总值增长6%。\n').reportYear).toBe(2025);
    expect(extract('区人代会开幕\n2026年1月8日 云溪日报\n报告说，去年预计全年地区生产总值增长5.5%左右。\n').reportYear).toBe(2026);
  });

  it('reads a 数读 infographic row of a name and figure cells joined by bars', () => {
    const result = extract(
      '编者按：1月9日，青溪县人代会开幕，县长作政府工作报告，回顾过去一年工作。\n数读2024\n地区生产总值｜预计271.5亿元｜增长5.3%\n固定资产投资｜增长2.6%\n2025年主要预期目标\n地区生产总值增长5.5%以上。\n',
    );
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '271.5'],
      ['gdp', 2024, 'growth', '5.3'],
      ['fixed_asset_investment', 2024, 'growth', '2.6'],
    ]);
    // A headline with a bar ("新春第一会｜…") or a flash summary with figures before the bar is no such row.
    const flash = extract('2025年工作回顾\n全区地区生产总值123亿元|增长5.9%|一般公共预算收入8亿元\n2026年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(flash)).toEqual([
      ['gdp', 2025, 'level', '123'],
      ['gdp', 2025, 'growth', '5.9'],
      ['budget_revenue', 2025, 'level', '8'],
    ]);
  });

  it('reads 今年 between a name and its figure as a goal: a target in the plan, no outcome in the review', () => {
    const result = extract(
      '权威解读青溪区主要预期目标\n青溪区融媒体中心 2025年1月7日\n问：今年的目标是怎么定的？\n答：报告提出地区生产总值增长6%，固定资产投资增长5%。\n问：消费呢？\n答：社会消费品零售总额今年预期增长6%以上。\n',
    );
    expect(targets(result)).toContainEqual(['retail_sales', 2025, 'growth', 'at_least', '6']);
    const review = extract('2024年工作回顾\n全区地区生产总值增长5.1%。社会消费品零售总额今年增长6%。\n2025年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(review)).toEqual([['gdp', 2024, 'growth', '5.1']]);
  });

  it('reads the rate after a level across a milestone remark (首次突破千亿元大关)', () => {
    const result = extract('2024年工作回顾\n全区实现地区生产总值1046.2亿元，首次突破千亿元大关，增长3.9%。\n2025年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '1046.2'],
      ['gdp', 2024, 'growth', '3.9'],
    ]);
    // A remark that is no milestone (a rank) still ends the figure: the rate after it is not carried.
    const rank = extract('2024年工作回顾\n全区实现地区生产总值1046.2亿元，总量居全市第二，增长3.9%。\n2025年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(rank)).toEqual([['gdp', 2024, 'level', '1046.2']]);
  });

  it('reads the adjusted rate after the reason for a fall (…下降3.6%,主要是…减少,剔除这一因素后增长4.2%)', () => {
    const result = extract('2024年工作回顾\n全区一般公共预算收入完成26.4亿元，下降3.6%，主要是一次性土地收入减少，剔除这一因素后增长4.2%。\n2025年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'level', '26.4'],
      ['budget_revenue', 2024, 'growth', '-3.6'],
      ['budget_revenue', 2024, 'growth', '4.2'],
    ]);
    expect(result.flags.map((flag) => flag.code)).toContain('comparable_basis');
    // A reason followed by a bare rate (no 剔除/扣除) is not carried: that rate names nothing.
    const bare = extract('2024年工作回顾\n全区一般公共预算收入完成26.4亿元，下降3.6%，主要是一次性土地收入减少，增长4.2%。\n2025年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(bare).filter(([, , measure]) => measure === 'growth')).toEqual([['budget_revenue', 2024, 'growth', '-3.6']]);
  });

  it('reads 初步核算 and 但 before a name, and 仅 and 保持 before a figure', () => {
    const result = extract(
      '2024年工作回顾\n全县初步核算实现地区生产总值152.6亿元。但规上工业增加值仅增长4.6%。全县空气质量优良天数比例保持100%。\n2025年主要预期目标\n地区生产总值增长6%。\n',
    );
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '152.6'],
      ['industrial_value_added', 2024, 'growth', '4.6'],
      ['air_quality_good_days', 2024, 'level', '100'],
    ]);
    // 但 does not make another entity's figure the district's.
    const city = extract('2024年工作回顾\n全区地区生产总值增长5.1%。但全市规上工业增加值增长4.6%。\n2025年主要预期目标\n地区生产总值增长6%。\n');
    expect(outcomes(city)).toEqual([['gdp', 2024, 'growth', '5.1']]);
  });

  it('continues last year’s sentence in the plan with the next one that turns on 但', () => {
    const result = extract(
      '2025年主要预期目标是：地区生产总值增长6%，固定资产投资增长8%，一般公共预算收入增长5%，社会消费品零售总额增长6%。\n区长说，2024年，全区地区生产总值增长6.9%。但规上工业增加值仅增长4.6%，低于全市1.3个百分点。\n',
    );
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '6.9'],
      ['industrial_value_added', 2024, 'growth', '4.6'],
    ]);
    expect(targets(result).some(([key]) => key === 'industrial_value_added')).toBe(false);
  });

  it('opens the plan at an interviewer’s question about this year’s targets; the answer is the headline paragraph', () => {
    const result = extract(
      '【两会访谈】访县长\n发布时间：2026-01-13\n记者：今年的目标是怎么定的？\n县长：我们把地区生产总值增长目标定在6%左右，固定资产投资增长7%，社会消费品零售总额增长6%，一般公共预算收入力争增长6%。\n记者：就业呢？\n县长：今年城镇新增就业确保4000人以上，城乡居民人均可支配收入增长和经济增长保持同步。\n',
    );
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '7'],
      ['retail_sales', 2026, 'growth', 'exact', '6'],
      ['budget_revenue', 2026, 'growth', 'exact', '6'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
      ['resident_income', 2026, 'growth', 'relative', null],
    ]);
    // After the headline list, a task sentence that 确保 does not bind stays a task.
    const task = extract(
      '记者：今年的目标是怎么定的？\n县长：我们把地区生产总值增长目标定在6%左右，固定资产投资增长7%，社会消费品零售总额增长6%，一般公共预算收入增长6%。\n今年将新增城镇就业4000人。\n2026年1月13日\n',
    );
    expect(targets(task).some(([key]) => key === 'new_urban_jobs')).toBe(false);
  });

  it('reads the lines under a heading of the year’s work after the headline targets as tasks', () => {
    const text =
      '2025年主要预期目标\n地区生产总值增长5.5%以上，固定资产投资增长5%，社会消费品零售总额增长6%，一般公共预算收入增长3%。\n2025年重点工作\n○新增城镇就业4500人，农村劳动力转移就业1.2万人；\n○粮食总产稳定在40万吨左右；\n2025年1月10日\n';
    const result = extract(text);
    expect(targets(result).map(([key]) => key)).toEqual(['gdp', 'fixed_asset_investment', 'retail_sales', 'budget_revenue']);
    // Without such a heading a line of its own after the targets is still read (a list that runs on).
    const runOn = extract(text.replace('2025年重点工作\n', ''));
    expect(targets(runOn).map(([key]) => key)).toContain('new_urban_jobs');
  });

  it('runs a headline list bulleted with check marks to its last line', () => {
    const result = extract(
      '🎯 2026年目标\n今年全县经济社会发展的主要预期目标是：\n✅ 地区生产总值增长5.5%左右\n✅ 固定资产投资增长6%\n✅ 单位地区生产总值能耗完成市下达目标任务\n\n🌟 为民办实事\n今年将新增城镇就业3000人。\n2026年1月15日\n',
    );
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '6'],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
    ]);
  });
});
