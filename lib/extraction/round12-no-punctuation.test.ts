// Rules of round 12 (rules12b: text without punctuation — subtitles, OCR and careless copies), each
// reduced to the few lines that carry it (constructed, names and figures invented), from the forms
// retired eval6's writers used and that published bulletins, news scripts and reports use.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const extract = (text: string, reportYear?: number) => extractProposals(text, { indicators: INDICATORS, ...(reportYear ? { reportYear } : {}) });
const targets = (result: ExtractionResult) => result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

describe('round 12 rules (rules12b, text without punctuation)', () => {
  it('reads a bulletin title whose bracketed 摘要 lost its brackets ("…统计公报 摘要")', () => {
    const body = '\n初步核算 全年全县地区生产总值205.6亿元 比上年增长5.3%\n全年社会消费品零售总额61.2亿元 增长4.7%\n';
    for (const title of ['石岭县2024年国民经济和社会发展统计公报 摘要', '石岭县2024年国民经济和社会发展统计公报 摘录', '石岭县2024年国民经济和社会发展统计公报(摘要)']) {
      const result = extract(`${title}${body}`);
      expect(result.reportYear, title).toBe(2025);
      expect(outcomes(result), title).toEqual([
        ['gdp', 2024, 'level', '205.6'],
        ['gdp', 2024, 'growth', '5.3'],
        ['retail_sales', 2024, 'level', '61.2'],
        ['retail_sales', 2024, 'growth', '4.7'],
      ]);
    }
    // A link to a bulletin with its date after it, or a remark after the title words, is no title.
    for (const line of ['相关链接 石岭县2024年国民经济和社会发展统计公报 2025-03-28', '石岭县2024年国民经济和社会发展统计公报 显示全县经济稳中向好']) {
      expect(extract(`${line}${body}`).reportYearSource, line).not.toBe('bulletin_title');
    }
  });

  it('reads the year from a subtitle’s "今年是 十四五 规划收官之年" (quotes dropped, spaces left)', () => {
    const text =
      '今天上午 石岭县人民代表大会开幕\n\n县长说 今年是 十四五 规划收官之年\n\n报告提出 今年全县地区生产总值增长5.5%左右\n\n固定资产投资增长6%\n';
    const result = extract(text);
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '6'],
    ]);
    // "十四五 期间" is a period, not this year.
    expect(extract('县长说 十四五 期间全县地区生产总值年均增长6%\n报告提出 地区生产总值增长5.5%左右\n').reportYear).toBeNull();
  });
});
