// Round 26 (rules26a): rules from retired eval21's plan reports, bulletins, work reports, PDF copies and traditional text,
// each named as a mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it
// must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 26 rules (rules26a)', () => {
  describe('the catalogue: 新增就业 without 城镇 is the county’s new urban jobs', () => {
    it('reads the jobs target and outcome named without 城镇', () => {
      const result = extract('关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年新增就业8600人以上。\n二、2026年主要预期目标\n——地区生产总值增长5.5%左右;\n——新增就业0.9万人;\n——城镇调查失业率控制在5.5%以内。\n');
      expect(targets(result)).toContainEqual(['new_urban_jobs', 2026, 'level', 'exact', '0.9']);
      expect(outcomes(result)).toContainEqual(['new_urban_jobs', 2025, 'level', '8600']);
    });

    it('does not read the rural labour moved into work as the urban jobs', () => {
      const result = extract('关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年农村劳动力转移就业1.3万人。\n');
      expect(outcomes(result).filter(([key]) => key === 'new_urban_jobs')).toEqual([]);
    });
  });

  describe('a goal restated by its setting and closed by 的目标, with no actual figure after it', () => {
    const review = (sentence: string) => extract(`关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年固定资产投资完成18亿元、下降3.1%;社会消费品零售总额增长4.2%。${sentence}\n`);

    it('is never an outcome, so the actual figure before it stands', () => {
      const result = outcomes(review('县人代会提出的社会消费品零售总额增长6%、固定资产投资增长4%的目标没有实现,其他指标完成较好。'));
      expect(result).toContainEqual(['retail_sales', 2025, 'growth', '4.2']);
      expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-3.1']);
      expect(result).not.toContainEqual(['retail_sales', 2025, 'growth', '6']);
      expect(result).not.toContainEqual(['fixed_asset_investment', 2025, 'growth', '4']);
    });

    it('is never an outcome when closed by the count of indicators missed', () => {
      const result = outcomes(review('年初提出的社会消费品零售总额增长6%、固定资产投资增长4%两项指标没有完成。'));
      expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-3.1']);
      expect(result).not.toContainEqual(['retail_sales', 2025, 'growth', '6']);
    });

    it('still reads a figure closed by 的目标 with no setting before it, and the actual after a restated goal', () => {
      expect(outcomes(review('全年城镇新增就业5200人,超额完成年度目标。'))).toContainEqual(['new_urban_jobs', 2025, 'level', '5200']);
      const result = outcomes(extract('2025年工作回顾\n年初确定的规模以上工业增加值增长8%的目标,全县实际完成6.9%。\n'));
      expect(result).toContainEqual(['industrial_value_added', 2025, 'growth', '6.9']);
      expect(result).not.toContainEqual(['industrial_value_added', 2025, 'growth', '8']);
    });
  });

  describe('the plan met in words before the estimate', () => {
    it('reads the estimate after "完成预期目标," as the year’s figures', () => {
      const result = outcomes(extract('关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年税收收入完成年度目标,预计完成12.4亿元、增长2.7%;规模以上工业增加值增长6.1%。\n'));
      expect(result).toContainEqual(['tax_revenue', 2025, 'level', '12.4']);
      expect(result).toContainEqual(['tax_revenue', 2025, 'growth', '2.7']);
    });

    it('does not read a figure after the plan met without 预计', () => {
      const result = outcomes(extract('关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年税收收入完成年度目标,全县财政运行平稳,投入民生资金8.2亿元。\n'));
      expect(result.filter(([key]) => key === 'tax_revenue')).toEqual([]);
    });
  });

  describe("a bulletin's definition note between the district's name and the indicator", () => {
    const bulletin = (line: string) => outcomes(extract(`青石县2025年国民经济和社会发展统计公报\n一、综合\n${line}\n`));

    it("reads through the note's commas to the district's name, and its jurisdiction (辖区)", () => {
      expect(bulletin('经初步核算,青石县(以下简称全县,含经济开发区)地区生产总值218.4亿元,比上年增长5.7%。')).toContainEqual(['gdp', 2025, 'growth', '5.7']);
      const result = bulletin('初步核算,青石县辖区(含高新区、物流园区,简称全县,下同)规模以上工业增加值比上年增长7.9%。');
      expect(result).toContainEqual(['industrial_value_added', 2025, 'growth', '7.9']);
      expect(bulletin('全年青石县辖区社会消费品零售总额96.2亿元,增长4.4%。')).toContainEqual(['retail_sales', 2025, 'level', '96.2']);
    });

    it("does not make another entity's figure the district's, nor the city's districts (市辖区) its own", () => {
      expect(bulletin('初步核算,云岭经济开发区(以下简称开发区,下同)地区生产总值61.3亿元,增长8.2%。')).toEqual([]);
      expect(bulletin('全年市辖区社会消费品零售总额412.6亿元,增长4.1%。')).toEqual([]);
    });
  });

  describe("a PDF page's head and foot: a running header with its page number, and an unnumbered note", () => {
    const pdf = (header: string, note: string) => [
      '石桥县人民政府工作报告',
      '一、2025年工作回顾',
      '过去一年,全县经济运行稳中有进,地区生产总值完成136.2亿元,增',
      '长5.4%;规模以上工业增加值增长7.1%;一般公共预算收入完成8.46亿',
      '元,增长3.3%;社会消费品零售总额增长4.6%。全年城镇新增就业',
      '', header, note, '',
      '3120人,城镇调查失业率控制在5.2%以内。居民人均可支配收入达到',
      '31260元,增长5.8%。全年粮食播种面积稳定在36.8万亩,产量创新高。',
      '二、2026年工作安排',
    ].join('\n');

    it('joins the sentence the page cut across both', () => {
      const result = outcomes(extract(pdf('石桥县人民政府工作报告                                    - 2 -', '注:城镇新增就业含县外务工转为城镇就业的人数。')));
      expect(result).toContainEqual(['new_urban_jobs', 2025, 'level', '3120']);
      const flipped = outcomes(extract(pdf('- 2 -                                    2026年石桥县政府工作报告', '')));
      expect(flipped).toContainEqual(['new_urban_jobs', 2025, 'level', '3120']);
    });

    it('keeps a note after a finished sentence, and a line whose label states a figure', () => {
      const lines = ['全县地区生产总值完成136.2亿元,增长5.4%。', '', '- 2 -', '注:规模以上工业增加值增长7.1%。'];
      expect(outcomes(extract(`2025年全县经济运行情况\n${lines.join('\n')}\n`))).toContainEqual(['industrial_value_added', 2025, 'growth', '7.1']);
      const row = outcomes(extract('2025年全县经济运行情况\n城镇新增就业3120人          - 2 -\n'));
      expect(row).toContainEqual(['new_urban_jobs', 2025, 'level', '3120']);
    });
  });

  describe('a price basis inside a value name', () => {
    it('reads 可比价/现价 between the sector and its 总产值 or 增加值 as that name', () => {
      const result = outcomes(extract('2025年工作回顾\n全年农林牧渔业现价总产值完成88.4亿元,增长2.6%;规模以上工业按可比价格增加值增长6.7%。\n'));
      expect(result).toContainEqual(['agri_output', 2025, 'level', '88.4']);
      expect(result).toContainEqual(['industrial_value_added', 2025, 'growth', '6.7']);
    });

    it('does not read another sector’s value with a price basis as the catalogue’s', () => {
      const result = outcomes(extract('2025年工作回顾\n全年建筑业可比价总产值完成31.2亿元,增长4.1%。\n'));
      expect(result).toEqual([]);
    });
  });

  describe("a table's unit column headed letter-spaced (单 位)", () => {
    it("reads the row's level in the unit that column gives", () => {
      const result = extract([
        '关于河阳县2025年计划执行情况与2026年计划草案的报告', '一、2025年计划执行情况', '全县经济运行总体平稳。', '附表 主要指标',
        '指 标 | 单  位 | 2025年计划 | 2025年预计完成 | 2026年目标 |',
        '城镇新增就业 | 万人 | 1.1 | 1.26 | 1.2 |',
        '城镇调查失业率 | % | 5.5以内 | 4.8 | 5.5以内 |',
        '二、2026年计划草案', '',
      ].join('\n'));
      expect(outcomes(result)).toContainEqual(['new_urban_jobs', 2025, 'level', '1.26']);
      expect(outcomes(result)).toContainEqual(['urban_unemployment_rate', 2025, 'level', '4.8']);
      expect(targets(result)).toContainEqual(['new_urban_jobs', 2026, 'level', 'exact', '1.2']);
      // Last year's plan column stays unread.
      expect(outcomes(result)).not.toContainEqual(['new_urban_jobs', 2025, 'level', '1.1']);
    });

    it('reads it with a mirror’s placeholders for the spaces (单????位)', () => {
      const result = extract([
        '关于河阳县2025年计划执行情况与2026年计划草案的报告', '一、2025年计划执行情况', '全县经济运行总体平稳。', '附表 主要指标',
        '| 指????标 | 单????位 | 2025年计划 | 2025年预计完成 | 2026年预期目标 |',
        '| 粮食产量 | 万吨 | 8.6 | 8.9 | 9以上 |',
        '二、2026年计划草案', '',
      ].join('\n'));
      expect(targets(result)).toContainEqual(['grain_output', 2026, 'level', 'at_least', '9']);
      expect(outcomes(result)).toContainEqual(['grain_output', 2025, 'level', '8.9']);
    });
  });

  describe('the review’s verb 稳定 before the name', () => {
    const report = (review: string, tasks: string) => extract(`青川县政府工作报告\n一、2025年工作回顾\n${review}\n二、2026年目标任务\n主要预期目标是:地区生产总值增长5.5%左右。\n重点抓好以下工作:\n${tasks}\n`);

    it('reads what the year held steady as its outcome', () => {
      const result = outcomes(report('——粮食生产再获丰收。稳定粮食播种面积48.6万亩,粮食总产量达到21.3万吨。', '推进乡村振兴。'));
      expect(result).toContainEqual(['grain_area', 2025, 'level', '48.6']);
    });

    it('does not make a task of the work plan a target', () => {
      const result = report('全年粮食总产量21.3万吨。', '(一)稳定粮食播种面积48万亩以上,建设高标准农田3万亩。');
      expect(targets(result).filter(([key]) => key === 'grain_area')).toEqual([]);
    });
  });
});
