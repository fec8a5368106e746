// Round 27 (rules27a): rules from retired eval22's bulletins, plan reports and work reports, each named as a mechanism and
// held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 27 rules (rules27a)', () => {
  describe('a bulletin pasted without its title is known by its chapter headings', () => {
    const body = (opening: string, chapters: string) =>
      `${opening}\n${chapters}`;
    const chapters = '一、综  合\n全年全县地区生产总值215.6亿元,比上年增长6.1%。\n二、农  业\n全年粮食总产量9.32万吨,增长2.4%。\n三、国内贸易\n全年社会消费品零售总额61.8亿元,比上年增长5.2%。\n四、居民收入\n全年农村居民人均可支配收入18950元,增长7.0%。\n';

    it('reads its year from the preamble and its figures as that year’s outcomes', () => {
      const result = extract(body('2025年,全县上下聚焦高质量发展,经济运行总体平稳。', chapters));
      expect(result.reportYear).toBe(2026);
      expect(outcomes(result)).toContainEqual(['gdp', 2025, 'level', '215.6']);
      expect(outcomes(result)).toContainEqual(['retail_sales', 2025, 'growth', '5.2']);
      expect(outcomes(result)).toContainEqual(['rural_income', 2025, 'level', '18950']);
    });

    it('takes the year from the first chapter when the preamble has none, passing a span of years and a date', () => {
      const result = extract(body('发布日期:2026年3月12日\n图1 2021-2025年全县地区生产总值', chapters.replace('全年全县地区生产总值', '2025年全县地区生产总值')));
      expect(result.reportYear).toBe(2026);
    });

    it('refuses a work report whose parts have long titles, and chapters that do not open on 综合', () => {
      const report = extract('2025年,全县上下团结奋斗。\n一、综合施策稳增长\n全年地区生产总值增长6%。\n二、农业农村\n粮食总产量9.3万吨。\n三、工业经济\n规上工业增加值增长8%。\n');
      expect(report.reportYear).toBeNull();
      expect(extract(body('2025年,全县经济平稳。', chapters.replace('一、综  合', '一、概  况'))).reportYear).toBeNull();
    });

    it('refuses two chapter headings only', () => {
      expect(extract('2025年,全县经济平稳。\n一、综合\n全年地区生产总值增长6.1%。\n二、农业\n粮食总产量9.32万吨。\n').reportYear).toBeNull();
    });
  });

  describe('按不变价计算 is a rate’s constant-price basis, as 按可比价计算 is', () => {
    const bulletin = (sentence: string) => extract(`2025年柳川县国民经济和社会发展统计公报\n${sentence}\n`);

    it('reads the rate after the basis with and without brackets', () => {
      expect(outcomes(bulletin('全年全县地区生产总值308.4亿元,按不变价计算,比上年增长5.7%。'))).toContainEqual(['gdp', 2025, 'growth', '5.7']);
      expect(outcomes(bulletin('全年规模以上工业增加值增长(按不变价计算)9.2%。'))).toContainEqual(['industrial_value_added', 2025, 'growth', '9.2']);
    });

    it('still refuses a rate after a comma that is no basis', () => {
      expect(outcomes(bulletin('全年全县地区生产总值308.4亿元,工业投资增长5.7%。'))).not.toContainEqual(['gdp', 2025, 'growth', '5.7']);
    });
  });
  describe('a table pasted one cell a paragraph: an empty cell as one more blank line, and group headings across it', () => {
    const plan = (table: string) => extract(`关于柳川县2025年计划执行情况与2026年计划草案的报告\n\n2025年主要指标完成情况如下:\n\n${table}\n\n二、2026年计划安排\n`);
    const rows = [
      ['指标名称', '预期目标', '实际完成', '备注'],
      ['一、经济运行', '', '', ''],
      ['1.社会消费品零售总额', '增长7%', '增长5.4%', '96.3亿元'],
      ['2.固定资产投资', '增长9%', '下降2.2%', ''],
      ['二、民生改善', '', '', ''],
      ['3.城镇新增就业', '4200人', '4655人', ''],
    ];
    const single = (table: string[][]) => table.map((row) => {
      const filled = row.filter((cell) => cell !== '');
      return filled.join('\n\n') + '\n'.repeat(row.length - filled.length);
    }).join('\n\n');

    it('reads each result cell, past the group headings, when an empty cell is one blank line', () => {
      const result = outcomes(plan(single(rows)));
      expect(result).toContainEqual(['retail_sales', 2025, 'growth', '5.4']);
      expect(result).toContainEqual(['retail_sales', 2025, 'level', '96.3']);
      expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-2.2']);
      expect(result).toContainEqual(['new_urban_jobs', 2025, 'level', '4655']);
      expect(result).not.toContainEqual(['retail_sales', 2025, 'growth', '7']);
      expect(result).not.toContainEqual(['new_urban_jobs', 2025, 'level', '4200']);
    });

    it('never reads a target cell as the result', () => {
      const result = outcomes(plan(single(rows.slice(0, 4))));
      expect(result).not.toContainEqual(['fixed_asset_investment', 2025, 'growth', '9']);
      expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-2.2']);
    });

    it('still reads a table whose empty cells are a pair of blank lines each, and stops at a heading row with figures', () => {
      const paired = rows.map((row) => row.join('\n\n')).join('\n\n');
      const result = outcomes(plan(paired));
      expect(result).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-2.2']);
      expect(result).toContainEqual(['new_urban_jobs', 2025, 'level', '4655']);
      const headed = single([...rows.slice(0, 3), ['二、投资增长', '增长9%', '下降2.2%', ''], ['3.城镇新增就业', '4200人', '4655人', '']]);
      expect(outcomes(plan(headed))).not.toContainEqual(['new_urban_jobs', 2025, 'level', '4655']);
    });
  });
  describe('the later items of a 其中 list drop 收入 as its first does', () => {
    const review = (sentence: string) => outcomes(extract(`关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n${sentence}\n`));

    it('reads the second income and the second revenue after their 其中', () => {
      const incomes = review('居民人均可支配收入35120元,增长5.6%,其中农村常住居民19860元、增长7.1%,城镇常住居民45530元、增长4.9%。');
      expect(incomes).toContainEqual(['rural_income', 2025, 'level', '19860']);
      expect(incomes).toContainEqual(['urban_income', 2025, 'level', '45530']);
      expect(incomes).toContainEqual(['urban_income', 2025, 'growth', '4.9']);
    });

    it('never reads a short name without 其中 before it in its clause, nor past a full stop', () => {
      expect(review('城镇常住居民45530元。').filter(([key]) => key === 'urban_income')).toEqual([]);
      expect(review('其中工业投资增长9%。城镇常住居民45530元。').filter(([key]) => key === 'urban_income')).toEqual([]);
    });
  });
  describe('即 restates the figure before it as its change', () => {
    const bulletin = (sentence: string) => outcomes(extract(`2025年柳川县国民经济和社会发展统计公报\n${sentence}\n`));

    it('reads the price index’s change after 即, and a level’s', () => {
      expect(bulletin('全年居民消费价格指数为99.6,即比上年下降0.4%。')).toContainEqual(['cpi', 2025, 'growth', '-0.4']);
      expect(bulletin('全年社会消费品零售总额84.1亿元,即增长4.4%。')).toContainEqual(['retail_sales', 2025, 'growth', '4.4']);
    });

    it('never reads the index itself as the change, nor 即 before another name', () => {
      expect(bulletin('全年居民消费价格指数为99.6,即比上年下降0.4%。')).not.toContainEqual(['cpi', 2025, 'growth', '99.6']);
      expect(bulletin('全年社会消费品零售总额84.1亿元,即网上零售额增长9.4%。')).not.toContainEqual(['retail_sales', 2025, 'growth', '9.4']);
    });
  });
  describe('a sentence that sends the reader to a table states no target', () => {
    const plan = (sentence: string) => targets(extract(`关于柳川县2025年计划执行情况与2026年计划草案的报告\n二、2026年主要预期目标\n建议2026年主要预期目标为:地区生产总值增长6%左右。${sentence}\n`));

    it('reads no wording from 目标见附表 or 详见表2', () => {
      expect(plan('实际使用外资和外贸出口目标见附表。').filter(([key]) => key === 'fdi' || key === 'exports')).toEqual([]);
      expect(plan('社会消费品零售总额指标详见表2。').filter(([key]) => key === 'retail_sales')).toEqual([]);
    });

    it('still reads a wording that keeps to the indicator', () => {
      expect(plan('外贸出口保持稳定。')).toContainEqual(['exports', 2026, 'growth', 'qualitative', null]);
    });
  });
});
