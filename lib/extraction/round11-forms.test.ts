// Rules of round 11 (rules11c: bulletins, traditional text, text without punctuation and PDF copies),
// each reduced to the few lines that carry it (constructed, names and figures invented), from the forms
// retired eval5's writers used and that published releases, news scripts and reprints use.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const extract = (text: string) => extractProposals(text, { indicators: INDICATORS });
const targets = (result: ExtractionResult) => result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

describe('round 11 rules (rules11c)', () => {
  it('files an undated release titled on a whole year’s economy with the next year’s reports', () => {
    const body = '\n青石区统计局\n\n2024年,全区经济运行总体平稳。\n1—12月,全区实现社会消费品零售总额286432万元,同比增长5.2%。\n';
    for (const title of ['2024年全区经济运行情况简析', '青石区2024年经济运行情况', '2024年全区主要经济指标']) {
      const result = extract(`${title}${body}`);
      expect(result.reportYear, title).toBe(2025);
      expect(outcomes(result), title).toEqual([
        ['retail_sales', 2024, 'level', '286432'],
        ['retail_sales', 2024, 'growth', '5.2'],
      ]);
    }
    // A part of the year in the title is no whole-year release: no year is read from it.
    for (const title of ['2024年上半年全区经济运行情况', '2024年1—9月全区经济运行情况']) {
      expect(extract(`${title}${body}`).reportYear, title).toBeNull();
    }
  });

  it('reads 当月 as one month’s figure, never the year’s', () => {
    const text =
      '2024年全区经济运行情况简析\n1—12月,全区完成规模以上工业增加值865204万元,同比增长-3.1%,增速居全市第5位。12月当月,规上工业增加值同比增长2.4%,为年内首次转正。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['industrial_value_added', 2024, 'level', '865204'],
      ['industrial_value_added', 2024, 'growth', '-3.1'],
    ]);
  });

  it('takes no look back with no figure after it for the review (a remark quoted at a news item’s end)', () => {
    const text =
      '今天上午 青石县人代会开幕 县长作政府工作报告\n' +
      '报告指出 全县地区生产总值增长百分之五点六 规模以上工业增加值增长百分之八点一\n' +
      '报告提出 2025年全县主要预期目标是 地区生产总值增长百分之六左右\n' +
      '来自石桥镇的代表说 过去一年 咱们镇的茶叶收入翻了一番\n';
    const result = extractProposals(text, { indicators: INDICATORS, reportYear: 2025 });
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.6'],
      ['industrial_value_added', 2024, 'growth', '8.1'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    // With a figure after it, the look back is the review still (the headline before it stays out).
    const review = extractProposals('报告提出 2025年全县主要预期目标是 地区生产总值增长百分之六左右\n过去一年 全县地区生产总值增长百分之五点六\n', {
      indicators: INDICATORS,
      reportYear: 2025,
    });
    expect(outcomes(review)).toEqual([['gdp', 2024, 'growth', '5.6']]);
  });
});
