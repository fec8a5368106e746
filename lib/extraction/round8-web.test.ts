// Rules of round 8 (web pages, traditional text, plan reports, PDF copies, bulletins), each reduced
// to the few lines that carry it (constructed, figures invented).
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 8: traditional reprints', () => {
  it('reads through pinyin glosses after characters, quoting them as written', () => {
    const text = '某區2025年政府工作報(bào)告\n一、2024年工作回顧\n全區(qū)地區(qū)生產(chǎn)總(zǒng)值增長(zhǎng)5.2%。\n二、2025年主要目標\n一般公共預(yù)算收入增長(zhǎng)4%左右。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.2']]);
    expect(targets(result)).toEqual([['budget_revenue', 2025, 'growth', 'about', '4']]);
    expect(result.outcomes[0]!.quote).toContain('總(zǒng)值增長(zhǎng)5.2%');
    // A bracket of letters without a tone mark is no gloss.
    expect(extract('某區2025年政府工作報告\n二、2025年主要目標\n地區生產總值(GDP)增長5%。\n').targets).toHaveLength(1);
  });
});

describe('round 8: infographics', () => {
  it('reads a line holding only a year as the heading of its cards, and the next year\'s as the plan', () => {
    const page = '某报数字报\n图解|2025年某某区政府工作报告\n\n2024年\n地区生产总值\n312.5亿元\n增长5.8%\n\n一般公共预算收入\n18.2亿元\n增长4.1%\n\n2025年\n地区生产总值\n增长6%左右\n\n一般公共预算收入\n增长5%\n\n本版其他文章\n· 2024年全市地区生产总值增长5.2%\n';
    const result = extract(page);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '312.5'],
      ['gdp', 2024, 'growth', '5.8'],
      ['budget_revenue', 2024, 'level', '18.2'],
      ['budget_revenue', 2024, 'growth', '4.1'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '5'],
    ]);
  });
});

describe('round 8: press reports quoting the district head', () => {
  it('reads a circle zero as 〇 and a speaker\'s look back in the plan as last year\'s', () => {
    const text = '陸媒:某某區二○二六年經濟增長目標定為百分之五左右\n\n大陸某某區人大會議昨日登場,區長王某某公佈二○二六年經濟社會發展主要預期目標。\n\n王某某表示,建議今年全區經濟社會發展的主要預期目標為:地區生產總值增長百分之五左右,一般公共預算收入增長百分之三。\n\n王某某指出,二○二五年某某區經濟運行穩中有進,全區地區生產總值達人民幣四百一十點二億元,年增百分之五點一;居民消費價格上漲百分之○點四。\n';
    const result = extract(text);
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5'],
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '410.2'],
      ['gdp', 2025, 'growth', '5.1'],
      ['cpi', 2025, 'growth', '0.4'],
    ]);
  });
});

describe('round 8: plan reports', () => {
  it('reads "主要预期目标安排如下:" as the plan and "预计全年…" after part-year periods as the whole year', () => {
    const text = '某区发展和改革局\n关于2025年国民经济和社会发展计划执行情况及2026年计划安排的报告\n\n今年以来,全区经济运行总体平稳。1—10月,全区固定资产投资下降1.9%。\n结合1—10月运行情况和11—12月走势研判,预计全年主要指标完成情况如下:地区生产总值完成288亿元左右,增长5%左右;一般公共预算收入增长2.8%。\n2026年是开局之年。2026年全区主要预期目标安排如下:地区生产总值增长5%左右;城镇调查失业率控制在5.5%以内。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '288'],
      ['gdp', 2025, 'growth', '5'],
      ['budget_revenue', 2025, 'growth', '2.8'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
    ]);
    // A sentence that opens on the period is still governed by it, clause after clause.
    const flash = '某区2025年政府工作报告\n一、2024年工作回顾\n1—11月,全区规模以上工业增加值增长7%,预计全年增长7.5%;固定资产投资增长3%。\n';
    expect(outcomes(extract(flash))).toEqual([['industrial_value_added', 2024, 'growth', '7.5']]);
  });
});

