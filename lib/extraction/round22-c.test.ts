// Rules of round 22 (rules22c: PDF copies and text without punctuation from retired eval17), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 22 rules (rules22c)', () => {
  it('reads a poster\'s boxes read across by OCR (two names on a line, their figures side by side under them) box by box', () => {
    const poster =
      '图解 青川县2026年政府工作报告\n县融媒体中心\n2025年亮点回顾\n' +
      '社会消费品零售总额 一般公共预算收入\n86.2亿元 增长4.9%\n增长7.3%\n' +
      '粮食总产量 城镇新增就业\n增长1.2% 5120人\n12.4万吨\n' +
      '农村居民人均可支配收入 城镇居民人均可支配收入\n21450元 增长6.6% 45830元 增长4.8%\n' +
      '2026年主要预期目标\n' +
      '固定资产投资 地区生产总值\n增长7%以上 增长5.5%左右\n' +
      '城镇登记失业率 居民人均可支配收入\n4%以内 与经济增长同步\n' +
      '单位地区生产总值能耗 城镇新增就业\n完成省下达任务 5000人以上\n' +
      '2026年重点工作\n新建高标准农田2万亩\n';
    const result = extract(poster);
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '7'],
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '4'],
      ['resident_income', 2026, 'growth', 'relative', null],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
      ['new_urban_jobs', 2026, 'level', 'at_least', '5000'],
    ]));
    expect(targets(result)).toHaveLength(6);
    // A lone cell on a box's second line goes to the box that lacks its measure: 增长7.3% to the revenue, 12.4万吨 to the grain.
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['retail_sales', 2025, 'level', '86.2'],
      ['budget_revenue', 2025, 'growth', '4.9'],
      ['retail_sales', 2025, 'growth', '7.3'],
      ['grain_output', 2025, 'growth', '1.2'],
      ['grain_output', 2025, 'level', '12.4'],
      ['new_urban_jobs', 2025, 'level', '5120'],
      ['rural_income', 2025, 'level', '21450'],
      ['rural_income', 2025, 'growth', '6.6'],
      ['urban_income', 2025, 'level', '45830'],
      ['urban_income', 2025, 'growth', '4.8'],
    ]));
    expect(outcomes(result)).toHaveLength(10);
  });

  it('gives a lone cell to no box when both or neither lack its measure, and reads no row whose names line holds a figure', () => {
    // Both boxes already hold a growth: the lone 增长3.0% is neither's.
    const ambiguous = extract('2026年某区政府工作报告\n2025年回顾\n地区生产总值 固定资产投资\n增长5.1% 增长3.9%\n增长3.0%\n2026年主要预期目标\n地区生产总值增长5%左右\n');
    expect(outcomes(ambiguous).filter((o) => o[3] === '3')).toEqual([]);
    expect(outcomes(ambiguous)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '5.1'], ['fixed_asset_investment', 2025, 'growth', '3.9']]));
    // Prose with a space after its name ("地区生产总值 增长5%左右") is no row of names: read as prose.
    const prose = extract('2026年某县政府工作报告\n2026年主要预期目标\n地区生产总值 增长5%左右 固定资产投资 增长6%\n');
    expect(targets(prose)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '5']]));
    // Three cells under two boxes cannot be shared out: the line gives no box a figure.
    const uneven = extract('2026年某区政府工作报告\n2025年回顾\n粮食总产量 城镇新增就业\n12.4万吨 增长1.2% 5120人\n2026年主要预期目标\n地区生产总值增长5%左右\n');
    expect(outcomes(uneven).filter((o) => o[0] === 'grain_output' || o[0] === 'new_urban_jobs')).toEqual([]);
  });
});
