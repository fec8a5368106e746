// Rules of round 20 (rules20c: PDF copies and text without punctuation from retired eval15), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { columnWrapGaps } from './column-wraps';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 20 rules (rules20c)', () => {
  it('reads a newspaper column\'s line ends (spaces inside words of a punctuated paragraph) as no break', () => {
    const text =
      '一、2025年工作回顾 过去一年，全县上下砥砺前行。全县一般公共预算收入完成12.36亿元、同比增 长4.2%；社会消费品零售总额 达到98.5亿元，增长6.1%；' +
      '农村居民人均可支配收 入21870元，增长7.3%。\n' +
      '二、2026年工作安排 全县经济社会发展主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业 率控制在5.5%以内，粮食总 产量稳定在9.2亿斤以上。\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ['grain_output', 2026, 'level', 'at_least', '9.2'],
    ]);
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['budget_revenue', 2025, 'growth', '4.2'],
      ['retail_sales', 2025, 'level', '98.5'],
      ['rural_income', 2025, 'level', '21870'],
    ]));
    // The quote keeps the space.
    expect(result.outcomes.find((o) => o.indicatorKey === 'rural_income')!.quote).toContain('可支配收 入21870元');
    // A line end between a character and the figure it leads to is one too.
    expect(columnWrapGaps('全年新开工项目42个，完成投资 56.2亿元，增长8%；竣工31个。')).toEqual([15]);
  });

  it('keeps spaces that part clauses: a text without punctuation, a run-in heading, a space after a figure or a mark', () => {
    // A transcript's spaces stand for its marks (fewer than two marks for each space).
    expect(columnWrapGaps('今年全县地区生产总值增长百分之六 城镇新增就业三千人 粮食产量稳定在九亿斤，全年完成目标。')).toEqual([]);
    // A run-in heading before the line's first clause mark.
    expect(columnWrapGaps('农业生产 全年粮食总产量达到9.1亿斤，比上年增长1.2%；油料产量增长3%；蔬菜产量增长2%。')).toEqual([]);
    // A space after a figure, after a mark, and a table's run of spaces.
    expect(columnWrapGaps('地区生产总值增长6% 规上工业增加值增长7%，投资增长8%； 消费增长5%，出口  增长4%。')).toEqual([]);
    // A paragraph with too few marks to tell.
    expect(columnWrapGaps('城镇新增就业 人 6500 6712')).toEqual([]);
  });
});
