// Rules of round 28 (rules28b: news, from retired eval23 and eval24), each reduced to the few lines that carry it (constructed, names and
// figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order, indicator and
// figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { endsOnDateStamp } from './date-stamp-line';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const keys = (rows: unknown[][]) => rows.map((row) => row.slice(0, 3).join());

describe('round 28 rules (rules28b)', () => {
  it("opens the plan at an interviewer's question about what the report proposed, the look back before it", () => {
    const interview =
      '稳字当头 干字为先\n——专访石湾县县长王某\n\n2026年1月,石湾县第十六届人民代表大会第五次会议闭幕。\n\n' +
      '记者:2025年石湾的经济答卷怎么样?\n\n王某:全年地区生产总值完成186.4亿元,增长5.2%。一般公共预算收入完成9.8亿元,增长3.4%。\n\n' +
      '记者:今年的政府工作报告确定了哪些主要目标?\n\n' +
      '王某:今年全县的主要预期目标,我们是这样安排的:地区生产总值增长5.5%;一般公共预算收入增长4%以上。\n\n' +
      '记者:招商方面呢?\n\n王某:今年力争实际利用外资增长10%。\n';
    const result = extract(interview);
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'exact', '5.5'],
      ['budget_revenue', 2026, 'growth', 'at_least', '4'],
    ]);
    expect(keys(outcomes(result))).toEqual(['gdp,2025,level', 'gdp,2025,growth', 'budget_revenue,2025,level', 'budget_revenue,2025,growth']);
  });

  it("reads a speaker's account of how the targets were set, after a comma, as the list's cue", () => {
    const news =
      '白河区召开经济工作务虚会\n2026年1月6日\n区长李某在会上说,今年全区的主要预期目标,我们是这么定的:城镇新增就业6000人以上;固定资产投资增长7%。\n';
    expect(targets(extract(news))).toEqual([
      ['new_urban_jobs', 2026, 'level', 'at_least', '6000'],
      ['fixed_asset_investment', 2026, 'growth', 'exact', '7'],
    ]);
  });

  it("reads the year named with its results as the year looked back on, not the coming year's items the session discussed", () => {
    const news =
      '代表分组审议报告\n\n2月20日,参加县人大会议的代表分组审议政府工作报告,讨论2026年民生实事项目。\n\n' +
      '代表们认为,2025年成绩来之不易:全县地区生产总值达到142.6亿元,增长5.1%。\n\n' +
      '“报告提出今年地区生产总值增长5.5%左右、固定资产投资增长6%以上,这些目标实实在在。”代表张某说。\n';
    const result = extract(news);
    expect(result.reportYear).toBe(2026);
    expect(keys(outcomes(result))).toEqual(['gdp,2025,level', 'gdp,2025,growth']);
    expect(keys(targets(result))).toEqual(['gdp,2026,growth', 'fixed_asset_investment,2026,growth']);
  });

  it('reads each quotation of a run after 报告中 as the report’s target, and a wording the report proposes', () => {
    const news =
      '县人代会代表分组讨论\n\n2026年2月21日\n\n“报告提出今年地区生产总值增长6%左右,这个目标有底气。”代表刘某说。\n\n' +
      '代表陈某说,报告中“城镇新增就业3500人”“社会消费品零售总额增长5%”让群众看到了实惠。\n\n' +
      '代表吴某说,报告提出城乡居民人均可支配收入增长与经济增长同步,今年还要新建养老服务站5个。\n';
    const result = extract(news);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['new_urban_jobs', 2026, 'level', 'exact', '3500'],
        ['retail_sales', 2026, 'growth', 'exact', '5'],
        ['resident_income', 2026, 'growth', 'relative', null],
      ]),
    );
  });

  it('keeps a quotation after 报告中 that looks back, and a wording the city proposes, out of the targets', () => {
    const news =
      '县人代会代表分组讨论\n\n2026年2月21日\n\n“报告提出今年地区生产总值增长6%左右,这个目标有底气。”代表刘某说。\n\n' +
      '代表陈某说,报告中“去年城镇新增就业3400人”让人振奋。\n\n代表吴某说,全市报告提出城乡居民人均可支配收入增长与经济增长同步。\n';
    expect(keys(targets(extract(news)))).toEqual(['gdp,2026,growth']);
  });

  it("reads a session item cut to its box of targets under a source line as targets, the heading not joined to the line's date", () => {
    const box =
      '同心协力谋发展\n——县十八届人大四次会议代表分组审议政府工作报告\n\n青林县融媒体中心  2026-02-26 09:40\n\n■ 链接\n\n' +
      '　　2026年全县经济社会发展主要预期目标\n\n　　●地区生产总值增长6%左右\n\n　　●固定资产投资增长8%以上\n\n' +
      '　　●城镇新增就业1200人以上\n\n　　●一般公共预算收入增长3%\n\n责任编辑:张某\n';
    const result = extract(box);
    expect(outcomes(result)).toEqual([]);
    expect(keys(targets(result))).toEqual(['gdp,2026,growth', 'fixed_asset_investment,2026,growth', 'new_urban_jobs,2026,level', 'budget_revenue,2026,growth']);
  });

  it('reads a session item cut to its bare box of targets, dated in the session month, as targets and never as last year’s outcomes', () => {
    const box = '县人大会议胜利闭幕\n发布时间:2026-01-23 来源:青林县融媒体中心\n\n●地区生产总值增长6%\n●规上工业增加值增长7%以上\n●城镇新增就业2500人\n';
    const result = extract(box);
    expect(outcomes(result)).toEqual([]);
    expect(keys(targets(result))).toEqual(['gdp,2026,growth', 'industrial_value_added,2026,growth', 'new_urban_jobs,2026,level']);
  });

  it('leaves a box that looks back, or one dated outside the session months, or one with no session named, as it was', () => {
    const looksBack = '县人大会议胜利闭幕\n发布时间:2026-01-23\n\n去年:\n●地区生产总值增长6%\n●城镇新增就业2500人\n';
    expect(targets(extract(looksBack))).toEqual([]);
    const summer = '县人大会议胜利闭幕\n发布时间:2026-07-23\n\n●地区生产总值增长6%\n●城镇新增就业2500人\n';
    expect(targets(extract(summer))).toEqual([]);
    const noSession = '全县经济运行简报\n发布时间:2026-01-23\n\n●地区生产总值增长6%\n●城镇新增就业2500人\n';
    expect(targets(extract(noSession))).toEqual([]);
  });

  it('reads a quoted figure the speaker calls hard-won as last year’s result, never one that turns to this year', () => {
    const news =
      '县人代会代表分组讨论\n\n2026年1月22日\n\n报告提出,今年全县主要预期目标是:地区生产总值增长6%左右,城镇新增就业2000人以上,固定资产投资增长5%,社会消费品零售总额增长5.5%。\n\n' +
      '“规上工业增加值增长9.6%,在这样的形势下实属不易。”代表孙某说。\n\n“今年规上工业增加值要增长8%,来之不易的势头要保住。”代表赵某说。\n';
    const result = extract(news);
    expect(outcomes(result)).toEqual([['industrial_value_added', 2025, 'growth', '9.6']]);
  });

  it('keeps a 确保 milestone in the work plan for an indicator the headline already states out, and still reads one it does not state', () => {
    const news =
      '某县人代会开幕\n2026年1月8日\n报告提出,今年全县主要预期目标是:地区生产总值增长6%左右,社会消费品零售总额增长6%,城镇新增就业2000人以上,一般公共预算收入增长3%。\n' +
      '今年将重点抓好六个方面工作:千方百计促消费,确保社会消费品零售总额突破150亿元;稳住外贸基本盘,确保出口总额增长5%以上。\n';
    const result = extract(news);
    expect(targets(result).filter((target) => target[0] === 'retail_sales')).toEqual([['retail_sales', 2026, 'growth', 'exact', '6']]);
    expect(targets(result)).toEqual(expect.arrayContaining([['exports', 2026, 'growth', 'at_least', '5']]));
  });

  it('reads a level regained or risen to (回升至, 上升到) as the level', () => {
    const report = '某县政府工作报告\n2026年1月6日\n过去一年,全县出口总额回升至26.4亿元,增长4.1%;城镇新增就业上升到3120人。\n';
    expect(outcomes(extract(report))).toEqual(
      expect.arrayContaining([
        ['exports', 2025, 'level', '26.4'],
        ['new_urban_jobs', 2025, 'level', '3120'],
      ]),
    );
  });

  it('reads the figures the deputies affirmed as last year’s results, never an affirmed target', () => {
    const news =
      '代表分组审议各项报告\n\n2026年2月24日\n\n代表们审议了计划报告和预算报告,对一般公共预算收入完成6.12亿元、增长3.6%给予充分肯定。\n\n' +
      '代表们还对今年城镇新增就业2500人以上的目标表示认可。\n\n2026年全县主要预期目标\n\n●地区生产总值增长6%左右\n\n●固定资产投资增长7%\n\n●城镇新增就业2500人以上\n\n●一般公共预算收入增长4%\n';
    const result = extract(news);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2025, 'level', '6.12'],
      ['budget_revenue', 2025, 'growth', '3.6'],
    ]);
  });

  it('reads a 分别 series without names that turns to this year after last year’s series as the same names’ targets', () => {
    const news =
      '县人代会代表分组讨论\n\n2026年1月21日\n\n“报告提出今年地区生产总值增长6%左右的目标,我们有信心。”代表刘某说。\n\n' +
      '“报告说去年城镇、农村居民人均可支配收入分别增长4.9%和6.6%,今年要分别增长5%和6.5%。”代表谭某说。\n\n' +
      // Distractor: 今年以来 is this year's progress so far, never a target.
      '“去年规上工业增加值、固定资产投资分别增长8.1%和5.2%,今年以来分别增长7%和4%。”代表王某说。\n';
    const result = extract(news);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['urban_income', 2026, 'growth', 'exact', '5'],
        ['rural_income', 2026, 'growth', 'exact', '6.5'],
      ]),
    );
    expect(keys(targets(result))).not.toContain('industrial_value_added,2026,growth');
    expect(outcomes(result)).toEqual(expect.arrayContaining([['urban_income', 2025, 'growth', '4.9']]));
  });

  it('reads the list after a targets heading sentence and the report that proposes it, wordings included', () => {
    const page =
      '【政策解读】关于某区2025年计划执行情况与2026年计划草案报告的解读\n\n(一)2025年计划执行情况。全区地区生产总值预计增长5.4%。\n\n' +
      '(二)2026年主要预期目标。《计划草案》提出:地区生产总值增长5.5%左右;一般公共预算收入增长3%;出口总额保持稳定增长;城乡居民人均可支配收入增长与经济增长同步。\n';
    expect(targets(extract(page))).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
      ['exports', 2026, 'growth', 'qualitative', null],
      ['resident_income', 2026, 'growth', 'relative', null],
    ]);
  });

  it('reads 农民人均可支配收入 as the rural residents’ income, never a village’s figure after it', () => {
    const news =
      '县人代会代表分组讨论\n\n2026年1月20日\n\n“报告提出今年地区生产总值增长6%左右的目标,我们有信心。”代表刘某说。\n\n' +
      '代表李某说:“去年全县农民人均可支配收入达到19860元,我们村是21400元。”\n';
    expect(outcomes(extract(news))).toEqual([['rural_income', 2025, 'level', '19860']]);
  });

  it('takes a hyphenated date or a clock time ending a line for a publication stamp, never a date in words (a PDF line may end on one)', () => {
    expect(endsOnDateStamp('青林县融媒体中心  2026-02-26 09:40')).toBe(true);
    expect(endsOnDateStamp('来源:青林县人民政府 2026/01/23')).toBe(true);
    expect(endsOnDateStamp('县第十八届人民代表大会第四次会议于2026年1月6日')).toBe(false);
    expect(endsOnDateStamp('全县地区生产总值增长5.')).toBe(false);
  });
});
