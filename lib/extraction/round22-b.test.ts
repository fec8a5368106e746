// Rules of round 22 (rules22b: news articles from retired eval17), each reduced to the few lines that carry it (constructed,
// names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order,
// names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 22 rules (rules22b)', () => {
  describe('how a sentence naming the year it speaks in (…之年) gives the next clause’s aims their year', () => {
    const story = (place: string, opening: string, aims: string) =>
      `${place}两会特别报道\n2026-01-12 08:40 来源：云岭发布\n` +
      `　　2025年，${place.slice(-2)}预计完成地区生产总值84.2亿元、增长5.9%，规模以上工业增加值增长7.1%。\n` +
      `　　${opening}${aims}规模以上工业增加值增长8%，社会消费品零售总额增长6%左右，奋力谱写新篇章。\n`;

    it('reads the aims after 20XX年是…之年 as that year’s targets, not as last year’s estimates', () => {
      for (const [place, opening, aims] of [
        ['石岭县', '2026年是“十五五”规划开局之年。', '全县将聚焦“产业强县”目标，地区生产总值增长6.5%左右，'],
        ['北塘区', '2026年是“十五五”开局之年，', '北塘区要坚持稳中求进，地区生产总值增长6.5%左右，'],
        ['松坡林区', '2026年 是 全面深化改革的关键之年。', '林区力争地区生产总值增长6.5%左右，'],
      ]) {
        const result = extract(story(place!, opening!, aims!));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '6.5'],
          ['industrial_value_added', 2026, 'growth', 'exact', '8'],
          ['retail_sales', 2026, 'growth', 'about', '6'],
        ]));
        expect(outcomes(result)).toEqual(expect.arrayContaining([
          ['gdp', 2025, 'growth', '5.9'],
          ['industrial_value_added', 2025, 'growth', '7.1'],
        ]));
        expect(result.outcomes.some((o) => o.value === '6.5' || o.value === '8')).toBe(false);
      }
    });

    it('refuses the city’s aims after the year’s sentence, and a sentence on another year', () => {
      const city = extract(story('石岭县', '2026年是“十五五”规划开局之年。', '全市将聚焦“产业强市”目标，地区生产总值增长6.5%左右，'));
      expect(city.targets.some((t) => t.indicatorKey === 'gdp' && t.value === '6.5')).toBe(false);
      // After a look back headed 回顾2025年 the plan is 2026's: a sentence naming 2025 as its year opens none.
      const other = extract(story('石岭县', '回顾2025年，2025年是“十四五”规划收官之年。', '全县将聚焦“产业强县”目标，地区生产总值增长6.5%左右，'));
      expect(other.targets.some((t) => t.indicatorKey === 'gdp' && t.value === '6.5')).toBe(false);
    });
  });
});
