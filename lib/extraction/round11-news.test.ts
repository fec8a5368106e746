// Rules of round 11 (session 7, rules11a), each reduced to the few lines that carry it (constructed: names,
// figures and wording invented), from the forms of retired eval5's news texts (dev/e5-*-na*): a news item's
// date only in the source line at its foot, a WeChat poster's bare-year headings in markdown bold, and the
// poster's cards that give a figure on one line and name it on the next.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 11 rules (rules11a: e5 news)', () => {
  it('dates a news item from the source line at its foot that furniture removal drops', () => {
    // (Longer than the top the extractor searches for a dropped date: only the foot dates it.)
    const interview = extract(
      `访谈丨区长谈目标\n记者：今年的目标是怎么定的？\n区长：我们把今年的目标确定为：地区生产总值增长6%左右，固定资产投资增长8%。\n${'区长：我们要把工作抓实抓细，一件接着一件办。'.repeat(20)}\n\n来源：石川区融媒体中心　2026-01-16\n`,
    );
    expect(interview.reportYear).toBe(2026);
    expect(targets(interview)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '8'],
    ]);
    // A dropped source line in the middle, neither at the top nor the foot, dates nothing: the text stays undated.
    const filler = '区长说，今年要把工作抓实抓细。'.repeat(30);
    const undated = extract(`${filler}\n来源：石川区融媒体中心　2026-01-16\n${filler}\n`);
    expect(undated.reportYear).toBeNull();
  });

  it('reads a poster’s bare-year headings in markdown bold as the review and the plan (📊 **2023 成绩单**, 🎯 **2024 目标**)', () => {
    const poster = extract(
      '一图速览！石川县政府工作报告来了\n\n📊 **2023 成绩单**\n\n全县地区生产总值增长5.1%。\n\n🎯 **2024 目标**\n\n✅ 地区生产总值增长5.5%左右\n✅ 固定资产投资增长3%\n',
    );
    expect(poster.reportYear).toBe(2024);
    expect(outcomes(poster)).toEqual([['gdp', 2023, 'growth', '5.1']]);
    expect(targets(poster)).toEqual([
      ['gdp', 2024, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2024, 'growth', 'exact', '3'],
    ]);
    // The review heading alone dates the text: the year after its bare year.
    const reviewOnly = extract('一图速览！石川县政府工作报告来了\n\n📊 **2023 成绩单**\n\n全县地区生产总值增长5.1%。\n');
    expect(reviewOnly.reportYear).toBe(2024);
    expect(outcomes(reviewOnly)).toEqual([['gdp', 2023, 'growth', '5.1']]);
    // A year and 目标 inside a sentence is no heading: "2024 目标" must stand on its own line.
    const inSentence = extract('石川县政府工作报告\n\n📊 **2023 成绩单**\n\n全县地区生产总值增长5.1%，2024 目标已定。\n');
    expect(targets(inSentence)).toEqual([]);
  });

  it('reads a poster’s bulleted figure over its name in the review as last year’s outcome', () => {
    const cards = extract(
      '一图速览！石川县2024年政府工作报告来了\n\n回顾2023\n\n▪️ 86.4亿元\n地区生产总值，增长5.1%\n\n▪️ 增长7.6%\n规模以上工业增加值\n\n▪️ 98.6%\n中心城区空气质量优良天数比率\n',
    );
    expect(outcomes(cards)).toEqual([
      ['gdp', 2023, 'level', '86.4'],
      ['gdp', 2023, 'growth', '5.1'],
      ['industrial_value_added', 2023, 'growth', '7.6'],
      ['air_quality_good_days', 2023, 'level', '98.6'],
    ]);
    // Without a bullet the figure under a name belongs to the name above it (a name-above layout).
    const nameAbove = extract('石川县2024年政府工作报告\n\n回顾2023\n\n社会消费品零售总额\n63.5亿元\n增长7.8%\n\n城镇新增就业\n8260人\n');
    expect(outcomes(nameAbove)).not.toContainEqual(['new_urban_jobs', 2023, 'growth', '7.8']);
    // A name line with more than its rate after it is a sentence, not a card's name.
    const sentence = extract('石川县2024年政府工作报告\n\n回顾2023\n\n▪️ 86.4亿元\n地区生产总值在全市排名靠前\n');
    expect(outcomes(sentence)).toEqual([]);
  });

  it('reads a poster’s bulleted figure over its name and goal word in the plan as a target', () => {
    const cards = extract(
      '一组数字读懂石川区2025年政府工作报告\n\n▍回眸2024\n\n全区地区生产总值增长5.8%。\n\n▍2025年这样干\n\n▶ 6%左右\n今年全区地区生产总值预期增长目标，保持与全市同步。\n\n▶ 1.2万人以上\n城镇新增就业目标。\n\n▶ 180个\n全年安排区级重点项目180个。\n',
    );
    expect(targets(cards)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '1.2'],
    ]);
    // A rate over a name without a rate word, or a name line that reports rather than aims, is no target.
    const noGoal = extract('一组数字读懂石川区2025年政府工作报告\n\n▍回眸2024\n\n全区地区生产总值增长5.8%。\n\n▍2025年这样干\n\n▶ 8%\n规上工业增加值目标\n\n▶ 9%\n规上工业增加值去年增长了9%\n');
    expect(targets(noGoal)).toEqual([]);
  });

  it('names the district of a work report from its review’s opening or its closing call when top and foot do not', () => {
    const opening = extract('各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2025年工作回顾\n2025年是石川区发展进程中极不平凡的一年。全区地区生产总值增长6.1%。\n');
    expect(opening.district).toBe('石川区');
    const closing = extract('各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2022年工作回顾\n全县地区生产总值增长4.1%。\n让我们为奋力谱写中国式现代化的石川县篇章而不懈奋斗！\n');
    expect(closing.district).toBe('石川县');
    // A year that 是 something else, or a chapter of a province, names no district.
    const neither = extract('各位代表：\n现在，我代表县人民政府向大会报告工作。\n2022年是极不平凡的一年。全县地区生产总值增长4.1%。\n奋力谱写中国式现代化湖北篇章！\n');
    expect(neither.district).toBeNull();
  });

  it('reads a figure after a concession’s 虽 between the name and its verb as the name’s', () => {
    const result = extract('石川区2025年政府工作报告解读\n回顾2024\n全区固定资产投资虽同比下降4.2%，但产业投资增长21.7%。\n');
    expect(outcomes(result)).toContainEqual(['fixed_asset_investment', 2024, 'growth', '-4.2']);
    // 虽 before a figure of no name stays nameless.
    const nameless = extract('石川区2025年政府工作报告解读\n回顾2024\n虽同比下降4.2%，但全区地区生产总值增长5.1%。\n');
    expect(outcomes(nameless)).toEqual([['gdp', 2024, 'growth', '5.1']]);
  });

  it('reads a poster’s urban/rural income card, two levels split by a slash over the pair and its two rates', () => {
    const pair = extract('一图速览！石川县2024年政府工作报告来了\n\n回顾2023\n\n▪️ 39526元 / 15870元\n城镇、农村常住居民人均可支配收入，分别增长4.3%、7.9%\n');
    expect(outcomes(pair)).toEqual([
      ['urban_income', 2023, 'level', '39526'],
      ['rural_income', 2023, 'level', '15870'],
      ['urban_income', 2023, 'growth', '4.3'],
      ['rural_income', 2023, 'growth', '7.9'],
    ]);
    // Two figures of different units, or a name line that is no income pair, make no card.
    const mixed = extract('一图速览！石川县2024年政府工作报告来了\n\n回顾2023\n\n▪️ 39526元 / 158亿元\n城镇、农村常住居民人均可支配收入\n');
    expect(outcomes(mixed)).toEqual([]);
  });

  it('reads an interview’s later answers that commit this year (今年要实现…) or add a target (我们还明确…) after the headline block', () => {
    const head =
      '访谈丨县长谈目标\n2026-01-16 石川县融媒体中心\n记者：今年的目标是怎么定的？\n县长：我们把今年的目标确定为：地区生产总值增长6%左右，规模以上工业增加值增长9%，固定资产投资增长8%以上，一般公共预算收入增长5%。\n';
    const later = extract(`${head}记者：民生方面呢？\n县长：当然，发展不只看速度，我们还明确城镇调查失业率控制在5.5%以内。今年要实现城镇新增就业5000人以上，还要办好12件民生实事。\n`);
    expect(targets(later)).toContainEqual(['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5']);
    expect(targets(later)).toContainEqual(['new_urban_jobs', 2026, 'level', 'at_least', '5000']);
    // A work plan's task in prose after the headline block, neither opening on 今年 nor added as set, stays a task.
    const task = extract(`${head}县长：全县将新建学校2所，城镇新增就业5000人以上。\n`);
    expect(targets(task).map((t) => t[0])).not.toContain('new_urban_jobs');
  });
});
