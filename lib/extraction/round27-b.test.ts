// Rules of round 27 (rules27b: news, from retired eval22), each reduced to the few lines that carry it (constructed, names and
// figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order, indicator and
// figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 27 rules (rules27b)', () => {
  it('reads a sentence opening on 预计 after the look back as the estimate of the year reviewed', () => {
    const news =
      '青屿县第十七届人民代表大会第四次会议开幕\n\n1月9日上午,青屿县第十七届人民代表大会第四次会议开幕。县人民政府县长李某作《政府工作报告》。' +
      '报告共分三大部分:一、2025年工作回顾;二、2026年主要目标和重点工作;三、加强政府自身建设。\n\n' +
      '报告指出,2025年是青屿发展史上很不寻常的一年。一年来,全县上下攻坚克难,经济运行持续向好。预计全县一般公共预算收入完成9.46亿元,增长3.1%;城镇新增就业4260人。\n\n' +
      '报告提出,2026年全县经济社会发展的主要预期目标是:一般公共预算收入增长4%;城镇新增就业4000人以上。\n';
    const result = extract(news);
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2025, 'level', '9.46'],
        ['budget_revenue', 2025, 'growth', '3.1'],
        ['new_urban_jobs', 2025, 'level', '4260'],
      ]),
    );
    expect(targets(result).map((target) => target.slice(0, 3).join())).toEqual(['budget_revenue,2026,growth', 'new_urban_jobs,2026,level']);
  });

  it('keeps a sentence opening on 预计 that turns to the coming year or an aim out of the look back', () => {
    const news =
      '石岭区第三届人民代表大会第五次会议开幕\n\n1月8日,石岭区第三届人民代表大会第五次会议开幕。报告共分三大部分:一、2025年工作回顾;二、2026年主要目标和重点工作;三、加强政府自身建设。\n\n' +
      '报告指出,一年来,全区经济运行稳中有进。预计今年全区地区生产总值增长6%左右,力争城镇新增就业1.2万人。\n';
    // Neither the coming year's forecast nor the aim is last year's result.
    expect(outcomes(extract(news))).toEqual([]);
  });

  it('opens the plan at a lead line that says what the year will bring in the list below, and reads a review subsection inside it', () => {
    const summary =
      '石岭区政府工作报告有哪些看点?\n\n2026年石岭区在产业、开放和民生等方面将有以下安排:\n一、产业发展\n-\n' +
      '一般公共预算收入增长5%,城镇新增就业1.1万人。\n-\n2025年成绩回顾\n-\n2025年全区一般公共预算收入38.2亿元、增长2.4%。\n-\n' +
      '城镇新增就业1.05万人。\n-\n二、民生保障\n-\n粮食播种面积稳定在36万亩以上,城镇调查失业率控制在5.5%以内。\n-\n' +
      // A line of the next part that opens on last year, its indicator and the result's verb: last year's result.
      '2025年实际使用外资完成1.3亿美元。\n';
    const result = extract(summary);
    expect(targets(result).map((target) => target.slice(0, 4).join())).toEqual([
      'budget_revenue,2026,growth,exact',
      'new_urban_jobs,2026,level,exact',
      'grain_area,2026,level,at_least',
      'urban_unemployment_rate,2026,level,at_most',
    ]);
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2025, 'level', '38.2'],
        ['budget_revenue', 2025, 'growth', '2.4'],
        ['new_urban_jobs', 2025, 'level', '1.05'],
        ['fdi', 2025, 'level', '1.3'],
      ]),
    );
    expect(outcomes(result)).toHaveLength(4);
  });

  it('opens no plan at a lead line of a look back, or of another year than the review\'s next', () => {
    // A look back's lead has no 将: its list is last year's.
    const lookBack =
      '石岭区2025年成绩单\n\n2025年石岭区在产业、开放和民生等方面取得以下成绩:\n一、产业发展\n-\n一般公共预算收入38.2亿元、增长2.4%。\n';
    expect(targets(extract(lookBack))).toEqual([]);
    // A horizon years ahead of the review's next year is no plan.
    const horizon =
      '2025年成绩回顾\n-\n2025年全区一般公共预算收入38.2亿元、增长2.4%。\n\n2030年石岭区在产业等方面将实现以下目标:\n-\n一般公共预算收入突破60亿元。\n';
    expect(targets(extract(horizon)).filter((target) => target[1] === 2026)).toEqual([]);
  });

  it('reads the goods trade\'s exports (货物贸易出口) as exports, never the goods trade\'s total', () => {
    const news =
      '2026年1月8日,石岭区第三届人民代表大会第五次会议开幕。\n\n过去一年,全区经济运行回升向好。预计全年社会消费品零售总额212.6亿元、增长3.8%;' +
      '货物贸易出口总额96.4亿元、增长8.1%;货物贸易进出口总额151.2亿元、增长5.5%。\n\n今年全区经济社会发展的主要预期目标是:\n货物贸易出口增长6%;\n一般公共预算收入增长3%。\n';
    const result = extract(news);
    expect(outcomes(result).filter((outcome) => outcome[0] === 'exports')).toEqual([
      ['exports', 2025, 'level', '96.4'],
      ['exports', 2025, 'growth', '8.1'],
    ]);
    expect(targets(result).map((target) => target.slice(0, 4).join())).toContain('exports,2026,growth,exact');
  });

  it('reads a town\'s own figure before a time word as the town\'s, not the district\'s', () => {
    const news =
      '2026年1月8日,石岭县第三届人民代表大会第五次会议开幕。\n\n在东坝镇代表团,县人大代表李某说,报告中提到去年全县一般公共预算收入完成6.4亿元、增长3.2%,' +
      '成绩来之不易。白沙乡去年一般公共预算收入增长9.1%,今年乡里要再上台阶。\n';
    expect(outcomes(extract(news))).toEqual([
      ['budget_revenue', 2025, 'level', '6.4'],
      ['budget_revenue', 2025, 'growth', '3.2'],
    ]);
    // Refused: 城镇 and 城乡 name no town ("城镇去年…" is the district's urban figure).
    const urban = '2026年1月8日,石岭县第三届人民代表大会第五次会议开幕。\n\n报告指出,全县城镇去年新增就业4200人。\n';
    expect(outcomes(extract(urban))).toEqual([['new_urban_jobs', 2025, 'level', '4200']]);
  });

  it('reads the first clause of a deputy\'s quotation that opens on the report\'s proposal as its target', () => {
    const news =
      '2026年1月8日,石岭县第三届人民代表大会第五次会议开幕。\n\n代表王某关注就业。“报告提出城镇新增就业2800人以上,我们企业今年要再招300人。”\n\n' +
      '2026年全县经济社会发展主要预期目标\n\n●地区生产总值增长6%左右\n';
    const found = targets(extract(news)).map((target) => target.slice(0, 5).join());
    expect(found).toContain('new_urban_jobs,2026,level,at_least,2800');
    // Refused: the report's look back quoted (提到, 显示) is no proposal, and the clause after the comma is the speaker's own.
    const lookBack =
      '2026年1月8日,石岭县第三届人民代表大会第五次会议开幕。\n\n代表王某说:“报告提到城镇新增就业2650人,我们企业今年要再招300人。”\n\n' +
      '2026年全县经济社会发展主要预期目标\n\n●地区生产总值增长6%左右\n';
    expect(targets(extract(lookBack)).map((target) => target[0])).not.toContain('new_urban_jobs');
  });
});

