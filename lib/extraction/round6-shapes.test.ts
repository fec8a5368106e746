// Rules of round 6, each reduced to the few lines that carry it (constructed, figures invented).
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

describe('round 6 rules', () => {
  it('reads 经济增长 before a figure as GDP growth, and never 与经济增长同步 as a GDP figure', () => {
    const result = extract('某县政府工作报告\n2025年1月8日\n报告提出,2025年全县主要预期目标是:经济增长6%左右,出口增长6%,城乡居民收入增长与经济增长同步。');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['exports', 2025, 'growth', 'exact', '6'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
  });

  it('reads 经济增长 before a Chinese-numeral rate as GDP growth', () => {
    const result = extract('某區今年經濟增長目標百分之六\n【某報專訊】區長表示,去年某區地區生產總值按年增長百分之五點三;今年經濟增長目標為百分之六左右。\n2025年1月15日');
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads a growth after a Chinese-numeral level followed by 人民币', () => {
    const result = extract('【某報訊】南湖區政府工作報告提出,今年該區地區生產總值增長目標為百分之六左右,一般公共預算收入增長百分之三。\n報告回顧,2024年南湖區地區生產總值達到八百二十六億元人民幣,按年增長百分之五點六。\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '826'],
      ['gdp', 2024, 'growth', '5.6'],
    ]);
  });

  it('reads 出口 alone as exports, but not inside 进出口', () => {
    const result = extract('某县政府工作报告\n2025年1月8日\n过去一年,全县出口完成12.6亿元,增长15.4%;进出口总额增长9%。\n今年主要预期目标是:地区生产总值增长6%。');
    expect(outcomes(result)).toEqual([
      ['exports', 2024, 'level', '12.6'],
      ['exports', 2024, 'growth', '15.4'],
    ]);
  });

  it('reads a Hong Kong–style item: the target first, 本地生产总值 and 按年增长 in the review after it, 区内 in a later 报告指出', () => {
    const result = extract(
      '【某報訊】記者報道:廣東省某市海灣區日前召開區人大會議,區長在政府工作報告中提出,今年該區經濟增長目標為５．５％左右。\n' +
        '報告顯示,2024年海灣區本地生產總值達到１２６８億元人民幣,按年增長５．１％。\n' +
        '報告指出,今年區內固定資產投資增長５％,一般公共預算收入目標為增長３％。\n',
    );
    expect([result.reportYear, result.district]).toEqual([2025, '海湾区']);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '1268'],
      ['gdp', 2024, 'growth', '5.1'],
    ]);
  });

  it('reads Taiwan-style 年增 and 人民币 before a level', () => {
    const result = extract('（某社記者台北15日電）據陸媒報導,縣長在政府工作報告中指出,2024年全縣地區生產總值達人民幣187.3億元,年增5.2%。\n報告提出,2025年全縣地區生產總值增長目標為6%左右。');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '187.3'],
      ['gdp', 2024, 'growth', '5.2'],
    ]);
  });

  it('drops a 往期回顾 list of earlier years’ targets, which would otherwise set the year', () => {
    const result = extract(
      '某区2025年主要预期目标发布\n2025年,全区主要预期目标:地区生产总值增长5%左右,城镇新增就业8000人。\n2024年,全区地区生产总值增长4.8%。\n往期回顾\n2024年主要预期目标:地区生产总值增长5.5%左右\n',
    );
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5'],
      ['new_urban_jobs', 2025, 'level', 'exact', '8000'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '4.8']]);
  });

  it('reads 【数说2024】 / 【2025目标】 bracketed headings with a bare year', () => {
    const result = extract('新华网某地1月10日电 某区人代会9日开幕。\n【数说2024】\n● 地区生产总值:486.3亿元,增长5.5%\n【2025目标】\n● 地区生产总值增长5.5%左右\n');
    expect([result.reportYear, targets(result), outcomes(result)]).toEqual([
      2025,
      [['gdp', 2025, 'growth', 'about', '5.5']],
      [['gdp', 2024, 'level', '486.3'], ['gdp', 2024, 'growth', '5.5']],
    ]);
  });

  it('reads targets a deputy quotes from the report, before and after the report’s look back', () => {
    const result = extract(
      '代表热议政府工作报告\n某县融媒体中心　2025-01-09\n“报告提出今年全县地区生产总值增长6.5%左右的目标,既积极又稳妥。”代表说,去年镇里工业产值增长了21%。\n' +
        '代表表示,报告回顾2024年,全县地区生产总值增长6.2%。\n代表说,报告明确今年固定资产投资增长8%。\n',
    );
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '8'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '6.2']]);
  });

  it('reads last year after a closing session’s 会议认为, and a Chinese-numeral look back after the target', () => {
    const closing = extract('某区人代会闭幕\n2025年1月12日\n会议批准了2025年经济社会发展主要预期目标:地区生产总值增长6%左右。\n会议认为,2024年全区地区生产总值达到327.5亿元、增长5.6%。\n');
    expect([targets(closing), outcomes(closing)]).toEqual([
      [['gdp', 2025, 'growth', 'about', '6']],
      [['gdp', 2024, 'level', '327.5'], ['gdp', 2024, 'growth', '5.6']],
    ]);
    const numerals = extract('【某報訊】某區政府工作報告提出,今年該區地區生產總值增長目標為百分之六左右。\n報告回顧,2024年某區一般公共預算收入四十二點五億元。\n');
    expect([numerals.reportYear, targets(numerals), outcomes(numerals)]).toEqual([2025, [['gdp', 2025, 'growth', 'about', '6']], [['budget_revenue', 2024, 'level', '42.5']]]);
  });

  it('reads figure-first lines "412.6亿元——全区地区生产总值" in the review, and never the next line\'s figure for a name that ends a line', () => {
    const result = extract('一组数据看某区2024年成绩\n2025-01-11\n412.6亿元——全区地区生产总值\n5.8%——地区生产总值增速\n8.1%——规模以上工业增加值增速\n报告提出,今年全区地区生产总值增长6%左右。\n');
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '412.6'],
      ['gdp', 2024, 'growth', '5.8'],
      ['industrial_value_added', 2024, 'growth', '8.1'],
    ]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads Taiwan\'s 经济成长(率) as GDP growth and 目标订为 as a target', () => {
    const result = extract('（某社記者台北16日電）區長在政府工作報告中表示,2024年全區經濟成長5.2%;今年全區經濟成長率目標訂為5.5%左右。');
    expect([targets(result), outcomes(result)]).toEqual([[['gdp', 2025, 'growth', 'about', '5.5']], [['gdp', 2024, 'growth', '5.2']]]);
  });

  it.each([
    ['我县召开县十八届人大四次会议\n1月8日上午,安溪源县第十八届人民代表大会第四次会议开幕。', '安溪源县'],
    ['记者报道:广东省某市海湾区日前召开区人大会议。', '海湾区'],
    ['日前召开区人大会议,区长作报告。', null],
    ['陆东港区今年经济成长率目标订为5.5%\n据陆媒报导,某市东港区日前召开人大会议。', '东港区'],
    ['陆良县2025年政府工作报告\n陆良县第十八届人民代表大会第五次会议', '陆良县'],
    ['2025年工作报告(摘要)\n发布日期:2025-01-19　信息来源:江北新区管委会办公室', '江北新区'],
    ['各位代表:\n现在,我代表区人民政府,向大会报告工作。', null],
  ])('finds the district of %j', (text, district) => {
    expect(findDistrict(text)).toBe(district);
  });

  it('reads a bulletin\'s 粮食作物播种面积 in 千公顷', () => {
    const result = extract('某县2024年国民经济和社会发展统计公报\n全年全县粮食作物播种面积28.6千公顷,比上年增长0.2%。\n');
    expect(result.outcomes.map((o) => [o.indicatorKey, o.measure, o.value, o.unit])).toEqual([
      ['grain_area', 'level', '28.6', '千公顷'],
      ['grain_area', 'growth', '0.2', '%'],
    ]);
  });

  it('finds the district in a dropped metadata line at the top', () => {
    const result = extract('2025年政府工作报告(摘要)\n发布时间:2025-01-20　来源:翠屏湾区人民政府办公室\n现在,我代表区人民政府,向大会报告工作。\n');
    expect(result.district).toBe('翠屏湾区');
  });
});
