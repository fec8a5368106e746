// Rules of round 21 (rules21c: PDF copies and text without punctuation from retired eval16), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 21 rules (rules21c)', () => {
  it('reads a poster panel title broken by OCR (a year line over its 目标 line) as the plan heading that dates the text', () => {
    const poster = (year: string, words: string) =>
      '长图速览\n云岭县2026年\n政府工作报告要点\n\n过去一年\n亮点\n\n粮食总产量\n9.6亿斤\n\n城乡居民收入\n农村居民人均可支配收入\n18650元\n增长7.1%\n\n' +
      `${year}\n${words}\n\n地区生产总值\n增长6%左右\n\n城镇调查失业率\n5.5%以内\n\n粮食总产量\n9.5亿斤以上\n\n县融媒体中心制作\n`;
    for (const [year, words] of [['2026', '主要预期目标'], ['2026', '目标'], ['  2026 ', ' 主要目标']] as const) {
      const result = extract(poster(year, words));
      expect([result.reportYear, result.reportYearSource]).toEqual([2026, 'plan_heading']);
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ]));
      expect(outcomes(result)).toEqual(expect.arrayContaining([['rural_income', 2025, 'growth', '7.1']]));
      expect(outcomes(result).some((o) => o[1] === 2026)).toBe(false);
    }
  });

  it('refuses a year line over words that are not the targets, or a year that is not the one after the look back', () => {
    // A year over a results panel is no plan heading.
    const results = extract('某区2026年报告\n\n2025年工作回顾\n\n2025\n目标完成情况\n\n地区生产总值\n增长5.8%\n');
    expect(results.targets).toEqual([]);
    // A year line followed by a line that only begins with 目标 and goes on is no heading either.
    const prose = extract('2025年工作回顾\n全区地区生产总值增长5.8%。\n2027\n目标是建成区域中心城市,地区生产总值突破600亿元\n');
    expect(prose.targets.filter((t) => t.year === 2027)).toEqual([]);
  });
});