describe('round 8: PDF copies', () => {
  it('drops a page number between middle dots ("·1·") and the running header after it, joining the cut clause', () => {
    const text = '某区政府工作报告\n——2025年1月8日在某区第三届人民代表大会第五次会议上\n一、2024 年工作回顾\n过去一年,全区经济运行稳中有进。全年实现地区生产总值 318.6 亿元、增长 5.1%;规模以上工业增加值增长 6.2%;\n固定资产投资增长 1.6%;社会消费品零售总额完成 125.4 亿元、增长 4.3%;一般公共预算收入完成 21.7 亿元、增长 3.2%。\n二、2025 年主要目标\n今年全区经济社会发展的主要预期目标是:地区生产总值增\n·1·\n某区政府工作报告\n长 5% 左右;规模以上工业增加值增长 6% 以上;固定资产\n投资增长 3% 左右;社会消费品零售总额增长 5%;一般公\n共预算收入增长 2%;城镇新增就业 1.05 万人以上。\n\n·2·\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['industrial_value_added', 2025, 'growth', 'at_least', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'about', '3'],
      ['retail_sales', 2025, 'growth', 'exact', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '2'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '1.05'],
    ]);
  });

  it('joins a long list item left open to the line under it that is no item', () => {
    const text = '某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2023年计划执行情况\n——地区生产总值完成 212.4 亿元,增长 5.6%;\n——一般公共预算收入完成 10.26 亿元,增长 8.6%;\n——城镇常住居民人均可支配收入 40352 元,增长 4.6%;农村常住居\n民人均可支配收入 19268 元,增长 7.4%;\n——城镇新增就业 4120 人;\n二、2024年国民经济和社会发展主要预期目标\n——地区生产总值增长 6%;\n——固定资产投资增长 5%;\n——城镇常住居民人均可支配收入增长 6%,农村常住居民人均可支配\n收入增长 8%;\n——城镇新增就业 4000 人以上;\n';
    const result = extract(text);
    expect(outcomes(result).filter(([key]) => key === 'rural_income')).toEqual([
      ['rural_income', 2023, 'level', '19268'],
      ['rural_income', 2023, 'growth', '7.4'],
    ]);
    expect(targets(result).filter(([key]) => key === 'rural_income' || key === 'resident_income')).toEqual([['rural_income', 2024, 'growth', 'exact', '8']]);
  });
});

describe('round 8: aims in the task list', () => {
  it('reads no target from "X力争Y" outside the headline paragraph, but keeps plain task figures', () => {
    const text = '某县2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值增长5.2%。\n二、2025年工作安排\n今年主要预期目标是:地区生产总值增长6%左右。\n重点做好以下工作:\n(一)扩大开放。实际使用外资力争5000万美元,外贸进出口总额增长6%。\n(二)乡村振兴。农村居民人均可支配收入力争突破2.1万元。\n(三)稳定粮食生产。粮食播种面积稳定在31万亩以上。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['grain_area', 2025, 'level', 'at_least', '31'],
    ]);
  });
});

describe('round 8: statistics pages', () => {
  it('reads a page titled "2025年某区主要经济指标" as that year\'s figures, dated by its publication line, sub-items too', () => {
    const page = '网站首页 | 统计数据 | 统计公报\n当前位置:首页 > 统计数据 > 年度数据\n\n2025年某某区主要经济指标\n\n发布时间:2026-01-28 来源:区统计局 【字体:大 中 小】\n\n指标名称\t单位\t绝对值\t比上年增长(%)\n地区生产总值\t亿元\t412.36\t5.4\n固定资产投资\t亿元\t—\t-3.2\n一般公共预算收入\t亿元\t30.1\t2.3\n　其中:税收收入\t亿元\t21.96\t1.5\n\n上一篇:2025年1—11月某某区主要经济指标\n';
    const result = extract(page);
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual([]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '412.36'],
      ['gdp', 2025, 'growth', '5.4'],
      ['fixed_asset_investment', 2025, 'growth', '-3.2'],
      ['budget_revenue', 2025, 'level', '30.1'],
      ['budget_revenue', 2025, 'growth', '2.3'],
      // A sub-item row is read by its own name.
      ['tax_revenue', 2025, 'level', '21.96'],
      ['tax_revenue', 2025, 'growth', '1.5'],
    ]);
  });
});

