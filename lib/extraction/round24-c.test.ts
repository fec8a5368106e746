// Rules of round 24 (rules24c: PDF copies and text without punctuation from retired eval19), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { isFurnitureLine, prepareText } from './prepare-text';

describe('round 24 rules (rules24c)', () => {
  it('reads a transcript year with its century restored in brackets as the four-digit year, quotes keeping the brackets', () => {
    const prepared = prepareText('有代表说（20）26年要再加把劲 (19)98年那场洪水');
    expect(prepared.text).toBe('有代表说2026年要再加把劲 1998年那场洪水');
    // A bracketed figure, a list number or a year in brackets is not a shortened year.
    expect(prepareText('增长(20)个百分点 第(20)项 (2025)年').text).toBe('增长(20)个百分点 第(20)项 (2025)年');
    expect(prepareText('(20)25').text).toBe('(20)25');
  });

  it('opens the list at "YEAR年的主要预期目标" followed by a pause and the figures in a transcript without punctuation', () => {
    const transcript =
      '分组审议发言整理\n' +
      '代表 李小红\n我说两句 报告讲(20)25年全区地区生产总值达到96.4亿元增长5.1% 不容易\n' +
      '代表 周大海\n我看财政 税收收入完成3.3亿元增长2.4% 报告提出(20)26年的主要预期目标 固定资产投资增长7% 城镇新增就业2400人以上 一般公共预算收入增长4% 我赞成\n';
    const result = extract(transcript);
    expect(targets(result).map((t) => t[0])).toEqual(expect.arrayContaining(['fixed_asset_investment', 'new_urban_jobs', 'budget_revenue']));
    expect(targets(result).every((t) => t[1] === 2026)).toBe(true);
    expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'level', '96.4'], ['gdp', 2025, 'growth', '5.1']]));
    expect(outcomes(result).map((o) => o[0])).not.toContain('new_urban_jobs');
  });

  it('refuses "…年的主要预期目标" run into words, or said of the year past', () => {
    // "今年的主要目标任务" names tasks; "完成了2025年的主要预期目标" with no pause looks back.
    const result = extract('代表 王一\n去年完成了2025年的主要预期目标任务 城镇新增就业2600人\n');
    expect(targets(result)).toEqual([]);
  });

  it('reads, after the targets, a speaker citing the report on last year after a pause as last year\'s figures', () => {
    const transcript =
      '审议发言录音整理\n' +
      '代表 韩立\n报告提出2026年的主要预期目标 地区生产总值增长6%左右 社会消费品零售总额增长5% 我觉得可以\n\n' +
      '代表 沈月\n我讲讲就业 报告里说去年城镇新增就业2750人 一般公共预算收入完成5.6亿元 建议今年多盯住就业\n';
    const result = extract(transcript);
    expect(outcomes(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '2750'], ['budget_revenue', 2025, 'level', '5.6']]));
    expect(targets(result).map((t) => t[0])).not.toContain('new_urban_jobs');
    expect(targets(result).map((t) => t[0])).toEqual(expect.arrayContaining(['gdp', 'retail_sales']));
  });

  it('refuses a pause that cites no report, or cites the report on this year', () => {
    const transcript =
      '审议发言录音整理\n' +
      '代表 韩立\n报告提出2026年的主要预期目标 地区生产总值增长6%左右 我觉得可以\n\n' +
      '代表 沈月\n我讲讲就业 报告讲今年城镇新增就业2800人以上\n';
    const result = extract(transcript);
    expect(outcomes(result).map((o) => o[0])).not.toContain('new_urban_jobs');
  });

  it('drops a word processor\'s page-number field copied with its code as a page break, joining the sentence across it', () => {
    expect(['—PAGE9—', '—PAGEPage9—', '- PAGE Page 14 -', 'PAGE \\* MERGEFORMAT 3'].every(isFurnitureLine)).toBe(true);
    const report =
      '青岭县2026年政府工作报告\n一、2025年工作回顾\n全年社会消费品零售总额增长4.2%;城镇和农村居民人均可支配收入分别达到\n\n' +
      '—PAGEPage3—\n\n51230元和27460元,分别增长4.5%和6.9%。\n二、2026年主要预期目标\n地区生产总值增长5.5%左右。\n';
    expect(outcomes(extract(report))).toEqual(expect.arrayContaining([
      ['urban_income', 2025, 'level', '51230'], ['rural_income', 2025, 'level', '27460'],
      ['urban_income', 2025, 'growth', '4.5'], ['rural_income', 2025, 'growth', '6.9'],
    ]));
  });

  it('keeps lines that only open on PAGE but carry words or a year, and other capitals', () => {
    expect(['PAGE 2025年', 'PAGE 增长5%', 'PAGES 3', 'PAGE 1200亿元'].some(isFurnitureLine)).toBe(false);
  });

  it('reads a speaker citing "报告里面" on last year after the targets as last year\'s figures, and refuses it on this year', () => {
    const transcript =
      '两会现场录音\n' +
      '报告提出2026年的主要预期目标 地区生产总值增长6%左右 一般公共预算收入增长4%\n\n' +
      '代表 秦晓\n报告里面说 去年全县社会消费品零售总额增长了4.8% 我们店里生意也好\n\n' +
      '代表 杜明\n报告里面讲 今年城镇新增就业2200人以上 有信心\n';
    const result = extract(transcript);
    expect(outcomes(result)).toEqual(expect.arrayContaining([['retail_sales', 2025, 'growth', '4.8']]));
    expect(targets(result).map((t) => t[0])).not.toContain('retail_sales');
    expect(outcomes(result).map((o) => o[0])).not.toContain('new_urban_jobs');
  });

  it('flags a figure the copy printed as a bracketed ellipsis, never proposing its clause as a wording', () => {
    const report =
      '松岗县2026年政府工作报告\n二、2026年主要预期目标\n地区生产总值增长5%左右;粮食产量稳定在〔...〕万吨以上;' +
      '一般公共预算收入达到[…]亿元;城乡居民人均可支配收入增长与经济增长同步。\n';
    const result = extract(report);
    expect(targets(result).map((t) => t[0])).not.toContain('budget_revenue');
    expect(targets(result).map((t) => t[0])).not.toContain('grain_output');
    expect(targets(result).map((t) => t[0])).toEqual(expect.arrayContaining(['gdp', 'resident_income']));
    expect(result.flags.length).toBeGreaterThan(0);
  });
});

