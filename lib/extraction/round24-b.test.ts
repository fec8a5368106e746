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

  describe('which quotations restate the targets: a remark opening its sentence, its speaker a deputy or member', () => {
    const discussion = (remark: string) =>
      `代表分组审议政府工作报告\n2026年1月12日 来源:青川融媒\n\n1月11日,青川县第九届人民代表大会第五次会议开幕。\n` +
      `“报告提出2026年地区生产总值增长5.5%左右,固定资产投资增长7%以上,这些目标实打实。”县人大代表赵某说。\n` +
      `在农业组,代表们围绕粮食安全讨论。县人大代表钱某说:“报告明确粮食播种面积稳定在56万亩以上、粮食产量保持在25万吨以上,我们有底气。”\n` +
      `在民生组,代表们关注就业。${remark}\n`;

    it('reads each bound figure of the remark as this year’s target', () => {
      for (const speaker of ['县政协委员、县医院副院长孙某说', '县人大代表李某表示', '政协委员周某某认为']) {
        const result = extract(discussion(`“城镇新增就业3600人以上,城镇调查失业率控制在5.5%以内,件件连着民生。”${speaker}。`));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['new_urban_jobs', 2026, 'level', 'at_least', '3600'],
          ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
        ]));
      }
    });

    it('refuses a remark that looks back, one with a single bound figure, and one whose speaker is no deputy', () => {
      const back = extract(discussion('“去年城镇新增就业3600人以上,城镇调查失业率控制在5.5%以内,不容易。”县人大代表李某说。'));
      expect(back.targets.some((t) => t.indicatorKey === 'new_urban_jobs' || t.indicatorKey === 'urban_unemployment_rate')).toBe(false);
      const single = extract(discussion('“城镇新增就业3600人以上,件件连着民生。”县人大代表李某说。'));
      expect(single.targets.some((t) => t.indicatorKey === 'new_urban_jobs')).toBe(false);
      const reader = extract(discussion('“城镇新增就业3600人以上,城镇调查失业率控制在5.5%以内,期待!”网友留言说。'));
      expect(reader.targets.some((t) => t.indicatorKey === 'new_urban_jobs' || t.indicatorKey === 'urban_unemployment_rate')).toBe(false);
    });
  });

  describe('how names share one wording with 均: unknown names after the catalogue’s', () => {
    const plan = (list: string) =>
      `东坪区召开2026年经济工作会议\n2026年2月18日\n\n2026年目标任务\n\n地区生产总值增长6%以上;${list};一般公共预算收入增长5%。\n`;

    it('gives each catalogue name the shared wording', () => {
      for (const [list, value] of [
        ['固定资产投资、工业投资、基础设施投资均增长9%左右', '9'],
        ['工业投资和技改投资均增长15%以上', '15'],
        ['固定资产投资、工业投资、交通投资及民生投资均增长8%左右', '8'],
      ]) {
        const result = extract(plan(list!));
        const keys = result.targets.filter((t) => t.value === value && t.measure === 'growth').map((t) => t.indicatorKey);
        expect(keys).toContain('industrial_investment');
        expect(targets(result)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'at_least', '6']]));
      }
    });

    it('refuses a list whose figures are a series, not one shared wording', () => {
      const result = extract(plan('固定资产投资、工业投资、基础设施投资增长9%、12%、8%'));
      expect(result.targets.some((t) => t.indicatorKey === 'fixed_asset_investment' && t.value === '8')).toBe(false);
    });
  });

  describe('how a figure’s wording is tokenised: a speaker’s 定的是 between the name and the figure', () => {
    const answer = (sentence: string) =>
      `县长见面会:今年目标怎么定\n发布时间:2026-01-20 来源:南河县融媒体中心\n\n` +
      `县长:在确定今年发展目标的时候,我们把地区生产总值预期增速确定为6%左右。${sentence}\n`;

    it('reads the set figure as this year’s target', () => {
      for (const [sentence, key, value] of [
        ['社会消费品零售总额我们定的是增长5%左右,留有余地。', 'retail_sales', '5'],
        ['出口总额定的是增长3%以上。', 'exports', '3'],
        ['城镇新增就业确定的是3000人以上。', 'new_urban_jobs', '3000'],
      ]) {
        const result = extract(answer(sentence!));
        expect(result.targets.some((t) => t.indicatorKey === key && t.value === value && t.year === 2026)).toBe(true);
      }
    });

    it('refuses last year’s figure after the same words', () => {
      const result = extract(answer('去年社会消费品零售总额我们定的是增长5%,实际完成4.1%。'));
      expect(result.targets.some((t) => t.indicatorKey === 'retail_sales')).toBe(false);
    });
  });

  describe('whose target a figure is: a five-year plan named as proposing it', () => {
    const interview = (question: string) =>
      `两会访谈 | 县长谈发展\n2026-01-10 来源:西林融媒\n\n主持人:今年的主要目标是什么?\n\n` +
      `县长:今年全县地区生产总值增长6%左右,固定资产投资增长8%,城镇新增就业2800人以上,一般公共预算收入增长4%。\n\n${question}\n`;

    it('reads no target from the plan’s figure, even when its horizon is this year', () => {
      for (const question of [
        '主持人:“十五五”规划提出到2026年社会消费品零售总额突破150亿元,这个目标还能实现吗?',
        '主持人:十五五规划确定的常住人口城镇化率达到60%,进展如何?',
        '主持人:“十四五”规划纲要明确到2026年底社会消费品零售总额突破150亿元,有把握吗?',
      ]) {
        const result = extract(interview(question));
        expect(result.targets.some((t) => t.indicatorKey === 'retail_sales' || t.indicatorKey === 'urbanization_rate')).toBe(false);
        expect(targets(result)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '6']]));
      }
    });

    it('refuses to drop a target the sentence sets after the plan is named', () => {
      const text = interview('').replace('县长:今年全县', '县长:按照“十五五”规划提出的要求,今年全县');
      expect(targets(extract(text))).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '6'], ['fixed_asset_investment', 2026, 'growth', 'exact', '8']]));
    });
  });
});
