// Rules of round 12 (rules12c: work reports, plan reports, bulletins, PDF copies, traditional text and web
// pages), each reduced to the few lines that carry it (constructed, names and figures invented), from the
// forms retired eval6's writers used and that published reports, releases and pages use.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { compileCatalogue } from './catalogue';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const extract = (text: string, reportYear?: number) => extractProposals(text, { indicators: INDICATORS, ...(reportYear ? { reportYear } : {}) });
const targets = (result: ExtractionResult) => result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

describe('round 12 rules (rules12c)', () => {
  it('reads the catalogue’s new short and older names: 社零, 一般公共财政预算收入, 外贸出口额', () => {
    const text =
      '2024年工作回顾\n全年外贸出口额与上年持平。社零增长4.2%,社零额达到86.5亿元。一般公共财政预算收入完成9.31亿元,增长2.8%。\n' +
      '2025年主要预期目标\n地区生产总值增长5.5%,社零增长6%,外贸出口总额增长3%。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['exports', 2024, 'growth', '0'],
      ['retail_sales', 2024, 'growth', '4.2'],
      ['retail_sales', 2024, 'level', '86.5'],
      ['budget_revenue', 2024, 'level', '9.31'],
      ['budget_revenue', 2024, 'growth', '2.8'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '5.5'],
      ['retail_sales', 2025, 'growth', 'exact', '6'],
      ['exports', 2025, 'growth', 'exact', '3'],
    ]);
  });

  it('does not read 社零 where 社 ends one word and 零 opens the next (供销社零售, 合作社零星)', () => {
    const catalogue = compileCatalogue(INDICATORS);
    const keysIn = (text: string) => catalogue.findMentions(text).flatMap((mention) => mention.keys);
    expect(keysIn('全区供销社零售网点达到120个')).toEqual([]);
    expect(keysIn('合作社零星收购粮食1.2万吨')).toEqual([]);
    expect(keysIn('全区社零增长4.2%')).toEqual(['retail_sales']);
    expect(keysIn('社零额达到86.5亿元')).toEqual(['retail_sales']);
  });

  it('ends a numbered part of targets at the next part heading of the same form (三、主要任务)', () => {
    const text =
      '青岚区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n全年地区生产总值增长5.1%。\n' +
      '二、2025年国民经济和社会发展主要预期目标\n综合考虑,建议2025年全区主要预期目标为:地区生产总值增长6%左右;固定资产投资增长5%;' +
      '一般公共预算收入增长3%;城镇新增就业8000人以上。\n三、2025年主要任务\n(一)扩大有效投资。力争完成投资210亿元,工业投资增长15%以上。\n' +
      '(二)提振消费。社会消费品零售总额突破160亿元。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '8000'],
    ]);
    // Items of another form under the part heading are its list, read to its end.
    const list =
      '一、2024年计划执行情况\n全年地区生产总值增长5.1%。\n二、2025年主要预期目标\n(一)地区生产总值增长6%左右;\n(二)固定资产投资增长5%;\n' +
      '(三)一般公共预算收入增长3%;\n(四)城镇新增就业8000人以上。\n';
    expect(targets(extract(list)).map((target) => target[0])).toEqual(['gdp', 'fixed_asset_investment', 'budget_revenue', 'new_urban_jobs']);
  });

  it('reads a plan-vs-outcome table whose rows name the growth (…增速, …增长(%)), with bars without spaces or tabs', () => {
    const review = '一、2024年计划执行情况\n主要指标完成情况如下表:\n';
    const plan = '二、2025年主要预期目标\n地区生产总值增长6%左右,固定资产投资增长5%,一般公共预算收入增长3%,城镇新增就业6000人以上。\n';
    const barred =
      '指标|单位|年度计划|预计完成\n地区生产总值增速|%|6左右|5.3\n规模以上工业增加值增速|%|8|7.4\n一般公共预算收入|亿元|31.5|30.2\n' +
      '农村常住居民人均可支配收入增速|%|7|6.6\n';
    expect(outcomes(extract(`${review}${barred}${plan}`))).toEqual([
      ['gdp', 2024, 'growth', '5.3'],
      ['industrial_value_added', 2024, 'growth', '7.4'],
      ['budget_revenue', 2024, 'level', '30.2'],
      ['rural_income', 2024, 'growth', '6.6'],
    ]);
    const tabbed = '指标名称\t2024年计划\t预计完成\n地区生产总值增长(%)\t6\t5.3\n固定资产投资增长(%)\t8\t-2.1\n一般公共预算收入(亿元)\t31.5\t30.2\n';
    expect(outcomes(extract(`${review}${tabbed}${plan}`))).toEqual([
      ['gdp', 2024, 'growth', '5.3'],
      ['fixed_asset_investment', 2024, 'growth', '-2.1'],
      ['budget_revenue', 2024, 'level', '30.2'],
    ]);
    // Rows parted by bars without a header naming the columns are no table: which cell is last year's is unknown.
    expect(outcomes(extract(`${review}${barred.split('\n').slice(1).join('\n')}${plan}`))).toEqual([]);
  });

  it('reads 基本持平 after a level as a remark on it, not a rate; 持平 after a level, and 基本持平 alone, are a growth of 0', () => {
    const bulletin = (line: string) => outcomes(extract(`青岚县2024年国民经济和社会发展统计公报\n${line}\n`));
    expect(bulletin('全年粮食播种面积41.6万亩,与上年基本持平;粮食产量16.2万吨,增长1.3%。')).toEqual([
      ['grain_area', 2024, 'level', '41.6'],
      ['grain_output', 2024, 'level', '16.2'],
      ['grain_output', 2024, 'growth', '1.3'],
    ]);
    expect(bulletin('全年粮食播种面积41.6万亩,粮食产量16.2万吨,均与上年基本持平。')).toEqual([
      ['grain_area', 2024, 'level', '41.6'],
      ['grain_output', 2024, 'level', '16.2'],
    ]);
    expect(bulletin('全年粮食播种面积41.6万亩,与上年持平。')).toEqual([
      ['grain_area', 2024, 'level', '41.6'],
      ['grain_area', 2024, 'growth', '0'],
    ]);
    expect(bulletin('全年粮食播种面积与上年基本持平。')).toEqual([['grain_area', 2024, 'growth', '0']]);
  });

  it('reads a bulletin’s 各类 stock, the seat’s 环境 air figure, and the exact rate restated after a round one', () => {
    const bulletin = (line: string) => outcomes(extract(`青岚县2024年国民经济和社会发展统计公报\n${line}\n`));
    expect(bulletin('年末全县各类市场主体总数达到41230户,比上年末增长5.4%。')).toEqual([
      ['market_entities', 2024, 'level', '41230'],
      ['market_entities', 2024, 'growth', '5.4'],
    ]);
    expect(bulletin('全年县城环境空气质量优良天数比例为91.2%。全市环境空气质量优良天数比例为88.5%。')).toEqual([['air_quality_good_days', 2024, 'level', '91.2']]);
    expect(bulletin('全年固定资产投资比上年增长一成以上,达到11.4%。')).toEqual([['fixed_asset_investment', 2024, 'growth', '11.4']]);
    // A level after an exact rate is a level still; a round rate without a restatement stays the figure read.
    expect(bulletin('全年固定资产投资比上年增长8.2%,达到136亿元。')).toEqual([
      ['fixed_asset_investment', 2024, 'growth', '8.2'],
      ['fixed_asset_investment', 2024, 'level', '136'],
    ]);
    expect(bulletin('全年固定资产投资比上年增长一成以上。')).toEqual([['fixed_asset_investment', 2024, 'growth', '10']]);
  });

  it('joins a PDF line of the page’s width that ends on a number to the unit opening the next line (43.7 / 亿斤)', () => {
    const page = (grain: string[]) =>
      [
        '青岚县2024年国民经济和社会发展统计公报',
        '一、综合',
        '初步核算,全年全县地区生产总值186.4亿元,比上年增长5.2%。全年规',
        '模以上工业增加值比上年增长7.1%。全年固定资产投资比上年增长3.4%。',
        '二、农业',
        ...grain,
        '三、消费',
        '全年社会消费品零售总额62.3亿元,比上年增长4.6%。全年一般公共预',
        '算收入9.8亿元,比上年增长3.1%。年末全县城镇调查失业率为5.1%。',
        '',
      ].join('\n');
    const grain = (text: string) => outcomes(extract(text)).filter(([key]) => key === 'grain_output');
    expect(grain(page(['全年粮食播种面积31.6万亩,比上年增加0.4万亩。粮食总产量12.8', '亿斤,比上年增长1.3%。全年农林牧渔业总产值46.2亿元,增长3.1%。']))).toEqual([
      ['grain_output', 2024, 'level', '12.8'],
      ['grain_output', 2024, 'growth', '1.3'],
    ]);
    // A short line is no cut one: its number stays without a unit (not read), whatever opens the next line.
    expect(grain(page(['粮食总产量12.8', '亿斤,比上年增长1.3%。']))).toEqual([]);
  });

  it('reads grain output in 公斤 (亿公斤, 万公斤) as a mass, like 斤 and 吨', () => {
    const result = extract('2025年主要预期目标\n地区生产总值增长6%左右,粮食产量稳定在1.5亿公斤以上,城镇新增就业5000人。\n', 2025);
    expect(result.targets.map((t) => [t.indicatorKey, t.measure, t.qualifier, t.value, t.unit])).toEqual([
      ['gdp', 'growth', 'about', '6', '%'],
      ['grain_output', 'level', 'at_least', '1.5', '亿公斤'],
      ['new_urban_jobs', 'level', 'exact', '5000', '人'],
    ]);
    // 公斤 per head or per mu is a yield, not the district's output.
    expect(targets(extract('2025年主要预期目标\n地区生产总值增长6%左右,粮食单产稳定在450公斤以上。\n', 2025))).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads the change after a price index (居民消费价格指数为100.3,比上年上涨0.3%), never the index as a rate', () => {
    const bulletin = (line: string) => outcomes(extract(`青岚县2024年国民经济和社会发展统计公报\n${line}\n`));
    expect(bulletin('全年全县居民消费价格指数为101.6,比上年上涨1.6%。')).toEqual([['cpi', 2024, 'growth', '1.6']]);
    expect(bulletin('全年居民消费价格总水平为100%,与上年持平。')).toEqual([['cpi', 2024, 'growth', '0']]);
    // An index alone is not turned into a rate (no guess), and a level of an indicator with a level unit is a level.
    expect(bulletin('全年居民消费价格指数为101.6。')).toEqual([]);
    expect(bulletin('全年地区生产总值为100.3亿元,比上年增长5.1%。')).toEqual([
      ['gdp', 2024, 'level', '100.3'],
      ['gdp', 2024, 'growth', '5.1'],
    ]);
  });
});
