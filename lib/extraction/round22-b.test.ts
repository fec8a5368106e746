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

  describe('where a look back opens after a question the paragraph opens on', () => {
    const story = (question: string) =>
      '云溪县两会观察\n2026-01-16 09:30 来源：云溪融媒\n' +
      '　　报告提出，2026年全县地区生产总值增长6%左右，一般公共预算收入增长4%以上。\n' +
      '　　代表们热议民生话题。\n' +
      `　　${question}城镇新增就业4210人，其中高校毕业生就业1380人。人社局负责人说，今年将继续扩大岗位。\n`;

    it('reads the answer after the question as last year’s figures', () => {
      for (const question of ['就业形势怎么样？2025年全县', '就业稳不稳？去年全县', '“饭碗”端得牢不牢？去年']) {
        const result = extract(story(question));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '4210']]));
        expect(result.targets.some((t) => t.indicatorKey === 'new_urban_jobs')).toBe(false);
      }
    });

    it('refuses a question answered with this year’s figures', () => {
      const result = extract(story('今年就业目标怎么定？2026年全县'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'new_urban_jobs')).toBe(false);
    });
  });

  describe('whose figures a sentence’s later clauses are: another entity’s subject opening it keeps them', () => {
    const story = (sentence: string) =>
      '梅林县人代会开幕\n2026-01-14 10:05 来源：梅林发布\n' +
      '　　报告显示，2025年全县地区生产总值增长5.6%，固定资产投资增长3.1%。\n' +
      `　　兄弟县区也交出亮眼答卷：${sentence}\n` +
      '　　报告提出，2026年全县地区生产总值增长6%左右。\n';

    it('reads the later clauses of a sentence opened by 全市/全省 as that entity’s, not the county’s', () => {
      for (const sentence of ['2025年全市地区生产总值增长5.2%，规模以上工业增加值增长7.4%，社会消费品零售总额增长4.8%。', '去年全省规模以上工业增加值增长7.4%，社会消费品零售总额增长4.8%。']) {
        const result = extract(story(sentence));
        expect(result.outcomes.some((o) => o.value === '7.4' || o.value === '4.8' || o.value === '5.2')).toBe(false);
        expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '5.6'], ['fixed_asset_investment', 2025, 'growth', '3.1']]));
      }
    });

    it('refuses to move a clause that names the county again, or a sentence the county opens', () => {
      const back = extract(story('2025年全市地区生产总值增长5.2%，全县规模以上工业增加值增长7.4%。'));
      expect(outcomes(back)).toEqual(expect.arrayContaining([['industrial_value_added', 2025, 'growth', '7.4']]));
      const own = extract(story('2025年全县规模以上工业增加值增长7.4%，增速居全市第二，社会消费品零售总额增长4.8%。'));
      expect(outcomes(own)).toEqual(expect.arrayContaining([['industrial_value_added', 2025, 'growth', '7.4'], ['retail_sales', 2025, 'growth', '4.8']]));
    });
  });

  describe('how a deputy citing the report with 讲到/谈到/写到 opens a look back, as 提到 does', () => {
    const story = (remark: string) =>
      '枫岭区人大代表审议报告\n2026-01-13 16:20 来源：枫岭融媒\n' +
      '　　报告提出，今年全区主要预期目标是：地区生产总值增长6%左右，固定资产投资增长5%，一般公共预算收入增长3%。\n' +
      `　　人大代表、某街道党工委书记说：“${remark}这些数字来之不易。”\n`;

    it('reads the figures after the citation as last year’s', () => {
      for (const verb of ['讲到', '谈到', '写到']) {
        const result = extract(story(`报告里${verb}去年全区社会消费品零售总额182.4亿元、增长4.1%，`));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['retail_sales', 2025, 'level', '182.4'], ['retail_sales', 2025, 'growth', '4.1']]));
        expect(result.targets.some((t) => t.indicatorKey === 'retail_sales')).toBe(false);
      }
    });

    it('refuses a citation of this year’s figure', () => {
      const result = extract(story('报告里讲到今年全区社会消费品零售总额增长5%，'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'retail_sales')).toBe(false);
    });
  });

  describe('which of a figure’s repeats is kept: the exact one over a round one', () => {
    const story = (subhead: string, bullet: string) =>
      '青禾县政府工作报告解读\n2026-01-10 09:00 来源：青禾发布\n2025年工作回顾\n' +
      `  ${subhead}  \n  ●${bullet}\n  ●固定资产投资增长3.2%。\n2026年主要预期目标\n  ●地区生产总值增长6%左右;\n`;

    it('keeps the exact level a later line gives over the round one a subhead gave first', () => {
      for (const [subhead, bullet, exact] of [
        ['GDP突破300亿元', '地区生产总值突破300亿元 、达到304.2亿元,增长5.1%。', '304.2'],
        ['社会消费品零售总额超98亿元', '社会消费品零售总额为 98.7亿元,增长4.4%。', '98.7'],
      ]) {
        const result = extract(story(subhead!, bullet!));
        const levels = result.outcomes.filter((o) => o.measure === 'level').map((o) => o.value);
        expect(levels).toEqual([exact]);
      }
    });

    it('refuses to replace an exact level with a round one that comes after it', () => {
      const result = extract(story('GDP达到304.2亿元', '地区生产总值突破300亿元,增长5.1%。'));
      expect(result.outcomes.filter((o) => o.indicatorKey === 'gdp' && o.measure === 'level').map((o) => o.value)).toEqual(['304.2']);
    });
  });

  describe('how the base a target is set on (在去年…的基础上) is read as last year’s', () => {
    const story = (remark: string) =>
      '石泉县两会声音\n2026-01-18 11:00 来源：石泉日报\n' +
      '　　县长说，县人代会确定了今年的主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长3%，城镇新增就业3800人以上。' +
      `“${remark}”他说。\n`;

    it('reads the figures between 在去年 and 的基础上 as last year’s outcomes, not targets', () => {
      for (const remark of ['这些目标是在去年固定资产投资增长9.2%的基础上提出的', '今年的目标，是在2025年固定资产投资完成126.4亿元、增长9.2%的基础上定下的']) {
        const result = extract(story(remark));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['fixed_asset_investment', 2025, 'growth', '9.2']]));
        expect(result.targets.some((t) => t.indicatorKey === 'fixed_asset_investment')).toBe(false);
      }
    });

    it('refuses a base of another year', () => {
      const result = extract(story('这些目标是在2023年固定资产投资增长9.2%的基础上提出的'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'fixed_asset_investment')).toBe(false);
    });
  });

  describe('how an infographic’s review cards without bullets are read: figure first after a gap, the name below', () => {
    const post = (cards: string) =>
      '一图读懂丨2026年松原区政府工作报告\n松原发布 2026年01月12日\n\nPART 01\n2025年工作回顾\n\n' + cards +
      '\n\nPART 02\n2026年主要预期目标\n地区生产总值\n增长6%左右\n';

    it('reads the figure, its unit on the next line, the name and the rate under it', () => {
      const result = extract(post(
        '发展质效稳步提升\n512.7\n亿元\n地区生产总值\n比上年增长5.8%\n\n7.3%\n规上工业增加值\n增长\n\n-2.1%\n固定资产投资\n\n' +
        '33860元\n城镇常住居民人均可支配收入\n增长4.2%\n\n0.92万人\n城镇新增就业',
      ));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['gdp', 2025, 'level', '512.7'],
        ['gdp', 2025, 'growth', '5.8'],
        ['industrial_value_added', 2025, 'growth', '7.3'],
        ['fixed_asset_investment', 2025, 'growth', '-2.1'],
        ['urban_income', 2025, 'level', '33860'],
        ['urban_income', 2025, 'growth', '4.2'],
        ['new_urban_jobs', 2025, 'level', '0.92'],
      ]));
    });

    it('refuses a name-above layout, where the line before the figure is a bare name', () => {
      const result = extract(post('地区生产总值\n\n512.7亿元\n\n规上工业增加值\n\n增长7.3%'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'industrial_value_added' && o.measure === 'level')).toBe(false);
      expect(result.outcomes.some((o) => o.value === '512.7' && o.indicatorKey !== 'gdp')).toBe(false);
    });
  });

  describe('how a look back goes on into the next paragraph that opens on a level and its rate', () => {
    const story = (next: string) =>
      '白鹭县两会观察\n2026-01-17 10:20 来源：白鹭融媒\n' +
      '　　报告提出，2026年全县地区生产总值增长6%左右，固定资产投资增长5%。\n' +
      '　　代表们说，去年全县规上工业增加值增长8.1%，一般公共预算收入完成6.42亿元。\n' +
      `　　${next}\n`;

    it('reads the paragraph as last year’s, as a sentence of the same paragraph is', () => {
      for (const next of ['固定资产投资86.3亿元，增长3.4%；新增规上企业9家……一组组数据背后，是不平凡的一年。', '社会消费品零售总额52.7亿元，同比增长4.9%，消费市场回暖。']) {
        const result = extract(story(next));
        const [key, level, rate] = next.startsWith('固定') ? ['fixed_asset_investment', '86.3', '3.4'] : ['retail_sales', '52.7', '4.9'];
        expect(outcomes(result)).toEqual(expect.arrayContaining([[key, 2025, 'level', level], [key, 2025, 'growth', rate]]));
        expect(result.targets.some((t) => t.value === rate)).toBe(false);
      }
    });

    it('refuses a paragraph that turns to an aim or the coming year', () => {
      const result = extract(story('社会消费品零售总额52.7亿元，今年力争增长6%。'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'retail_sales' && o.value === '52.7')).toBe(false);
    });
  });

  describe('how an area name’s tail is read after its head word’s clause (粮食…,播种面积…)', () => {
    const story = (clause: string) =>
      '柳河县两会快讯\n2026-01-11 15:30 来源：柳河发布\n' +
      `　　报告显示，2025年全县${clause}。\n` +
      '　　报告提出，2026年全县地区生产总值增长6%左右。\n';

    it('reads 播种面积/种植面积 opening a clause after the head word’s clause as the grain area', () => {
      for (const clause of ['粮食总产量41.2万吨，播种面积88.6万亩', '粮食生产再获丰收，种植面积88.6万亩', '粮食我们一刻没有放松，播种面积稳定在88.6万亩']) {
        const result = extract(story(clause));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['grain_area', 2025, 'level', '88.6']]));
      }
    });

    it('refuses another crop’s area and a tail that does not open its clause', () => {
      for (const clause of ['粮食总产量41.2万吨，蔬菜播种面积88.6万亩', '粮食总产量41.2万吨，新增高标准农田播种面积88.6万亩']) {
        const result = extract(story(clause));
        expect(result.outcomes.some((o) => o.indicatorKey === 'grain_area')).toBe(false);
      }
    });
  });

  describe('how a speaker’s 我们还/我们也 before a name opens the district’s own clause', () => {
    const interview = (answer: string) =>
      '访谈：稳就业 促增收\n2026-01-19 来源：桐山发布\n记者：去年全区民生方面成绩如何？\n' +
      `区人社局局长：2025年全区城镇居民人均可支配收入达到41260元，增长4.5%。${answer}\n` +
      '记者：今年的目标呢？\n区人社局局长：今年城镇新增就业4500人以上。\n';

    it('reads the figure after 我们还/我们也/我们又 as the district’s', () => {
      for (const answer of ['我们还新增城镇就业4810人，超额完成任务。', '我们也新增城镇就业4810人。', '我们又新增城镇就业4810人。']) {
        expect(outcomes(extract(interview(answer)))).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '4810']]));
      }
    });

    it('refuses the speaker’s own body after 我们还', () => {
      const result = extract(interview('我们局还新增城镇就业4810人。'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'new_urban_jobs')).toBe(false);
    });
  });

  describe('how a reason opening a quotation leads a level on to its comparable-basis rate', () => {
    const story = (after: string) =>
      '南溪县计划报告解读\n2026-01-09 来源：南溪发布\n' +
      `　　报告显示，2025年全县一般公共预算收入12.43亿元，增长1.6%，${after}\n` +
      '　　报告提出，2026年全县地区生产总值增长6%左右。\n';

    it('reads the comparable-basis rate after the reason as the revenue’s second rate', () => {
      for (const after of ['“主要是留抵退税政策的影响，按同口径计算增长4.7%”。', '主要受土地出让收入减少影响，同口径增长4.7%。']) {
        const result = extract(story(after));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['budget_revenue', 2025, 'growth', '1.6'], ['budget_revenue', 2025, 'growth', '4.7']]));
      }
    });

    it('refuses a reason followed by another name’s rate', () => {
      const result = extract(story('“主要是留抵退税政策的影响，税收收入增长4.7%”。'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'budget_revenue' && o.value === '4.7')).toBe(false);
    });
  });

  describe('how a revenue’s part named after its whole and 中 is the district’s figure', () => {
    const story = (sentence: string) =>
      '临川县财政报告解读\n2026-01-08 来源：临川发布\n' +
      `　　县财政局局长说：“${sentence}”\n` +
      '　　报告提出，2026年全县一般公共预算收入增长4%左右。\n';

    it('reads the part after 收入中 as after 其中', () => {
      for (const sentence of ['去年一般公共预算收入中税收收入完成9.82亿元，增长7.6%。', '2025年全县一般公共预算收入中，税收收入9.82亿元，增长7.6%。']) {
        const result = extract(story(sentence));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['tax_revenue', 2025, 'level', '9.82'], ['tax_revenue', 2025, 'growth', '7.6']]));
      }
    });

    it('refuses another entity’s revenue', () => {
      const result = extract(story('去年全市一般公共预算收入中税收收入完成98.2亿元，增长7.6%。'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'tax_revenue')).toBe(false);
    });
  });

  describe('how a quotation after a comma opens a look back', () => {
    const story = (remark: string) =>
      '青川县人代会分组审议\n2026-01-15 17:30 来源：青川融媒\n' +
      '　　报告提出，2026年全县地区生产总值增长6%左右，固定资产投资增长7%，一般公共预算收入增长3%，城镇新增就业4000人以上。\n' +
      `　　县人大代表、县发改局局长建议，${remark}\n`;

    it('reads the quoted remark that opens on last year as last year’s figures', () => {
      for (const remark of ['进一步加大工业投资力度，“去年全县工业投资增长了18.6%，但技改投资占比还不高。”', '抓好项目储备，“2025年全县工业投资增长18.6%，今后还要加力。”']) {
        const result = extract(story(remark));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['industrial_investment', 2025, 'growth', '18.6']]));
        expect(result.targets.some((t) => t.indicatorKey === 'industrial_investment')).toBe(false);
      }
    });

    it('refuses a quoted remark on this year', () => {
      const result = extract(story('进一步加大工业投资力度，“今年全县工业投资增长了18.6%就好了。”'));
      expect(result.outcomes.some((o) => o.indicatorKey === 'industrial_investment')).toBe(false);
    });
  });

  describe('where the work plan starts: after the first headline paragraph that states the targets, not a later list', () => {
    const story = (link: string) =>
      '划重点！临江区人代会开幕，今年目标定了\n临江发布 2026-01-14 10:30\n' +
      '报告提出，今年全区经济社会发展主要预期目标是：\n●地区生产总值增长6%左右；\n●一般公共预算收入增长3%；\n●固定资产投资增长5%；\n' +
      '●社会消费品零售总额增长5.5%左右；\n●城镇新增就业1.1万人以上。\n\n▍这些重点工作要抓好\n报告明确，今年将重点抓好六个方面工作：\n' +
      '一是坚持项目为王。全年实施区级重大项目120个。\n二是守牢生态底线。PM2.5平均浓度控制在30微克/立方米以内，空气质量优良天数比率达到85%以上。\n\n' + link;

    it('reads the task list between the targets and a later link’s list as tasks', () => {
      for (const link of ['【链接】\n记者从市两会获悉，今年全市主要预期目标为地区生产总值增长5.5%左右、一般公共预算收入增长2%左右。\n', '']) {
        const result = extract(story(link));
        expect(result.targets.some((t) => t.indicatorKey === 'air_quality_good_days')).toBe(false);
        expect(targets(result)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '6'], ['new_urban_jobs', 2026, 'level', 'at_least', '1.1']]));
      }
    });
  });
});

