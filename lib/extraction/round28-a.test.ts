// Round 28 (rules28a): rules from retired eval23/eval24's work reports, plan reports, bulletins, traditional texts and web pages,
// and the year/district check, each named as a mechanism and held here on constructed lines (other wording, order, names and
// figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const HEADLINE =
  '2026年全县经济社会发展的主要预期目标是:地区生产总值增长5.5%左右,一般公共预算收入增长4%,固定资产投资增长6%,社会消费品零售总额增长5%。\n';

describe('round 28 rules (rules28a)', () => {
  describe('确保 binds the first name’s tail listed after it with 、', () => {
    const report = (task: string) =>
      extract(`桐川县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.2%。\n二、2026年工作安排\n${HEADLINE}(三)夯实农业基础。${task}\n`);

    it('reads 产量 and 总产量 after 确保粮食播种面积 as the grain output target', () => {
      expect(targets(report('确保粮食播种面积稳定在64万亩以上、总产量稳定在27万吨以上。'))).toContainEqual(['grain_output', 2026, 'level', 'at_least', '27']);
      expect(targets(report('确保粮食播种面积稳定在64万亩、产量达到5.1亿斤。'))).toContainEqual(['grain_output', 2026, 'level', 'exact', '5.1']);
    });

    it('refuses the same list after 力争, a task aim', () => {
      expect(targets(report('力争粮食播种面积稳定在64万亩以上、总产量稳定在27万吨以上。')).map((t) => t[0])).not.toContain('grain_output');
    });
  });

  describe('a rate compared with the year before by number continues its level', () => {
    const bulletin = (sentence: string) => extract(`2025年柳岸区国民经济和社会发展统计公报\n${sentence}\n`);

    it('reads 比2025年增长 after the level and its constant-price basis', () => {
      expect(outcomes(bulletin('全年全区地区生产总值达到826.3亿元,按不变价格计算,比2024年增长5.6%。'))).toContainEqual(['gdp', 2025, 'growth', '5.6']);
    });

    it('refuses a rate compared with an earlier year (a cumulative change)', () => {
      const read = outcomes(bulletin('全年全区地区生产总值达到826.3亿元,比2020年增长31.5%。'));
      expect(read).toContainEqual(['gdp', 2025, 'level', '826.3']);
      expect(read).not.toContainEqual(['gdp', 2025, 'growth', '31.5']);
    });
  });

  describe('a sentence walked through the year to 全年 leaves its opening period', () => {
    const plan = (sentence: string) =>
      extract(`关于梅山区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全区地区生产总值增长5.1%。规模以上工业增加值增长6.3%。${sentence}\n`);

    it('reads the adjusted rate after 上半年…,下半年…,全年… as the year’s', () => {
      const read = outcomes(plan('上半年全区固定资产投资增长3.7%,下半年受房地产开发投资下降24.5%拖累,全年转为下降;剔除房地产开发投资后,全区固定资产投资增长5.8%。'));
      expect(read).toContainEqual(['fixed_asset_investment', 2025, 'growth', '5.8']);
      expect(read).not.toContainEqual(['fixed_asset_investment', 2025, 'growth', '3.7']);
    });

    it('keeps a sentence that opens on a period and never reaches 全年 that period’s', () => {
      expect(outcomes(plan('上半年全区固定资产投资增长3.7%,下半年增速放缓。')).map((o) => o[0])).not.toContain('fixed_asset_investment');
    });
  });

  describe('what stands between a reported rate and its adjusted one is read through', () => {
    const plan = (sentence: string) =>
      extract(`关于梅山区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全区地区生产总值增长5.1%。${sentence}\n`);

    it('reads through a drag with its own figure after the restated plan', () => {
      const read = outcomes(plan('其中固定资产投资年初计划增长7%,受房地产开发投资下降22.4%拖累,全年下降2.6%,扣除房地产开发投资后增长5.3%。'));
      expect(read).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-2.6']);
      expect(read).toContainEqual(['fixed_asset_investment', 2025, 'growth', '5.3']);
      expect(read).not.toContainEqual(['fixed_asset_investment', 2025, 'growth', '-22.4']);
    });

    it('reads through a verdict on the plan without a figure', () => {
      const read = outcomes(plan('固定资产投资下降4.9%,未完成年度计划,剔除房地产开发投资后增长2.7%。'));
      expect(read).toContainEqual(['fixed_asset_investment', 2025, 'growth', '-4.9']);
      expect(read).toContainEqual(['fixed_asset_investment', 2025, 'growth', '2.7']);
    });
  });

  describe('a bracketed note on a level is followed by 较上年 as by 比上年', () => {
    it('reads the growth after (折粮)', () => {
      const read = outcomes(extract('2025年青石县国民经济和社会发展统计公报\n全年粮食产量12.47万吨(折粮),较上年增长1.3%。\n'));
      expect(read).toContainEqual(['grain_output', 2025, 'level', '12.47']);
      expect(read).toContainEqual(['grain_output', 2025, 'growth', '1.3']);
    });
  });

  describe('降幅 is the size of a fall, as 增幅 is of a rise', () => {
    const plan = (sentence: string) =>
      extract(`关于梅山区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全区地区生产总值增长5.1%;${sentence}\n`);

    it('reads the energy intensity’s 降幅 as its fall', () => {
      expect(outcomes(plan('单位地区生产总值能耗降幅2.7%左右。'))).toContainEqual(['energy_intensity', 2025, 'growth', '-2.7']);
    });

    it('refuses a narrowing fall given in points', () => {
      expect(outcomes(plan('房地产开发投资降幅收窄4.2个百分点。')).map((o) => o[0])).toEqual(['gdp']);
    });
  });

  describe('names listed before one handed-down wording: the opening change word is the last name’s', () => {
    const report = (item: string) => extract(`桐川县2026年政府工作报告\n二、2026年工作安排\n${HEADLINE.replace('。\n', `,${item}。\n`)}`);

    it('keeps the air-quality ratio a level and the energy intensity a fall', () => {
      const read = targets(report('空气质量优良天数比例、单位地区生产总值能耗下降完成市下达任务'));
      expect(read).toContainEqual(['air_quality_good_days', 2026, 'level', 'qualitative', null]);
      expect(read).toContainEqual(['energy_intensity', 2026, 'growth', 'qualitative', null]);
    });
  });

  describe('单位增加值能耗 is the energy intensity in a targets list (catalogue alias)', () => {
    it('reads the list’s item, and leaves the industrial one a sub-item', () => {
      const report = extract(`桐川县2026年政府工作报告\n二、2026年工作安排\n${HEADLINE.replace('。\n', ',单位增加值能耗降低2.5%。\n')}`);
      expect(targets(report)).toContainEqual(['energy_intensity', 2026, 'growth', 'reduction', '2.5']);
      const bulletin = extract('2025年青石县国民经济和社会发展统计公报\n全年规模以上工业单位增加值能耗比上年下降3.6%。\n');
      expect(outcomes(bulletin).map((o) => o[0])).not.toContain('energy_intensity');
    });
  });

  describe('the higher level’s target cited in the list’s lead-in is that level’s', () => {
    const plan = (lead: string) =>
      extract(`关于柳岸区2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n二、2026年主要目标\n${lead}建议2026年全区经济社会发展主要预期目标为:地区生产总值增长6%;一般公共预算收入增长4%;规上工业增加值增长7%;固定资产投资增长5%左右。\n`);

    it('reads the district’s figure, not the city’s in brackets', () => {
      const read = targets(plan('综合考虑发展基础和市定目标(全市地区生产总值增长5.5%以上),'));
      expect(read).toContainEqual(['gdp', 2026, 'growth', 'exact', '6']);
      expect(read).not.toContainEqual(['gdp', 2026, 'growth', 'at_least', '5.5']);
    });

    it('still reads the district’s own scope word there', () => {
      expect(targets(plan('综合考虑发展基础,全区规上工业增加值增长7%以上;'))).toContainEqual(['industrial_value_added', 2026, 'growth', 'at_least', '7']);
    });
  });

  describe('空气质量优良天数率 is the share of good-air days (catalogue alias)', () => {
    it('reads the outcome and the handed-down target under the short name', () => {
      const report = extract(`桐川县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.2%,空气质量优良天数率达到88.9%。\n二、2026年工作安排\n${HEADLINE}`);
      expect(outcomes(report)).toContainEqual(['air_quality_good_days', 2025, 'level', '88.9']);
    });
  });

  describe('where the district is named', () => {
    it('reads it from a yearbook chapter’s title', () => {
      const text = '首页 史志 2025年工作回顾-岚溪县年鉴\n\n2025年,全县经济运行总体平稳。地区生产总值完成96.2亿元,增长5.1%。\n';
      expect(extract(text).district).toBe('岚溪县');
    });

    it('reads the story’s own stem in 符合…实际 before a city medium’s masthead stem', () => {
      const story = (remark: string) =>
        `青州新闻网讯 县十八届人大四次会议期间,代表们分组审议政府工作报告,认为报告提出的目标任务${remark}。\n今年全县地区生产总值增长6%左右。\n`;
      expect(extract(story('符合汶水实际')).district).toBe('汶水县');
      expect(extract(story('符合全县实际')).district).toBe('青州县');
      expect(extract(story('符合基层实际')).district).toBe('青州县');
    });

    it('reads a delegation’s review of the city’s report on the city’s account as the delegation’s', () => {
      const text = '云岭市人民政府官方微信\n首页>新闻>今日云岭\n白河旗代表团审议市政府工作报告\n1月18日,白河旗代表团审议市政府工作报告。旗长说,2025年全旗地区生产总值完成72.4亿元、增长6.1%。\n';
      expect(extract(text).district).toBe('白河旗');
      const own = '云岭市人民政府官方微信\n云岭市第五届人民代表大会第五次会议开幕\n2025年全市地区生产总值增长5.6%。\n';
      expect(extract(own).district).toBe('云岭市');
    });
  });

  describe('the year a session story reviews', () => {
    it('passes the coming year’s projects the session decides', () => {
      const text =
        '县十六届人大四次会议代表分组审议各项报告\n代表们审议政府工作报告,讨论2026年民生实事项目。代表们认为,2025年成绩来之不易:全县地区生产总值增长4.6%。\n“报告提出今年地区生产总值增长5%左右、固定资产投资增长6%。”\n';
      expect(extract(text).reportYear).toBe(2026);
    });
  });

  describe('a subtitle line that opens on 今年 and ends on 目标 opens the plan', () => {
    const subtitles = (cue: string) =>
      extractWithYear(`去年我们全县生产总值增长5.1%\n${cue}\n生产总值增长6%左右\n固定资产投资增长7%\n一般公共预算收入增长3%\n`);

    it('reads the lines after it as this year’s targets', () => {
      expect(targets(subtitles('今年报告里定的目标'))).toContainEqual(['gdp', 2026, 'growth', 'about', '6']);
      expect(targets(subtitles('今年报告里定的目标'))).toContainEqual(['fixed_asset_investment', 2026, 'growth', 'exact', '7']);
    });

    it('refuses a line that ends on 目标 without 今年 (no year the plan is for)', () => {
      expect(targets(subtitles('这些都是年初定的目标'))).toEqual([]);
    });
  });
});

// Subtitles that name no year are read with the year staff give (as the corpus's yearGiven texts are).
function extractWithYear(text: string) {
  return extractProposals(text, { indicators: INDICATORS, reportYear: 2026 });
}
