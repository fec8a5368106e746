// Part-year figures the extractor flags, read as in-year progress proposals: real
// extraction of constructed texts (made-up figures), the catalogue of lib/indicators.
import { describe, expect, it } from 'vitest';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
import { dateLineOf, inYearProposals } from './in-year';

const read = (text: string, reportYear: number, publishedOn: { year: number; month: number } | null = null) => {
  const extraction = extractProposals(text, { indicators: INDICATORS, reportYear });
  return inYearProposals(extraction.flags, { text, indicators: INDICATORS, publishedOn });
};
const brief = (proposals: ReturnType<typeof read>['proposals']) =>
  proposals.map((p) => [p.indicatorKey, p.year, p.periodMonths, p.measure, p.value, p.unit, p.quote]);

const PLAN = `测试文本（虚构数字）
关于某某区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告
一、2025年国民经济和社会发展计划执行情况
——工业。1—11月，规模以上工业增加值同比增长9.6%，预计全年增长9.3%。
——消费。1—11月，社会消费品零售总额增长7.5%。
`;

describe('in-year proposals from flagged part-year figures', () => {
  it('a plan report’s 1—11月 lines: last year’s, 11 months; the whole-year estimate stays an annual outcome', () => {
    const extraction = extractProposals(PLAN, { indicators: INDICATORS, reportYear: 2026 });
    expect(extraction.outcomes.map((o) => [o.indicatorKey, o.value])).toEqual([['industrial_value_added', '9.3']]);
    const { proposals, skipped } = read(PLAN, 2026);
    expect(brief(proposals)).toEqual([
      ['industrial_value_added', 2025, 11, 'growth', '9.6', '%', '规模以上工业增加值同比增长9.6%'],
      ['retail_sales', 2025, 11, 'growth', '7.5', '%', '社会消费品零售总额增长7.5%'],
    ]);
    expect(proposals.every((p) => PLAN.slice(p.start, p.end) === p.quote && p.vintage === 'preliminary' && p.confidence === null)).toBe(true);
    expect(skipped).toEqual([]);
  });

  it('a statistics release: the year written with the period in its headline wins over the report year', () => {
    const text = `测试文本（虚构数字）\n2025年1—9月全区经济运行情况\n1—9月，全区规模以上工业增加值同比增长8.3%。\n截至9月底，城镇新增就业1.02万人。\n`;
    const { proposals } = read(text, 2025);
    expect(brief(proposals)).toEqual([
      ['industrial_value_added', 2025, 9, 'growth', '8.3', '%', '规模以上工业增加值同比增长8.3%'],
      ['new_urban_jobs', 2025, 9, 'level', '1.02', '万人', '城镇新增就业1.02万人'],
    ]);
  });

  it('without a year by the period, the publication date decides: 1—N月 is out only after month N', () => {
    const text = `测试文本（虚构数字）\n上半年全区经济运行情况\n上半年，全区固定资产投资同比增长4.1%。\n`;
    expect(brief(read(text, 2025, { year: 2025, month: 7 }).proposals)).toEqual([['fixed_asset_investment', 2025, 6, 'growth', '4.1', '%', '固定资产投资同比增长4.1%']]);
    expect(read(text, 2025, { year: 2025, month: 3 }).proposals[0]!.year).toBe(2024);
    // No date at all: the year the extractor reads the review for.
    expect(read(text, 2025).proposals[0]!.year).toBe(2024);
  });

  it('a news item’s 上半年 level and the rate after it are both proposed, each quoting up to its own figure', () => {
    const text = `测试文本（虚构数字）\n2025年上半年全区经济运行情况\n上半年，全区实现地区生产总值182.6亿元，同比增长5.8%。\n`;
    expect(brief(read(text, 2025).proposals)).toEqual([
      ['gdp', 2025, 6, 'level', '182.6', '亿元', '地区生产总值182.6亿元'],
      ['gdp', 2025, 6, 'growth', '5.8', '%', '地区生产总值182.6亿元，同比增长5.8%'],
    ]);
  });

  it('a year written with another period does not date this one', () => {
    const text = `测试文本（虚构数字）\n2024年上半年回顾见前文。\n1—9月，全区固定资产投资同比增长4.4%。\n`;
    expect(read(text, 2025, { year: 2025, month: 10 }).proposals.map((p) => [p.periodMonths, p.year])).toEqual([[9, 2025]]);
  });

  it('a decline is a negative growth; 一季度 is three months', () => {
    const text = `测试文本（虚构数字）\n2025年一季度经济运行简况\n一季度，全区固定资产投资同比下降2.4%。\n`;
    expect(brief(read(text, 2025).proposals)).toEqual([['fixed_asset_investment', 2025, 3, 'growth', '-2.4', '%', '固定资产投资同比下降2.4%']]);
  });

  it('periods not cumulative from January stay skipped, with the reason', () => {
    const text = `测试文本（虚构数字）\n2025年经济运行简况\n二季度，全区地区生产总值增长6.0%。\n下半年以来，固定资产投资增长3.1%。\n10月份，社会消费品零售总额增长4.0%。\n`;
    const { proposals, skipped } = read(text, 2025);
    expect(proposals).toEqual([]);
    expect(skipped.map(({ flag, reason }) => [flag.indicatorKey, flag.period?.trim(), reason])).toEqual([
      ['gdp', '二季度', 'not_cumulative'],
      ['fixed_asset_investment', '下半年', 'not_cumulative'],
      ['retail_sales', '10月份', 'not_cumulative'],
    ]);
  });

  it('今年以来 in a dated release: skipped with its reason, unless the document names one Jan–N period', () => {
    const opening = '测试文本（虚构数字）\n2025年10月20日 来源：某某区统计局\n今年以来，全区上下聚焦高质量发展。全区地区生产总值同比增长5.4%，规模以上工业增加值增长6.8%。\n';
    const bare = read(opening, 2025, { year: 2025, month: 10 });
    expect(bare.proposals).toEqual([]);
    expect(bare.skipped.map(({ flag, reason }) => [flag.indicatorKey, flag.period, reason])).toEqual([
      ['gdp', '今年以来', 'since_new_year'],
      ['industrial_value_added', '今年以来', 'since_new_year'],
    ]);
    // The document says the months elsewhere ("截至9月底", "前三季度" agree): those are the figures' months.
    const named = read(`${opening}截至9月底，全区新登记经营主体3210户；前三季度进出口总额保持增长。\n`, 2025, { year: 2025, month: 10 });
    expect(brief(named.proposals)).toEqual([
      ['gdp', 2025, 9, 'growth', '5.4', '%', '地区生产总值同比增长5.4%'],
      ['industrial_value_added', 2025, 9, 'growth', '6.8', '%', '规模以上工业增加值增长6.8%'],
    ]);
    // Two different periods named: which one 今年以来 means cannot be told.
    const mixed = read(`${opening}1—8月，全区进出口总额下降；截至9月底，新登记经营主体3210户。\n`, 2025, { year: 2025, month: 10 });
    expect(mixed.proposals).toEqual([]);
    expect(mixed.skipped.filter(({ flag }) => flag.period === '今年以来').map(({ reason }) => reason)).toEqual(['since_new_year', 'since_new_year']);
  });
});

describe('dateLineOf', () => {
  it.each<[string, { year: number; month: number } | null]>([
    ['上半年经济运行\n2025年7月18日 来源：区统计局\n正文', { year: 2025, month: 7 }],
    ['无日期的正文', null],
    ['2025年13月2日', null],
  ])('%s', (text, expected) => {
    expect(dateLineOf(text)).toEqual(expected);
  });
});
