// Round 24 (rules24a): rules from retired eval19's work reports, plan reports, bulletins and traditional text, and the
// year/district check, each named as a mechanism and held here on constructed lines (other wording, order, names and
// figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 24 rules (rules24a)', () => {
  describe("a bulletin's title with its site after a dash", () => {
    const bulletin = (title: string) =>
      `${title}\n\n松岭区统计局\n\n一、综合\n\n全区实现地区生产总值 88.4 亿元，比上年增长 5.2%。全年社会消费品零售总额 31.6 亿元，增长 3.9%。\n`;

    it('reads the whole text as the outcomes of the year the title names', () => {
      for (const title of ['2023年国民经济和社会发展统计公报-松岭区年鉴', '松岭区2023年国民经济和社会发展统计公报_松岭区人民政府网', '2023年松岭区统计公报 | 松岭区统计局']) {
        const result = extract(bulletin(title));
        expect(targets(result)).toEqual([]);
        expect(outcomes(result)).toContainEqual(['gdp', 2023, 'level', '88.4']);
        expect(outcomes(result)).toContainEqual(['retail_sales', 2023, 'growth', '3.9']);
      }
    });

    it('keeps a link with its date after the title a link', () => {
      const linked = `相关新闻\n2023年松岭区国民经济和社会发展统计公报 - 2024-03-28\n\n2024年主要预期目标：地区生产总值增长6%左右。\n`;
      expect(targets(extract(linked))).toContainEqual(['gdp', 2024, 'growth', 'about', '6']);
    });
  });
});
