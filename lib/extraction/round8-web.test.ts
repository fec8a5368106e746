// Rules of round 8 (web pages, traditional text, plan reports, PDF copies, bulletins), each reduced
// to the few lines that carry it (constructed, figures invented).
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals, type ExtractionResult } from './extract-proposals';

const extract = (text: string) => extractProposals(text, { indicators: INDICATORS });
const targets = (result: ExtractionResult) => result.targets.map((t) => [t.indicatorKey, t.year, t.measure, t.qualifier, t.value]);
const outcomes = (result: ExtractionResult) => result.outcomes.map((o) => [o.indicatorKey, o.year, o.measure, o.value]);

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
