// Rules of round 9 (session news), each reduced to the few lines that carry it (constructed, names and
// figures invented), from structures read in published county and district session news before the
// outside batch n9-* was scored.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

const SESSION = '2026年1月9日 平川区第五届人民代表大会第四次会议开幕\n';

describe('round 9 rules', () => {
  it('opens the plan at a topic naming this year, a speaker and figures', () => {
    for (const line of ['关于2026年工作,区长说,全区地区生产总值增长6%左右,一般公共预算收入增长5%。', '谈及今年的发展目标,区长表示,全区地区生产总值预期增长6%左右,一般公共预算收入增长5%。']) {
      expect(targets(extract(SESSION + line))).toEqual([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['budget_revenue', 2026, 'growth', 'exact', '5'],
      ]);
    }
    // Without figures it opens nothing.
    expect(extract(`${SESSION}关于2026年工作,区长说,要坚持稳中求进。去年全区地区生产总值增长5.2%。`).targets).toEqual([]);
  });

  it('opens the plan at 展望未来 followed by figures, not at a five-year horizon', () => {
    const result = extract('观点深一度\n2025年,全年地区生产总值增长5.4%。\n展望未来,政府工作报告释放稳增长积极信号:地区生产总值增长5.5%左右、全体居民人均可支配收入增长6%左右……\n2026年1月20日');
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['resident_income', 2026, 'growth', 'about', '6'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2025, 'growth', '5.4']]);
    expect(extract(`${SESSION}过去一年,全区地区生产总值增长5.2%。展望未来五年,全区地区生产总值年均增长6%。`).targets).toEqual([]);
  });

  it('opens the plan at a sentence naming an indicator and its target, not at last year’s restated one', () => {
    const result = extract('【两会快讯】梅江县人代会开幕\n2026年1月8日\nGDP增长目标定在6%左右,社零总额增长7%。这是记者从今天开幕的县十届人大六次会议上获悉的。\n去年,全县GDP达到188.6亿元,增长5.3%。');
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['retail_sales', 2026, 'growth', 'exact', '7'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '188.6'],
      ['gdp', 2025, 'growth', '5.3'],
    ]);
  });

  it('takes no plan from a deputy speaking for a town', () => {
    const result = extract(`${SESSION.replace('平川区', '梅江县')}来自城关镇的代表陈红说:“去年我们镇实现地区生产总值32亿元,增长8%,今年我们镇的目标是增长9%。”\n县长在接受采访时说,今年我们定下了地区生产总值增长6%左右的目标。`);
    expect(targets(result)).toEqual([['gdp', 2026, 'growth', 'about', '6']]);
  });

  it('reads 粮食总产 as grain output', () => {
    expect(outcomes(extract(`${SESSION}过去一年,全区粮食总产达到11.2万吨。`))).toEqual([['grain_output', 2025, 'level', '11.2']]);
  });

  it('dates a deputies’ discussion by the year whose targets the report sets', () => {
    const result = extract('德兴新闻网讯 县十七届人大三次会议期间,代表热议政府工作报告,认为报告提出了2026年的发展目标贴近实际。\n“预计全年实现地区生产总值300亿元,增长5.9%……”审议现场气氛热烈。');
    expect(result.reportYear).toBe(2026);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '300'],
      ['gdp', 2025, 'growth', '5.9'],
    ]);
  });

  it('finds the district in a headline after a year and a comma or an exclamation, and after a reporter’s 从', () => {
    expect(findDistrict('划重点!2026年,岭南区这样干\n地区生产总值增长6%')).toBe('岭南区');
    expect(findDistrict('速览!岭南区政府工作报告里的这些数字\n增长')).toBe('岭南区');
    expect(findDistrict('新华网 2026-01-10 记者从岭南县第十八届人民代表大会第五次会议获悉')).toBe('岭南县');
  });
});

describe('round 9 rules from the outside batch n9', () => {
  it('opens the plan at what a session decides for a named year', () => {
    const result = extract('锦川区2026年经济增长目标定为5.5%左右\n\n1月13日,锦川区第三届人民代表大会第六次会议开幕。报告显示,去年全区规模以上工业增加值增长7.2%。\n\n会议确定,2026年锦川区地区生产总值增长5.5%左右,规模以上工业增加值增长6.5%。\n\n四川省政府工作报告此前提出,2026年全省地区生产总值增长5.5%左右。');
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['industrial_value_added', 2026, 'growth', 'exact', '6.5'],
    ]);
    expect(outcomes(result)).toEqual([['industrial_value_added', 2025, 'growth', '7.2']]);
  });

  it('reads ▲ bullets as list items and 【新的一年 主要预期目标】 as the plan heading', () => {
    const result = extract('河阳发布  2026-01-10\n\n【2025年成绩单】\n\n▲地区生产总值完成402.7亿元,增长5.6%\n▲规上工业增加值增长9.3%\n\n【新的一年 主要预期目标】\n\n●地区生产总值增长6%\n●规上工业增加值增长8%\n');
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'exact', '6'],
      ['industrial_value_added', 2026, 'growth', 'exact', '8'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '402.7'],
      ['gdp', 2025, 'growth', '5.6'],
      ['industrial_value_added', 2025, 'growth', '9.3'],
    ]);
  });
});

describe('round 9: an interview and a text without a year', () => {
  it('reads the target a speaker sets with 把', () => {
    expect(targets(extract('2026年1月9日 平川区人代会开幕\n今年的目标为什么定在这个区间?\n区长:我们把今年地区生产总值增长目标定为6%—6.5%,这是综合考虑后确定的。'))).toEqual([['gdp', 2026, 'growth', 'range', '6']]);
  });

  it('flags a text that names no year, and reads it once the year is given', () => {
    const text = '代表热议政府工作报告\n县长在参加代表团审议时表示,去年全县地区生产总值增长6.3%。他表示,今年全县地区生产总值预期增长6%。';
    expect(extract(text).reportYear).toBeNull();
    expect(extract(text).flags.map((flag) => flag.code)).toContain('report_year_unknown');
    const given = extractProposals(text, { indicators: INDICATORS, reportYear: 2026 });
    expect(targets(given)).toEqual([['gdp', 2026, 'growth', 'exact', '6']]);
    expect(outcomes(given)).toEqual([['gdp', 2025, 'growth', '6.3']]);
  });
});

describe('round 9: an opener matched at the very start of a text', () => {
  it('ends when the text opens on another entity’s target (an empty match at the start is stepped past)', () => {
    const result = extract('全市GDP增长目标定为5%左右,全县地区生产总值增长6%。\n2026年1月9日');
    expect(result.reportYear).toBe(2026);
  });
});
