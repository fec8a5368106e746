// Rules of round 20 (rules20c: PDF copies and text without punctuation from retired eval15), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { columnWrapGaps } from './column-wraps';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { readCharacterReferences } from './html-entities';
import { letterSpacingGaps } from './letter-spacing';
import { spaceCellBoundaries } from './space-cells';

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

  it('reads a space-separated annex table with a two-line header and names wrapped in their column', () => {
    const text =
      '二、2026 年计划安排\n建议 2026 年全县主要预期目标为:地区生产总值增长 6% 左右。\n附表\n' +
      '主要指标 单位 2025 年 2025 年 2026 年\n目标 预计 目标\n' +
      '规模以上工业增加值 % 7 7.4 6.5\n增速\n城镇调查失业率 % 5.5 以内 5.1 5.5 以内\n' +
      '粮食总产量 万吨 41 41.6 41.5 以上\n注:以上为预计数。\n';
    const result = extract(text);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['industrial_value_added', 2026, 'growth', 'exact', '6.5'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ['grain_output', 2026, 'level', 'at_least', '41.5'],
    ]));
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['urban_unemployment_rate', 2025, 'level', '5.1'],
      ['grain_output', 2025, 'level', '41.6'],
    ]));
    // The header's second line is the header's: its spaces are read as tabs.
    const table = '指标名称 单位 2025 年 2025 年 2026 年\n计划 完成 计划\n城镇新增就业 人 5200 5380 5300\n粮食播种面积 万亩 52 52.4 52\n';
    expect(spaceCellBoundaries(table).map((at) => table.slice(at - 2, at))).toContain('计划');
  });

  it('refuses a second header line with figures, or with a word for other than each figure column, and two name lines running', () => {
    const rows = '城镇新增就业 人 5200 5380 5300\n粮食播种面积 万亩 52 52.4 52\n';
    // A line of figures under the header is a row, never the header's (and here, no row of the table: nothing is read).
    expect(spaceCellBoundaries(`指标名称 单位 2025 年 2025 年 2026 年\n计划 5 计划\n${rows}`)).toEqual([]);
    // Two words for three columns: not the header's second line.
    expect(spaceCellBoundaries(`指标名称 单位 2025 年 2025 年 2026 年\n计划 预计\n${rows}`)).toEqual([]);
    // A name's rest is one line: a second word line ends the table.
    const table = `指标名称 单位 2025 年 2025 年 2026 年\n计划 完成 计划\n${rows}说明\n附注\n工业用电量 亿千瓦时 8 8.2 8.5\n`;
    const cut = table.indexOf('说明');
    expect(spaceCellBoundaries(table).filter((at) => at > cut)).toEqual([]);
  });

  it('reads a page\'s numeric character references as their marks ("#xff0c;", "&#xff1b;", "&#12290;"), one character for one', () => {
    const text =
      '一、2025年工作回顾\n全县粮食总产量达到8.4亿斤#xff0c;增长2.1%#xff1b;城镇新增就业3260人&#12290;\n' +
      '二、2026年主要预期目标\n地区生产总值增长6%左右&#xff1b;农村居民人均可支配收入增长7%#XFF0C;城镇调查失业率5.5%以内&#12290;\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['rural_income', 2026, 'growth', 'exact', '7'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
    ]);
    expect(outcomes(result)).toEqual([
      ['grain_output', 2025, 'level', '8.4'],
      ['grain_output', 2025, 'growth', '2.1'],
      ['new_urban_jobs', 2025, 'level', '3260'],
    ]);
    expect(readCharacterReferences('增长6%#xff0c;')).toHaveLength('增长6%#xff0c;'.length);
    expect(readCharacterReferences('增长6%#xff0c;').replace(/\u200b/g, '')).toBe('增长6%，');
    expect(readCharacterReferences('投资100#xff0c;')).toContain('，');
    expect(readCharacterReferences('A&#x1F4C8;').replace(/\u200b/g, '')).toBe('A📈');
  });

  it('leaves what is no character reference: a decimal without its ampersand, a control character, a word before "#x…;"', () => {
    for (const text of ['第#12;项', '编号#65292;', 'a&#x0;b', 'ab#xff0c;', '增长6%#xff0c', '&#xd800;', 'id#x2c;']) {
      expect(readCharacterReferences(text)).toBe(text);
    }
  });

  it('opens a clause without punctuation after a rank told by its verb, or after a review paragraph\'s run-in heading', () => {
    const text =
      '2026年某县政府工作报告(摘要)\n\n一年来全县地区生产总值完成356.2亿元增长5.8%增速在淮北县区位列第三一般公共预算收入增长4.2%\n\n' +
      '现代农业稳步提升农村居民人均可支配收入达到21480元增长7.1%\n\n社会事业取得新成效城镇新增就业8600人\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'level', '356.2'],
      ['gdp', 2025, 'growth', '5.8'],
      ['budget_revenue', 2025, 'growth', '4.2'],
      ['rural_income', 2025, 'level', '21480'],
      ['rural_income', 2025, 'growth', '7.1'],
      ['new_urban_jobs', 2025, 'level', '8600'],
    ]);
  });

  it('refuses a name after the heading or the rank that is another entity\'s, or a sub-item\'s', () => {
    const text =
      '2026年某县政府工作报告(摘要)\n\n一年来全县地区生产总值完成356.2亿元增长5.8%增速排名第三全市规上工业增加值增长6.9%\n\n' +
      '现代农业取得新进展全省粮食总产量达到612亿斤\n\n文旅产业持续提升新增涉旅企业营业收入增长12%\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'level', '356.2'],
      ['gdp', 2025, 'growth', '5.8'],
    ]);
  });

  it('drops the spaces of a letter-spaced two-character word before a letter-spaced number ("增 速 7 . 2 %")', () => {
    const text = '一、2025年工作回顾\n全 县 一 般 公 共 预 算 收 入 达 到 9 . 8 6 亿 元 ， 增 速 7 . 2 % 。\n';
    expect(outcomes(extract(text))).toEqual([
      ['budget_revenue', 2025, 'level', '9.86'],
      ['budget_revenue', 2025, 'growth', '7.2'],
    ]);
    const line = '人 均 收 入 2 1 5 0 0 元 ， 增 长 6 . 4 %';
    expect(letterSpacingGaps(line).map((at) => line.slice(at - 1, at + 2))).toContain('增 长');
    // A pair before an unspaced figure, or before a table's cells, keeps its space.
    expect(letterSpacingGaps('计 划 6.5 7.2')).toEqual([]);
    expect(letterSpacingGaps('单 位 65 00')).toEqual([]);
  });
});
