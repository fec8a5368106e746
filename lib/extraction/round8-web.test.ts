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
