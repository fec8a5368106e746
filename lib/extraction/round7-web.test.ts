// Rules of round 7 (web pages, PDF copies, plan reports), each reduced to the few lines that
// carry it (constructed, figures invented).
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';
import { findDistrict } from './reading-context';

const REPORT = '某区2025年政府工作报告\n过去一年,全区地区生产总值增长5.6%。\n今年主要预期目标是:地区生产总值增长6%左右。\n';

describe('round 7: page furniture around the article', () => {
  it('drops a run of dated headlines, before or after the body, but keeps a single dated title', () => {
    const page = `最新动态\n2024年全区城镇新增就业8100人 2025-01-16\n全区一般公共预算收入增长6.5% 2024-12-30\n${REPORT}`;
    expect(outcomes(extract(page))).toEqual([['gdp', 2024, 'growth', '5.6']]);
    expect(prepareText('某区2024年统计公报 2025-03-27\n全年地区生产总值增长5%。').text).toContain('统计公报 2025-03-27');
    // A table row ending in a decimal is no dated headline.
    expect(prepareText('地区生产总值\t亿元\t213.64\t5.9\n固定资产投资\t亿元\t—\t6.3').text).toContain('213.64');
  });

  it('drops a "更多>>" box, a comment section, a decorated related-links heading and a 链接 box', () => {
    for (const heading of ['本地要闻 更多>>', '网友留言', '▼往期精彩▼', '【相关阅读】', '■链接']) {
      const page = `${REPORT}${heading}\n我区一般公共预算收入完成7.8亿元,增长5.9%\n2024年主要预期目标:固定资产投资增长8%\n`;
      const result = extract(page);
      expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.6']]);
      expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    }
  });

  it('reads no outcome from a sentence restating a year\'s targets', () => {
    const page = '某区人民政府\n2024年政府工作报告确定的目标:地区生产总值增长7%左右,固定资产投资增长9%。\n某区2025年政府工作报告\n一、2024年工作回顾\n2024年,全区地区生产总值增长5.5%,固定资产投资增长4.2%。\n二、2025年主要目标任务\n今年主要预期目标是:地区生产总值增长6%左右。\n';
    expect(outcomes(extract(page))).toEqual([
      ['gdp', 2024, 'growth', '5.5'],
      ['fixed_asset_investment', 2024, 'growth', '4.2'],
    ]);
  });
});

describe('round 7: headings', () => {
  it('opens the plan at a line naming only the year after the review\'s, and never at the review\'s year', () => {
    const page = '1月13日,某县人代会开幕。\n🔹2024年成绩单🔹\n地区生产总值增长6.2%\n🔹2025年这样干🔹\n📌地区生产总值增长6.5%左右\n📌固定资产投资增长8%\n';
    const result = extract(page);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '6.2']]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '8'],
    ]);
  });

  it('reads a plan report\'s "2025年国民经济和社会发展的主要目标" as the plan, "2024年主要预期目标完成情况" as none', () => {
    const report = '关于某区2024年计划执行情况的报告\n一、2024年国民经济和社会发展计划执行情况\n——地区生产总值增长5.7%。\n二、2025年国民经济和社会发展的主要目标\n——地区生产总值增长6%左右;\n';
    expect(targets(extract(report))).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    const news = '某县2025年政府工作报告\n过去一年,全县地区生产总值增长5.5%。\n今年,全县将地区生产总值增长目标定为6%左右。\n2024年主要预期目标完成情况\n';
    expect(extract(news).reportYear).toBe(2025);
  });

  it('takes "奋进2025|…" before a bar for a headline, not the plan', () => {
    const page = '奋进2025|一组数据看某县政府工作报告\n2024年,我们交出了这样一份成绩单:\n地区生产总值增长6.2%\n2025年,某县主要预期目标定下了:\n地区生产总值增长6.5%\n';
    const result = extract(page);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '6.2']]);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'exact', '6.5']]);
  });
});

describe('round 7: district names', () => {
  it('reads a name written after its province and city without 省/市 as the ending the text writes alone', () => {
    expect(findDistrict('广东东莞松湖区日前召开区人大会议。\n去年松湖区地区生产总值增长4.8%。')).toBe('松湖区');
    expect(findDistrict('视频|数说禾丰区政府工作报告\n过去一年 禾丰区地区生产总值增长5.7%')).toBe('禾丰区');
    expect(findDistrict('东湖区人民政府\n全区地区生产总值增长5%')).toBe('东湖区');
  });
});

