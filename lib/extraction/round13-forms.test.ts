// Rules of round 13 (rules13c: plan reports, news, traditional text, bulletins and work reports), each reduced to
// the few lines that carry it (constructed, names and figures invented), from the forms retired eval8's writers
// used and that published reports, releases and news use.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const PLAN_TITLE = '关于青禾县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年国民经济和社会发展计划执行情况\n预计全年主要指标完成情况如下:\n';

// A plan report's review in a few paragraphs of prose, as such reports open.
const PROSE_REVIEW =
  '青禾区2025年计划执行情况与2026年计划草案\n第一部分　2025年计划执行情况\n' +
  '2025年,全区坚持稳中求进工作总基调,经济运行总体平稳。全区实现地区生产总值512.3亿元,同比增长5.3%。\n' +
  '规模以上工业增加值同比增长6.8%,其中汽车产业增长9.1%。城镇新增就业1.21万人,城镇调查失业率为5.1%。\n' +
  '总体来看,全区经济发展稳的基础不断夯实,进的态势逐步显现,但部分指标未完成年初计划目标。\n';

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

  it('reads a table typed with a 序号 column and single full-width spaces between some cells', () => {
    const text =
      PROSE_REVIEW +
      '第二部分　2026年主要目标\n建议2026年全区主要预期目标如下:\n' +
      '序号　指标　　　　　　2025年完成　　2026年目标\n' +
      '1　　地区生产总值增长(%)　　5.3　　　　5.5左右\n' +
      '2　　规模以上工业增加值增长(%)　6.8　　7\n' +
      '3　　城镇新增就业(万人)　　1.21　　　　1.2\n' +
      '4　　城镇调查失业率(%)　　　5.1　　　　5.5以内\n' +
      '\n注:其中工业投资计划安排增长10%。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['industrial_value_added', 2026, 'growth', 'exact', '7'],
      ['new_urban_jobs', 2026, 'level', 'exact', '1.2'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
    ]);
    // Without the 序号 header the numbered lines are no table.
    const bare = text.replace('序号　指标　　　　　　2025年完成　　2026年目标\n', '');
    expect(targets(extract(bare)).filter(([key]) => key === 'industrial_value_added')).toEqual([]);
  });

  it('reads no task figure under a task heading after the targets’ cue, though the targets stood in a table', () => {
    const text =
      PROSE_REVIEW +
      '第二部分　2026年主要目标\n建议2026年全区主要预期目标如下:\n' +
      '序号　指标　　　　　　2025年完成　　2026年目标\n' +
      '1　　地区生产总值增长(%)　　5.3　　　　5.5左右\n' +
      '\n此外,居民消费价格涨幅控制在3%左右。\n' +
      '第三部分　2026年重点任务\n(一)推动制造业发展。新增规上工业企业30家,工业投资增长12%。确保城镇新增就业1.2万人以上。\n';
    expect(targets(extract(text))).toEqual([
      ['cpi', 2026, 'growth', 'at_most_about', '3'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '1.2'],
      ['gdp', 2026, 'growth', 'about', '5.5'],
    ]);
  });

  // Round 22 (rules22a): the rest of a total after an investment is taken out (剔除房地产开发投资后) is now a second basis, as
  // README-independent settled in session 13; a category taken out (扣除汽车类后) is still a part.
  it('reads the rest of a total after an investment is taken out as a second basis, never after a category', () => {
    const text =
      '2025年工作回顾\n全区固定资产投资同比下降2.8%,剔除房地产开发投资后增长6.1%。社会消费品零售总额增长4.4%,扣除汽车类后社会消费品零售总额增长5.2%。' +
      '一般公共预算收入下降1.5%,剔除留抵退税因素后增长3.2%。\n2026年主要预期目标\n地区生产总值增长5.5%左右。\n';
    expect(outcomes(extract(text))).toEqual([
      ['fixed_asset_investment', 2025, 'growth', '-2.8'],
      ['fixed_asset_investment', 2025, 'growth', '6.1'],
      ['retail_sales', 2025, 'growth', '4.4'],
      ['budget_revenue', 2025, 'growth', '-1.5'],
      ['budget_revenue', 2025, 'growth', '3.2'],
    ]);
  });

  it('reads a deputies’ discussion: 报告确定今年…, a quoted 去年 remark, 今年目标/今年要 after it, 再加上, 去年只增长', () => {
    const text =
      '代表热议政府工作报告\n\n云河区人大  2026-01-10 19:20\n\n1月9日下午,出席区十九届人大五次会议的代表们分组审议政府工作报告。\n\n' +
      '“报告里说,2025年全区地区生产总值预计完成412.5亿元、增长5.7%。”区人大代表 周敏 说。\n\n' +
      '区人大代表 赵刚 说,报告确定今年地区生产总值增长6%左右、固定资产投资增长6.5%,“园区投资力争突破60亿元。”\n\n' +
      '区人大代表 陈静 对民生部分点赞:“去年城镇新增就业1.18万人,今年目标1.1万人以上,再加上居民消费价格涨幅控制在2%左右,心里更踏实。”\n\n' +
      '区人大代表 刘洋 建议,“社会消费品零售总额去年只增长2.9%,今年要增长5.5%,全市去年增长4.1%,今年要增长5%。”\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '6.5'],
      ['cpi', 2026, 'growth', 'at_most_about', '2'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '1.1'],
      ['retail_sales', 2026, 'growth', 'exact', '5.5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '412.5'],
      ['gdp', 2025, 'growth', '5.7'],
      ['new_urban_jobs', 2025, 'level', '1.18'],
      ['retail_sales', 2025, 'growth', '2.9'],
    ]);
  });

  it('reads an interview: the district from its subtitle (——访…县长…), 今年确定…, and 是 for 为 right after the name', () => {
    const text =
      '专访|“今年的目标,我们有信心”\n——访青石岭县县长王建国\n\n2025-02-06 09:30 来源:本报\n\n' +
      '记者:请先谈谈去年的成绩。\n\n王建国:2024年是不平凡的一年。全县地区生产总值达到186.2亿元,同比增长5.8%。一般公共预算收入是9.64亿元,增长了百分之七点一。\n\n' +
      '记者:今年的主要预期目标是怎么考虑的?\n\n王建国:今年确定地区生产总值增长6%左右,主要基于三点。社会消费品零售总额增长6.5%,去年是88.1亿元。\n';
    const result = extract(text);
    expect(result.district).toBe('青石岭县');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '186.2'],
      ['gdp', 2024, 'growth', '5.8'],
      ['budget_revenue', 2024, 'level', '9.64'],
      ['budget_revenue', 2024, 'growth', '7.1'],
      ['retail_sales', 2024, 'level', '88.1'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['retail_sales', 2025, 'growth', 'exact', '6.5'],
    ]);
    // A subtitle naming only the head's office ("——访县长王建国") names no district; nor does a visit ("走访…").
    expect(extract(text.replace('——访青石岭县县长王建国', '——访县长王建国')).district).toBeNull();
  });

  it('reads a rate set (定在/定为) for an indicator kept in another unit as its growth', () => {
    const text =
      '两会访谈|对话县长\n\n2025-01-15 08:30\n\n记者:去年成绩如何?\n\n县长:去年全县地区生产总值增长5.6%。\n\n' +
      '记者:今年的预期目标是怎么考虑的?为什么地区生产总值定在5.5%左右,城镇调查失业率定在5.5%以内,一般公共预算收入定为12亿元?\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['urban_unemployment_rate', 2025, 'level', 'at_most', '5.5'],
      ['budget_revenue', 2025, 'level', 'exact', '12'],
    ]);
    // Without a setting verb a bare rate after a level indicator's name is nothing (a share, a gap).
    expect(targets(extract(text.replace('地区生产总值定在5.5%左右', '地区生产总值5.5%左右')))).toEqual([
      ['urban_unemployment_rate', 2025, 'level', 'at_most', '5.5'],
      ['budget_revenue', 2025, 'level', 'exact', '12'],
    ]);
  });

  it('reads Hong Kong and Taiwan reports of a county: a topic before last year, (人民币,下同), 空气品质', () => {
    const text =
      '內地｜某山區縣定下今年GDP增6%目標\n\n2025年1月20日 星期一　　記者報道\n\n' +
      '福建省某市轄下的青嵐縣日前召開人民代表大會。縣長在政府工作報告中表示,2024年全縣地區生產總值預計達到312.4億元,增長5.4%;' +
      '城鎮和農村常住居民人均可支配收入分別達到45210元和23980元(人民幣,下同),分別增長4.5%和6.6%;縣城空氣品質優良天數比率保持在97.8%。\n\n' +
      '報告提出,2025年全縣經濟社會發展的主要預期目標是:地區生產總值增長6%左右,固定資產投資增長7%。\n\n' +
      '外貿方面,2024年全縣出口總額41.2億元,增長10.6%;實際使用外資2860萬美元。\n\n' +
      '分析人士指出,去年福建全省GDP增長5.5%,外貿方面,全省出口增長3.1%。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '312.4'],
      ['gdp', 2024, 'growth', '5.4'],
      ['urban_income', 2024, 'level', '45210'],
      ['rural_income', 2024, 'level', '23980'],
      ['urban_income', 2024, 'growth', '4.5'],
      ['rural_income', 2024, 'growth', '6.6'],
      ['air_quality_good_days', 2024, 'level', '97.8'],
      ['exports', 2024, 'level', '41.2'],
      ['exports', 2024, 'growth', '10.6'],
      ['fdi', 2024, 'level', '2860'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '7'],
    ]);
  });

  it('reads a bulletin table’s # sub-item, and a 自然口径 rate after an unnamed one as a second basis, flagged', () => {
    const text =
      '青禾县2025年国民经济和社会发展统计公报\n\n表1  2025年主要经济指标\n' +
      '指标名称                        单位     绝对数      比上年增长(%)\n' +
      '一般公共预算收入                亿元     38.62       3.4\n' +
      '  #税收收入                     亿元     29.15       4.8\n' +
      '  #非税收入                     亿元     9.47        -0.6\n\n' +
      '全年地区生产总值286.4亿元,比上年增长5.1%,自然口径增长4.0%。城镇常住居民人均可支配收入46210元,自然口径增长4.4%。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2025, 'level', '38.62'],
      ['budget_revenue', 2025, 'growth', '3.4'],
      ['tax_revenue', 2025, 'level', '29.15'],
      ['tax_revenue', 2025, 'growth', '4.8'],
      ['gdp', 2025, 'level', '286.4'],
      ['gdp', 2025, 'growth', '5.1'],
      ['gdp', 2025, 'growth', '4'],
      ['urban_income', 2025, 'level', '46210'],
      ['urban_income', 2025, 'growth', '4.4'],
    ]);
    // Two bases of one rate are flagged for staff to choose: the 自然口径 rate is the reported one, the unnamed rate before it
    // the comparable basis (as rules13b reads it; the merge kept that reading); a 自然口径 rate standing alone is the reported rate.
    expect(result.outcomes.find((outcome) => outcome.indicatorKey === 'gdp' && outcome.value === '5.1')?.comparableBasis).toBe(true);
    expect(result.flags.filter((flag) => flag.code === 'comparable_basis').map((flag) => flag.indicatorKey)).toEqual(['gdp']);
  });

  it('reads a table row named for the fall (…能耗降低) as falls, its index-free rate included', () => {
    const text =
      PROSE_REVIEW +
      '第二部分　2026年主要目标\n' +
      '| 指标 | 单位 | 2025年计划 | 2025年完成 | 2026年目标 |\n' +
      '| 地区生产总值增速 | % | 6 | 5.3 | 5.5左右 |\n' +
      '| 单位地区生产总值能耗降低 | % | 完成市下达任务 | 3.1 | 2.5左右 |\n' +
      '| 居民消费价格指数 | % | 103 | 100.4 | 102 |\n';
    const result = extract(text);
    expect(outcomes(result).filter(([key]) => key === 'energy_intensity' || key === 'cpi')).toEqual([['energy_intensity', 2025, 'growth', '-3.1']]);
    expect(targets(result).filter(([key]) => key === 'energy_intensity')).toEqual([['energy_intensity', 2026, 'growth', 'about', '-2.5']]);
  });

  it('opens no plan at a speaker’s 今年上半年 (a look back at the year’s half), but at the 今年 after it', () => {
    const text =
      '青溪县召开十八届人大四次会议\n青溪县人民政府网　2026-01-12\n' +
      '县长刘伟作政府工作报告时说,今年上半年,受多重因素影响,全县地区生产总值一度下降0.8%;全年预计地区生产总值完成186亿元,增长5.1%左右,规模以上工业增加值增长6.2%。\n' +
      '刘伟表示,今年全县地区生产总值预期增长5.5%,规模以上工业增加值增长6.5%。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '186'],
      ['gdp', 2025, 'growth', '5.1'],
      ['industrial_value_added', 2025, 'growth', '6.2'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'exact', '5.5'],
      ['industrial_value_added', 2026, 'growth', 'exact', '6.5'],
    ]);
  });

  it('gives a catalogue name its place in a 分别 series shared with names the catalogue lacks', () => {
    const text =
      '2025年工作回顾\n全区社会消费品零售总额和进出口总额同比分别增长4.2%和6.8%;工业投资、技改投资、制造业投资分别增长12%、30%、9%。' +
      '进出口总额和地区生产总值分别增长6.8%和5.1%。\n2026年主要预期目标\n地区生产总值增长5.5%左右。\n';
    expect(outcomes(extract(text))).toEqual([
      ['retail_sales', 2025, 'growth', '4.2'],
      ['industrial_investment', 2025, 'growth', '12'],
    ]);
  });

  it('reads a subtitle’s plan over the bare lines under its opener, wordings included', () => {
    const text =
      '视频|数说青禾区政府工作报告\n2026-01-11 20:30 青禾融媒\n【字幕】\n' +
      '过去一年 青禾区地区生产总值达到286.1亿元 增长5.2%\n' +
      '新的一年 青禾区地区生产总值预期增长5.5%左右\n' +
      '规上工业增加值增长7% 固定资产投资增长5%\n' +
      '一般公共预算收入增长3% 居民人均可支配收入增长与经济增长同步\n' +
      '相关视频\n' +
      '03:12 全市今年目标 居民人均可支配收入与经济增长基本同步\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['industrial_value_added', 2026, 'growth', 'exact', '7'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '5'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
      ['resident_income', 2026, 'growth', 'relative', null],
    ]);
  });

  it('reads a short item’s only plan sentence, 报告提出 without a comma or a year, as the coming year’s targets', () => {
    const text =
      '青禾区召开第三届人民代表大会第五次会议\n2026-01-09 18:20 来源:青禾融媒\n' +
      '1月9日上午,青禾区第三届人民代表大会第五次会议开幕。区长张明代表区人民政府作政府工作报告。\n' +
      '报告提出地区生产总值增长6%左右,规模以上工业增加值增长7%,一般公共预算收入增长4%。\n会议应到代表186名,实到178名。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['industrial_value_added', 2026, 'growth', 'exact', '7'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
    ]);
    // A look back after 报告指出 stays last year's, and 报告提出去年… opens no plan.
    const review = text.replace('报告提出地区生产总值增长6%左右', '报告指出,2025年全区地区生产总值增长5.2%。报告提出地区生产总值增长6%左右');
    expect(outcomes(extract(review))).toEqual([['gdp', 2025, 'growth', '5.2']]);
    const past = text.replace('报告提出地区生产总值增长6%左右', '报告提出去年地区生产总值增长5.2%');
    expect(targets(extract(past))).toEqual([]);
  });

  it('reads an interview’s later answer naming this year’s target (今年…目标是) or adding one (我们还要把…)', () => {
    const text =
      '【专访】青禾区区长:今年GDP增长6%左右\n\n2026-01-15 记者 李明\n\n问:去年成绩如何?\n答:2025年全区地区生产总值增长5.4%。\n\n' +
      '问:今年的主要预期目标是怎样定的?\n答:我们把今年地区生产总值增长目标定为6%左右,规模以上工业增加值增长8%,固定资产投资增长6%,' +
      '社会消费品零售总额增长5.5%,一般公共预算收入增长4%。\n' +
      '问:就业方面有什么安排?\n答:今年城镇新增就业目标是1.8万人,其中为高校毕业生提供岗位3000个以上。我们还要把城镇调查失业率控制在5%以内。' +
      '今年将新建学校5所,粮食播种面积稳定在12万亩。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['industrial_value_added', 2026, 'growth', 'exact', '8'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '6'],
      ['retail_sales', 2026, 'growth', 'exact', '5.5'],
      ['budget_revenue', 2026, 'growth', 'exact', '4'],
      ['new_urban_jobs', 2026, 'level', 'exact', '1.8'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5'],
    ]);
  });

  it('reads 设定在 as 设定为 (增长目标设定在5.5%左右)', () => {
    const text = '青禾区2025年工作回顾\n全区地区生产总值增长5.2%。\n2026年主要预期目标是:地区生产总值增长目标设定在5.5%左右,一般公共预算收入增长3%。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
    ]);
  });
});

