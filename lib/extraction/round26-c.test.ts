// Rules of round 26 (rules26c: news and the year/district check, from retired eval21), each reduced to the few lines that carry
// it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in
// wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';
import { findDistrict } from './reading-context';

describe('round 26 rules (rules26c)', () => {
  it('reads the district from a work report\'s subtitle, the speech\'s occasion after a dash', () => {
    expect(findDistrict('政府工作报告\n——在青屿县第十七届人民代表大会第四次会议上\n县长 李某\n各位代表:\n')).toBe('青屿县');
    expect(findDistrict('政府工作报告\n—— 2026年1月6日在石岭区第三届人民代表大会第五次会议上\n')).toBe('石岭区');
    // An interview's subtitle keeps its head's reading ("——访某县县长"), the 访 never part of the name.
    expect(findDistrict('专访\n——访南溪旗旗长包某\n今年目标…')).toBe('南溪旗');
  });

  it('reads the district before its head whose long name and the day stand before the verb', () => {
    expect(findDistrict('某某网5月2日电 (记者 某某)查干敖包蒙古族自治县县长阿拉坦巴根那1月9日在县第十六届人代会上作报告。')).toBe(
      '查干敖包蒙古族自治县',
    );
    expect(findDistrict('讯 达坂县县长买买提·艾力1月8日作政府工作报告时说')).toBe('达坂县');
    // Without the day, a long run after 县长 is no head's name and the name is not read from it.
    expect(findDistrict('讯 达坂县县长期坚持的发展思路作了调整')).toBeNull();
  });

  it('prefers the district whose congress the top reports in session over the publishing medium\'s name', () => {
    const post =
      '公众号名称: 鹿岭高新区发布\n鹿岭高新区官方发布平台。\n\n鹿岭高新区发布 · 公众号 · 2026-01-08\n\n' +
      '今天,鹿岭区第五届人民代表大会第三次会议开幕,区长作政府工作报告,涉及高新区的内容如下。';
    expect(findDistrict(post)).toBe('鹿岭区');
    // A city's broadcaster reporting one county's session.
    expect(findDistrict('来源:云江市融媒体中心\n\n昨日,安澄县第十八届人民代表大会第四次会议开幕。')).toBe('安澄县');
    // Refused: a publisher whose top reports no session keeps its name; one whose session is its own stays itself.
    expect(findDistrict('鹿岭高新区发布\n\n鹿岭高新区今年招商引资…')).toBe('鹿岭高新技术产业开发区');
    expect(findDistrict('安澄县融媒体中心\n\n今日,安澄县第十八届人民代表大会第四次会议开幕。')).toBe('安澄县');
  });

  it('reads no name from a time of day or a day before a bare 县', () => {
    expect(findDistrict('论坛 - 首页\n\n昨天下午县两会闭幕,大家看看\n')).toBeNull();
    expect(findDistrict('今日区人代会开幕,区长作报告')).toBeNull();
    // A name after the time word is still read.
    expect(findDistrict('今天上午岭东县两会开幕,县长作了政府工作报告')).toBe('岭东县');
  });

  it('keeps a bare year line that alternates with the next year\'s, repeated over each theme, and reads each run by its year', () => {
    const page =
      '三问读懂青屿县政府工作报告\n\n发布时间:2026年01月12日\n\n一、发展稳不稳\n\n青屿看点\n\n2025年\n\n一般公共预算收入完成8.1亿元、增长3.6%\n\n固定资产投资增长4.2%\n\n' +
      '青屿目标\n\n2026年\n\n一般公共预算收入增长4%左右\n\n固定资产投资增长6%\n\n二、钱包鼓不鼓\n\n青屿看点\n\n2025年\n\n农村居民人均可支配收入增长7.1%\n\n' +
      '青屿目标\n\n2026年\n\n农村居民人均可支配收入增长7%以上\n\n三、饭碗牢不牢\n\n青屿看点\n\n2025年\n\n粮食产量达到6.2亿斤\n\n青屿目标\n\n2026年\n\n粮食播种面积稳定在80万亩以上\n';
    expect(prepareText(page).text.match(/^202[56]年$/gm)).toHaveLength(6);
    const result = extract(page);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'about', '4'],
        ['fixed_asset_investment', 2026, 'growth', 'exact', '6'],
        ['rural_income', 2026, 'growth', 'at_least', '7'],
        ['grain_area', 2026, 'level', 'at_least', '80'],
      ]),
    );
    expect(targets(result).map((target) => target.slice(0, 4).join())).not.toContain('rural_income,2026,growth,exact');
    expect(targets(result).map((target) => target[0])).not.toContain('grain_output');
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2025, 'growth', '3.6'],
        ['rural_income', 2025, 'growth', '7.1'],
        ['grain_output', 2025, 'level', '6.2'],
      ]),
    );
    expect(outcomes(result).map((outcome) => outcome[0])).not.toContain('grain_area');
  });

  it('still drops a running header repeated on every page, a year alone included when no other year alternates with it', () => {
    const pages = ['2026年', '某县人民政府公报', '一、总体情况', '-1-', '2026年', '某县人民政府公报', '二、分项', '-2-', '2026年', '某县人民政府公报', '三、其他', '-3-'].join('\n');
    expect(prepareText(pages).text).not.toContain('公报');
    expect(prepareText(pages).text).not.toMatch(/^2026年$/m);
  });

  it('reads 牧区 after 城镇 in a pair head as the rural half, and 牧区 alone as no rural income', () => {
    const plan = '二、2026年主要预期目标\n2026年全旗主要预期目标是:地区生产总值增长6%左右,城镇与牧区居民人均可支配收入分别增长5%和6.5%。\n';
    expect(targets(extract(`一、2025年工作回顾\n全旗地区生产总值增长5.2%。\n${plan}`))).toEqual(
      expect.arrayContaining([
        ['urban_income', 2026, 'growth', 'exact', '5'],
        ['rural_income', 2026, 'growth', 'exact', '6.5'],
      ]),
    );
    expect(targets(extract(`一、2025年工作回顾\n全旗地区生产总值增长5.2%。\n${plan}`)).map((target) => target[0])).not.toContain('resident_income');
    expect(outcomes(extract('一、2025年工作回顾\n全旗牧区居民人均可支配收入达到21380元。\n'))).toEqual([]);
  });

  it('reads a bureau\'s release of last year\'s figures, after a word of earlier time, inside a story that opens on the targets', () => {
    const story =
      '本报讯 县长在县第九届人民代表大会第三次会议上作政府工作报告时提出,2026年全县主要预期目标是地区生产总值增长5.5%,一般公共预算收入增长4%。\n\n' +
      '日前,县统计局发布,2025年全县实现地区生产总值86.4亿元,同比增长5.1%;社会消费品零售总额完成30.2亿元,增长4.4%。\n\n县长说,今年将办好十件民生实事。\n';
    const result = extract(story);
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['gdp', 2025, 'level', '86.4'],
        ['gdp', 2025, 'growth', '5.1'],
        ['retail_sales', 2025, 'level', '30.2'],
      ]),
    );
    expect(targets(result).map((target) => target[0])).not.toContain('retail_sales');
    // Refused: a release that speaks of the report's year is no look back.
    const ahead = story.replace('2025年全县实现地区生产总值86.4亿元,同比增长5.1%', '2026年全县力争社会消费品零售总额增长6%');
    expect(outcomes(extract(ahead)).map((outcome) => outcome[0])).not.toContain('gdp');
  });

  it('reads a deputy\'s quote that introduces the speaker, then cites the report on last year after a comma, and adds a 确保 figure with 还要', () => {
    const story =
      '发布时间:2026年1月9日\n\n本报讯 今年全区主要预期目标是:地区生产总值增长5%左右,一般公共预算收入增长3%,固定资产投资增长6%,社会消费品零售总额增长5%。\n\n' +
      '区人大代表 陈某 说:“我是搞冷链物流的,报告里提到去年全区外贸出口增长了9.4%,我们也出了力。”\n\n' +
      '区政协委员 刘某 说:“报告说去年粮食产量达到3.2亿斤,今年还要确保粮食播种面积稳定在40万亩以上。”\n';
    const result = extract(story);
    expect(outcomes(result)).toEqual(expect.arrayContaining([['exports', 2025, 'growth', '9.4']]));
    expect(targets(result)).toEqual(expect.arrayContaining([['grain_area', 2026, 'level', 'at_least', '40']]));
    expect(targets(result).map((target) => target[0])).not.toContain('exports');
    // Refused: a comma before a clause that cites the report on this year opens no look back; 还要 without 确保 binds nothing.
    const plain = story.replace('报告里提到去年全区外贸出口增长了9.4%', '报告里提到今年全区外贸出口增长8%').replace('今年还要确保粮食播种面积', '今年还要推动粮食播种面积');
    expect(outcomes(extract(plain)).map((outcome) => outcome[0])).not.toContain('exports');
    expect(targets(extract(plain)).map((target) => target[0])).not.toContain('grain_area');
  });

  it('reads the runs under the report year\'s lines as the targets list, wordings included, up to the next part heading; a flow target is flagged', () => {
    const page =
      '读懂石屏区政府工作报告\n\n发布时间:2026年01月10日\n\n一、增长稳不稳\n\n2025年\n\n地区生产总值增长5.3%\n\n经营主体总量达到4.2万户\n\n2026年\n\n' +
      '地区生产总值增长5%左右\n\n单位地区生产总值能耗完成省下达目标\n\n新增经营主体4000户\n\n二、居民收入稳步提高\n\n2025年\n\n居民人均可支配收入增长5.1%\n\n2026年\n\n' +
      '居民人均可支配收入增长与经济增长同步\n';
    const result = extract(page);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['gdp', 2026, 'growth', 'about', '5'],
        ['energy_intensity', 2026, 'growth', 'qualitative', null],
        ['resident_income', 2026, 'growth', 'relative', null],
      ]),
    );
    // The part heading's wording ("稳步提高") is no target, nor the new entries the stock indicator does not count.
    expect(targets(result).filter((target) => target[0] === 'resident_income')).toHaveLength(1);
    expect(targets(result).map((target) => target[0])).not.toContain('market_entities');
    expect(result.flags.map((item) => item.code)).toContain('flow_not_stock');
    // Refused: a page whose year lines do not alternate (only this year's) keeps its wordings out of a list it never opened.
    const single = '读懂石屏区政府工作报告\n\n发布时间:2026年01月10日\n\n2026年\n\n地区生产总值增长5%左右\n\n单位地区生产总值能耗完成省下达目标\n';
    expect(targets(extract(single)).map((target) => target[0])).not.toContain('energy_intensity');
  });
});
