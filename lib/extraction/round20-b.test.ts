// Rules of round 20 (rules20b: news articles and web pages from retired eval15), each reduced to the few lines that carry
// it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus
// texts in wording, order, names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { prepareText } from './prepare-text';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 20 rules (rules20b)', () => {
  describe('which short "- " bullets are page furniture', () => {
    const digest = (list: string) =>
      '桐川区两会观察：今年经济增长目标5%左右\n融媒快报·2026-01-18 10:20\n\n要点速览\n\n2025年回顾\n' +
      '- 城镇新增就业6200人 (1)\n- 全区一般公共预算收入9.8亿元\n\n2026年主要预期目标\n' + list + '\n\n编辑：周宁\n';

    it('keeps a list whose items state figures, its figureless wordings too', () => {
      const result = extract(digest('- 全区生产总值增长5%左右\n- 城镇新增就业6000人以上 (2)\n\n- 居民人均可支配收入增长与经济增长同步\n- 社会消费品零售总额增长4.5%'));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['gdp', 2026, 'growth', 'about', '5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '6000'],
        ['retail_sales', 2026, 'growth', 'exact', '4.5'],
      ]));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['new_urban_jobs', 2025, 'level', '6200'],
        ['budget_revenue', 2025, 'level', '9.8'],
      ]));
      expect(prepareText(digest('- 全区生产总值增长5%左右\n- 居民人均可支配收入增长与经济增长同步')).text).toContain('- 居民人均可支配收入增长与经济增长同步');
    });

    it('still drops a sharing site’s labels, a list of them, and a page number among figures', () => {
      const page = '某区政府工作报告全文\n\n- 配套讲稿:\n- 文档格式:\n- 上传时间:\n\n地区生产总值增长5%左右。\n';
      const text = prepareText(page).text;
      expect(text).not.toContain('配套讲稿');
      expect(text).not.toContain('上传时间');
      const paged = prepareText('- 城镇新增就业6000人以上\n- 2 -\n- 全区生产总值增长5%左右\n').text;
      expect(paged).not.toContain('- 2 -');
      expect(paged).toContain('城镇新增就业6000人以上');
    });
  });

  describe('where a stand taken on the report’s proposed targets opens their list', () => {
    const story = (stand: string) =>
      '委员们热议政府工作报告\n发布时间：2026-02-03 17:20  来源：青梧县融媒体中心\n\n' +
      '　　报告显示，2025年全县地区生产总值增长5.4%，城镇新增就业2860人。' + stand +
      '全县生产总值、固定资产投资分别增长5.5%和8%左右，城镇新增就业2800人以上。委员们认为，目标符合实际。\n';

    it('reads the list after the colon as the year’s targets, whatever the stand and the wording of the targets', () => {
      for (const stand of ['委员们对报告提出的2026年目标任务表示赞同：', '与会人员对报告确定的今年主要目标一致认可：', '大家对报告安排的新一年预期目标纷纷点赞：']) {
        const result = extract(story(stand));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '5.5'],
          ['fixed_asset_investment', 2026, 'growth', 'about', '8'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '2800'],
        ]));
        expect(outcomes(result).some(([key, year]) => key === 'new_urban_jobs' && year === 2026)).toBe(false);
      }
    });

    it('refuses a stand on how last year’s targets were met', () => {
      const result = extract('委员们热议政府工作报告\n发布时间：2026-02-03 17:20\n\n　　委员们对报告提出的2025年目标任务完成情况表示满意：全县生产总值增长5.4%，城镇新增就业2860人。\n');
      expect(result.targets.some((t) => t.indicatorKey === 'gdp')).toBe(false);
    });
  });

  describe('how a newspaper PDF’s punctuation copied as characters is read', () => {
    it('reads the font’s characters as their marks in a text that shows the fault, one for one', () => {
      const paper = '　　本报讯渊记者 周文冤去年全县城镇新增就业4120人袁增长2.1%曰一般公共预算收入7.36亿元袁增长4.4%遥\n';
      const prepared = prepareText(paper);
      expect(prepared.text).toContain('4120人,增长2.1%;一般公共预算收入7.36亿元,增长4.4%。');
      expect(prepared.text.length).toBe(paper.length);
      const result = extract(`县人代会开幕\n发布时间：2026-01-12\n${paper}`);
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['new_urban_jobs', 2025, 'level', '4120'],
        ['budget_revenue', 2025, 'level', '7.36'],
        ['budget_revenue', 2025, 'growth', '4.4'],
      ]));
    });

    it('keeps the characters as words where no figure shows the fault', () => {
      const text = '区长袁立新作报告，遥望新年，全区地区生产总值增长5.1%袁同比提高。\n';
      expect(prepareText(text).text).toContain('区长袁立新');
      expect(prepareText(text).text).toContain('遥望新年');
    });
  });

  describe('how an AI digest’s citation marks and its paired list lines are read', () => {
    const digest = (heading: string, items: string) =>
      '青梧县政府工作报告要点：今年生产总值目标增长5%\n研报速递·2026-01-16 09:40\n\n核心要点\n\n' + heading + '\n' + items + '\n\n重点任务\n- 新开工项目80个以上 [9]\n';

    it('ends a heading and its items where their words end, before the marks', () => {
      const result = extract(digest('2026年预期目标 [6]', '- 全县生产总值增长5%左右 [6]\n- 农村居民人均可支配收入增长7% [7][8]\n- 城乡居民收入增长与经济增长同步 [7]'));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['gdp', 2026, 'growth', 'about', '5'],
        ['rural_income', 2026, 'growth', 'exact', '7'],
      ]));
      expect(result.targets.some((t) => t.qualifier === 'relative')).toBe(true);
      expect(prepareText('- 全县生产总值增长5%左右 [6]\n').text).toBe('- 全县生产总值增长5%左右    \n');
    });

    it('keeps marks inside a line, and a bracketed figure that is the line’s own', () => {
      expect(prepareText('报告要点 [3][12] 见下文\n').text).toContain('[3][12]');
      expect(prepareText('[1] 某县人民政府 政府工作报告 第1页\n').text).toContain('[1]');
    });

    it('reads a list line pairing two wordings, or a figure with a steady wording, as a line of the list', () => {
      const result = extract(digest('2026年预期目标', '- 全县生产总值增长5%左右\n- 进出口总额稳中有进，实际使用外资1.2亿美元\n- 城乡居民收入增长与经济增长同步，完成省下达的节能减排任务\n- 城镇新增就业5200人'));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['fdi', 2026, 'level', 'exact', '1.2'],
        ['new_urban_jobs', 2026, 'level', 'exact', '5200'],
      ]));
      expect(result.targets.some((t) => t.qualifier === 'relative')).toBe(true);
      expect(result.targets.some((t) => t.indicatorKey === 'energy_saving')).toBe(true);
    });

    it('ends the list at a pair of which neither half is a target', () => {
      const result = extract(digest('2026年预期目标', '- 全县生产总值增长5%左右\n- 深化改革开放，优化营商环境\n- 城乡居民收入增长与经济增长同步'));
      expect(result.targets.some((t) => t.indicatorKey === 'gdp')).toBe(true);
      expect(result.targets.some((t) => t.qualifier === 'relative')).toBe(false);
    });
  });

  describe('how a bound said once binds a pair of names’ levels in their own units', () => {
    const plan = (clause: string) => `青梧县政府工作报告\n发布时间：2026-01-12\n\n今年的主要预期目标是：全县生产总值增长5%左右，${clause}。\n`;

    it('reads the bound after the last level as each name’s', () => {
      const result = extract(plan('粮食播种面积和总产量分别保持在72万亩、30.5万吨以上'));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['grain_area', 2026, 'level', 'at_least', '72'],
        ['grain_output', 2026, 'level', 'at_least', '30.5'],
      ]));
    });

    it('keeps each level’s own bound where each says one', () => {
      const result = extract(plan('粮食播种面积和总产量分别保持在72万亩左右、30.5万吨以上'));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['grain_area', 2026, 'level', 'about', '72'],
        ['grain_output', 2026, 'level', 'at_least', '30.5'],
      ]));
    });
  });

  describe('where a deputy’s sentence on what the report proposes this year states a target', () => {
    const remarks = (said: string) =>
      '委员们分组讨论政府工作报告\n发布时间：2026-01-20 16:05\n\n　　报告提出，2026年全县主要预期目标是：全县生产总值增长5%左右，一般公共预算收入增长3%。\n\n' +
      `　　县政协委员、县农技中心主任任秀兰说：“去年全县粮食总产量达到18.2万吨，成绩来之不易。${said}我们会把服务送到田间地头。”\n`;

    it('reads the first clause after 今年(报告)提出 as the year’s target', () => {
      for (const said of ['今年报告提出粮食播种面积稳定在41万亩以上，', '今年提出粮食播种面积稳定在41万亩以上，', '今年政府工作报告里明确粮食播种面积稳定在41万亩以上，']) {
        expect(targets(extract(remarks(said)))).toEqual(expect.arrayContaining([['grain_area', 2026, 'level', 'at_least', '41']]));
      }
    });

    it('refuses what a town proposes, and last year’s proposal', () => {
      for (const said of ['我们镇今年提出粮食播种面积稳定在4.1万亩以上，', '去年报告提出粮食播种面积稳定在40万亩以上，']) {
        expect(extract(remarks(said)).targets.some((t) => t.indicatorKey === 'grain_area')).toBe(false);
      }
    });
  });

  describe('how the targets a year missed are read', () => {
    const notice = (said: string) =>
      '青梧县人民政府办公室关于印发2026年目标任务分解方案的通知\n发布时间：2026-02-20\n\n　　' + said + '\n';

    it('reads figures named as unmet targets as no results of that year', () => {
      const result = extract(notice('2025年度目标任务中未完成的一般公共预算收入增长5%、社会消费品零售总额增长7%左右等指标，各牵头单位要分析原因。'));
      expect(outcomes(result)).toEqual([]);
    });

    it('keeps a result stated beside them in another sentence', () => {
      const result = extract(notice('2025年全县一般公共预算收入增长3.2%。未完成的社会消费品零售总额增长7%左右等指标，要分析原因。'));
      expect(outcomes(result)).toEqual([['budget_revenue', 2025, 'growth', '3.2']]);
    });
  });
});
