// Rules of round 13 (rules13a: text without punctuation — subtitle tracks, speech-to-text and newspaper OCR), each
// reduced to the few lines that carry it (constructed, names and figures invented), from the forms retired eval8's
// writers typed by hand and that real caption exports, ASR transcripts and scanned pages take.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { parseAsWritten } from '@/lib/targets/parse-as-written';
import { extractProposals } from './extract-proposals';
import { outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

const extract = (text: string, reportYear?: number) => extractProposals(text, { indicators: INDICATORS, ...(reportYear ? { reportYear } : {}) });

describe('round 13 rules (rules13a, text without punctuation)', () => {
  it('does not let a spoken remark about the first half ("我们上半年一度…百分之二") govern the year’s targets after it', () => {
    const text =
      '【语音转写】2025年1月8日 石岭区人民代表大会 政府工作报告\n\n过去的一年 全区地区生产总值增长百分之五点六\n\n' +
      '嗯 我们上半年一度 工业增速只有百分之二 压力很大\n\n今年的主要预期目标是 地区生产总值增长百分之六左右 固定资产投资增长百分之五\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
    ]);
    expect(result.flags.filter((flag) => flag.code === 'in_year_period')).toEqual([]);
    // …nor one without a figure: a paragraph that opens on the year's targets ends any part-year period.
    const aside = extract(text.replace('嗯 我们上半年一度 工业增速只有百分之二 压力很大', '嗯 我们上半年困难很多 大家压力很大'));
    expect(targets(aside)).toEqual(targets(result));
    // A release's paragraph on how far its targets are met is no such opening: its figures stay in-year.
    const progress = extract('石岭区2025年上半年经济运行情况\n全区地区生产总值增长5.1%\n预期目标完成情况较好 固定资产投资增长3%\n', 2025);
    expect(outcomes(progress)).toEqual([]);
    // A part-year release's title (no figure in it) still governs the figures under it, in Chinese numerals too.
    const release = extract('石岭区2025年上半年经济运行情况\n全区地区生产总值增长百分之五点一\n固定资产投资增长百分之三\n', 2025);
    expect(outcomes(release)).toEqual([]);
    expect(release.flags.filter((flag) => flag.code === 'in_year_period').map((flag) => flag.period)).toEqual(['上半年', '上半年']);
  });

  it('drops a subtitle’s clock stamp before a line’s words', () => {
    const text =
      '00:00:31 报告指出 过去一年\n00:00:33 全县预计完成地区生产总值一百零八点六亿元\n00:00:38 同比增长百分之五点九\n' +
      '00:00:41 报告提出 今年全县主要预期目标是\n[00:00:45] 地区生产总值增长百分之六左右\n00:00:49 固定资产投资增长百分之八\n';
    const result = extract(text, 2025);
    expect(result.flags.filter((flag) => flag.code === 'garbled_figure')).toEqual([]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '108.6'],
      ['gdp', 2024, 'growth', '5.9'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '8'],
    ]);
    // A cue's timing line stays furniture (never "--> 00:00:15,400"), and a clock inside a line is left alone.
    const prepared = prepareText('1\n00:00:12,900 --> 00:00:15,400\n增长5.6%\n\n会议于09:30开幕\n').text;
    expect(prepared).not.toContain('-->');
    expect(prepared).toContain('会议于09:30开幕');
  });

  it('reads an OCR copy’s letter-spaced numbers and names, and quotes them as written', () => {
    const text =
      '一 2024年工作回顾\n全区实现地区生产总值 2 6 7 . 8 3亿元  增长6.1%  社 会 消 费 品零售总额1 1 2 . 4亿元 增长6.6%  ' +
      '农村居民人均可支配收入2 4 310元 增长6.9%  城镇新增就业4 4 7 0人  工业投资增长 1 7.6%\n二 2025年主要预期目标\n地区生产总值增长6%左右\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '267.83'],
      ['gdp', 2024, 'growth', '6.1'],
      ['retail_sales', 2024, 'level', '112.4'],
      ['retail_sales', 2024, 'growth', '6.6'],
      ['rural_income', 2024, 'level', '24310'],
      ['rural_income', 2024, 'growth', '6.9'],
      ['new_urban_jobs', 2024, 'level', '4470'],
      ['industrial_investment', 2024, 'growth', '17.6'],
    ]);
    expect(result.outcomes[0]!.quote).toBe('全区实现地区生产总值 2 6 7 . 8 3亿元  增长6.1%');
    // A line spaced out letter by letter, the unit and the percent sign too.
    const spaced = extract('一 2024年工作回顾\n全 区 地 区 生 产 总 值 2 1 8 . 4 亿 元 增 长 6 . 1 %\n二 2025年主要预期目标\n地区生产总值增长6%左右\n');
    expect(outcomes(spaced)).toEqual([
      ['gdp', 2024, 'level', '218.4'],
      ['gdp', 2024, 'growth', '6.1'],
    ]);
    // Not joined: a table's cells, a group of several digits before a space, numbers without a unit, spaced words.
    // (Round 14, rules14c: '12 000人', a group of three digits after the space, is one number grouped as GB/T 15835 prints it:
    // round14-forms.test.ts; two digits before four stay apart.)
    for (const line of ['地区生产总值 亿元 865 5.6%', '城镇新增就业 12 0000人', '排名 1 2 3', '同时 我们要 重点抓 项目']) {
      expect(prepareText(line).text, line).toBe(line);
    }
    expect(prepareText('区 十 七 届 人 大 四 次 会 议 胜 利 闭 幕').text).toBe('区十七届人大四次会议胜利闭幕');
    // A spaced-out cover: its title names the district, its date line the year.
    const cover = extract('石 门 县 人 民 政 府 工 作 报 告\n（ 2 0 2 5 年 1 月 7 日 ）\n\n过去一年 全县地区生产总值增长5.8%\n\n今年主要预期目标 地区生产总值增长6%左右\n');
    expect([cover.reportYear, cover.district]).toEqual([2025, '石门县']);
    expect(targets(cover)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('opens the targets at a 主要预期目标 cue whose colon was lost, when figures follow', () => {
    const text =
      '会议认为 过去一年 全区经济稳中向好 地区生产总值增长5.8%\n\n' +
      '会议同意报告提出的2025年全区经济社会发展主要预期目标  地区生产总值增长6%左右  固定资产投资增长5%以上  一般公共预算收入增长3%\n';
    const result = extract(text);
    expect(result.reportYear).toBe(2025);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'at_least', '5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
    ]);
    expect(outcomes(result)).toEqual([['gdp', 2024, 'growth', '5.8']]);
    // The cue followed by 完成 reports on last year's targets: its figures stay last year's.
    const review = extract('一 2024年工作回顾 全区经济社会发展主要目标 完成情况较好 地区生产总值增长5.8% 固定资产投资增长4%\n\n二 2025年工作安排 今年全区地区生产总值增长6%\n');
    expect(outcomes(review)).toEqual([
      ['gdp', 2024, 'growth', '5.8'],
      ['fixed_asset_investment', 2024, 'growth', '4'],
    ]);
  });

  it('flags a level with an OCR mark for a digit and still reads the clean rate after it', () => {
    const text =
      '一 2024年工作回顾 全区一般公共预算收入9.1■亿元  增长4.2%  全体居民人均可支配收入34568元 增长6.O%  城镇新增就业6124人\n\n' +
      '二 2025年工作安排 主要预期目标是 地区生产总值增长6%\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'growth', '4.2'],
      ['resident_income', 2024, 'level', '34568'],
      ['new_urban_jobs', 2024, 'level', '6124'],
    ]);
    expect(result.flags.filter((flag) => flag.code === 'garbled_figure').map((flag) => flag.quote)).toEqual(['一般公共预算收入9.1■亿元']);
    // A part-year or multi-year rate after the marked level is not the year's growth.
    for (const rate of ['上半年增长4.2%', '年均增长4.2%']) {
      const other = extract(`一 2024年工作回顾 全区一般公共预算收入9.1■亿元 ${rate} 地区生产总值增长5.8%\n\n二 2025年工作安排 主要预期目标是 地区生产总值增长6%\n`);
      expect(outcomes(other), rate).toEqual([['gdp', 2024, 'growth', '5.8']]);
    }
  });

  it('reads speech-to-text’s "六%" (a Chinese numeral before the sign) and a pause before 左右, worded so that parse-as-written reads them back', () => {
    const result = extract('二 2025年目标任务 全县经济社会发展主要预期目标是 地区生产总值增长六%左右 固定资产投资增长百分之五\n');
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
    ]);
    const gdp = result.targets[0]!;
    expect(gdp.quote).toBe('地区生产总值增长六%左右');
    expect(gdp.asWritten).toBe('6%左右');
    const read = parseAsWritten(gdp.asWritten, { measureHint: gdp.measure });
    expect(read.ok && [read.target.qualifier, read.target.value, read.target.unit]).toEqual(['about', '6', '%']);
    // A pause before the qualifier, written as a space, keeps it ("增长百分之六 左右", as "5.5% 以内").
    const paused = extract('二 2025年目标任务 全县主要预期目标是 地区生产总值增长百分之六 左右 一般公共预算收入增长百分之三 以上 城镇新增就业九千人 以上\n');
    expect(targets(paused)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'at_least', '3'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '9000'],
    ]);
    expect(paused.targets.map((target) => parseAsWritten(target.asWritten, { measureHint: target.measure }).ok)).toEqual([true, true, true]);
    // What staff type into the target form is still asked in digits.
    expect(parseAsWritten('增长六%左右')).toEqual({ ok: false, code: 'chinese_numeral' });
  });

  it('reads through a transcript’s hesitations between a name and its figure ("嗯", "这个", a particle before a pause)', () => {
    const text =
      '【语音转写】2025年1月8日 石岭区人民代表大会 政府工作报告\n\n过去一年 全区地区生产总值 嗯 完成四百零二点六亿元 增长百分之五点四\n\n' +
      '今年的主要预期目标是 地区生产总值 嗯 增长百分之六左右 一般公共预算收入呢 增长百分之三以上 城镇新增就业 这个 九千人以上 固定资产投资啊 增长百分之五\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'at_least', '3'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '9000'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '402.6'],
      ['gdp', 2024, 'growth', '5.4'],
    ]);
    expect(result.targets[0]!.quote).toBe('地区生产总值 嗯 增长百分之六左右');
    // 这个 run into a word is a word ("这个目标"); a figure the reader cannot place is never offered as a wording.
    expect(prepareText('完成这个目标 嗯 就业这块').text).toBe('完成这个目标 就业这块');
    const unplaced = extract('今年的主要预期目标是 地区生产总值增长6%左右 粮食总产量稳在三十二万吨 城镇新增就业保九千人以上\n', 2025);
    expect(targets(unplaced)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads the figures after a spoken turn to the work ("要实现这些目标 重点抓好以下几个方面") as tasks', () => {
    const plan = '二 2025年目标任务 全县主要预期目标是 地区生产总值增长6%左右 固定资产投资增长5% 社会消费品零售总额增长6% 一般公共预算收入增长5%\n\n';
    const expected = [
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '5'],
      ['retail_sales', 2025, 'growth', 'exact', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '5'],
    ];
    for (const turn of ['要实现这些目标 重点抓好以下几个方面 第一 抓工业', '为实现上述目标 着力做好以下几项工作 一是抓工业']) {
      expect(targets(extract(`${plan}${turn} 全年新增规上工业企业十五家以上 工业投资增长12% 第二 抓项目\n`)), turn).toEqual(expected);
    }
    // With its colon the turn is no such phrase: a numbered list of the year's undertakings may follow, whose figures stay targets.
    const listed = targets(extract(`${plan.replace(/\n+$/, '')}\n围绕上述目标,我们将抓好以下六个方面工作:\n(1)完成职业技能培训1500人,新增城镇就业1.3万人\n`));
    expect(listed).toEqual([...expected, ['new_urban_jobs', 2025, 'level', 'exact', '1.3']]);
    // A figure the task binds with 确保 is still a commitment.
    expect(targets(extract(`${plan}要实现这些目标 重点抓好以下几个方面 确保粮食播种面积稳定在40万亩以上\n`))).toEqual([...expected, ['grain_area', 2025, 'level', 'at_least', '40']]);
  });

  it('reads 总产量 after a grain-area clause when a space stands for the comma', () => {
    const text = '一 2024年工作回顾 全县粮食播种面积稳定在41.2万亩 总产量16.8万吨 实现了二十连丰\n\n二 2025年目标任务 主要预期目标是 地区生产总值增长6%\n';
    expect(outcomes(extract(text))).toEqual([
      ['grain_area', 2024, 'level', '41.2'],
      ['grain_output', 2024, 'level', '16.8'],
    ]);
    // 总产值 is no output of grain.
    const value = '一 2024年工作回顾 全县粮食播种面积稳定在41.2万亩 总产值增长5% 实现了二十连丰\n\n二 2025年目标任务 主要预期目标是 地区生产总值增长6%\n';
    expect(outcomes(extract(value))).toEqual([['grain_area', 2024, 'level', '41.2']]);
  });
});