describe('round 7: PDF copies, tables and part-year figures', () => {
  it('joins a clause cut by a page break with blank lines around its page number, and drops the running header', () => {
    const lines = [
      '各位代表:现在我代表区人民政府向大会报告工作请予审议并请提出意见。',
      '今年全区经济社会发展的主要预期目标是:地区生产总值增长5.5%左',
      '右,规模以上工业增加值增长7.5%,固定资产投资增长5%以上,社会',
      '',
      '— 1 —',
      '',
      '某区人民政府工作报告',
      '消费品零售总额增长5.5%,一般公共预算收入增长4%左右,城乡居民',
      '人均可支配收入分别增长5%、6.5%,城镇新增就业1.1万人以上,城镇',
    ];
    const prepared = prepareText(lines.join('\n'));
    expect(prepared.text).toContain('社会消费品零售总额增长5.5%');
    expect(prepared.text).not.toContain('某区人民政府工作报告');
    // A blank line alone still ends a paragraph.
    expect(prepareText('2024年全县地区生产总值增长5.7% 规上工业增加值增长8.2% 社会消费品零售总额增长4.6%\n\n2025年主要预期目标 地区生产总值增长5.5%左右').text).toContain('4.6%\n\n2025');
  });

  it('joins justified PDF lines whose half-width digits and spaces make their lengths differ', () => {
    const lines = [
      '——地区生产总值预计完成 452.6 亿元，增长 5.7%。',
      '——城镇常住居民人均可支配收入预计达到 50430 元，增长 4.2%；农村常住',
      '居民人均可支配收入预计达到 29760 元，增长 6.0%。',
      '——城镇新增就业预计 9850 人。',
      '二、2026 年经济社会发展主要预期目标',
      '建议 2026 年全区经济社会发展主要预期目标为：地区生产总值增长 5.5% 左',
      '右，规模以上工业增加值增长 8% 以上，固定资产投资增长 3%，社会消费品零',
      '售总额增长 5%，一般公共预算收入增长 2%，城镇和农村常住居民人均可支配',
      '收入分别增长 5% 和 6.5%，城镇新增就业 9000 人以上。',
    ];
    const text = prepareText(lines.join('\n')).text;
    expect(text).toContain('农村常住居民');
    expect(text).toContain('社会消费品零售总额');
    expect(text).toContain('人均可支配收入分别');
  });

  it('reads a table with bars only between cells, and a target column named "2026年目标(增长%)"', () => {
    const bulletin = '某区2025年国民经济和社会发展统计公报\n指标 | 单位 | 绝对数 | 比上年增长(%) |\n地区生产总值 | 亿元 | 1046.27 | 5.3 |\n';
    expect(outcomes(extract(bulletin))).toEqual([
      ['gdp', 2025, 'level', '1046.27'],
      ['gdp', 2025, 'growth', '5.3'],
    ]);
    const plan = '某县2025年国民经济和社会发展计划执行情况与2026年计划\n指标\t单位\t2025年计划\t2025年预计完成\t增长(%)\t2026年目标(增长%)\n地区生产总值\t亿元\t6%左右\t226.5\t5.4\t6左右\n城镇新增就业\t人\t5000\t5380\t—\t5000以上\n';
    expect(targets(extract(plan))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '5000'],
    ]);
  });

  it('flags a part-year figure written between the name and its verb and reads the whole year after it', () => {
    const report = '关于某区2024年国民经济和社会发展计划执行情况的报告\n一、2024年计划执行情况\n——规模以上工业增加值1—11月增长7.9%,全年预计增长8.2%。\n二、2025年主要预期目标\n地区生产总值增长6%左右。\n';
    const result = extract(report);
    expect(outcomes(result)).toEqual([['industrial_value_added', 2024, 'growth', '8.2']]);
    expect(result.flags.map((flag) => flag.code)).toContain('in_year_period');
  });

  it('reads text without punctuation: a series of rates run together, a period run on, 预计 opening a clause', () => {
    const text = '某县2025年工作回顾\n2025年全县经济总体平稳预计地区生产总值完成214.6亿元增长5.5%固定资产投资下降4.3%1—11月下降6.1%\n2026年主要目标\n今年经济社会发展的主要预期目标是地区生产总值增长5.5%城乡居民人均可支配收入分别增长5%6.5%\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'level', '214.6'],
      ['gdp', 2025, 'growth', '5.5'],
      ['fixed_asset_investment', 2025, 'growth', '-4.3'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'exact', '5.5'],
      ['urban_income', 2026, 'growth', 'exact', '5'],
      ['rural_income', 2026, 'growth', 'exact', '6.5'],
    ]);
  });

  it('takes no headline paragraph from the nation\'s targets quoted after the district\'s', () => {
    const text = '某区人大开幕\n2025年1月10日\n【本报讯】某区人代会开幕。报告提出,2025年全区地区生产总值增长5.5%左右,居民人均可支配收入增长与经济增长同步。报告又指,国家今年经济增长预期目标为5%左右。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['resident_income', 2025, 'growth', 'relative', null],
    ]);
  });

  it('drops a news ticker line however long, and reads a look back that names the district before its year', () => {
    const page = `滚动新闻:· 溪口县:今年GDP预期增长7%左右 · 云台区:去年地区生产总值增长6.3% · 全省规上工业增加值增长6.1% · 某县:城镇新增就业5000人\n${REPORT}`;
    expect(outcomes(extract(page))).toEqual([['gdp', 2024, 'growth', '5.6']]);
    const news = '江苏昆南区定今年经济成长率目标5.5%\n2025-01-13\n区长在政府工作报告中提出,今年昆南区经济成长率目标为5.5%左右。报告指出,昆南区2024年地区生产总值达人民币2683.5亿元,年增5.2%。\n';
    expect(outcomes(extract(news))).toEqual([
      ['gdp', 2024, 'level', '2683.5'],
      ['gdp', 2024, 'growth', '5.2'],
    ]);
  });

  it('drops a list under a spaced-out heading, and reads no target from a sentence opening on another year', () => {
    const page = `${REPORT}往 期 回 顾\n某区城镇新增就业1.1万人 创历史新高\n`;
    expect(targets(extract(page))).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    const news = `${REPORT}【延伸阅读】\n2023年,某区地区生产总值完成117.3亿元,增长7.4%;规模以上工业增加值增长12.5%;一般公共预算收入完成5.34亿元,增长6.8%。\n`;
    const result = extract(news);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.6']]);
  });

  it('joins a PDF line cut inside a word that ends like a unit, and a figure cut before its unit by a page break', () => {
    const lines = [
      '2024年,全县经济社会发展总体平稳。预计全年地区生产总值完成1',
      '38.6亿元,增长5.9%;规模以上工业增加值增长9.2%;固定资产',
      '投资增长6.3%;社会消费品零售总额完成51.2亿元,增长5.7%;城镇',
      '常住居民人均可支配收入达到39870元,增长4.6%;农村常住居民人',
      '均可支配收入达到19240元,增长7.0%;城镇新增就业3650',
      '',
      '— 1 —',
      '',
      '某县2024年计划执行情况与2025年计划草案的报告',
      '人。',
    ];
    const text = prepareText(lines.join('\n')).text;
    expect(text).toContain('农村常住居民人均可支配收入达到19240元');
    expect(text).toContain('城镇新增就业3650人。');
  });

  it('drops a ranking or other-articles list, and ends a link list at a line ending like a sentence', () => {
    for (const heading of ['热门排行', '本版其他文章', '更多中国新闻']) {
      const page = `${REPORT}${heading}\n1. 内地去年居民人均可支配收入增长5.3%\n去年全县城镇新增就业4860人\n`;
      expect(outcomes(extract(page))).toEqual([['gdp', 2024, 'growth', '5.6']]);
    }
    const page = '某县人民政府网站\n热点排行\n1\n2\n某县召开人代会\n报告指出,2024年全县经济运行稳中有进:\n◆地区生产总值完成132.7亿元,增长5.9%;\n报告提出2025年主要预期目标:地区生产总值增长6%。\n';
    expect(outcomes(extract(page))).toEqual([
      ['gdp', 2024, 'level', '132.7'],
      ['gdp', 2024, 'growth', '5.9'],
    ]);
  });
});
