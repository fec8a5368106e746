// Shapes of documents the extractor met in its third round of corpus texts, each reduced to
// the few lines that carry the rule (constructed, figures invented).
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';
import { prepareText } from './prepare-text';

const extract = (text: string) => extractProposals(text, { indicators: INDICATORS });
const targets = (result: ExtractionResult) => result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

describe('document shapes', () => {
  it('dates a news item by the publication line at its foot, and reads 去年/新的一年 around it', () => {
    const result = extract('某区两会开幕\n报告提出,新的一年,地区生产总值增长6%。\n报告回顾了过去一年的工作。去年,全区地区生产总值增长5.9%。\n编辑:王琳\n2025-01-07 18:22');
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'exact', '6']]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.9']]);
  });

  it.each([
    ['兰溪县2024年国民经济和\n社会发展统计公报\n全年地区生产总值213.6亿元,比上年增长5.9%。', 'bulletin_title'],
    ['区长在报告中说,2025年全区将聚焦高质量发展。去年全区地区生产总值增长5.2%。主要预期目标:地区生产总值增长5.5%。', 'plan_heading'],
    ['区长在政府工作报告中提出,2025年,全区地区生产总值增速目标为6%。报告显示,2024年全区地区生产总值增长5.6%。', 'plan_heading'],
    ['区长在政府工作报告中说,2025年,全区地区生产总值、固定资产投资增速目标分别为6%和5%。报告显示,2024年全区地区生产总值增长5.6%。', 'plan_heading'],
    // Dates with the month and day in Chinese numerals; a signature giving only the month at the foot.
    ['某区政府工作报告\n二〇二五年一月十日在某区第三届人民代表大会第五次会议上\n过去一年,全区地区生产总值增长5.8%。\n今年主要预期目标是:地区生产总值增长6%。', 'date_line'],
    ['过去一年,全区地区生产总值增长5.8%。\n今年主要预期目标是:地区生产总值增长6%。\n(某区人民政府 2025年1月)', 'date_line'],
    // The latest year a review names ("截至2024年底", "在刚刚过去的2024年"), never a future or compared one.
    ['截至2024年底,全区地区生产总值增长5.8%,比2020年增长31%,到2027年力争突破500亿元。\n今年主要预期目标是:地区生产总值增长6%。', 'review_year'],
    ['在刚刚过去的2024年,全区地区生产总值增长5.8%。今年主要预期目标是:地区生产总值增长6%。', 'review_year'],
    // A year without its 年 after 展望/回首; a title naming the year's 两会.
    ['区长在报告中说,回首2024,全区地区生产总值增长5.8%。', 'review_year'],
    ['某区2025年“两会”特别报道\n过去一年,全区地区生产总值增长5.8%。今年主要预期目标是:地区生产总值增长6%。', 'title'],
  ])('reads the year of %j', (text, source) => {
    const result = extract(text);
    expect([result.reportYear, result.reportYearSource]).toEqual([2025, source]);
    expect(result.outcomes.length).toBeGreaterThan(0);
  });

  it('reads a review headed only "20XX年完成情况" after the targets, and years in Chinese digits', () => {
    const lines = extract('2025年主要预期目标\n地区生产总值 增长5.5%左右\n2024年完成情况\n地区生产总值 完成356.2亿元 增长5.6%\n');
    expect(targets(lines)).toEqual([['gdp', 2025, 'growth', 'about', '5.5']]);
    expect(outcomes(lines)).toEqual([
      ['gdp', 2024, 'level', '356.2'],
      ['gdp', 2024, 'growth', '5.6'],
    ]);
    const chinese = extract('二〇二五年政府工作报告\n一、二〇二四年工作回顾\n全区生产总值增长5.2%。\n二、二〇二五年工作安排\n主要预期目标是:GDP增长5%左右。');
    expect([chinese.reportYear, targets(chinese), outcomes(chinese)]).toEqual([2025, [['gdp', 2025, 'growth', 'about', '5']], [['gdp', 2024, 'growth', '5.2']]]);
  });

  it('opens the plan at "今年…的目标是…" in running news text', () => {
    const result = extract('1月10日,某区第三届人民代表大会第五次会议开幕。2025年是“十四五”规划收官之年。今年该区的目标是地区生产总值增长6%左右、一般公共预算收入增长4%。去年该区地区生产总值增长5.9%。');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.9']]);
  });

  it('leaves a text with no year anywhere undated instead of guessing', () => {
    expect(extract('今年全区地区生产总值增长6%。').flags.map((f) => f.code)).toEqual(['report_year_unknown']);
  });

  it('reads an infographic whose headings open with emoji and whose items are bullets', () => {
    const text = '📈 2024年成绩单\n\n●地区生产总值增长5.5%\n\n🎯 2025年目标\n\n●地区生产总值增长6%以上\n\n城乡居民收入与经济增长同步\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.5']]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'at_least', '6'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
  });

  it('finds the review in the middle of a line without punctuation', () => {
    const result = extract('2025年政府工作报告提出 今年全区地区生产总值增长5%左右城镇新增就业1.3万人 过去一年全区地区生产总值完成842.6亿元增长4.8%全市增长5.1%');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['new_urban_jobs', 2025, 'level', 'exact', '1.3'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '842.6'],
      ['gdp', 2024, 'growth', '4.8'],
    ]);
  });

  it('reads a bulletin line with a footnote mark, a scope in parentheses and 比上年末', () => {
    const text = '某区2024年国民经济和社会发展统计公报\n全年地区生产总值(GDP)[1]687.35亿元,比上年增长5.4%。年末全区经营主体总数达到15.62万户,比上年末增长6.7%。全年固定资产投资(不含农户)比上年增长3.8%。年末城镇调查失业率为4.9%。';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2024, 'level', '687.35'],
      ['gdp', 2024, 'growth', '5.4'],
      ['market_entities', 2024, 'level', '15.62'],
      ['market_entities', 2024, 'growth', '6.7'],
      ['fixed_asset_investment', 2024, 'growth', '3.8'],
      ['urban_unemployment_rate', 2024, 'level', '4.9'],
    ]);
  });

  it('lets a period that opens a sentence govern its clauses across semicolons', () => {
    const text = '2024年计划执行情况\n1—11月,规模以上工业增加值增长8.9%,预计全年增长8.5%;固定资产投资增长3.6%,预计全年增长3%左右。';
    expect(outcomes(extract(text))).toEqual([
      ['industrial_value_added', 2024, 'growth', '8.5'],
      ['fixed_asset_investment', 2024, 'growth', '3'],
    ]);
  });

  it('qualifies every value of a series by the qualifier after the last one', () => {
    const result = extract('2025年主要预期目标是:城镇、农村居民人均可支配收入分别增长5%和7%左右。');
    expect(result.targets.map((t) => [t.indicatorKey, t.qualifier, t.value, t.asWritten])).toEqual([
      ['urban_income', 'about', '5', '5%左右'],
      ['rural_income', 'about', '7', '7%左右'],
    ]);
  });

  it('reads 万 inside a Chinese numeral and the year\'s average rate', () => {
    const result = extract('2024年工作回顾\n全年城镇新增就业一万二千人,城镇调查失业率平均为5.1%。');
    expect(outcomes(result)).toEqual([
      ['new_urban_jobs', 2024, 'level', '12000'],
      ['urban_unemployment_rate', 2024, 'level', '5.1'],
    ]);
  });

  it('reads a split name\'s tail that opens the next clause, and a bulletin\'s rate in the next sentence', () => {
    const plan = extract('2025年主要预期目标是:粮食播种面积稳定在92万亩以上、产量稳定在38万吨以上。');
    expect(targets(plan)).toEqual([
      ['grain_area', 2025, 'level', 'at_least', '92'],
      ['grain_output', 2025, 'level', 'at_least', '38'],
    ]);
    const bulletin = extract('某区2024年国民经济和社会发展统计公报\n全年全区地区生产总值485.2亿元。按不变价格计算,比上年增长5.1%。');
    expect(outcomes(bulletin)).toEqual([
      ['gdp', 2024, 'level', '485.2'],
      ['gdp', 2024, 'growth', '5.1'],
    ]);
  });

  it('does not take a 力争 task figure outside the headline paragraph for a target', () => {
    const text = '二、2025年工作安排\n主要预期目标是:地区生产总值增长6%。\n(一)扩大有效投资。力争工业投资增长20%以上。确保全区粮食种植面积稳定在90万亩左右。';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6'],
      ['grain_area', 2025, 'level', 'about', '90'],
    ]);
  });
});

