// Rules of round 7 (news articles; the year, district and period of a document), each reduced
// to the few lines that carry it (constructed, figures invented).
import { describe, expect, it } from 'vitest';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

describe('round 7 rules', () => {
  it('dates a plan sentence by the year at the head of the report’s proposals, not by a horizon', () => {
    const result = extract('某区:今年GDP预期增长6%\n\n1月7日,某区第九届人民代表大会第五次会议开幕。政府工作报告明确,2025年全区地区生产总值增长6%,固定资产投资增长10%以上。');
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'at_least', '10'],
    ]);
    expect(extract('某区人代会开幕\n\n政府工作报告明确,到2027年全区地区生产总值突破500亿元。').reportYear).toBeNull();
  });

  it('gives a slide’s plan the year its column heads and the review point to', () => {
    const result = extract('某区2024年计划执行情况和2025年计划安排\n主要指标 2024年计划 2024年预计 2025年目标\n城镇新增就业 目标1.2万人以上\n');
    expect(result.reportYear).toBe(2025);
  });

  it('reads a district from a report’s byline, and none from a headline’s verb of reading', () => {
    expect(findDistrict('政府工作报告\n\n望川县县长　杜雅琳\n\n各位代表:')).toBe('望川县');
    expect(findDistrict('数读区政府工作报告\n\n▶ 5.6%')).toBeNull();
    expect(findDistrict('图文直播｜金溪县第十九届人民代表大会第三次会议开幕\n\n10:30　大会听取县人大常委会工作报告。')).toBe('金溪县');
    expect(findDistrict('聚焦两会｜一图速览石门县政府工作报告')).toBe('石门县');
    expect(findDistrict('10:30　大会听取县人大常委会工作报告。')).toBeNull();
  });

  it('reads 百分之七 run into the next word, worded in digits for parse-as-written', () => {
    const result = extract('某县人代会开幕\n2024年1月25日\n报告提出2024年全县主要预期目标是社会消费品零售总额增长百分之七一般公共预算收入增长6%。');
    expect(targets(result)).toEqual([
      ['retail_sales', 2024, 'growth', 'exact', '7'],
      ['budget_revenue', 2024, 'growth', 'exact', '6'],
    ]);
    const parsed = parseAsWritten(result.targets[0]!.asWritten, { measureHint: 'growth' });
    expect(parsed.ok && [parsed.target.qualifier, parsed.target.value]).toEqual(['exact', '7']);
  });

  it('reads a look back opened by 回望 after the targets as last year’s', () => {
    const result = extract('某县明确2026年发展目标\n\n2026年1月20日,某县县长在政府工作报告中提出,2026年全县地区生产总值增长6%以上。\n回望2025年,全县地区生产总值突破120亿元,增长6.3%;社会消费品零售总额45.3亿元,增长5.9%。');
    expect(targets(result)).toEqual([['gdp', 2026, 'growth', 'at_least', '6']]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '120'],
      ['gdp', 2025, 'growth', '6.3'],
      ['retail_sales', 2025, 'level', '45.3'],
      ['retail_sales', 2025, 'growth', '5.9'],
    ]);
  });

  it('opens the plan at a heading line giving the year its targets', () => {
    const result = extract('划重点!2025年某区政府工作报告来了\n\n📊 2024年 这些数据亮眼\n▪ 地区生产总值 586.4亿元 增长6.1%\n\n🎯 2025年 目标这样定\n▪ 地区生产总值 增长6%左右\n▪ 固定资产投资 增长5%以上\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'at_least', '5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '586.4'],
      ['gdp', 2024, 'growth', '6.1'],
    ]);
  });

  it('reads deputies’ quoted remarks: 报告提出 after a byline, a quoted target, a quoted look back', () => {
    const result = extract('某日报　2025年1月22日\n\n本报讯(记者 某某)“报告提出今年全县地区生产总值增长6.5%的目标,我认为既积极又稳妥。”王代表说。\n\n“去年全县规上工业增加值增长10.2%,增速全市第一。”陈代表说。\n\n“城乡居民人均可支配收入分别增长5.5%和7%,这是实打实的民生承诺。”刘代表说。\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6.5'],
      ['urban_income', 2025, 'growth', 'exact', '5.5'],
      ['rural_income', 2025, 'growth', 'exact', '7'],
    ]);
    expect(outcomes(result)).toEqual([['industrial_value_added', 2024, 'growth', '10.2']]);
  });

  it('reads through a milestone passed before the figure', () => {
    const result = extract('某区政府工作报告\n2025年1月9日\n过去一年,全区地区生产总值首次迈上400亿元台阶,达到412.3亿元,增长6.2%。\n今年主要预期目标是:地区生产总值增长6.5%。');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '412.3'],
      ['gdp', 2024, 'growth', '6.2'],
    ]);
  });

  it('reads a card’s figure with its name and year on the line below', () => {
    const result = extract('数读政府工作报告\n\n▶ 5.6%\n2024年全区地区生产总值增速\n\n▶ 6%左右\n2025年地区生产总值预期增长\n\n▶ 10件\n2025年民生实事\n\n(来源:某区融媒体中心　2025年1月12日)');
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.6']]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads the actual after a restated target, never the target', () => {
    const result = extract('某县人代会开幕\n\n去年年初确定的地区生产总值增长6%的目标,全县实际完成5.2%;规模以上工业增加值增长8.4%。\n\n今年,该县把地区生产总值增长目标定在5.5%左右。\n\n编辑:某某　2025-01-10');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.2'],
      ['industrial_value_added', 2024, 'growth', '8.4'],
    ]);
  });

  it('keeps 【成绩单】 / 【目标任务】 lines as headings of the review and the plan', () => {
    const result = extract('两会速递|某区2025年目标任务出炉\n\n【成绩单】\nGDP:412.3亿元,增长5.8%\n\n【目标任务】\nGDP:增长6%左右\n固定资产投资:增长5%\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '412.3'],
      ['gdp', 2024, 'growth', '5.8'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
    ]);
  });

  it('reads an explainer: 看成绩/看目标 headings, 报告把今年…定为, a sentence adding 此外, 区级 figures', () => {
    const result = extract('发布时间:2025-01-16\n\n看成绩:稳中有进\n2024年,区级一般公共预算收入完成33.18亿元。\n\n看目标:积极稳妥\n关于经济增速,报告把今年全区GDP预期目标定为增长6%左右,与全市目标保持一致。此外,固投增长7%,居民人均可支配收入增长与经济增长同步。\n');
    expect(outcomes(result)).toEqual([['budget_revenue', 2024, 'level', '33.18']]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '7'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
  });

  it('reads members’ remarks that give the report’s targets without a year, and the district after 政协', () => {
    const result = extract('政协委员热议政府工作报告\n\n1月13日下午,出席政协云岭县第十一届委员会第五次会议的委员听取了政府工作报告。\n\n委员们认为,报告提出的全县地区生产总值增长6.5%左右的目标,兼顾了现实可能。\n\n陈委员说,报告提出规模以上工业增加值增长10%以上,工业仍是主引擎。\n\n(2025年1月14日)');
    expect(result.district).toBe('云岭县');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6.5'],
      ['industrial_value_added', 2025, 'growth', 'at_least', '10'],
    ]);
  });

  it('reads a look back after the targets that opens 据统计,去年…', () => {
    const result = extract('某区定下今年目标\n\n2025-01-11 08:30\n\n记者从正在召开的云浦区人代会上获悉,今年云浦区主要指标预期目标分别为:地区生产总值增长5.5%、固定资产投资增长4%。\n\n据统计,去年云浦区GDP总量达到736.9亿元,同比增长5.1%。\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '5.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '4'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '736.9'],
      ['gdp', 2024, 'growth', '5.1'],
    ]);
  });
});
