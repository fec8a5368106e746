// Rules of round 8 (news articles, work reports; the year and district of a document), each reduced
// to the few lines that carry it (constructed, names and figures invented).
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

describe('round 8 rules', () => {
  it('reads through a pinyin aid printed after characters, keeping quotes verbatim', () => {
    const text = '2026年青梧市柳汀区(qū)人民政府工作报(bào)告\n一、2025年工作回顾\n过去一年,全区(qū)地区(qū)生产(chǎn)总(zǒng)值增长(zhǎng)5.1%。\n二、2026年工作安排\n全区(qū)地区(qū)生产(chǎn)总(zǒng)值增长(zhǎng)5%左右。';
    const result = extract(text);
    expect(result.district).toBe('柳汀区');
    expect(outcomes(result)).toEqual([['gdp', 2025, 'growth', '5.1']]);
    expect(targets(result)).toEqual([['gdp', 2026, 'growth', 'about', '5']]);
    for (const item of [...result.targets, ...result.outcomes]) expect(text.slice(item.start, item.end)).toBe(item.quote);
    // A bracket of plain letters is not an annotation.
    expect(extract('2026年工作安排\n全区地区生产总值(GDP)增长5%左右。').targets.map((t) => t.value)).toEqual(['5']);
  });

  it('dates a news item by the year of which a clause says what the district will do', () => {
    const result = extract('代表之声\n\n“报告提出今年全县地区生产总值增长6%的目标,很实在。”代表说。\n\n据悉,2027年,松岩县将实施五大行动。');
    expect(result.reportYear).toBe(2027);
    expect(targets(result)).toEqual([['gdp', 2027, 'growth', 'exact', '6']]);
    // 将近 ("nearly") says no plan.
    expect(extract('代表之声\n\n“报告提出今年全县地区生产总值增长6%的目标。”\n\n2026年,全县将近三成村庄…').reportYear).toBeNull();
  });

  it('reads a year’s table of main indicators as that year’s results, and the place its title names', () => {
    const result = extract('2027年桃川区主要经济指标\n\n发布时间:2028-01-20\n\n指标名称\t单位\t绝对值\t比上年增长(%)\n地区生产总值\t亿元\t321.5\t5.2\n');
    expect(result.reportYear).toBe(2028);
    expect(result.district).toBe('桃川区');
    expect(result.targets).toEqual([]);
    expect(outcomes(result)).toContainEqual(['gdp', 2027, 'growth', '5.2']);
  });

  it('takes no name from a request to a bare 县, nor from a masthead run into a headline', () => {
    expect(findDistrict('各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议,并请县政协委员提出意见。')).toBeNull();
    expect(findDistrict('松岩新闻区十届人大三次会议开幕\n今天上午 松岩区第十届人民代表大会第三次会议开幕')).toBe('松岩区');
  });
  it('opens the plan at a question about this year’s targets when the review follows the answer', () => {
    const result = extract('松岩县这样干\n\n2027-01-12 来源:松岩融媒\n\n今年目标怎么定?报告给出了答案:全县地区生产总值增长6%左右,城镇新增就业3000人以上。\n\n过去一年成绩如何?报告显示,全县地区生产总值增长5.4%。\n\n今年松岩县将实施八大工程。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'about', '6'],
      ['new_urban_jobs', 2027, 'level', 'at_least', '3000'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2026, 'growth', '5.4']]);
    // A question about something else opens nothing.
    expect(extract('松岩县这样干\n\n2027-01-12\n\n今年怎么干?报告显示,去年全县地区生产总值增长5.4%。').targets).toEqual([]);
  });

  it('reads "℅" typed for the percent sign after a figure, and 一般预算收入 as budget revenue', () => {
    const result = extract('2027年1月8日\n报告提出,2027年全县经济社会发展的主要预期目标是:生产总值增长6℅左右,一般预算收入增长5℅。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'about', '6'],
      ['budget_revenue', 2027, 'growth', 'exact', '5'],
    ]);
    expect(result.targets[0]!.quote).toBe('生产总值增长6℅左右');
  });
  it('reads last year’s figures after a speaker’s verb, and a target a deputy quotes from the report', () => {
    const result = extract('代表之声\n\n2027年1月9日\n\n“报告提出今年全县地区生产总值增长6%的目标。”代表魏平说,去年全县地区生产总值完成158.2亿元、增长5.6%。\n\n代表申红对报告中“粮食播种面积稳定在30万亩以上”的目标印象深刻。她说,去年全县粮食产量12.3万吨。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'exact', '6'],
      ['grain_area', 2027, 'level', 'at_least', '30'],
    ]);
    expect(result.targets[1]!.quote).toBe('粮食播种面积稳定在30万亩以上');
    expect(outcomes(result)).toEqual([
      ['gdp', 2026, 'level', '158.2'],
      ['gdp', 2026, 'growth', '5.6'],
      ['grain_output', 2026, 'level', '12.3'],
    ]);
    // Another entity pointing to the report is not the district.
    expect(targets(extract('2027年1月9日\n报告提出今年全县地区生产总值增长6%。全市对报告中粮食播种面积稳定在30万亩以上很关注。'))).toEqual([['gdp', 2027, 'growth', 'exact', '6']]);
  });
  it('proposes the reported rate after a comparable-basis one, both kept', () => {
    const result = extract('一、2026年工作回顾\n过去一年,一般公共预算收入完成12.5亿元,扣除退税因素后同口径增长4.2%,自然口径下降3.1%。');
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2026, 'level', '12.5'],
      ['budget_revenue', 2026, 'growth', '4.2'],
      ['budget_revenue', 2026, 'growth', '-3.1'],
    ]);
    expect(result.outcomes[2]!.quote).toBe('自然口径下降3.1%');
    expect(result.outcomes[1]!.comparableBasis).toBe(true);
  });

  it('continues the targets with the city’s handed-down tasks in the next sentence (能耗强度 named)', () => {
    const result = extract('二、2027年工作安排\n今年全区主要预期目标是:地区生产总值增长6%,城镇新增就业1.5万人。完成市下达的能耗强度降低目标任务。\n全面完成各项任务。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'exact', '6'],
      ['new_urban_jobs', 2027, 'level', 'exact', '1.5'],
      ['energy_intensity', 2027, 'growth', 'qualitative', null],
    ]);
  });
  it('reads 力争 after a name outside the headline paragraph as an aim, not a target', () => {
    const result = extract('二、2027年工作安排\n今年全区主要预期目标是:地区生产总值增长6%,农村居民人均可支配收入增长7%。\n(四)深化改革开放。实际使用外资力争5000万美元,农村居民人均可支配收入力争突破2.1万元,出口总额增长8%。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'exact', '6'],
      ['rural_income', 2027, 'growth', 'exact', '7'],
      ['exports', 2027, 'growth', 'exact', '8'],
    ]);
    // In the headline paragraph 力争 still states the target.
    expect(targets(extract('二、2027年工作安排\n今年全区主要预期目标是:地区生产总值力争增长6%。'))).toEqual([['gdp', 2027, 'growth', 'exact', '6']]);
  });
  it('keeps a report’s proposal that leads a news item before its look back, also after 认为', () => {
    const result = extract('代表热议政府工作报告\n松岩县融媒体中心 2027-01-09\n“报告提出今年全县地区生产总值增长6%左右的目标,很实在。”代表说。\n代表孙梅表示,报告回顾2026年,全县地区生产总值增长5.2%。\n代表刘强说,报告明确今年固定资产投资增长8%。\n她认为,报告提出今年城镇新增就业3000人以上。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2027, 'growth', 'exact', '8'],
      ['new_urban_jobs', 2027, 'level', 'at_least', '3000'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2026, 'growth', '5.2']]);
    // A caption's figure before the look back, which no report proposes, does not open the plan.
    const caption = extract('松岩县两会\n2027-01-09\n图说:今年城镇新增就业1200万人以上\n报告回顾,2026年,全县地区生产总值增长5.2%。\n报告提出,今年全县主要预期目标为:城镇新增就业3000人。');
    expect(targets(caption)).toEqual([['new_urban_jobs', 2027, 'level', 'exact', '3000']]);
  });

  it('ends a remark’s look back where it turns to this year', () => {
    const result = extract('代表之声\n2027年1月9日\n报告提出今年全县地区生产总值增长6%左右。她说,去年全县农村居民人均可支配收入增长7.5%,今年报告又提出农村居民人均可支配收入增长7%,很受鼓舞。');
    expect(targets(result)).toEqual([
      ['gdp', 2027, 'growth', 'about', '6'],
      ['rural_income', 2027, 'growth', 'exact', '7'],
    ]);
    expect(outcomes(result)).toEqual([['rural_income', 2026, 'growth', '7.5']]);
  });
});
