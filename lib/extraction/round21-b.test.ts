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

  describe('how deputies’ verdict on the targets the report proposes, listed before 等主要预期目标, is read', () => {
    const story = (verdict: string) =>
      '松川县代表分组审议政府工作报告\n2026-01-14 17:30 来源：松川融媒\n' +
      '　　代表们认为，' + verdict + '\n　　县人大代表王林说：“报告提出固定资产投资增长8%以上，我们园区要多作贡献。”\n';

    it('reads each item of the list as this year’s target, whatever the verb and the closing words', () => {
      for (const verdict of [
        '政府工作报告实事求是，提出的2026年全县地区生产总值增长5.5%左右、规模以上工业增加值增长7%、居民人均可支配收入增长6%等主要预期目标，符合实际。',
        '《政府工作报告》确定的今年全县地区生产总值增长5.5%左右、规模以上工业增加值增长7%和居民人均可支配收入增长6%等目标，鼓舞人心。',
      ]) {
        expect(targets(extract(story(verdict)))).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '5.5'],
          ['industrial_value_added', 2026, 'growth', 'exact', '7'],
          ['resident_income', 2026, 'growth', 'exact', '6'],
        ]));
      }
    });

    it('refuses a list of last year’s targets and targets said to be met', () => {
      for (const verdict of [
        '政府工作报告提出的去年全县地区生产总值增长6%左右、规模以上工业增加值增长8%等主要预期目标，评价很高。',
        '政府工作报告提出的全县地区生产总值增长6%左右、规模以上工业增加值增长8%等目标全面完成。',
      ]) {
        expect(extract(story(verdict)).targets.some((t) => t.indicatorKey === 'industrial_value_added')).toBe(false);
      }
    });
  });

  describe('how a figure ranked among its peers is read: a result, never a target', () => {
    const story = (remark: string) =>
      '兰溪区代表热议政府工作报告\n2026-01-16 18:00 来源：兰溪发布\n' +
      '　　区人大代表陈明说：“报告提出今年全区地区生产总值增长5%左右，固定资产投资增长6%，社会消费品零售总额增长5.5%，城镇新增就业3000人以上。”\n' +
      '　　' + remark + '\n';

    it('reads a deputy’s ranked figure in the plan as last year’s', () => {
      for (const [remark, key, value] of [
        ['“一般公共预算收入完成15.2亿元，在全市各区县中排名第三。”区人大代表李华说。', 'budget_revenue', '15.2'],
        ['代表刘洋说，实际使用外资2800万美元，位居全市第一位，来之不易。', 'fdi', '2800'],
      ] as const) {
        const result = extract(story(remark));
        expect(outcomes(result)).toEqual(expect.arrayContaining([[key, 2025, 'level', value]]));
        expect(result.targets.some((t) => t.indicatorKey === key)).toBe(false);
      }
    });

    it('refuses a ranked aim: the coming year’s, still a target', () => {
      const result = extract(story('代表刘洋说，今年力争一般公共预算收入完成16亿元，保持全市第三位。'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'budget_revenue')).toBe(false);
    });
  });

  describe('how a clause singling one figure out (特别是, 尤其是) is read: still the district’s', () => {
    it('reads the figure after 特别是 / 尤其是 as the look back’s', () => {
      for (const lead of ['特别是', '尤其是']) {
        const result = extract('梧桐县两会 代表热议\n2026-01-15 来源：梧桐融媒\n　　“过去一年，全县地区生产总值增长6.1%，' + lead + '农村居民人均可支配收入增长7.2%，很不容易。”代表说。\n　　报告提出今年全县地区生产总值增长5.5%左右。\n');
        expect(outcomes(result)).toEqual(expect.arrayContaining([['rural_income', 2025, 'growth', '7.2']]));
      }
    });

    it('still refuses another entity’s figure after it', () => {
      const result = extract('梧桐县两会 代表热议\n2026-01-15 来源：梧桐融媒\n　　“过去一年，全县地区生产总值增长6.1%，特别是全市农村居民人均可支配收入增长7.2%。”代表说。\n　　报告提出今年全县地区生产总值增长5.5%左右。\n');
      expect(result.outcomes.some((o) => o.indicatorKey === 'rural_income')).toBe(false);
    });
  });

  describe('how a list that 的目标 closes after the headline targets is read: each item a target', () => {
    const story = (list: string) =>
      '快评｜读懂今年的县政府工作报告\n2026-01-10 08:30 来源：云岭日报\n' +
      '　　报告提出，今年全县地区生产总值增长5.5%左右，规模以上工业增加值增长8%左右，城镇新增就业3500人以上，居民人均可支配收入增长6%。\n' +
      '　　当然，' + list + '，每一个都要靠项目干出来。\n';

    it('reads every item joined by 、 or 和 up to 的目标', () => {
      for (const list of ['今年全县社会消费品零售总额增长5%、实际使用外资3000万美元和一般公共预算收入增长4%左右的目标', '全县社会消费品零售总额增长5%、实际使用外资3000万美元以及一般公共预算收入增长4%左右的预期目标']) {
        expect(targets(extract(story(list)))).toEqual(expect.arrayContaining([
          ['retail_sales', 2026, 'growth', 'exact', '5'],
          ['fdi', 2026, 'level', 'exact', '3000'],
          ['budget_revenue', 2026, 'growth', 'about', '4'],
        ]));
      }
    });

    it('refuses items that a later clause, not 的目标, closes', () => {
      const result = extract(story('社会消费品零售总额增长5%、一般公共预算收入增长4%左右，这些都是去年的成绩，今年的目标更高'));
      expect(result.targets.some((t) => t.indicatorKey === 'retail_sales' || t.indicatorKey === 'budget_revenue')).toBe(false);
    });
  });

  describe('where the report sets this year’s figure (报告把…定在): a lead-in', () => {
    const story = (remark: string) =>
      '代表热议政府工作报告\n2026-01-15 18:00 来源：柳溪县融媒体中心\n' +
      '　　县人大代表周强说：“报告提出今年全县地区生产总值增长6%左右，我们有信心。”\n　　县人大代表吴敏说：“' + remark + '我们企业一定多作贡献。”\n';

    it('reads the figure the report sets, whatever the name and the verb of setting', () => {
      expect(targets(extract(story('政府工作报告把今年固定资产投资增长目标定在9%以上，')))).toEqual(expect.arrayContaining([['fixed_asset_investment', 2026, 'growth', 'at_least', '9']]));
      expect(targets(extract(story('报告把今年外贸出口增长目标定为10%左右，')))).toEqual(expect.arrayContaining([['exports', 2026, 'growth', 'about', '10']]));
    });

    it('refuses a report named without setting anything', () => {
      expect(extract(story('报告里回顾了固定资产投资增长9%的情况，')).targets.some((t) => t.indicatorKey === 'fixed_asset_investment')).toBe(false);
    });
  });

  describe('where a dash turns a clause to the report’s proposal', () => {
    const story = (clause: string) =>
      '两会快评｜读懂今年的区政府工作报告\n2026-01-09 08:35 来源：江城日报\n' +
      '　　报告提出，今年全区地区生产总值增长5%左右，规模以上工业增加值增长7%左右，城镇新增就业5000人以上，居民人均可支配收入增长5%。\n' +
      '　　这也意味着，' + clause + '，底气来自项目。\n';

    it('reads the figure after the dash as the report’s target', () => {
      expect(targets(extract(story('工业要挑大梁——报告提出工业投资增长12%左右')))).toEqual(expect.arrayContaining([['industrial_investment', 2026, 'growth', 'about', '12']]));
      expect(targets(extract(story('投资要保持较快增长——政府工作报告明确固定资产投资增长8%以上')))).toEqual(expect.arrayContaining([['fixed_asset_investment', 2026, 'growth', 'at_least', '8']]));
    });

    it('refuses a dash before anything but the report’s proposal', () => {
      expect(extract(story('投资要保持较快增长——去年固定资产投资增长8%')).targets.some((t) => t.indicatorKey === 'fixed_asset_investment')).toBe(false);
    });
  });
});