describe('round 8: bulletins', () => {
  it('reads the seat\'s air quality as the district\'s, but not another entity\'s', () => {
    const bulletin = '某县2024年国民经济和社会发展统计公报\n全年地区生产总值112.4亿元,比上年增长5.2%。全年县城空气质量优良天数比率为92.1%。全市空气质量优良天数比率为88.6%。\n';
    expect(outcomes(extract(bulletin))).toEqual([
      ['gdp', 2024, 'level', '112.4'],
      ['gdp', 2024, 'growth', '5.2'],
      ['air_quality_good_days', 2024, 'level', '92.1'],
    ]);
  });

  it('reads a 同口径 rate in brackets after the reported one, and 就业人员 as the jobs count', () => {
    const bulletin = '某县2024年国民经济和社会发展统计公报\n全年一般公共预算收入23.45亿元,比上年增长8.7%(同口径增长5.9%)。全年新增城镇就业人员2186人。\n';
    const result = extract(bulletin);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'level', '23.45'],
      ['budget_revenue', 2024, 'growth', '8.7'],
      ['budget_revenue', 2024, 'growth', '5.9'],
      ['new_urban_jobs', 2024, 'level', '2186'],
    ]);
    expect(result.outcomes[2]!.comparableBasis).toBe(true);
  });
});

describe('round 8: second fresh batch (WeChat cards, 图解 pages)', () => {
  it('reads ↑/↓ as growth and decline, and 【目标2025】 as the plan heading whose lines are headline targets', () => {
    const post = '点击蓝字 关注我们\n权威发布|2025年,某某区这样干!\n1月7日上午,某某区第六届人民代表大会第四次会议开幕。\n【数说2024】\n地区生产总值 326.4亿元 ↑5.3%\n固定资产投资 ↓2.1%\n【目标2025】\n地区生产总值增长5%左右\n居民人均可支配收入增长与经济增长同步\n往期推荐\n▶ 全市2024年地区生产总值增长4.9%\n';
    const result = extract(post);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '326.4'],
      ['gdp', 2024, 'growth', '5.3'],
      ['fixed_asset_investment', 2024, 'growth', '-2.1'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
  });

  it('never takes a listed link to a bulletin for the page\'s title', () => {
    const page = '某某区人民政府\n【图解】2025年某某区政府工作报告\n一、2024年主要指标完成情况\n地区生产总值:总量268.9亿元,增长5.1%\n二、2025年主要预期目标\n地区生产总值:增长5%左右\n相关文件\n· 某某区2023年国民经济和社会发展统计公报\n';
    const result = extract(page);
    expect(result.reportYear).toBe(2025);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '268.9'],
      ['gdp', 2024, 'growth', '5.1'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '5']]);
  });
});

describe('round 8: fourth fresh batch (a microblog post)', () => {
  it('dates a post by its headline naming the report and then a year without a figure', () => {
    const post = '#某某两会# 【某某区政府工作报告出炉！2025年这样干👇】\n1月13日,某某区第四届人民代表大会第四次会议开幕。\u200b过去一年,全区地区生产总值增长5.2%,总量达到438.4亿元。\u200b今年全区地区生产总值预期增长5%左右,一般公共预算收入增长2%。#政府工作报告# 收起全文d\n转发 12 评论 8 赞 56\n';
    const result = extract(post);
    expect(result.reportYear).toBe(2025);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.2'],
      ['gdp', 2024, 'level', '438.4'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '2'],
    ]);
  });
});

describe('round 8: a news agency\'s dateline', () => {
  it('reads the district after the slash that ends the dateline, without its province', () => {
    const text = '中評社:陸縣域兩會 某川縣定今年增長目標6%\n　　中評社香港1月10日電/大陸四川某川縣第十八屆人民代表大會第五次會議9日開幕。報告提出今年主要預期目標:地區生產總值增長6%。\n';
    expect(extract(text).district).toBe('某川县');
  });
});
