// Rules of round 10 (rules10b: bulletins, PDF copies, text without punctuation, traditional text and
// web pages), each reduced to the few lines that carry it (constructed, names and figures invented),
// from the layouts and phrasings that retired eval4's outside writers used and that published
// bulletins, press reports and pages use.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const SESSION = '2026年1月12日 青石区第三届人民代表大会第五次会议开幕\n';

describe('round 10 rules (rules10b)', () => {
  it('opens the plan at a sentence on the coming year (之年, 今年, 新的一年) whose subject 明确/提出 figures', () => {
    const review = '报告显示,2025年全区地区生产总值增长5.1%。\n';
    for (const opener of ['“十五五”开局之年,青石区明确,', '新的一年,全区提出:']) {
      const result = extract(`${SESSION}${review}${opener}地区生产总值增长5.5%左右,一般公共预算收入增长4%。`);
      expect(targets(result), opener).toEqual([
        ['gdp', 2026, 'growth', 'about', '5.5'],
        ['budget_revenue', 2026, 'growth', 'exact', '4'],
      ]);
      expect(outcomes(result), opener).toEqual([['gdp', 2025, 'growth', '5.1']]);
    }
    // Without 明确/提出 and a figure it opens nothing: the figures stay last year's.
    expect(extract(`${SESSION}报告显示,2025年全区地区生产总值增长5.1%。开局之年,青石区干劲十足,各项工作有序推进。`).targets).toEqual([]);
  });

  it('opens the plan at a year and its 目标 figure after a speech verb, and a report named before the verb leads the review', () => {
    const text =
      '青石县今年经济目标出炉\n2025/01/10\n县长在政府工作报告中表示,2025年青石县地区生产总值目标增长6%左右,规模以上工业增加值增长7%。\n报告回顾,2024年青石县地区生产总值增长5.6%。\n报告还提到,今年城镇新增就业目标为8000人。';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['industrial_value_added', 2025, 'growth', 'exact', '7'],
      ['new_urban_jobs', 2025, 'level', 'exact', '8000'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.6']]);
  });

  it('reads the Taiwan press’s 年減 as a fall, like 年增 a rise', () => {
    const result = extract('2025/01/10\n報告回顧,2024年全縣地區生產總值達人民幣800億元,年增5%;出口總額達人民幣120.5億元,年減3.1%。');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '800'],
      ['gdp', 2024, 'growth', '5'],
      ['exports', 2024, 'level', '120.5'],
      ['exports', 2024, 'growth', '-3.1'],
    ]);
    // 負成長 and 衰退 fall too; a part-year fall passed through (上半年…一度衰退) is no outcome.
    const falls = extract('2025/01/10\n報告回顧,2024年全縣規模以上工業增加值負成長1.2%,出口總額衰退2.6%。當地去年上半年出口一度衰退逾8%。');
    expect(outcomes(falls)).toEqual([
      ['industrial_value_added', 2024, 'growth', '-1.2'],
      ['exports', 2024, 'growth', '-2.6'],
    ]);
  });

  it('reads a round level after the rate ("增长2.3%、突破26亿元") as approximate, but no rate after one', () => {
    const result = extract('2024年工作回顾\n全区一般公共预算收入同比增长2.3%、突破18亿元;地区生产总值增长5%、超全市1个百分点。');
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'growth', '2.3'],
      ['budget_revenue', 2024, 'level', '18'],
      ['gdp', 2024, 'growth', '5'],
    ]);
    expect(result.outcomes[1]!.approximate).toBe(true);
  });

  it('refuses the figures of a sentence headed by another entity and a colon, not the district’s own heading', () => {
    const body = '2024年青石区经济运行情况\n青石区统计局 2025-02-06\n全区地区生产总值增长5.2%,固定资产投资下降3.1%。\n';
    const city = extract(`${body}附:全市同期主要指标:地区生产总值增长4.8%,固定资产投资下降1.5%。`);
    expect(outcomes(city)).toEqual([
      ['gdp', 2024, 'growth', '5.2'],
      ['fixed_asset_investment', 2024, 'growth', '-3.1'],
    ]);
    // A clause naming the district's own scope after such a heading is the district's.
    expect(outcomes(extract(`${body.split('\n').slice(0, 2).join('\n')}\n根据全市统一核算:全区地区生产总值增长5.2%。`))).toEqual([['gdp', 2024, 'growth', '5.2']]);
    // The district's own scope before the colon heads its own figures.
    const own = extract('2024年青石区经济运行情况\n青石区统计局 2025-02-06\n全区主要指标:地区生产总值增长5.2%,固定资产投资下降3.1%。');
    expect(outcomes(own)).toEqual([
      ['gdp', 2024, 'growth', '5.2'],
      ['fixed_asset_investment', 2024, 'growth', '-3.1'],
    ]);
  });

  it('opens a run-on clause at 初步核算, as at 预计', () => {
    const result = extract('2025年1月8日\n各位代表\n过去一年全区上下团结奋进取得新成绩初步核算全区地区生产总值完成96.5亿元同比增长5.3%一般公共预算收入完成4.2亿元');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '96.5'],
      ['gdp', 2024, 'growth', '5.3'],
      ['budget_revenue', 2024, 'level', '4.2'],
    ]);
  });

  it('reads captions in Chinese numerals: a decimal run stops before 一般, a space joins a 分别 series and an urban/rural pair', () => {
    const text =
      '青石县县长在县十六届人大四次会议上作政府工作报告\n各位代表 过去一年\n社会消费品零售总额完成五十二点三亿元 增长百分之五点一一般公共预算收入完成六点四亿元 增长百分之二点八\n今年主要预期目标是\n城镇 农村常住居民人均可支配收入分别增长百分之五 百分之七\n2025年1月10日';
    const result = extract(text);
    expect(result.district).toBe('青石县');
    expect(outcomes(result)).toEqual([
      ['retail_sales', 2024, 'level', '52.3'],
      ['retail_sales', 2024, 'growth', '5.1'],
      ['budget_revenue', 2024, 'level', '6.4'],
      ['budget_revenue', 2024, 'growth', '2.8'],
    ]);
    expect(targets(result)).toEqual([
      ['urban_income', 2025, 'growth', 'exact', '5'],
      ['rural_income', 2025, 'growth', 'exact', '7'],
    ]);
    // A space before a figure of another unit or period ends the series.
    expect(outcomes(extract('2024年工作回顾\n城镇 农村居民人均可支配收入分别增长4.3%和6.6% 1至11月规上工业增加值增长9.4%'))).toEqual([
      ['urban_income', 2024, 'growth', '4.3'],
      ['rural_income', 2024, 'growth', '6.6'],
    ]);
  });

  it('reads the total after the year’s new entries of a stock, not the new entries', () => {
    const result = extract('一、2024年工作回顾\n全县地区生产总值增长5.6%。新增经营主体4120户,总数达到3.45万户。\n二、2025年工作安排');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.6'],
      ['market_entities', 2024, 'level', '3.45'],
    ]);
    // New entries alone stay a flagged flow.
    expect(outcomes(extract('一、2024年工作回顾\n新增经营主体4120户,带动就业1.2万人。\n二、2025年工作安排'))).toEqual([]);
  });

  it('reads a bulletin’s stock and total qualifiers (在册, 登记在册, 实有, 全部) and a basis set with (下同)', () => {
    const result = extract(
      '2024年青石县国民经济和社会发展统计公报\n初步核算,全年全县地区生产总值(GDP)210.4亿元,按可比价格计算(下同),比上年增长5.9%。全年全部规模以上工业增加值比上年增长6.8%。年末全县登记在册经营主体4.12万户,比上年末增长5.1%。',
    );
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '210.4'],
      ['gdp', 2024, 'growth', '5.9'],
      ['industrial_value_added', 2024, 'growth', '6.8'],
      ['market_entities', 2024, 'level', '4.12'],
      ['market_entities', 2024, 'growth', '5.1'],
    ]);
    expect(outcomes(extract('2024年青石县国民经济和社会发展统计公报\n年末全县实有市场主体4.12万户。'))).toEqual([['market_entities', 2024, 'level', '4.12']]);
  });

  it('reads the seat’s 环境空气 figure as the district’s', () => {
    expect(outcomes(extract('2024年青石县国民经济和社会发展统计公报\n全年县城环境空气质量优良天数比率为91.3%。')).map((o) => o.slice(0, 4))).toEqual([
      ['air_quality_good_days', 2024, 'level', '91.3'],
    ]);
    // Another place's seat stays refused.
    expect(outcomes(extract('2024年青石县国民经济和社会发展统计公报\n全年全市环境空气质量优良天数比率为91.3%。'))).toEqual([]);
  });

  it('continues a caption copy’s targets from the cue’s own line down the bare lines under it, wordings included', () => {
    const text = '2025年1月8日\n今年主要预期目标是 地区生产总值增长5%左右\n一般公共预算收入增长3%\n居民人均可支配收入增长与经济增长同步\n城镇调查失业率控制在5.5%以内\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
      ['resident_income', 2025, 'growth', 'relative', null],
      ['urban_unemployment_rate', 2025, 'level', 'at_most', '5.5'],
    ]);
    // The run ends at a line that turns to last year: its figures are no targets.
    const result = extract('2025年1月8日\n今年主要预期目标是 地区生产总值增长5%左右\n一般公共预算收入增长3%\n去年全区社会消费品零售总额增长4.2%\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
    ]);
  });

  it('ends a handed-down wording at its 任务 in text without punctuation', () => {
    const text = '2024年1月10日\n今年主要预期目标是地区生产总值增长6%左右城镇登记失业率控制在3.5%以内节能减排完成省市下达任务一是抓产业促增收力争养殖业产值突破10亿元';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2024, 'growth', 'about', '6'],
      ['urban_unemployment_rate', 2024, 'level', 'at_most', '3.5'],
      ['energy_saving', 2024, 'growth', 'qualitative', null],
    ]);
    expect(result.targets[2]!.quote).toBe('节能减排完成省市下达任务');
  });
});
