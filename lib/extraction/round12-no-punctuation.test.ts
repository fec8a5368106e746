// Rules of round 12 (rules12b: text without punctuation — subtitles, OCR and careless copies), each
// reduced to the few lines that carry it (constructed, names and figures invented), from the forms
// retired eval6's writers used and that published bulletins, news scripts and reports use.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';
import { outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

const extract = (text: string, reportYear?: number) => extractProposals(text, { indicators: INDICATORS, ...(reportYear ? { reportYear } : {}) });

describe('round 12 rules (rules12b, text without punctuation)', () => {
  it('reads a bulletin title whose bracketed 摘要 lost its brackets ("…统计公报 摘要")', () => {
    const body = '\n初步核算 全年全县地区生产总值205.6亿元 比上年增长5.3%\n全年社会消费品零售总额61.2亿元 增长4.7%\n';
    for (const title of ['石岭县2024年国民经济和社会发展统计公报 摘要', '石岭县2024年国民经济和社会发展统计公报 摘录', '石岭县2024年国民经济和社会发展统计公报摘要', '石岭县2024年国民经济和社会发展统计公报(摘要)']) {
      const result = extract(`${title}${body}`);
      expect(result.reportYear, title).toBe(2025);
      expect(outcomes(result), title).toEqual([
        ['gdp', 2024, 'level', '205.6'],
        ['gdp', 2024, 'growth', '5.3'],
        ['retail_sales', 2024, 'level', '61.2'],
        ['retail_sales', 2024, 'growth', '4.7'],
      ]);
    }
    // A link to a bulletin with its date after it, or a remark after the title words, is no title.
    for (const line of ['相关链接 石岭县2024年国民经济和社会发展统计公报 2025-03-28', '石岭县2024年国民经济和社会发展统计公报 显示全县经济稳中向好']) {
      expect(extract(`${line}${body}`).reportYearSource, line).not.toBe('bulletin_title');
    }
  });

  it('reads the year from a subtitle’s "今年是 十四五 规划收官之年" (quotes dropped, spaces left)', () => {
    const text =
      '今天上午 石岭县人民代表大会开幕\n\n县长说 今年是 十四五 规划收官之年\n\n报告提出 今年全县地区生产总值增长5.5%左右\n\n固定资产投资增长6%\n';
    const result = extract(text);
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '6'],
    ]);
    // …and "2025年 是 十四五 规划收官之年", the year spaced from 是 (it was read as last year's, and the plan as 2026's).
    expect(extract(text.replace('县长说 今年是 十四五 规划收官之年', '县长说 2025年 是 十四五 规划收官之年')).reportYear).toBe(2025);
    // "十四五 期间" is a period, not this year.
    expect(extract('县长说 十四五 期间全县地区生产总值年均增长6%\n报告提出 地区生产总值增长5.5%左右\n').reportYear).toBeNull();
  });

  it('ends a whole figure where a year runs on after it (two sentences joined without punctuation)', () => {
    const text =
      '石岭区政府工作报告摘要\n' +
      '2024年全区地区生产总值完成215.3亿元增长5.1%城镇新增就业3120人城镇登记失业率2.9%2025年全区经济社会发展的主要预期目标是地区生产总值增长5.5%城镇登记失业率控制在3.5%以内\n';
    const result = extract(text);
    expect(result.flags.filter((flag) => flag.code === 'garbled_figure')).toEqual([]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '215.3'],
      ['gdp', 2024, 'growth', '5.1'],
      ['new_urban_jobs', 2024, 'level', '3120'],
      ['urban_unemployment_rate', 2024, 'level', '2.9'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'exact', '5.5'],
      ['urban_unemployment_rate', 2025, 'level', 'at_most', '3.5'],
    ]);
    // A number run into stray text is still broken, never guessed.
    const broken = extract('2024年全区主要指标完成情况\n全区地区生产总值增长5.1%36全区固定资产投资增长2.2%\n', 2025);
    expect(broken.flags.map((flag) => flag.code)).toContain('garbled_figure');
    expect(outcomes(broken)).toEqual([['fixed_asset_investment', 2024, 'growth', '2.2']]);
  });

  it('ends a handed-down wording at its 任务 when the name stands between 下达的 and 任务 and the next sentence runs on', () => {
    const text =
      '2025年全县经济社会发展的主要预期目标是地区生产总值增长5.5%一般公共预算收入增长4%完成自治区下达的节能减排任务重点工作加快建设物流枢纽全年实施重点项目60个\n';
    const result = extract(text);
    expect(result.targets.map((t) => [t.indicatorKey, t.qualifier, t.asWritten ?? null])).toEqual([
      ['gdp', 'exact', expect.any(String)],
      ['budget_revenue', 'exact', expect.any(String)],
      ['energy_saving', 'qualitative', '任务'],
    ]);
    // Without 下达 before the name a run-on wording is no target.
    const plain = extract('2025年全县经济社会发展的主要预期目标是地区生产总值增长5.5%节能减排任务重点工作加快建设物流枢纽全年实施重点项目60个\n');
    expect(plain.targets.map((t) => t.indicatorKey)).toEqual(['gdp']);
  });

  it('reads the seat named as such before the air-quality name as the district’s own ("旗所在地", "县政府驻地")', () => {
    for (const seat of ['旗所在地', '县政府驻地', '县城所在地']) {
      const result = extract(`2024年全旗主要指标完成情况\n全年${seat}空气质量优良天数比率为91.7%\n`, 2025);
      expect(outcomes(result), seat).toEqual([['air_quality_good_days', 2024, 'level', '91.7']]);
      expect(result.outcomes[0]!.quote, seat).toBe(`全年${seat}空气质量优良天数比率为91.7%`);
    }
    // Another entity's seat stays out ("全市所在地" is no seat of the district; 全市 is another entity's).
    expect(outcomes(extract('2024年全旗主要指标完成情况\n全年全市空气质量优良天数比率为88.2%\n', 2025))).toEqual([]);
  });

  it('reads a bare 收入 as no indicator (the short form keeps whose income it is)', () => {
    const text = '2025年全区经济社会发展的主要预期目标是社会消费品零售总额增长6%地方级财政收入增长3%居民收入增长5%\n';
    expect(targets(extract(text))).toEqual([
      ['retail_sales', 2025, 'growth', 'exact', '6'],
      ['resident_income', 2025, 'growth', 'exact', '5'],
    ]);
    // The short forms with a head still name their incomes.
    expect(targets(extract('2025年全区经济社会发展的主要预期目标是城镇居民收入增长5%农村居民收入增长6.5%\n'))).toEqual([
      ['urban_income', 2025, 'growth', 'exact', '5'],
      ['rural_income', 2025, 'growth', 'exact', '6.5'],
    ]);
  });

  it('quotes a run-on clause from its name, not from the previous clause’s figure', () => {
    // (地方级财政收入 is no catalogue indicator: its clause is not read, and the next one runs on after its figure.)
    const result = extract('2024年全区主要指标完成情况\n全区地方级财政收入完成6.2亿元增长3.1%城镇常住居民人均可支配收入43120元增长4.6%\n', 2025);
    expect(result.outcomes.map((o) => o.quote)).toEqual([
      '城镇常住居民人均可支配收入43120元增长4.6%',
      '城镇常住居民人均可支配收入43120元增长4.6%',
    ]);
    // A year that opens the clause stays in its quote.
    const year = extract('过去一年 全区地区生产总值增长5.2%2024年城镇新增就业3100人\n', 2025);
    expect(year.outcomes.map((o) => o.quote)).toContain('2024年城镇新增就业3100人');
  });

  it('reads a summary table whose cells repeat their column’s word, placed by that word, not by position', () => {
    const text =
      '石岭县2024年计划执行情况和2025年计划安排\n' +
      '主要指标 2024年计划 2024年预计 2025年目标\n' +
      '地区生产总值增长 计划6.5% 预计5.8% 目标6%左右\n' +
      '地区生产总值总量 预计312亿元\n' +
      '固定资产投资增长 计划8% 预计-1.4% 目标4%\n' +
      '城镇新增就业 计划6000人 预计6420人 目标6000人以上\n' +
      '前三季度地区生产总值增长5.2%\n';
    const result = extract(text);
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '4'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '6000'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.8'],
      ['gdp', 2024, 'level', '312'],
      ['fixed_asset_investment', 2024, 'growth', '-1.4'],
      ['new_urban_jobs', 2024, 'level', '6420'],
    ]);
    // Without the header naming the columns' years, a labelled cell is not placed (计划 is no year's target here).
    const bare = extract('石岭县2024年计划执行情况和2025年计划安排\n地区生产总值增长 计划6.5% 预计5.8% 目标6%左右\n');
    expect(outcomes(bare)).toEqual([]);
    expect(targets(bare)).not.toContainEqual(['gdp', 2025, 'growth', 'about', '6']);
  });

  it('keeps a line that opens on a year apart from the line above when that line ends with a whole figure', () => {
    // An OCR'd summary, one sentence a line, no punctuation: lines cut inside a clause are still joined.
    const text =
      '石岭区人民政府工作报告摘要\n' +
      '2024年全区地区生产总值完成215.3亿元增长5.1%规模以上工业增加值增长6.2%城镇新增就业3120人城镇登记失业率2.9%\n' +
      '2025年全区经济社会发展的主要预期目标是地区生产总值增长5.5%规模以上工业增加值增长7%城镇新增就业3000人以上城镇登记失业率控\n' +
      '制在3.5%以内完成市下达的节能减排任务\n' +
      '重点工作加快建设物流枢纽全年实施重点项目60个新建改建农村公路120公里改造老旧小区35个\n';
    const prepared = prepareText(text).text;
    expect(prepared).toContain('2.9%\n2025年');
    expect(prepared).toContain('城镇登记失业率控制在3.5%以内');
  });

  it('reads 社零 / 社零额, the short name of retail sales in chat copies and news', () => {
    const text = '去年也就是2024年 全县GDP 312.6亿元 增长5.6%\n社零 118.4亿元 增长4.9%\n今年2025年的目标\nGDP 增长6%左右\n社零额 增长6%\n';
    const result = extract(text);
    expect(outcomes(result)).toContainEqual(['retail_sales', 2024, 'level', '118.4']);
    expect(outcomes(result)).toContainEqual(['retail_sales', 2024, 'growth', '4.9']);
    expect(targets(result)).toContainEqual(['retail_sales', 2025, 'growth', 'exact', '6']);
    // The city's figure stays the city's.
    expect(outcomes(extract('2024年全县主要指标完成情况\n全市社零增长5.2%\n', 2025))).toEqual([]);
  });

  it('reads a line that opens on a spoken topic and 去年 after the targets as last year’s ("就业这块去年…", "就业方面 去年…")', () => {
    for (const topic of ['就业这块', '就业方面 ']) {
      const text = `今年2025年的目标\nGDP 增长6%左右\n城镇新增就业 5000人以上\n${topic}去年城镇新增就业5320人\n`;
      const result = extract(text, 2025);
      expect(targets(result), topic).toEqual([
        ['gdp', 2025, 'growth', 'about', '6'],
        ['new_urban_jobs', 2025, 'level', 'at_least', '5000'],
      ]);
      expect(outcomes(result), topic).toEqual([['new_urban_jobs', 2024, 'level', '5320']]);
    }
    // A topic before 今年 stays in the plan.
    const plan = extract('今年2025年的目标\nGDP 增长6%左右\n就业方面 今年城镇新增就业5000人以上\n', 2025);
    expect(outcomes(plan)).toEqual([]);
  });
});
