// Rules of round 12 (session 8, rules12a), each reduced to the few lines that carry it (constructed: names,
// figures and wording invented), from the forms of retired eval6's news texts (dev/e6-*-na*).
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const extract = (text: string, reportYear?: number) => extractProposals(text, { indicators: INDICATORS, reportYear });
const targets = (result: ExtractionResult) => result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

describe('round 12 rules (rules12a: e6 news)', () => {
  it('reads an infographic’s 【锚定2026】 over one target a line as the plan and its headline targets (wordings too)', () => {
    const poster = extract(
      '图解｜石川区政府工作报告\n\n【数说2025】\n地区生产总值增长5.4%\n一般公共预算收入完成86.2亿元、增长2.9%\n\n【锚定2026】\n地区生产总值增长5.5%左右\n一般公共预算收入增长4%\n固定资产投资保持稳定增长\n居民人均可支配收入增长与经济增长同步\n\n【民生实事】\n新增托位800个\n',
    );
    expect(poster.reportYear).toBe(2026);
    expect(outcomes(poster)).toEqual([
      ['gdp', 2025, 'growth', '5.4'],
      ['budget_revenue', 2025, 'level', '86.2'],
      ['budget_revenue', 2025, 'growth', '2.9'],
    ]);
    expect(targets(poster)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
      ['fixed_asset_investment', 2026, 'growth', 'qualitative', null],
      ['resident_income', 2026, 'growth', 'relative', null],
    ]);
    // …and like 展望2025, the slogan opening a line of figures opens the plan.
    const oneLine = extract('石川区政府工作报告要点\n回顾2025 全区地区生产总值增长5.4%\n锚定2026 全区地区生产总值增长5.5%左右 固定资产投资增长3%\n');
    expect(oneLine.reportYear).toBe(2026);
    expect(targets(oneLine)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '3'],
    ]);
    // The slogan inside a sentence heads nothing ("…锚定2026年目标任务，…"): last year's figures stay outcomes.
    const inSentence = extract('石川区政府工作报告\n\n【数说2025】\n地区生产总值增长5.4%，全区上下锚定2026年再出发。\n');
    expect(targets(inSentence)).toEqual([]);
    expect(outcomes(inSentence)).toEqual([['gdp', 2025, 'growth', '5.4']]);
  });

  it('reads "今年目标是" before a name in a deputy’s remark as this year’s target', () => {
    const remark = (words: string) =>
      extract(
        `石川县人大代表审议政府工作报告\n“报告提出今年全县地区生产总值增长6%左右。”代表说。\n县人社局代表说，去年全县城镇新增就业5210人，${words}城镇新增就业4800人以上，将抓好技能培训。\n`,
        2025,
      );
    expect(targets(remark('今年目标是'))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '4800'],
    ]);
    expect(targets(remark('今年的目标是'))).toContainEqual(['new_urban_jobs', 2025, 'level', 'at_least', '4800']);
    expect(outcomes(remark('今年目标是'))).toEqual([['new_urban_jobs', 2024, 'level', '5210']]);
    // Last year's target restated, or the city's, is no target of this year.
    expect(targets(remark('去年的目标是'))).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    expect(targets(remark('全市今年目标是'))).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads a sentence opening on the adjustment ("扣除这些因素后…") as the adjusted rate beside the reported one', () => {
    const basis = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.value, o.comparableBasis ?? false]);
    const review = (sentence: string) =>
      extract(`石川区政府工作报告解读\n报告显示，去年全区地区生产总值增长5.3%，一般公共预算收入下降3.1%。收入为何下降？报告解释，留抵退税拉低了增速，${sentence}\n`, 2025);
    const opening = review('扣除这些因素后一般公共预算收入增长5.2%。');
    expect(basis(opening)).toEqual([
      ['gdp', '5.3', false],
      ['budget_revenue', '-3.1', false],
      ['budget_revenue', '5.2', true],
    ]);
    expect(opening.flags.find((flag) => flag.code === 'comparable_basis')?.reason).toMatch(/beside the reported one/);
    // …also with a comma and the scope before the name.
    expect(basis(review('剔除一次性因素影响，全区一般公共预算收入增长5.2%。')).at(-1)).toEqual(['budget_revenue', '5.2', true]);
    // 扣除价格因素 gives a real rate, no other basis: nothing read as a second, adjusted rate.
    const real = review('扣除价格因素，全区居民人均可支配收入实际增长4.2%。');
    expect(real.outcomes.some((o) => o.comparableBasis)).toBe(false);
  });

  it('reads a clause turning to last year inside a sentence of the plan as last year’s figure', () => {
    const plan = (clause: string) =>
      extract(
        `石川县人代会开幕\n今年全县地区生产总值预期增长6%左右，社会消费品零售总额增长8%。有代表说，社零增长8%压力不小，${clause}，今年要靠一批消费场景提振。\n`,
        2025,
      );
    expect(outcomes(plan('去年全县社会消费品零售总额仅增长3.4%'))).toEqual([['retail_sales', 2024, 'growth', '3.4']]);
    expect(targets(plan('去年全县社会消费品零售总额仅增长3.4%'))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['retail_sales', 2025, 'growth', 'exact', '8'],
    ]);
    // A part of last year, another entity's figure, and the clause that turns back to this year are not last year's.
    expect(outcomes(plan('去年同期全县社会消费品零售总额增长3.4%'))).toEqual([]);
    expect(outcomes(plan('去年全市社会消费品零售总额增长3.4%'))).toEqual([]);
    expect(outcomes(extract('石川县人代会开幕\n今年全县地区生产总值预期增长6%左右，社会消费品零售总额增长8%。有代表说，去年全县固定资产投资增长2.2%，今年全县固定资产投资增长9%不容易。\n', 2025))).toEqual([
      ['fixed_asset_investment', 2024, 'growth', '2.2'],
    ]);
  });

  it('reads a figure or wording the report proposes later in a sentence of commentary ("报告把…摆在突出位置，提出…") as a target', () => {
    const commentary = (sentence: string) =>
      extract(
        `读懂石川区政府工作报告\n今年全区地区生产总值预期增长6%左右，一般公共预算收入增长4%，固定资产投资增长8%，社会消费品零售总额增长6%。这些目标不算低。\n${sentence}\n`,
        2025,
      );
    const headline = [
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '8'],
      ['retail_sales', 2025, 'growth', 'exact', '6'],
    ];
    expect(targets(commentary('值得一提的是，报告把民生放在突出位置，提出居民人均可支配收入增长与经济增长同步，并把城镇新增就业5000人以上写进目标。'))).toEqual([
      ...headline,
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
    expect(targets(commentary('报告把稳就业放在首位，提出城镇新增就业5000人以上。'))).toEqual([...headline, ['new_urban_jobs', 2025, 'level', 'at_least', '5000']]);
    // The city's report, a look back, or a clause the report does not open stays unread.
    expect(targets(commentary('市政府工作报告把民生放在突出位置，提出居民人均可支配收入增长与经济增长同步。'))).toEqual(headline);
    expect(targets(commentary('报告显示，去年全区民生支出占比八成，提出居民人均可支配收入增长与经济增长同步。'))).toEqual(headline);
    expect(targets(commentary('有代表把民生放在突出位置，提出居民人均可支配收入增长与经济增长同步。'))).toEqual(headline);
  });

  it('reads 📌【2026 主要预期目标】 (an emoji before the bracket) as the targets’ heading, wordings spaced off their names too', () => {
    const card = (heading: string, income: string) =>
      extract(
        `一图读懂｜2026年石川县政府工作报告\n石川发布　2026-02-03\n📌【2025 成绩单】\n🔹地区生产总值 预计完成 212.5亿元，增长5.6%\n🔹规上工业增加值 增长 7.3%\n🔹固定资产投资 增长 2.1%\n🔹一般公共预算收入 完成 12.4亿元，增长 3.2%\n🔹新增城镇就业 5120人\n${heading}\n🎯 地区生产总值增长 5.5%以上\n🎯 固定资产投资增长 5%\n🎯 一般公共预算收入增长 3%\n🎯 ${income}\n🎯 单位GDP能耗 完成市下达目标\n📌【十件实事】\n新建学校 3所\n`,
      );
    const read = card('📌【2026 主要预期目标】', '城乡居民收入增长 与经济增长同步');
    expect(read.reportYear).toBe(2026);
    expect(outcomes(read)).toHaveLength(7);
    expect(targets(read)).toEqual([
      ['gdp', 2026, 'growth', 'at_least', '5.5'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '5'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
      ['resident_income', 2026, 'growth', 'relative', null],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
    ]);
    expect(read.targets.find((t) => t.indicatorKey === 'resident_income')?.quote).toBe('城乡居民收入增长 与经济增长同步');
    // Only the comparison with the economy joins across the space: "增长 快于全市" stays a bare 增长 wording.
    expect(card('📌【2026 主要预期目标】', '城乡居民收入增长 快于全市').targets.find((t) => t.indicatorKey === 'resident_income')?.quote).toBe('城乡居民收入增长');
    // A heading of another kind after the emoji heads no targets list: the wordings under it are not read.
    expect(targets(card('📌【2026 重点项目】', '城乡居民收入增长 与经济增长同步')).filter((t) => t[4] === null)).toEqual([]);
  });

  it('reads last year between a name and its figure ("规上工业增加值去年增长了10.2%") as last year’s result, never a target', () => {
    const remark = extract(
      '石川县代表热议政府工作报告\n“报告里的数字很实在。”刘代表说，“全县规上工业增加值去年增长了9.4%，我们的订单排到了下半年。今年定的目标是规上工业增加值增长8%以上，跳一跳够得着。”\n',
      2025,
    );
    expect(outcomes(remark)).toEqual([['industrial_value_added', 2024, 'growth', '9.4']]);
    expect(targets(remark)).toEqual([['industrial_value_added', 2025, 'growth', 'at_least', '8']]);
    // In the plan the same form is last year's figure quoted again: no target.
    const plan = extract('石川县人代会开幕\n报告提出，今年全县地区生产总值增长6%左右。\n固定资产投资去年增长了3.1%，今年要靠项目托底。\n', 2025);
    expect(targets(plan)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads the actual rate after last year’s restated goal with 全年, and the level that follows it', () => {
    const review = (tail: string) =>
      extract(`石川县政府工作报告\n过去一年，全县经济运行总体平稳。年初确定的地区生产总值增长6%的目标，全年实际实现增长5.4%${tail}；一般公共预算收入完成8.2亿元。\n`, 2025);
    expect(outcomes(review('，总量达到126.8亿元'))).toEqual([
      ['gdp', 2024, 'growth', '5.4'],
      ['gdp', 2024, 'level', '126.8'],
      ['budget_revenue', 2024, 'level', '8.2'],
    ]);
    // The goal itself is never read, and a rank after the rate adds no level.
    expect(outcomes(review('，增速居全市第三'))).toEqual([
      ['gdp', 2024, 'growth', '5.4'],
      ['budget_revenue', 2024, 'level', '8.2'],
    ]);
  });

  it('lends a sentence’s one name to a clause that turns to the other year without one ("…,今年定下增长9%的目标", "…,去年是205.8亿元,增长5.4%")', () => {
    const deputy = extract('石川县代表热议政府工作报告\n“去年全县规上工业增加值增长10.2%，增速全市第一，今年定下增长9%的目标，我们企业有信心。”陈代表说。\n', 2025);
    expect(outcomes(deputy)).toEqual([['industrial_value_added', 2024, 'growth', '10.2']]);
    expect(targets(deputy)).toEqual([['industrial_value_added', 2025, 'growth', 'exact', '9']]);
    const answer = extract('访谈：今年的目标怎么定\n问：消费呢？\n答：社会消费品零售总额今年预期增长6%以上，去年是86.4亿元，增长5.1%。\n', 2025);
    expect(outcomes(answer)).toEqual([
      ['retail_sales', 2024, 'level', '86.4'],
      ['retail_sales', 2024, 'growth', '5.1'],
    ]);
    // Two names in the sentence, another entity's name, or a year after 今年是: nothing is lent.
    expect(targets(extract('石川县代表热议\n“去年全县规上工业增加值增长10.2%，固定资产投资增长3%，今年定下增长9%的目标。”\n', 2025))).toEqual([]);
    expect(targets(extract('石川县代表热议\n“去年全市规上工业增加值增长6.2%，今年定下增长7%的目标。”\n', 2025))).toEqual([]);
    expect(outcomes(extract('石川县代表热议\n“全县规上工业增加值增长10.2%，今年是2025年，去年是规划之年。”\n', 2025)).map((o) => o[3])).not.toContain('2025');
  });

  it('reads a relative income wording in an answer’s sentence that sets a target figure as a target', () => {
    const interview = (answer: string) =>
      extract(
        `【访谈】区长谈今年目标\n主持人：今年全区地区生产总值的预期目标定在多少？\n区长：我们把今年地区生产总值增长目标定在6%左右。\n主持人：收入和就业呢？\n区长：${answer}\n`,
        2025,
      );
    expect(targets(interview('城镇新增就业目标是6000人以上，居民人均可支配收入增长与经济增长同步。'))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '6000'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
    // A sentence that sets no target, or a wording that is no comparison with the economy, adds nothing.
    expect(targets(interview('我们会抓好就业，居民人均可支配收入增长与经济增长同步是我们的追求。')).map((t) => t[0])).not.toContain('resident_income');
    expect(targets(interview('城镇新增就业目标是6000人以上，居民人均可支配收入稳步提高。')).map((t) => t[0])).not.toContain('resident_income');
  });

  it('reads "去年这两项分别是…" as last year’s figures of the two indicators the sentence before named, in order', () => {
    const answer = (sentence: string) =>
      extract(`访谈：今年的目标怎么定\n问：老百姓的钱袋子呢？\n答：${sentence}去年这两项分别是45120元和21980元，分别增长5.3%和6.9%。\n`, 2025);
    expect(outcomes(answer('城镇、农村常住居民人均可支配收入今年分别增长5.5%、7%。'))).toEqual([
      ['urban_income', 2024, 'level', '45120'],
      ['rural_income', 2024, 'level', '21980'],
      ['urban_income', 2024, 'growth', '5.3'],
      ['rural_income', 2024, 'growth', '6.9'],
    ]);
    // When the sentence before names one indicator, or three, "这两项" points nowhere: nothing is read.
    expect(outcomes(answer('城镇常住居民人均可支配收入今年增长5.5%。'))).toEqual([]);
    expect(outcomes(answer('城镇、农村常住居民人均可支配收入和社会消费品零售总额今年分别增长5.5%、7%、6%。'))).toEqual([]);
  });

  it('reads "报告说今年…" in a deputy’s quote after the headline targets as the report’s target', () => {
    const news = (quote: string) =>
      extract(
        `石川县代表热议政府工作报告\n报告提出今年全县地区生产总值增长6%以上、规模以上工业增加值增长8%以上、一般公共预算收入增长5%、社会消费品零售总额增长7%。\n种粮大户王代表说：“${quote}我们合作社托管了2万亩地，心里有底。”\n`,
        2025,
      );
    expect(targets(news('报告说今年粮食总产稳定在9.5亿斤以上，'))).toContainEqual(['grain_output', 2025, 'level', 'at_least', '9.5']);
    // Not the city's report, and not a figure the deputy gives of his own.
    expect(targets(news('市里的报告说今年粮食总产稳定在30亿斤以上，')).map((t) => t[0])).not.toContain('grain_output');
    expect(targets(news('我们今年粮食总产要稳定在9.5亿斤以上，')).map((t) => t[0])).not.toContain('grain_output');
  });

  it('reads "。今年预期目标是增长3%" as the target of the one indicator the sentence before named', () => {
    const answer = (before: string) =>
      extract(`访谈：今年的目标怎么定\n问：财政收入目标为什么定得稳健？\n答：${before}今年预期目标是增长3%，既积极又稳妥。\n`, 2025);
    expect(targets(answer('去年一般公共预算收入完成18.4亿元，下降2.6%，主要是土地相关收入减少。'))).toEqual([['budget_revenue', 2025, 'growth', 'exact', '3']]);
    // Two indicators, or the city's, in the sentence before: the goal has no name of its own to take.
    expect(targets(answer('去年一般公共预算收入完成18.4亿元，固定资产投资增长2%。'))).toEqual([]);
    expect(targets(answer('去年全市一般公共预算收入下降2.6%。'))).toEqual([]);
  });
});
