// Rules of round 27 (rules27b: news, from retired eval22), each reduced to the few lines that carry it (constructed, names and
// figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order, indicator and
// figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 27 rules (rules27b)', () => {
  it('reads a sentence opening on 预计 after the look back as the estimate of the year reviewed', () => {
    const news =
      '青屿县第十七届人民代表大会第四次会议开幕\n\n1月9日上午,青屿县第十七届人民代表大会第四次会议开幕。县人民政府县长李某作《政府工作报告》。' +
      '报告共分三大部分:一、2025年工作回顾;二、2026年主要目标和重点工作;三、加强政府自身建设。\n\n' +
      '报告指出,2025年是青屿发展史上很不寻常的一年。一年来,全县上下攻坚克难,经济运行持续向好。预计全县一般公共预算收入完成9.46亿元,增长3.1%;城镇新增就业4260人。\n\n' +
      '报告提出,2026年全县经济社会发展的主要预期目标是:一般公共预算收入增长4%;城镇新增就业4000人以上。\n';
    const result = extract(news);
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2025, 'level', '9.46'],
        ['budget_revenue', 2025, 'growth', '3.1'],
        ['new_urban_jobs', 2025, 'level', '4260'],
      ]),
    );
    expect(targets(result).map((target) => target.slice(0, 3).join())).toEqual(['budget_revenue,2026,growth', 'new_urban_jobs,2026,level']);
  });

  it('keeps a sentence opening on 预计 that turns to the coming year or an aim out of the look back', () => {
    const news =
      '石岭区第三届人民代表大会第五次会议开幕\n\n1月8日,石岭区第三届人民代表大会第五次会议开幕。报告共分三大部分:一、2025年工作回顾;二、2026年主要目标和重点工作;三、加强政府自身建设。\n\n' +
      '报告指出,一年来,全区经济运行稳中有进。预计今年全区地区生产总值增长6%左右,力争城镇新增就业1.2万人。\n';
    // Neither the coming year's forecast nor the aim is last year's result.
    expect(outcomes(extract(news))).toEqual([]);
  });
});
