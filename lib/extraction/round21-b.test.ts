// Rules of round 21 (rules21b: news articles from retired eval16), each reduced to the few lines that carry it (constructed,
// names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order,
// names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 21 rules (rules21b)', () => {
  describe('whose subject 全市 is: a county-level city’s own text calls itself so', () => {
    const story = (place: string, plan: string) =>
      `${place}人代会闭幕\n2026-01-20 09:12 来源：北疆在线\n` +
      `　　${place}人民政府新闻发言人介绍，2025年全市地区生产总值增长6.3%。\n　　${plan}\n（完）\n`;

    it('reads a plan sentence on 全市 as the district’s in a 市’s own news', () => {
      for (const plan of ['报告提出今年全市固定资产投资增长9%左右，', '他说，今年全市固定资产投资增长9%左右，', '新的一年，全市将力争固定资产投资增长9%左右，']) {
        const result = extract(story('青柳河市', plan + '社会消费品零售总额增长5.5%，一般公共预算收入增长4%左右，城镇新增就业5200人以上。'));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['fixed_asset_investment', 2026, 'growth', 'about', '9'],
          ['retail_sales', 2026, 'growth', 'exact', '5.5'],
          ['budget_revenue', 2026, 'growth', 'about', '4'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '5200'],
        ]));
      }
    });

    it('still refuses 全市 in a district’s or a county’s news: the city above it', () => {
      for (const place of ['青柳区', '青柳县']) {
        const result = extract(story(place, '报告提出今年全市固定资产投资增长9%左右，社会消费品零售总额增长5.5%，一般公共预算收入增长4%左右。'));
        expect(result.targets.some((t) => t.indicatorKey === 'fixed_asset_investment')).toBe(false);
      }
    });
  });

  describe('where the report’s proposal for this year opens the plan after a clause of reasons', () => {
    const story = (clause: string) =>
      '石门县“两会”新闻发布会举行\n2026-01-16 11:02 来源：石门县融媒体中心\n' +
      '　　报告显示，2025年全县地区生产总值增长5.8%。县发改局局长就预期目标作了说明。他说，' + clause +
      '全县地区生产总值增长6%左右，规模以上工业增加值增长8%，居民人均可支配收入增长6.5%。\n';

    it('reads the sentence after the comma as the year’s targets, whatever the reasons', () => {
      for (const clause of ['统筹考虑发展基础和上级要求，报告提出今年', '结合全县实际和发展潜力，报告明确今年', '根据市里的统一部署，政府工作报告提出2026年']) {
        const result = extract(story(clause));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '6'],
          ['industrial_value_added', 2026, 'growth', 'exact', '8'],
        ]));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '5.8']]));
      }
    });

    it('refuses a report’s proposal for last year after a comma', () => {
      const result = extract(story('回顾去年，报告提出去年'));
      expect(result.targets.some((t) => t.indicatorKey === 'gdp' && t.value === '6')).toBe(false);
    });
  });

  describe('how a speaker’s answer naming this year’s goal before the name states a target', () => {
    const story = (answer: string) =>
      '桐溪区两会发布会\n2026-01-15 10:00 来源：桐溪发布\n' +
      '　　报告提出今年全区地区生产总值增长5.5%左右，固定资产投资增长7%，社会消费品零售总额增长6%左右，一般公共预算收入增长3%。\n' +
      '记者：就业方面有什么打算？\n区人社局局长：去年全区城镇新增就业3120人。' + answer + '，重点帮扶困难群体。\n';

    it('reads the answer’s figure as this year’s target after the headline targets', () => {
      const result = extract(story('今年我们的目标是城镇新增就业3000人以上'));
      expect(targets(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2026, 'level', 'at_least', '3000']]));
      const other = extract(story('今年我们的目标为城镇调查失业率控制在5.5%以内'));
      expect(targets(other)).toEqual(expect.arrayContaining([['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5']]));
      expect(outcomes(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '3120']]));
    });

    it('refuses a speaker’s own town’s goal and last year’s', () => {
      expect(extract(story('今年我们镇的目标是城镇新增就业3000人以上')).targets.some((t) => t.indicatorKey === 'new_urban_jobs')).toBe(false);
      expect(extract(story('去年我们的目标是城镇新增就业3000人以上')).targets.some((t) => t.indicatorKey === 'new_urban_jobs')).toBe(false);
    });
  });
});
