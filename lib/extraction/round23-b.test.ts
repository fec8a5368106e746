// Rules of round 23 (rules23b: news articles from retired eval18), each reduced to the few lines that carry it (constructed,
// names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order,
// names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 23 rules (rules23b)', () => {
  describe('where a targets list starts: a sentence of its own saying this year’s targets were set', () => {
    const story = (place: string, cue: string) =>
      `${place}融媒 | 读懂政府工作报告\n2026-01-09 08:12 来源：${place}发布\n` +
      `　　先说去年。全${place.slice(-1)}地区生产总值达到205.7亿元、增长6.1%，一般公共预算收入完成12.4亿元、增长2.8%。\n` +
      `　　${cue}社会消费品零售总额增长6%左右；规模以上工业增加值增长7%；城镇新增就业3800人以上，城镇调查失业率5.5%以内。\n` +
      `　　这些数字，件件连着民生。\n`;

    it('reads the clauses after the full stop as this year’s targets, not as last year’s results', () => {
      for (const [place, cue] of [
        ['云溪县', '再来看看今年定下的几个“小目标”。'],
        ['北塘区', '新的一年，区里确定的发展目标。'],
        ['石门县', '咱们今年制定的主要目标：'],
      ]) {
        const result = extract(story(place!, cue!));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['retail_sales', 2026, 'growth', 'about', '6'],
          ['industrial_value_added', 2026, 'growth', 'exact', '7'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '3800'],
          ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
        ]));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '6.1']]));
        expect(result.outcomes.some((o) => o.value === '6' || o.value === '7')).toBe(false);
      }
    });

    it('refuses a sentence about the targets met, last year’s targets, and one not followed by figures', () => {
      for (const cue of ['今年定下的目标全部完成。', '去年定下的各项目标。', '今年确定的目标。回头看这些年，全县上下一心、苦干实干，各项事业都迈上了新台阶，回头再看，']) {
        const result = extract(story('云溪县', cue));
        expect(result.targets.some((t) => t.indicatorKey === 'retail_sales' && t.value === '6')).toBe(false);
      }
    });
  });

  describe('whose a plan sentence is: a province’s or an autonomous region’s report quoted for its aims', () => {
    const interview = (question: string) =>
      `对话县长：奋力打造产业强县\n2026-01-20 来源：广播电视台\n` +
      `主持人：${question}您怎么看？\n` +
      `县长：去年全县地区生产总值达到96.3亿元，增长6.2%。\n`;

    it('refuses the higher report’s aims as the district’s targets', () => {
      for (const question of ['今年的自治区政府工作报告提出，全区生产总值增长6%左右，', '今年省政府工作报告明确，全省地区生产总值增长5.5%左右，', '今年的省人民政府工作报告提出，生产总值增长5%左右，']) {
        const result = extract(interview(question));
        expect(result.targets.some((t) => t.indicatorKey === 'gdp')).toBe(false);
      }
    });

    it('still reads the district’s own report quoted the same way', () => {
      const result = extract(interview('今年的县政府工作报告提出，全县地区生产总值增长7%左右，'));
      expect(targets(result)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '7']]));
    });
  });

  describe('where a targets list starts: a speaker’s “…确定的目标是:” before the figures', () => {
    const answer = (said: string) =>
      `县长访谈：坚定信心抓发展\n2026-01-18 来源：县融媒体中心\n` +
      `主持人：请您谈谈县里的打算。\n` +
      `县长：${said}地区生产总值增长7%左右，固定资产投资增长9%，一般公共预算收入增长4.5%。到2030年，我们力争总量突破200亿元。\n`;

    it('reads the figures after the colon as this year’s targets', () => {
      for (const said of ['今年是开局之年，我们在县人代会上确定的目标是：', '我们定下的发展目标为：', '经过反复测算，县里提出的年度目标是：']) {
        const result = extract(answer(said));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '7'],
          ['fixed_asset_investment', 2026, 'growth', 'exact', '9'],
          ['budget_revenue', 2026, 'growth', 'exact', '4.5'],
        ]));
      }
    });

    it('refuses targets set at the start of a year looked back on', () => {
      for (const said of ['去年年初确定的目标是：', '过去五年我们定下的目标是：']) {
        const result = extract(answer(said));
        expect(result.targets.some((t) => t.indicatorKey === 'fixed_asset_investment' && t.value === '9')).toBe(false);
      }
    });
  });

  describe('which words are the report’s target: a figure said to be written into this year’s targets', () => {
    const story = (remark: string) =>
      `人大代表热议政府工作报告\n2026-01-16 来源：县融媒体中心\n` +
      `　　报告提出，今年全县地区生产总值增长6%左右，固定资产投资增长8%。\n` +
      `　　县人大代表、县第一中学校长李红梅说：“${remark}件件都是老百姓的身边事。”\n`;

    it('reads the words between 把/将 and 写进/列入 as a target', () => {
      for (const [remark, key, qualifier, value] of [
        ['报告把城镇新增就业3100人以上写进了今年目标，', 'new_urban_jobs', 'at_least', '3100'],
        ['报告将粮食播种面积稳定在26.5万亩以上列入今年的主要目标，', 'grain_area', 'at_least', '26.5'],
      ]) {
        const result = extract(story(remark!));
        expect(targets(result)).toEqual(expect.arrayContaining([[key, 2026, 'level', qualifier, value]]));
      }
    });

    it('refuses a figure of last year or of a year named', () => {
      for (const remark of ['报告把去年城镇新增就业3100人写进了成绩单，', '报告把2025年城镇新增就业3100人写进了今年目标，']) {
        const result = extract(story(remark));
        expect(result.targets.some((t) => t.value === '3100')).toBe(false);
      }
    });
  });

  describe('how a clause’s subject is found: “。今年目标增长…” takes the one indicator the sentence before named', () => {
    const remark = (said: string) =>
      `政协委员热议政府工作报告\n2026-01-15 来源：县融媒体中心\n` +
      `　　报告提出，今年全县地区生产总值增长6%左右。\n` +
      `　　县政协委员王立新说：“${said}要把功夫下在培育新动能上。”\n`;

    it('reads the bare 目标 rate as that indicator’s target', () => {
      for (const [said, key, value] of [
        ['去年规模以上工业增加值增长7.4%，高技术产业占比提高到28%。今年目标增长8%，', 'industrial_value_added', '8'],
        ['去年社会消费品零售总额完成88.2亿元，增长4.9%。今年预期目标增长5.5%，', 'retail_sales', '5.5'],
      ]) {
        const result = extract(remark(said!));
        expect(targets(result)).toEqual(expect.arrayContaining([[key, 2026, 'growth', 'exact', value]]));
      }
    });

    it('refuses a sentence before naming two indicators, and a bare 目标 without a rate after it', () => {
      const two = extract(remark('去年规模以上工业增加值增长7.4%，固定资产投资增长6.2%。今年目标增长8%，'));
      expect(two.targets.some((t) => t.value === '8')).toBe(false);
      const level = extract(remark('去年规模以上工业增加值增长7.4%。今年目标任务很重，8个项目要开工，'));
      expect(level.targets.some((t) => t.value === '8')).toBe(false);
    });
  });

  describe('how a clause’s subject is found: “去年这个数字是…” after a clause naming one indicator', () => {
    const story = (said: string) =>
      `数说政府工作报告\n2026-01-12 来源：区融媒体中心\n` +
      `　　报告提出，今年地区生产总值增长6%左右。${said}\n`;

    it('reads this number’s figure as last year’s of the named indicator, a percentage as its rate', () => {
      const rate = extract(story('报告提出社会消费品零售总额增长7%，去年这个数字是5.3%。'));
      expect(outcomes(rate)).toEqual(expect.arrayContaining([['retail_sales', 2025, 'growth', '5.3']]));
      const level = extract(story('报告提出城镇新增就业5200人以上，去年这一数字是5480人。'));
      expect(outcomes(level)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '5480']]));
    });

    it('refuses a clause naming two indicators, and the city’s number', () => {
      const two = extract(story('报告提出社会消费品零售总额和固定资产投资均增长7%，去年这个数字是5.3%。'));
      expect(two.outcomes.some((o) => o.value === '5.3')).toBe(false);
      const city = extract(story('全市社会消费品零售总额增长7%，去年这个数字是5.3%。'));
      expect(city.outcomes.some((o) => o.value === '5.3')).toBe(false);
    });
  });

  describe('which lines are last year’s: a post’s marked part on the five-year plan lists the period’s totals', () => {
    const post = (heading: string) =>
      `一图读懂县政府工作报告\n2026-01-14 来源：县融媒体中心\n\n■ 2025年成绩单\n● 地区生产总值增长6.1%\n● 社会消费品零售总额增长5.2%\n\n` +
      `${heading}\n● 经营主体总量突破5.6万户\n● 城镇新增就业2.4万人\n\n■ 2026年主要预期目标\n● 地区生产总值增长6%左右\n`;

    it('reads no outcome under a marked five-year heading, and last year’s before it', () => {
      for (const heading of ['■ “十四五”回眸', '▌十四五成就巡礼', '◆ 过去五年 · 回顾']) {
        const result = extract(post(heading));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '6.1'], ['retail_sales', 2025, 'growth', '5.2']]));
        expect(result.outcomes.some((o) => o.value === '5.6' || o.value === '2.4')).toBe(false);
      }
    });

    it('still reads a part headed by the year or by a report’s numbered five-year part', () => {
      for (const heading of ['■ 2025年民生账单', '一、过去五年工作回顾']) {
        const result = extract(post(heading));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '2.4']]));
      }
    });
  });
});

