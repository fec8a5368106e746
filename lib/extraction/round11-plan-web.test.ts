// Rules of round 11 (rules11b: plan-execution reports and web pages), each reduced to the few lines
// that carry it (constructed, names and figures invented), from the general forms of plan reports and
// government pages that retired eval5's writers used: tables scraped one cell per line, last year's
// result bracketed after each target, the share of the plan met, a video transcript's speaker tags.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

const PLAN_TITLE = '关于青石区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n';

/** Cells one a line, a lone bar between them, as a web page's table is scraped. */
const stacked = (rows: string[][]) => `|\n${rows.map((row) => row.join('\n|\n')).join('\n|\n')}\n|\n`;

describe('round 11 rules (rules11b)', () => {
  it('rebuilds a table scraped one cell per line into rows, read by its header', () => {
    const table = stacked([
      ['指标名称', '单位', '2025年预计', '增长(%)', '2026年目标'],
      ['地区生产总值', '亿元', '512.4', '5.3', '增长5.5%左右'],
      ['城镇调查失业率', '%', '4.6', '—', '5%以内'],
    ]);
    const text = `${PLAN_TITLE}主要指标见下表。\n${table}注:2025年数据为预计数。\n`;
    expect(prepareText(text).text).toContain('|地区生产总值|亿元|512.4|5.3|增长5.5%左右|\n');
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '512.4'],
      ['gdp', 2025, 'growth', '5.3'],
      ['urban_unemployment_rate', 2025, 'level', '4.6'],
    ]);
  });

  it('leaves a run of barred lines alone when it opens on no header or parts into no whole rows', () => {
    // No 指标/项目 header: a menu of bars, not a table.
    const menu = `${PLAN_TITLE}|\n首页\n|\n地区生产总值\n|\n512.4\n|\n`;
    expect(prepareText(menu).text).not.toContain('|地区生产总值|');
    // A header of four cells and a row of three: no row length parts the cells into whole rows.
    const broken = stacked([['指标', '单位', '2025年预计', '2026年目标'], ['地区生产总值', '512.4', '增长5.5%左右']]);
    expect(prepareText(`${PLAN_TITLE}${broken}`).text).not.toContain('|地区生产总值|');
  });

  it('reads last year’s result bracketed after a target as the clause’s indicator’s outcome', () => {
    const text = `${PLAN_TITLE}二、2026年主要预期目标\n建议2026年全区主要预期目标如下:\n——地区生产总值增长5%左右(2025年预计增长5.2%);\n——全社会固定资产投资增长4%(2025年预计下降2.4%),其中工业投资增长8%(2025年预计增长11.5%);\n——一般公共预算收入增长3%(2025年预计完成42.6亿元,同口径增长2.1%);\n——外贸出口总额保持稳定(2025年预计增长1.3%);\n——城镇调查失业率控制在5.5%以内(2025年为4.8%);\n——单位地区生产总值能耗下降完成市下达目标(2025年完成市下达目标)。\n`;
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'growth', '5.2'],
      ['fixed_asset_investment', 2025, 'growth', '-2.4'],
      ['industrial_investment', 2025, 'growth', '11.5'],
      ['budget_revenue', 2025, 'level', '42.6'],
      ['budget_revenue', 2025, 'growth', '2.1'],
      ['exports', 2025, 'growth', '1.3'],
      ['urban_unemployment_rate', 2025, 'level', '4.8'],
    ]);
    // The bracket neither sets the year of "其中工业投资…" nor joins the wording "保持稳定".
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['industrial_investment', 2026, 'growth', 'exact', '8'],
        ['exports', 2026, 'growth', 'qualitative', null],
      ]),
    );
  });

  it('reads no bracket of another year, or one that goes on past its figure', () => {
    const text = `${PLAN_TITLE}二、2026年主要预期目标\n建议2026年全区主要预期目标如下:\n——地区生产总值增长5%左右(2020年为3.1%);\n——一般公共预算收入增长3%(2025年预计增长2.1%,其中税收收入增长4%)。\n`;
    expect(outcomes(extract(text))).toEqual([]);
  });

  it('reads the growth after the share of the year’s plan met ("完成年计划…的94.2%(…)")', () => {
    const text = `${PLAN_TITLE}一、2025年计划执行情况\n全区地区生产总值612亿元,完成年计划650亿元的94.2%(主要是二产未达预期),增长3.1%。社会消费品零售总额431亿元,完成年计划的97.5%,增长5.2%。一般公共预算收入17.8亿元,完成预算的100.4%,增长6.7%。\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n`;
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '612'],
      ['gdp', 2025, 'growth', '3.1'],
      ['retail_sales', 2025, 'level', '431'],
      ['retail_sales', 2025, 'growth', '5.2'],
      ['budget_revenue', 2025, 'level', '17.8'],
      ['budget_revenue', 2025, 'growth', '6.7'],
    ]);
    // The share met itself is no figure of the indicator.
    expect(outcomes(extract(`${PLAN_TITLE}一、2025年计划执行情况\n全区地区生产总值612亿元,完成年计划的94.2%。\n`))).toEqual([['gdp', 2025, 'level', '612']]);
  });

  it('reads a transcript sentence opening on a speaker tag and 过去的2025年 as last year’s, not as targets', () => {
    const text =
      '青石新闻 App | 下载客户端,看更多本地新闻\n首页 > 时政\n【视频】县人代会开幕 今年我县经济增长预期目标6%左右\n2026-01-09 20:15:32 来源:青石县融媒体中心\n(记者)报告显示,过去的2025年,我县地区生产总值实现218.3亿元,增长5.8%;社会消费品零售总额实现64.7亿元,增长5.1%。\n(记者)报告提出,今年我县经济社会发展的主要预期目标是:地区生产总值增长6%左右;社会消费品零售总额增长6%左右。\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['retail_sales', 2026, 'growth', 'about', '6'],
    ]);
    // The headline's target opens the plan; the (记者) sentence that opens on 过去的2025年 is last year's.
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '218.3'],
      ['gdp', 2025, 'growth', '5.8'],
      ['retail_sales', 2025, 'level', '64.7'],
      ['retail_sales', 2025, 'growth', '5.1'],
    ]);
  });

  it('opens the plan at an indented "今年预期目标" heading before a "去年主要成绩" heading, as a front page gives its blocks', () => {
    const page = (heading: string) =>
      `2025年01月08日 星期三\n要闻\n区长作政府工作报告\n    本报讯 青石区第七届人民代表大会第五次会议昨天开幕。\n    ${heading}\n    ■全区生产总值增长5.5%左右,全社会固定资产投资增长5%,居民人均可支配收入增长与经济增长基本同步\n    去年主要成绩\n    ■全区生产总值预计完成3268亿元,增长5.1%;全社会固定资产投资增长7.6%\n    今年重点工作\n    ■推动产业能级提升;扩大有效投资和消费\n`;
    const result = extract(page('今年预期目标'));
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '3268'],
      ['gdp', 2024, 'growth', '5.1'],
      ['fixed_asset_investment', 2024, 'growth', '7.6'],
    ]);
    // A heading that names no targets ("今年工作") opens nothing before the review.
    expect(targets(extract(page('今年工作')))).not.toContainEqual(['gdp', 2025, 'growth', 'about', '5.5']);
  });

  it('knows 农牧区 as the rural head of a pastoral region, alone and in a 城镇和农牧区 pair', () => {
    const text =
      '一、2025年工作回顾\n全旗农牧区常住居民人均可支配收入达到24380元、增长6.8%。\n二、2026年主要预期目标\n2026年全旗经济社会发展的主要预期目标是:地区生产总值增长6%左右,城镇和农牧区常住居民人均可支配收入分别增长5.5%和7%。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['rural_income', 2025, 'level', '24380'],
      ['rural_income', 2025, 'growth', '6.8'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['urban_income', 2026, 'growth', 'exact', '5.5'],
      ['rural_income', 2026, 'growth', 'exact', '7'],
    ]);
    // 牧区 alone (a herding area's income) is no rural income.
    expect(outcomes(extract('一、2025年工作回顾\n全旗牧区常住居民人均可支配收入达到24380元。\n'))).toEqual([]);
  });

  it('ends a "——" list of targets at the next bracketed part ("(二)主要任务"), whose 力争 figures are tasks', () => {
    const text = `${PLAN_TITLE}二、2026年计划草案\n(一)主要预期目标\n建议2026年全区经济社会发展主要预期目标为:\n——地区生产总值增长6%左右;\n——规模以上工业增加值增长8%左右;\n——全社会固定资产投资增长5%左右;\n——社会消费品零售总额增长6%左右。\n(二)主要任务\n1.着力扩大有效投资。全年安排区级重点项目150个、年度计划投资260亿元,力争工业投资增长10%以上。\n2.着力提振消费。力争新增限上商贸企业60家。\n`;
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['industrial_value_added', 2026, 'growth', 'about', '8'],
      ['fixed_asset_investment', 2026, 'growth', 'about', '5'],
      ['retail_sales', 2026, 'growth', 'about', '6'],
    ]);
    // A list whose items are themselves bracketed runs on through them.
    const bracketed = `${PLAN_TITLE}二、2026年主要预期目标\n建议2026年全区主要预期目标为:\n(一)地区生产总值增长6%左右;\n(二)规模以上工业增加值增长8%左右;\n(三)全社会固定资产投资增长5%左右;\n(四)社会消费品零售总额增长6%左右。\n`;
    expect(targets(extract(bracketed))).toHaveLength(4);
  });

  it('reads 总产 after a grain-area clause as grain output, never 总产值, and 实到外资 as FDI', () => {
    const review = (sentence: string) => extract(`一、2025年工作回顾\n${sentence}\n二、2026年主要预期目标\n地区生产总值增长6%左右。\n`);
    expect(outcomes(review('全县粮食播种面积稳定在92.6万亩,总产达到38.4万吨。'))).toEqual([
      ['grain_area', 2025, 'level', '92.6'],
      ['grain_output', 2025, 'level', '38.4'],
    ]);
    expect(outcomes(review('全县粮食播种面积稳定在92.6万亩,总产值增长5.2%。'))).toEqual([['grain_area', 2025, 'level', '92.6']]);
    expect(outcomes(review('全区实到外资14.6亿美元。'))).toEqual([['fdi', 2025, 'level', '14.6']]);
  });

  it('continues a look-back through the sentences of its paragraph that name no coming year and no aim', () => {
    const page = (after: string) =>
      `青石新闻 App | 下载客户端,看更多本地新闻\n首页 > 时政\n【视频】县人代会开幕 今年我县经济增长预期目标6%左右\n2026-01-09 20:15:32 来源:青石县融媒体中心\n(记者)报告显示,过去的2025年,我县地区生产总值增长5.8%。三大产业综合产值突破120亿元。${after}\n(记者)报告提出,今年我县经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n`;
    const looking = extract(page('全县空气质量优良天数比率保持100%。'));
    expect(outcomes(looking)).toEqual([
      ['gdp', 2025, 'growth', '5.8'],
      ['air_quality_good_days', 2025, 'level', '100'],
    ]);
    expect(targets(looking)).toEqual([['gdp', 2026, 'growth', 'about', '6']]);
    // A sentence that turns to the coming year (今年) is the plan's again: its figure stays a target.
    const coming = extract(page('今年一般公共预算收入预期增长4%左右。'));
    expect(targets(coming)).toContainEqual(['budget_revenue', 2026, 'growth', 'about', '4']);
    expect(outcomes(coming)).toEqual([['gdp', 2025, 'growth', '5.8']]);
  });
});
