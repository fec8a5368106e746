// Round 25 (rules25a): rules from retired eval20's work reports, plan reports, bulletins, traditional text and web pages, each
// named as a mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { blankPartListings } from './contents-list';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const planReport = (table: string[]) =>
  `关于松岭县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n\n一、2025年计划执行情况\n\n主要指标完成情况见下表。\n\n${table.join('\n\n')}\n\n（一）农业生产稳定。全年粮食产量5.6万吨。\n`;

describe('round 25 rules (rules25a)', () => {
  describe('a table pasted one cell a paragraph', () => {
    it("reads rows whose trailing empty cells were dropped, each up to the next row's name", () => {
      const result = outcomes(extract(planReport([
        '指标名称', '预期目标', '实际完成', '备注',
        '1.规模以上工业增加值', '增长7%', '增长6.2%',
        '2.社会消费品零售总额', '增长5%', '增长5.8%', '64.3亿元',
        '3.实际使用外资', '2亿美元', '2.4亿美元',
        '4.城镇调查失业率', '5.5%以内', '4.9%',
      ])));
      expect(result).toContainEqual(['industrial_value_added', 2025, 'growth', '6.2']);
      expect(result).toContainEqual(['retail_sales', 2025, 'growth', '5.8']);
      expect(result).toContainEqual(['fdi', 2025, 'level', '2.4']);
      expect(result).toContainEqual(['urban_unemployment_rate', 2025, 'level', '4.9']);
      // The target column is last year's target, never its outcome.
      expect(result).not.toContainEqual(['retail_sales', 2025, 'growth', '5']);
      expect(result).not.toContainEqual(['fdi', 2025, 'level', '2']);
    });

    it("ends the last row before the prose after the table, which is read as prose", () => {
      const result = outcomes(extract(planReport(['指标名称', '预期目标', '实际完成', '备注', '1.出口总额', '增长4%', '增长4.6%', '2.实际使用外资', '1亿美元', '1.2亿美元', '全年工业投资增长9.2%，增速居全市第二。'])));
      expect(result).toContainEqual(['fdi', 2025, 'level', '1.2']);
      expect(result).toContainEqual(['industrial_investment', 2025, 'growth', '9.2']);
    });

    it("reads a name under the district's own level (区级, 县级) as the indicator's row", () => {
      const result = outcomes(extract(planReport(['指标名称', '预期目标', '实际完成', '1.县级一般公共预算收入', '增长3%', '增长3.7%', '2.出口总额', '增长4%', '增长2.1%'])));
      expect(result).toContainEqual(['budget_revenue', 2025, 'growth', '3.7']);
      expect(result).not.toContainEqual(['budget_revenue', 2025, 'growth', '3']);
      expect(result).toContainEqual(['exports', 2025, 'growth', '2.1']);
    });

    it("reads a remark column's bare level figure as the row's level, where the result is a change", () => {
      const result = outcomes(extract(planReport([
        '指标名称', '预期目标', '实际完成', '备注',
        '1.地区生产总值', '增长6%左右', '增长5.4%', '312.8亿元',
        '2.实际使用外资', '1.5亿美元', '1.62亿美元', '完成108%',
        '3.出口总额', '增长5%', '增长8.1%',
      ])));
      expect(result).toContainEqual(['gdp', 2025, 'level', '312.8']);
      expect(result).toContainEqual(['gdp', 2025, 'growth', '5.4']);
      // A remark in words reads as nothing; a level result takes no second level from its remark.
      expect(result.filter((row) => row[0] === 'fdi')).toEqual([['fdi', 2025, 'level', '1.62']]);
      expect(result).toContainEqual(['exports', 2025, 'growth', '8.1']);
    });
  });

  describe("a report's outline at its head", () => {
    const report = (outline: string) =>
      `松岭县政府工作报告\n\n${outline}\n\n松岭县政府工作报告\n\n各位代表:\n\n一、2024年工作回顾\n\n全县地区生产总值完成412.5亿元。城镇新增就业8200人。\n\n二、2025年主要任务\n\n今年的主要预期目标是:地区生产总值增长6%左右;城镇新增就业8000人以上。\n`;

    it('is no review and no plan, whatever its head word and however its entries are spaced', () => {
      for (const outline of ['提纲:\n\n一、2024年工作回顾\n\n二、2025年主要任务\n\n  (一)做强特色产业\n\n  (二)办好民生实事\n\n三、加强政府自身建设', '目 录\n\n一、2024年工作回顾\n\n二、2025年主要任务\n三、加强政府自身建设']) {
        const result = extract(report(outline));
        expect(outcomes(result)).toContainEqual(['new_urban_jobs', 2024, 'level', '8200']);
        expect(targets(result)).toContainEqual(['new_urban_jobs', 2025, 'level', 'at_least', '8000']);
        expect(targets(result)).not.toContainEqual(['new_urban_jobs', 2025, 'level', 'exact', '8200']);
      }
    });

    it("ends at the body's first heading, a part's number met again", () => {
      const body = '目录\n\n一、2024年工作回顾\n\n二、2025年主要任务\n\n一、2024年工作回顾\n\n城镇新增就业8200人。\n\n二、2025年主要任务\n\n城镇新增就业8000人以上。\n';
      expect(outcomes(extract(body))).toEqual([['new_urban_jobs', 2024, 'level', '8200']]);
      expect(targets(extract(body))).toEqual([['new_urban_jobs', 2025, 'level', 'at_least', '8000']]);
      // The body's own first heading stays, to open the review.
      expect(blankPartListings(body).split('\n').filter((line) => line.trim() !== '')[0]).toBe('一、2024年工作回顾');
    });
  });

  describe('a headless outline: part headings one after another, the first written again after them', () => {
    const report = (outline: string) =>
      `${outline}\n2025年松岭县政府工作报告\n各位代表:\n一、2024年工作回顾\n全县城镇新增就业8200人,粮食总产量达到21.3万吨。\n二、2025年目标任务\n主要预期目标是:城镇新增就业8000人以上。\n`;

    it('is no plan: the review is read from the body', () => {
      for (const outline of ['一、2024年工作回顾\n二、2025年目标任务\n(一)抓项目稳投资\n(二)办好民生实事\n三、政府自身建设', '一、2024年工作回顾\n\n二、2025年目标任务']) {
        const result = extract(report(outline));
        expect(outcomes(result)).toContainEqual(['new_urban_jobs', 2024, 'level', '8200']);
        expect(outcomes(result)).toContainEqual(['grain_output', 2024, 'level', '21.3']);
        expect(targets(result)).toEqual([['new_urban_jobs', 2025, 'level', 'at_least', '8000']]);
      }
    });

    it('leaves headings written once, and a single part heading, as they stand', () => {
      const body = '一、过去一年工作回顾\n二、今年目标任务\n城镇新增就业8000人以上。\n';
      expect(blankPartListings(body)).toBe(body);
      const once = '各位代表:\n一、过去一年工作回顾\n城镇新增就业8200人。\n一、过去一年工作回顾\n';
      expect(blankPartListings(once)).toBe(once);
    });
  });

  describe("a news item's words of time and commitment before a name", () => {
    const story = (sentence: string) => `柘川县人大会议今日开幕。县长作政府工作报告时表示,今年(2026年)柘川预期地区生产总值增长5.5%左右。\n${sentence}\n`;

    it('reads a relative year glossed by its number in brackets as the word of time', () => {
      const result = outcomes(extract(story('报告指出,去年(2025年)全县一般公共预算收入完成12.4亿元,增长3.3%;城镇新增就业5100人。')));
      expect(result).toContainEqual(['budget_revenue', 2025, 'level', '12.4']);
      expect(result).toContainEqual(['budget_revenue', 2025, 'growth', '3.3']);
      // Another year's bracket, or another entity after it, is no lead-in of the district's figure.
      expect(outcomes(extract(story('报告指出,去年(2025年)全省一般公共预算收入完成1240亿元。')))).toEqual([]);
    });

    it("reads the report's 要 before 确保 as the speaker's commitment", () => {
      expect(targets(extract(story('他还提到,要确保粮食播种面积稳定在26.4万亩以上,全力推进重点项目。')))).toContainEqual(['grain_area', 2026, 'level', 'at_least', '26.4']);
      // 要 before anything else is a task's verb.
      expect(targets(extract(story('他还提到,要抓好粮食播种面积稳定在26.4万亩以上。')))).not.toContainEqual(['grain_area', 2026, 'level', 'at_least', '26.4']);
    });
  });

  describe("last year's goals restated in a list under one 的目标, then their actual figures", () => {
    const review = (sentence: string) => `2026年柘川县政府工作报告\n一、2025年工作回顾\n${sentence}\n二、2026年工作安排\n`;

    it('gives each goal its actual figure in the order listed', () => {
      const result = outcomes(extract(review('应当看到,去年我们确定的固定资产投资增长9%、社会消费品零售总额增长7%以上、出口总额增长5%的目标,实际完成6.1%、7.4%和2.8%。')));
      expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '6.1']);
      expect(result).toContainEqual(['retail_sales', 2025, 'growth', '7.4']);
      expect(result).toContainEqual(['exports', 2025, 'growth', '2.8']);
      expect(result).not.toContainEqual(['exports', 2025, 'growth', '6.1']);
    });

    it('reads a single goal as before, and proposes nothing where the figures are fewer than the goals', () => {
      expect(outcomes(extract(review('去年年初确定的出口总额增长5%的目标,全县实际完成3.9%。')))).toContainEqual(['exports', 2025, 'growth', '3.9']);
      const short = outcomes(extract(review('去年我们确定的固定资产投资增长9%、出口总额增长5%的目标,实际完成6.1%。')));
      expect(short.filter((row) => row[3] === '6.1')).toEqual([]);
    });
  });

  describe('确保 over a list of figures joined by 、', () => {
    const plan = (task: string) =>
      `2026年柘川县政府工作报告\n二、2026年工作安排\n今年主要预期目标是:地区生产总值增长6%左右;固定资产投资增长7%;社会消费品零售总额增长6%;一般公共预算收入增长4%。\n(三)稳住农业基本盘。${task}\n`;

    it('commits each listed figure, as the first', () => {
      const result = targets(extract(plan('确保粮食播种面积稳定在18.2万亩以上、粮食产量7.6万吨以上,新建高标准农田2万亩。')));
      expect(result).toContainEqual(['grain_area', 2026, 'level', 'at_least', '18.2']);
      expect(result).toContainEqual(['grain_output', 2026, 'level', 'at_least', '7.6']);
    });

    it('leaves a list after 力争, and a task clause after the commitment, as tasks', () => {
      expect(targets(extract(plan('力争粮食播种面积稳定在18.2万亩以上、粮食产量7.6万吨以上。'))).filter((row) => row[0] === 'grain_output')).toEqual([]);
      expect(targets(extract(plan('确保粮食播种面积稳定在18.2万亩以上;粮食产量7.6万吨以上。'))).filter((row) => row[0] === 'grain_output')).toEqual([]);
      // Round 28 (rules28a): a name that is the first one's tail (总产量 after 粮食播种面积) is committed with it (bound-list.ts; round28-a/c tests).
      expect(targets(extract(plan('要持续推进高标准农田建设,确保粮食播种面积稳定在18.2万亩以上、总产量稳定在7.6万吨以上。')))).toContainEqual(['grain_output', 2026, 'level', 'at_least', '7.6']);
    });
  });

  describe("a higher level's basis in brackets after a name", () => {
    it("reads 州口径, 市口径, 地区口径 as another place's figure, the district's own figure as before", () => {
      const review = (sentence: string) => `2026年柘川县政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.1%。${sentence}\n二、2026年工作安排\n`;
      expect(outcomes(extract(review('居民消费价格指数(市口径)上涨0.4%。'))).filter((row) => row[0] === 'cpi')).toEqual([]);
      expect(outcomes(extract(review('居民消费价格指数(州口径)上涨0.4%。'))).filter((row) => row[0] === 'cpi')).toEqual([]);
      expect(outcomes(extract(review('居民消费价格(地区口径)同比上涨0.4%。'))).filter((row) => row[0] === 'cpi')).toEqual([]);
      expect(outcomes(extract(review('居民消费价格指数上涨0.4%。')))).toContainEqual(['cpi', 2025, 'growth', '0.4']);
    });
  });

  describe('a task paragraph cut short by an ellipsis', () => {
    const plan = (task: string) =>
      `2026年柘川县政府工作报告\n二、2026年工作安排\n今年主要预期目标是:地区生产总值增长6%左右;固定资产投资增长7%;社会消费品零售总额增长6%;一般公共预算收入增长4%。\n重点抓好以下五个方面工作:\n(二)扩大有效投资。${task}\n`;

    it('is prose of the work plan: its figures are tasks', () => {
      expect(targets(extract(plan('全年实施重点项目80个,工业投资增长12%以上……'))).filter((row) => row[0] === 'industrial_investment')).toEqual([]);
      // A commitment stays a target there.
      expect(targets(extract(plan('确保工业投资增长12%以上……')))).toContainEqual(['industrial_investment', 2026, 'growth', 'at_least', '12']);
    });
  });

  describe('the investment above the statistical threshold', () => {
    it('reads 规模以上固定资产投资 and 规上固定资产投资 as the fixed-asset investment, never the industry value added', () => {
      const review = (sentence: string) => `2026年柘川县政府工作报告\n一、2025年工作回顾\n${sentence}\n二、2026年工作安排\n`;
      for (const name of ['规模以上固定资产投资', '规上固定资产投资']) {
        const result = outcomes(extract(review(`全县地区生产总值增长5.1%,${name}增长9.6%。`)));
        expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '9.6']);
        expect(result.filter((row) => row[0] === 'industrial_value_added')).toEqual([]);
      }
    });
  });
});
