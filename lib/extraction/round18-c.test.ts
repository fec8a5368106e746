// Rules of round 18 (rules18c: plan reports, PDF copies, bulletins and work reports from retired eval13), each reduced
// to the few lines that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the
// variants differ from the corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 18 rules (rules18c)', () => {
  it('heads the plan with a bracketed draft ("二、2026年计划（草案）") as with 计划草案', () => {
    const review = '一、2024年计划执行情况\n全区一般公共预算收入完成3.12亿元，同比增长5.6%。\n';
    // A table of one cell a line follows the targets' sentence (its year cells would otherwise decide the part).
    const table = '表1 主要指标\n指标\n单位\n2024年\n完成\n2025年\n目标\n一般公共预算收入增速\n%\n5.6\n6\n';
    for (const heading of ['二、2025年计划（草案）', '三、2025年计划(草案)']) {
      const result = extract(review + heading + '\n建议主要目标为：一般公共预算收入增长6%；城镇新增就业2000人以上。\n' + table);
      expect(targets(result)).toEqual([
        ['budget_revenue', 2025, 'growth', 'exact', '6'],
        ['new_urban_jobs', 2025, 'level', 'at_least', '2000'],
      ]);
      expect(outcomes(result)).toEqual([
        ['budget_revenue', 2024, 'level', '3.12'],
        ['budget_revenue', 2024, 'growth', '5.6'],
      ]);
    }
    // A bracket after anything else (计划（执行）) heads no plan: the figures stay last year's.
    const other = extract(review + '二、2025年计划（执行）\n城镇新增就业2000人以上。\n' + table);
    expect(targets(other).filter(([key]) => key === 'new_urban_jobs')).toEqual([]);
  });

  it('reads the rate after a bracketed plan figure that follows a level ("…亿元（计划增长6%），同比增长7%")', () => {
    const plan = '\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n';
    const review = '一、2024年工作回顾\n全县实现社会消费品零售总额31.6亿元（年度计划增长7%），同比增长8.2%；城镇居民人均可支配收入39120元(计划8%),增长6.4%。\n';
    expect(outcomes(extract(review + plan))).toEqual([
      ['retail_sales', 2024, 'level', '31.6'],
      ['retail_sales', 2024, 'growth', '8.2'],
      ['urban_income', 2024, 'level', '39120'],
      ['urban_income', 2024, 'growth', '6.4'],
    ]);
    // The bracketed plan itself is never the year's rate, and a bracket of anything else still ends the level.
    const alone = outcomes(extract('一、2024年工作回顾\n全县实现社会消费品零售总额31.6亿元（计划增长7%）。\n' + plan));
    expect(alone).toEqual([['retail_sales', 2024, 'level', '31.6']]);
  });

  it('finds a PDF note marker glued to a name before its verb, and drops a note that only defines the name', () => {
    const plan = '二、2025年计划草案\n（一）主要预期目标\n地区生产总值增长5%左右。\n';
    const page =
      '一、2024年计划执行情况\n全县规模以上工业增加值1同比增长6.3%；一般公共预算收入2完成9.14亿元，同比\n增长2.6%，其中税收收入6.02亿元。\n' +
      '1  规模以上工业统计范围为年主营业务收入2000万元以上的企业。\n2  一般公共预算收入即地方级收入，下同。\n7\n';
    const result = extract(page + plan);
    // The definition's 2000万元 is no figure of the year; the marker's digit is no part of the rate.
    expect(outcomes(result)).toEqual([
      ['industrial_value_added', 2024, 'growth', '6.3'],
      ['budget_revenue', 2024, 'level', '9.14'],
      ['budget_revenue', 2024, 'growth', '2.6'],
      ['tax_revenue', 2024, 'level', '6.02'],
    ]);
    expect(result.flags.filter((flag) => flag.code === 'garbled_figure')).toEqual([]);
    // A note that states a rate is still read at its marker (round 13), the name's marker too.
    const rate = extract('一、2024年计划执行情况\n全县一般公共预算收入1完成9.14亿元，增长2.6%。\n1  同口径增长5.1%。\n7\n' + plan);
    expect(outcomes(rate).filter(([key]) => key === 'budget_revenue').map(([, , , value]) => value)).toEqual(['9.14', '2.6', '5.1']);
  });

  it('starts a new item at a bullet in a column of a two-column page, never joining it to the item above', () => {
    const width = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
    const left = ['本报讯 1月8日上午，青禾区第五届人民', '代表大会第三次会议开幕。区长作政府', '工作报告。报告指出，2024年全区地区', '生产总值完成215.4亿元，增长5.2%；', '一般公共预算收入9.8亿元，增长3.6%；', '城镇新增就业4120人，粮食总产量达到'];
    const right = ['【今年主要预期目标】', '◆地区生产总值增长5.5%左右', '◆城镇居民收入与经济增长同步', '◆城镇新增就业4000人以上', '◆一般公共预算收入增长4%', '◆完成市下达的节能降耗任务'];
    const page = left.map((line, index) => line + ' '.repeat(40 - width(line)) + right[index]!).join('\n');
    const result = extract('青禾日报  2025年1月9日  要闻\n\n' + page + '\n8.3亿斤。\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '4000'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
    ]);
    // The left column's clause cut at its edge still runs on to the line after the block.
    expect(outcomes(result).at(-1)).toEqual(['grain_output', 2024, 'level', '8.3']);
  });

  it('reads a box-drawing table: its │ as bars, its ┌─┬─┐ rules as no line of the table', () => {
    const table =
      '附表 主要指标\n┌────────┬────┬────┬────┐\n│指标    │单位│2025年预计│2026年目标│\n├────────┼────┼────┼────┤\n' +
      '│城镇新增就业│人  │6420 │6000以上│\n│粮食总产量│万吨│41.2 │40以上│\n└────────┴────┴────┴────┘\n';
    const result = extract('二、2026年主要预期目标\n' + table);
    expect(targets(result)).toEqual([
      ['new_urban_jobs', 2026, 'level', 'at_least', '6000'],
      ['grain_output', 2026, 'level', 'at_least', '40'],
    ]);
    // A plain drawn line framing a heading ("━━━━") is no table rule: the heading between two stays a heading.
    const framed = extract('━━━━━━━━\n2026年主要预期目标\n━━━━━━━━\n城镇新增就业6000人以上。\n');
    expect(targets(framed)).toEqual([['new_urban_jobs', 2026, 'level', 'at_least', '6000']]);
  });
});
