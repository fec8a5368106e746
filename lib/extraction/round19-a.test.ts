// Round 19 (rules19a): rules from retired eval14's bulletins, plan reports and work reports, each named as a mechanism and
// held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes } from './fixtures/round-helpers';

describe('round 19 rules (rules19a)', () => {
  describe("a bulletin's title line", () => {
    const body = '\n\n全年全县地区生产总值156.2亿元,比上年增长5.2%。\n';
    it('reads the title with its note marker and a mirror’s year tag after it', () => {
      for (const title of ['2024年青岚县国民经济和社会发展统计公报[1] 2024', '青岚县2024年国民经济和社会发展统计公报①', '2024年青岚县国民经济和社会发展统计公报 2024年']) {
        const result = extract(title + body);
        expect(result.reportYear, title).toBe(2025);
        expect(outcomes(result), title).toEqual([
          ['gdp', 2024, 'level', '156.2'],
          ['gdp', 2024, 'growth', '5.2'],
        ]);
      }
    });

    it('never takes a link to a bulletin with its date for the title', () => {
      expect(extract('相关链接:青岚县2023年国民经济和社会发展统计公报 2024-03-30' + body).reportYearSource).not.toBe('bulletin_title');
    });
  });

  describe("a name's note marker before its abbreviation", () => {
    it('reads the figure after "[n](GDP)" as after "(GDP)[n]"', () => {
      const result = extract('2024年青岚县国民经济和社会发展统计公报\n\n初步核算,全年全县实现地区生产总值[3](GDP)212.05亿元,按可比价格计算,比上年增长3.9%。\n');
      expect(outcomes(result)).toEqual([
        ['gdp', 2024, 'level', '212.05'],
        ['gdp', 2024, 'growth', '3.9'],
      ]);
    });

    it("still reads a place in brackets after the mark as another entity's figure", () => {
      expect(outcomes(extract('2024年青岚县国民经济和社会发展统计公报\n\n全年居民消费价格[2](北川市)比上年上涨0.6%。\n'))).toEqual([]);
    });
  });

  describe("a regional survey's figure", () => {
    const title = '2024年青岚县国民经济和社会发展统计公报\n\n';
    it('refuses a price index noted as a region’s or a prefecture’s', () => {
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%(东岭片区口径)。\n`))).toEqual([]);
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%(阿岭地区数据)。\n`))).toEqual([]);
      expect(outcomes(extract(`${title}全年居民消费价格(东岭片区)比上年上涨0.4%。\n`))).toEqual([]);
    });

    it('keeps the district’s own figure', () => {
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%(本地区口径)。\n`))).toEqual([['cpi', 2024, 'growth', '0.4']]);
      expect(outcomes(extract(`${title}全年居民消费价格比上年上涨0.4%。\n`))).toEqual([['cpi', 2024, 'growth', '0.4']]);
    });
  });
});
