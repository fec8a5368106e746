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

  describe('where a spoken answer’s look back starts: after a word of assent', () => {
    const meeting = (answer: string) =>
      `区长见面会:今年目标怎么定?\n发布时间:2026-01-14 来源:北湖区融媒体中心\n\n` +
      `区长:在确定今年发展目标的时候,我们把地区生产总值预期增速确定为6%左右。\n\n记者:去年消费不太理想,今年有什么打算?\n\n副区长:${answer}\n`;

    it('reads the figures after 的确 / 是的 / 没错 as last year’s results', () => {
      for (const [word, year] of [['的确,', '2025年'], ['是的,', '去年'], ['没错!', '2025年']]) {
        const result = extract(meeting(`${word}${year}全区社会消费品零售总额下降1.8%,其中网络零售额增长9.6%。今年我们的目标是社会消费品零售总额增长4%。`));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['retail_sales', 2025, 'growth', '-1.8']]));
        expect(targets(result)).toEqual(expect.arrayContaining([['retail_sales', 2026, 'growth', 'exact', '4']]));
        expect(result.targets.some((t) => t.value === '-1.8' || t.value === '1.8')).toBe(false);
      }
    });

    it('refuses an answer whose assent opens on this year', () => {
      const result = extract(meeting('的确,今年全区社会消费品零售总额力争增长4%。'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'retail_sales')).toBe(false);
    });
  });
});