describe('PDF line width', () => {
  it('joins an open line of the page width even where most lines end their sentences', () => {
    const line = '全年农林牧渔业总产值45.8亿元,按可比价格计算,比上年增长3.5%。全年粮';
    const text = ['一、农业', line, '食播种面积28.4万亩。', '二、工业', `${'全年规模以上工业增加值比上年增长6.9%,其中十月份当月增长12.1%。全区'.slice(0, line.length)}`, '规上工业企业197家。', '三、投资', `${'全年固定资产投资比上年下降3.3%,其中工业投资增长12.5%,基础设施投资下降'.slice(0, line.length)}`, '9.1%。'].join('\n');
    expect(prepareText(text).text).toContain('全年粮食播种面积28.4万亩');
  });

  it('never joins table rows', () => {
    const text = ['指标\t单位\t2024年计划\t2024年预计完成', '地区生产总值\t亿元\t增长6%左右\t563.8', '一般公共预算收入\t亿元\t增长3%\t38.92', '社会消费品零售总额\t亿元\t增长5.5%\t231.4'].join('\n');
    expect(prepareText(text).text).toBe(text);
  });
});

describe('text without punctuation between clauses', () => {
  it('joins a wrapped name to the short line that carries its figure, which is no heading', () => {
    const text = [
      '过去一年全区地区生产总值实现428.7亿元比上年增长5.8%规模以上工业增加值增长7.1%固定资产投资增',
      '长4.3%社会消费品零售总额182.5亿元增长5.2%一般公共预算收入完成24.6亿元增长3.9%城镇居民人均可支配',
      '收入51280元增长4.7%',
      '今年全区主要预期目标是地区生产总值增长5.5%以上规模以上工业增加值增长7%固定资产投资增长5%左右社',
      '会消费品零售总额增长6%一般公共预算收入增长4%城镇居民人均可支配收入增长5%城镇新增就业6500人',
    ].join('\n');
    expect(prepareText(text).text).toContain('城镇居民人均可支配收入51280元');
  });

  it('opens the plan at a slide heading "20XX年 我们的目标" and at "20XX年 …预期增长"', () => {
    const slides = extract('2024年 我们交出的答卷\n▪ 地区生产总值 增长6.1%\n2025年 我们的目标\n▪ 地区生产总值 增长6.5%左右\n▪ 固定资产投资 增长8%以上\n');
    expect(targets(slides)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6.5'],
      ['fixed_asset_investment', 2025, 'growth', 'at_least', '8'],
    ]);
    const copy = extract('锦川融媒 2025-01-15\n2024年 全区地区生产总值增长5.3%一般公共预算收入增长2.1%\n2025年 全区地区生产总值预期增长5.5%一般公共预算收入增长3%\n');
    expect(targets(copy)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '5.5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
    ]);
    expect(outcomes(copy)).toEqual([
      ['gdp', 2024, 'growth', '5.3'],
      ['budget_revenue', 2024, 'growth', '2.1'],
    ]);
  });

  it('keeps a year spaced from its 年 ("2024 年全区…") with the clause it opens', () => {
    const result = extract('某区2025年政府工作报告\n2024 年全区地区生产总值完成 276.4 亿元 同比增长 5.3 ％\n2025 年全区主要预期目标 地区生产总值增长 5.5 ％左右\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '276.4'],
      ['gdp', 2024, 'growth', '5.3'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '5.5']]);
  });

  it('lets a 上半年 clause that restates the figure before it govern only its own figure', () => {
    const result = extract('某县2025年政府工作报告\n2024年 全县地区生产总值增长5.6% 上半年增长5.1% 一般公共预算收入增长3.4%\n2025年主要预期目标 地区生产总值增长6%\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.6'],
      ['budget_revenue', 2024, 'growth', '3.4'],
    ]);
    // With punctuation the period still opens the sentence's clauses ("1—11月,A增长…,B增长…").
    const punctuated = extract('某县2025年政府工作报告\n2024年,全县地区生产总值增长5.6%。上半年增长5.1%,一般公共预算收入增长3.4%。\n2025年主要预期目标:地区生产总值增长6%。\n');
    expect(outcomes(punctuated)).toEqual([['gdp', 2024, 'growth', '5.6']]);
  });

  it('reads a slide heading "20XX年 我们的目标" as the headline block, with a wording spaced from its name', () => {
    const result = extract('2024年 我们交出的答卷\n▪ 地区生产总值 增长6.1%\n2025年 我们的目标\n▪ 地区生产总值 增长6.5%左右\n▪ 居民人均可支配收入 与经济增长同步\n');
    expect(result.targets.map((t) => [t.indicatorKey, t.qualifier, t.value, t.relativeToIndicatorKey])).toEqual([
      ['gdp', 'about', '6.5', null],
      ['resident_income', 'relative', null, 'gdp'],
    ]);
  });

  it('reads a subtitle file: cue numbers and timings dropped, the year after a speech verb, a growth alone on its cue', () => {
    const result = extract('1\n00:00:01,200 --> 00:00:04,800\n报告说2024年全区地区生产总值达到226.7亿元\n\n2\n00:00:04,800 --> 00:00:07,000\n增长5.6%\n\n3\n00:00:07,000 --> 00:00:09,900\n今年全区地区生产总值预期增长5.5%左右\n');
    expect([result.reportYear, result.reportYearSource]).toEqual([2025, 'review_year']);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '226.7'],
      ['gdp', 2024, 'growth', '5.6'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '5.5']]);
  });

  it('reads a flash summary whose clauses are separated by bars under 【20XX年成绩】/【20XX年目标】', () => {
    const result = extract('某县两会速览\n【2024年成绩】地区生产总值148.2亿元｜增长5.9%｜高于全省2.1个百分点\n【2025年目标】地区生产总值增长6%｜一般公共预算收入增长4.5%\n');
    expect(result.reportYear).toBe(2025);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '148.2'],
      ['gdp', 2024, 'growth', '5.9'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '4.5'],
    ]);
  });

  it('dates a news script by the plan report it names, and opens the plan at a speaker\'s "今年…增长目标定在"', () => {
    const result = extract('(导语)区人大会议听取关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告。\n(正文)去年全区预计地区生产总值增长5.2%。\n(同期声)区发改委主任 李涛:今年我们把地区生产总值增长目标定在5%左右。\n');
    expect([result.reportYear, result.reportYearSource]).toEqual([2025, 'plan_heading']);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '5']]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.2']]);
  });

  it('does not take the 要 of 主要 for a plan verb ("附表:2024年…主要经济指标")', () => {
    const result = extract('2024年某区经济运行情况\n发布日期:2025-01-24\n2024年全区实现地区生产总值452.8亿元,同比增长5.5%。\n附表:2024年某区主要经济指标\n');
    expect(result.reportYear).toBe(2025);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '452.8'],
      ['gdp', 2024, 'growth', '5.5'],
    ]);
  });

  it('reads "区属地区生产总值" as the district\'s figure and hectares as a grain-area level in their own unit', () => {
    const result = extract('某县2025年政府工作报告\n2024年,区属地区生产总值实现196.3亿元,增长5.4%;粮食播种面积3.46万公顷。\n2025年主要预期目标:粮食播种面积稳定在3.4万公顷以上。\n');
    expect(result.outcomes.map((o) => [o.indicatorKey, o.measure, o.value, o.unit])).toEqual([
      ['gdp', 'level', '196.3', '亿元'],
      ['gdp', 'growth', '5.4', '%'],
      ['grain_area', 'level', '3.46', '万公顷'],
    ]);
    expect(result.targets.map((t) => [t.indicatorKey, t.qualifier, t.value, t.unit])).toEqual([['grain_area', 'at_least', '3.4', '万公顷']]);
  });

  it('gives a trailing 分别 series to the levels by position when a name outside the catalogue comes first', () => {
    const result = extract('某县2025年政府工作报告\n一、2024年工作回顾\n全县财政总收入41.2亿元,其中一般公共预算收入24.8亿元,分别增长7.1%、5.4%。\n');
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'level', '24.8'],
      ['budget_revenue', 2024, 'growth', '5.4'],
    ]);
  });

  it('reads slashes as the separators of a flash summary, its headings run into the first clause', () => {
    const result = extract('某县2025年政府工作报告速读\n2024年成绩/地区生产总值172.4亿元/增长6.3%/\n2025年目标/地区生产总值增长6.5%/粮食产量稳定在30万吨以上/\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '172.4'],
      ['gdp', 2024, 'growth', '6.3'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6.5'],
      ['grain_output', 2025, 'level', 'at_least', '30'],
    ]);
  });

  it('reads "20XX年主要预期目标" run into its first name as the headline block, wordings included', () => {
    const result = extract('某县2025年政府工作报告\n2025年主要预期目标地区生产总值增长5.5%一般公共预算收入实现正增长粮食播种面积稳定在2.3万公顷以上\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '5.5'],
      ['budget_revenue', 2025, 'growth', 'qualitative', null],
      ['grain_area', 2025, 'level', 'at_least', '2.3'],
    ]);
    // A headline announcing the targets ("…2025年主要预期目标出炉") is no headline block.
    const headline = extract('【聚焦两会】某县:2025年主要预期目标出炉\n2024年,全县地区生产总值增长5.9%。\n2025年,全县主要预期目标是:地区生产总值增长6%。\n');
    expect(outcomes(headline)).toEqual([['gdp', 2024, 'growth', '5.9']]);
  });

  it('reads keycap-numbered items that each open with their own year, and a microblog\'s "今年GDP目标" after a space', () => {
    const list = extract('某区发布 2025-01-10\n1️⃣ 2024年,全区地区生产总值达到276.9亿元,增长5.7%\n2️⃣ 2025年,地区生产总值预期增长6%左右\n3️⃣ 2025年,城镇新增就业目标5200人\n');
    expect(targets(list)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['new_urban_jobs', 2025, 'level', 'exact', '5200'],
    ]);
    expect(outcomes(list)).toEqual([
      ['gdp', 2024, 'level', '276.9'],
      ['gdp', 2024, 'growth', '5.7'],
    ]);
    const post = extract('#2025年两会# #政府工作报告#\n去年全区GDP增长5.3% 今年GDP目标增长5.5%左右 社零总额增长5%\n');
    expect(targets(post)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['retail_sales', 2025, 'growth', 'exact', '5'],
    ]);
    expect(outcomes(post)).toEqual([['gdp', 2024, 'growth', '5.3']]);
    // …but a headline's "今年…预期增长6%" restates the body and opens no plan.
    const news = extract('某区人代会开幕 今年地区生产总值预期增长6%\n1月9日,某区人代会开幕。政府工作报告显示,2024年全区地区生产总值增长5.8%。\n报告提出,今年全区地区生产总值预期增长6%。\n');
    expect([news.reportYear, outcomes(news), targets(news)]).toEqual([2025, [['gdp', 2024, 'growth', '5.8']], [['gdp', 2025, 'growth', 'exact', '6']]]);
  });

  it('reads "2024年度" as a lead-in and a review figure before "今年主要预期目标" on one unpunctuated line', () => {
    const yearly = extract('2024年度全区地区生产总值增长5.8%。2025年度全区主要预期目标:地区生产总值增长6%。');
    expect([outcomes(yearly), targets(yearly)]).toEqual([[['gdp', 2024, 'growth', '5.8']], [['gdp', 2025, 'growth', 'exact', '6']]]);
    const runOn = extract('过去一年全区地区生产总值增长5.8% 今年主要预期目标地区生产总值增长6% 2025年1月10日');
    expect([outcomes(runOn), targets(runOn)]).toEqual([[['gdp', 2024, 'growth', '5.8']], [['gdp', 2025, 'growth', 'exact', '6']]]);
  });

  it('reads "一度下降…,全年实现由负转正,增长1.5%" as the whole year\'s growth, never the figure passed through', () => {
    const result = extract('某区2025年政府工作报告\n一、2024年工作回顾\n全区固定资产投资一度下降3.2%,全年实现由负转正,增长1.5%。\n');
    expect(outcomes(result)).toEqual([['fixed_asset_investment', 2024, 'growth', '1.5']]);
    expect(result.flags.map((f) => f.code)).toEqual(['in_year_period']);
  });

  it.each([
    ['某区人代会开幕\n2025-01-10\n据了解,今年该区将地区生产总值增速目标定为6%。去年,该区地区生产总值增长5.5%。', 'exact'],
    ['某县“两会”闭幕\n2025-01-12\n会议批准了政府工作报告,确定今年全县地区生产总值增长6%、固定资产投资增长8%的目标。', 'exact'],
    ['某区人代会开幕\n2025-01-10\n“今年全区GDP增长目标是6%左右,”区长说,“我们有信心完成。”', 'about'],
  ])('opens the plan after a source, at what a session decides, or inside a quotation: %j', (text, qualifier) => {
    expect(targets(extract(text))[0]).toEqual(['gdp', 2025, 'growth', qualifier, '6']);
  });

  it('in text without punctuation, lets a horizon year govern only its own clause and a bare ratio close a clause', () => {
    const plan = extract('某区2025年政府工作报告\n今年主要预期目标 地区生产总值增长6% 到2027年地区生产总值突破500亿元 一般公共预算收入增长4%\n');
    expect(targets(plan)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
    ]);
    const review = extract('某区2025年政府工作报告\n过去一年全区地区生产总值增长5.6%三次产业结构调整为8.2比36.4比55.4一般公共预算收入增长3.2%税收占比78%\n');
    expect(outcomes(review)).toEqual([
      ['gdp', 2024, 'growth', '5.6'],
      ['budget_revenue', 2024, 'growth', '3.2'],
    ]);
  });

  it('reads an infographic with the name, the level and the growth each on a line (a name seen twice is no running header)', () => {
    const result = extract('某县2025年政府工作报告图解\n2024年主要指标\n地区生产总值\n148.6亿元\n增长6.0%\n2025年主要目标\n地区生产总值\n增长6%左右\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '148.6'],
      ['gdp', 2024, 'growth', '6'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads a spoken transcript: "我们全区…", Chinese-numeral levels, and the date "二〇二五年一月" at its end', () => {
    const result = extract('区长报告语音转写\n过去一年我们全区地区生产总值实现三百零五亿元增长百分之五点七 一般公共预算收入完成十六亿四千万元增长百分之二点九\n今年呢我们的主要预期目标是地区生产总值增长百分之六 时间是二〇二五年一月\n');
    expect(result.reportYear).toBe(2025);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '305'],
      ['gdp', 2024, 'growth', '5.7'],
      ['budget_revenue', 2024, 'level', '16.4'],
      ['budget_revenue', 2024, 'growth', '2.9'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'exact', '6']]);
  });

  it('opens the review at "回顾2024" and the plan at "展望2025" heading their lines', () => {
    const result = extract('某区政府工作报告(2025年)要点\n回顾2024 全区地区生产总值增长5.4% 城镇调查失业率5.2%\n展望2025 全区地区生产总值增长5.5%左右 城镇调查失业率控制在5.5%以内\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.4'],
      ['urban_unemployment_rate', 2024, 'level', '5.2'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['urban_unemployment_rate', 2025, 'level', 'at_most', '5.5'],
    ]);
  });

  it('reads a 1—12月 flash as the whole year, and middle dots as clause separators', () => {
    const flash = extract('某区2024年1—12月主要经济指标快报\n某区统计局 2025年1月25日\n1—12月,全区规模以上工业增加值同比增长7.2%。\n1-12月份,全区固定资产投资同比增长3.5%。\n1—11月,全区社会消费品零售总额增长4.8%。\n');
    expect(outcomes(flash)).toEqual([
      ['industrial_value_added', 2024, 'growth', '7.2'],
      ['fixed_asset_investment', 2024, 'growth', '3.5'],
    ]);
    const dots = extract('某县2025年政府工作报告\n过去一年·全县地区生产总值完成126.5亿元·增长5.8%\n今年目标·地区生产总值增长6%\n');
    expect(outcomes(dots)).toEqual([
      ['gdp', 2024, 'level', '126.5'],
      ['gdp', 2024, 'growth', '5.8'],
    ]);
    expect(targets(dots)).toEqual([['gdp', 2025, 'growth', 'exact', '6']]);
  });

  it('reads 【回眸2024】/【奋进2025】 headings with bare years and "锚定…的目标"', () => {
    const result = extract('某县人代会开幕\n【回眸2024】全县地区生产总值完成176.3亿元,增长6.2%。\n【奋进2025】今年,全县锚定地区生产总值增长6.5%、一般公共预算收入增长6%的目标。\n');
    expect([result.reportYear, outcomes(result), targets(result)]).toEqual([
      2025,
      [
        ['gdp', 2024, 'level', '176.3'],
        ['gdp', 2024, 'growth', '6.2'],
      ],
      [
        ['gdp', 2025, 'growth', 'exact', '6.5'],
        ['budget_revenue', 2025, 'growth', 'exact', '6'],
      ],
    ]);
  });

  it('dates a page by its labelled publication date, not by the day its header shows', () => {
    const result = extract('2026年3月2日 星期一 晴 3℃\n某区人代会开幕\n发布时间:2025-01-10 来源:某区融媒体中心\n过去一年,全区地区生产总值增长5.8%。今年全区主要预期目标是:地区生产总值增长6%。');
    expect([result.reportYear, targets(result), outcomes(result)]).toEqual([2025, [['gdp', 2025, 'growth', 'exact', '6']], [['gdp', 2024, 'growth', '5.8']]]);
  });

  it('reads lines that set last year\'s figure beside this year\'s target ("…去年增长6.1% 今年预期增长6%")', () => {
    const result = extract('某县政府工作报告要点 2025年1月\n全县地区生产总值去年增长6.1% 今年预期增长6%\n城镇新增就业去年4120人 今年预期4000人以上\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '6.1'],
      ['new_urban_jobs', 2024, 'level', '4120'],
    ]);
    expect(result.targets.map((t) => [t.indicatorKey, t.year, t.qualifier, t.value, t.quote])).toEqual([
      ['gdp', 2025, 'exact', '6', '今年预期增长6%'],
      ['new_urban_jobs', 2025, 'at_least', '4000', '今年预期4000人以上'],
    ]);
  });

  it('drops a 新闻链接 restating last year\'s targets, and answers a figureless 主要目标 question with the next line', () => {
    const linked = extract('某县2025年主要预期目标发布\n2025-01-09\n报告提出,今年全县地区生产总值增长6%以上。\n报告回顾,2024年全县地区生产总值增长6.6%。\n新闻链接:2024年全县主要预期目标为地区生产总值增长6.5%。\n');
    expect([linked.reportYear, targets(linked), outcomes(linked)]).toEqual([2025, [['gdp', 2025, 'growth', 'at_least', '6']], [['gdp', 2024, 'growth', '6.6']]]);
    const interview = extract('【两会访谈】\n2025-01-11\n记者:今年全区的主要目标是什么?\n区长:我们把地区生产总值增长目标定为6%左右,城镇新增就业5000人以上。\n');
    expect(targets(interview)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '5000'],
    ]);
  });

  it('reads a bare year after 政府工作报告 in the title, a numbered line opening on 今年 with a figure, and a "■ 目标" heading before "■ 成绩"', () => {
    const numbered = extract('某县政府工作报告 2025\n1 过去一年全县地区生产总值完成141.2亿元增长6.0%\n2 今年全县地区生产总值增长6%左右\n3 一般公共预算收入增长5%\n');
    expect([numbered.reportYear, targets(numbered)]).toEqual([2025, [['gdp', 2025, 'growth', 'about', '6'], ['budget_revenue', 2025, 'growth', 'exact', '5']]]);
    expect(outcomes(numbered)).toEqual([
      ['gdp', 2024, 'level', '141.2'],
      ['gdp', 2024, 'growth', '6'],
    ]);
    const headed = extract('某区人代会开幕\n2025-01-09 08:12\n■ 目标\n今年全区地区生产总值增长5.5%左右。\n■ 成绩\n去年全区地区生产总值增长5.2%。\n');
    expect([targets(headed), outcomes(headed)]).toEqual([[['gdp', 2025, 'growth', 'about', '5.5']], [['gdp', 2024, 'growth', '5.2']]]);
  });

  it('opens no plan in a short headline, reads 今年 after a comma with a plan verb, and 据介绍,2024年… in the plan as last year', () => {
    const result = extract('某县发改局:今年计划地区生产总值增长6.5%\n2025-01-18\n记者从县发改局获悉,根据县人代会批准的计划,今年全县计划地区生产总值增长6.5%,固定资产投资增长9%。\n据介绍,2024年全县地区生产总值预计增长6.8%。\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '6.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '9'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '6.8']]);
  });

  it('reads "2024年成绩:" / "2025年目标:" headings with a colon, and 【去年】/【今年】 brackets', () => {
    const colon = extract('某区:两会数据速递\n2024年成绩:全区地区生产总值增长6.1%。\n2025年目标:地区生产总值增长6%左右。\n');
    expect([colon.reportYear, outcomes(colon), targets(colon)]).toEqual([2025, [['gdp', 2024, 'growth', '6.1']], [['gdp', 2025, 'growth', 'about', '6']]]);
    const brackets = extract('某区2025年政府工作报告划重点\n【去年】全区GDP 412亿元 增长5.7%\n【今年】GDP 增长6%左右\n');
    expect(targets(brackets)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    expect(outcomes(brackets)).toEqual([
      ['gdp', 2024, 'level', '412'],
      ['gdp', 2024, 'growth', '5.7'],
    ]);
  });

  it('reads year-opened lines with signs (+5.8%, ≥6%, ≤5.5%): the earlier year heads the review, the later the plan', () => {
    const result = extract('某区2025年政府工作报告 一图读懂\n2024年 GDP +5.8% 一般公共预算收入 +3.1%\n2025年 GDP增长≥6% 城镇调查失业率≤5.5%\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.8'],
      ['budget_revenue', 2024, 'growth', '3.1'],
    ]);
    expect(result.targets.map((t) => [t.indicatorKey, t.qualifier, t.value, t.asWritten])).toEqual([
      ['gdp', 'at_least', '6', '不低于6%'],
      ['urban_unemployment_rate', 'at_most', '5.5', '不超过5.5%'],
    ]);
  });

  it('opens the plan at "政府工作报告提出," with figures, and reads a review after a colon inside a later sentence', () => {
    const result = extract('某县“两会”观察\n今年是“十四五”规划收官之年。某县政府工作报告提出,全县地区生产总值增长6%以上,一般公共预算收入增长5%。\n这一目标建立在过去一年的基础上:2024年全县地区生产总值增长6.4%,一般公共预算收入增长4.3%。\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'at_least', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '6.4'],
      ['budget_revenue', 2024, 'growth', '4.3'],
    ]);
  });

  it('reads "确保地区生产总值增长6%,力争7%" (确保 leading the clause) as at least 6, and a line opening on 新的一年 with a figure', () => {
    const bound = extract('某县人代会闭幕\n根据报告,今年某县将围绕生态立县战略,确保地区生产总值增长6%,力争7%;城镇新增就业1800人以上。\n2025-01-16 20:10');
    expect(bound.targets.map((t) => [t.indicatorKey, t.qualifier, t.value, t.asWritten])).toEqual([
      ['gdp', 'at_least', '6', '确保增长6%,力争7%'],
      ['new_urban_jobs', 'at_least', '1800', '1800人以上'],
    ]);
    const spaced = extract('某县政府工作报告要点\n一年来 全县生产总值增长6.6%\n新的一年 全县生产总值增长7%左右\n发布日期 2025年1月12日\n');
    expect([spaced.reportYear, targets(spaced), outcomes(spaced)]).toEqual([2025, [['gdp', 2025, 'growth', 'about', '7']], [['gdp', 2024, 'growth', '6.6']]]);
  });

  it('opens the plan at a space-separated clause "今年…增长5.5%" inside a numbered keyword line', () => {
    const result = extract('某区2025年政府工作报告关键词\n关键词1 经济总量 全区地区生产总值达到812.6亿元 增长5.4%\n关键词2 目标 今年地区生产总值增长5.5% 一般公共预算收入增长3%\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '5.5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '812.6'],
      ['gdp', 2024, 'growth', '5.4'],
    ]);
  });
});

