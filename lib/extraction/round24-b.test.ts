// Rules of round 24 (rules24b: news articles from retired eval19), each reduced to the few lines that carry it (constructed,
// names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order,
// names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 24 rules (rules24b)', () => {
  describe('whose figures a quoted reaction states: a quotation with an attribution line under it', () => {
    const story = (place: string, remarks: string) =>
      `两会声音 | 代表们这样说\n2026-01-16 09:20:11 来源:${place}融媒体中心\n\n` +
      `1月15日,${place}第八届人民代表大会第六次会议开幕。报告提出,2026年全${place.slice(-1)}地区生产总值增长5.5%左右,` +
      `固定资产投资增长7%,城镇新增就业4200人以上。\n\n${remarks}\n\n(${place}融媒体中心出品)\n`;

    it('reads the figures of each attributed remark as last year’s results', () => {
      for (const [place, dash] of [['河阳县', '——'], ['东岗区', '—— '], ['青溪县', '--']]) {
        const remarks =
          `“一般公共预算收入完成18.36亿元、增长4.9%,家底更厚了。”\n\n${dash}县人大代表、某局干部 周某\n\n` +
          `“城镇居民人均可支配收入达到45210元、增长5.2%,大家感受得到。”\n\n${dash}政协委员 钱某某\n`;
        const result = extract(story(place!, remarks));
        expect(outcomes(result)).toEqual(expect.arrayContaining([
          ['budget_revenue', 2025, 'level', '18.36'],
          ['budget_revenue', 2025, 'growth', '4.9'],
          ['urban_income', 2025, 'level', '45210'],
          ['urban_income', 2025, 'growth', '5.2'],
        ]));
        expect(result.targets.some((t) => t.indicatorKey === 'budget_revenue' || t.indicatorKey === 'urban_income')).toBe(false);
        expect(targets(result)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '5.5']]));
      }
    });

    it('refuses a remark that turns to the coming year or an aim, and a quotation without an attribution line', () => {
      const aims = extract(story('河阳县', `“今年一般公共预算收入力争增长6%,我们有信心。”\n\n——县人大代表 周某\n`));
      expect(aims.outcomes.some((o) => o.indicatorKey === 'budget_revenue')).toBe(false);
      const bare = extract(story('河阳县', `“一般公共预算收入增长6%,我们有信心。”\n\n代表们纷纷表示认同。\n`));
      expect(bare.outcomes.some((o) => o.indicatorKey === 'budget_revenue')).toBe(false);
    });
  });
});
