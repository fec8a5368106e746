// Rules of round 14 (rules14a: text copied from PDFs), each on constructed pages (names and figures invented), from
// the forms retired eval9's writers used and that PDF and newspaper pages take when copied as text: pages set in two
// columns whose lines interleave, tables copied one cell a line, footnote markers in superscript, adjustments named
// by their 因素, titles wrapped before 统计公报.
import { describe, expect, it } from 'vitest';
import { readColumns } from './columns';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

const places = (text: string) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);

/** A paragraph cut into lines of at most `width` places, as a PDF's column cuts it (anywhere, even inside a word). */
function cut(paragraph: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const char of paragraph) {
    if (places(line + char) > width) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

/** Two columns side by side: the right column's lines start at place `at`, the gap filled with `space`. */
function page(left: string[], right: string[], at: number, space = ' '): string {
  const rows = Math.max(left.length, right.length);
  return Array.from({ length: rows }, (_, row) => {
    const l = left[row] ?? '';
    const r = right[row] ?? '';
    if (!r) return l;
    const gap = at - places(l);
    return l + (space === '\u3000' ? '\u3000'.repeat(Math.ceil(gap / 2)) : ' '.repeat(gap)) + r;
  }).join('\n');
}

function split(text: string) {
  const lines: Array<{ start: number; end: number; next: number; text: string }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length, next: start + line.length + 1, text: line });
    start += line.length + 1;
  }
  return lines;
}

/** True when the reader left every line where it stands, whole. */
function untouched(text: string): boolean {
  const lines = split(text);
  const read = readColumns(lines, text);
  return read.joins.size === 0 && read.lines.length === lines.length && read.lines.every((line, index) => line.physical === index && line.start === lines[index]!.start && line.end === lines[index]!.end);
}

describe('round 14 rules (rules14a): a page in two columns is read column by column', () => {
  it('reads a newspaper page whose report column runs beside another article (gutter of six spaces)', () => {
    const report =
      '本报讯 1月8日上午，青岚区第三届人民代表大会第五次会议开幕。区长作政府工作报告。报告指出，过去一年，全区社会消费品零售总额完成63.4亿元，增长4.7%；一般公共预算收入完成9.82亿元，增长3.6%。' +
      '报告提出，2026年全区主要预期目标是：地区生产总值增长6%左右；固定资产投资增长7%以上；城镇新增就业4200人。';
    const other = '区政协会议闭幕 会议期间，委员们围绕全市地区生产总值增长5%的目标建言献策，提交提案120件；力争全区新增市场主体8000户以上，为发展贡献力量。';
    const left = cut(report, 32);
    const right = cut(other, 30);
    const text = `青岚日报  要闻\n\n${page(left, right, 38)}\n`;
    const prepared = prepareText(text).text;
    expect(prepared).toContain('社会消费品零售总额完成63.4亿元,增长4.7%;一般公共预算收入完成9.82亿元,增长3.6%。');
    expect(prepared).toContain('地区生产总值增长6%左右;固定资产投资增长7%以上;城镇新增就业4200人。');
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '7'],
      ['new_urban_jobs', 2026, 'level', 'exact', '4200'],
    ]);
    expect(outcomes(result)).toEqual([
      ['retail_sales', 2025, 'level', '63.4'],
      ['retail_sales', 2025, 'growth', '4.7'],
      ['budget_revenue', 2025, 'level', '9.82'],
      ['budget_revenue', 2025, 'growth', '3.6'],
    ]);
    // Every quote is the original's text from its first to its last character (the other column's lines between).
    for (const proposal of [...result.targets, ...result.outcomes]) expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
  });

  it('reads a report box of two narrow columns with a wide gutter, the right column longer than the left', () => {
    const left = cut('规模以上工业增加值增长8.2%；固定资产投资下降1.5%，其中工业投资增长12.6%。', 24);
    const right = cut('城镇居民人均可支配收入52180元，增长4.9%；农村居民人均可支配收入27340元，增长7.1%。城镇新增就业6150人。', 26);
    const text = `一、2024年计划执行情况\n专栏 主要指标完成情况\n${page(left, right, 34)}\n二、2025年主要预期目标\n建议2025年全县主要预期目标为：地区生产总值增长5.5%左右。\n`;
    const prepared = prepareText(text).text;
    expect(prepared).toContain('固定资产投资下降1.5%,其中工业投资增长12.6%。');
    expect(prepared).toContain('农村居民人均可支配收入27340元,增长7.1%。城镇新增就业6150人。');
    expect(outcomes(extract(text))).toEqual(
      expect.arrayContaining([
        ['industrial_value_added', 2024, 'growth', '8.2'],
        ['fixed_asset_investment', 2024, 'growth', '-1.5'],
        ['industrial_investment', 2024, 'growth', '12.6'],
        ['urban_income', 2024, 'level', '52180'],
        ['urban_income', 2024, 'growth', '4.9'],
        ['rural_income', 2024, 'level', '27340'],
        ['rural_income', 2024, 'growth', '7.1'],
        ['new_urban_jobs', 2024, 'level', '6150'],
      ]),
    );
  });

  it('reads columns parted by full-width spaces, the left column running on alone below the right one', () => {
    const plan = '今年全镇经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；社会消费品零售总额增长6%；一般公共预算收入增长4%以上。';
    const left = cut(plan, 28);
    const right = cut('本报记者 陈 雪 通讯员 周立 报道：全市文旅消费季启动，推出惠民活动三十余项。', 28).slice(0, 3);
    const text = `2026年1月6日\n${page(left, right, 32, '\u3000')}\n`;
    const prepared = prepareText(text).text;
    expect(prepared).toContain('地区生产总值增长5.5%左右;社会消费品零售总额增长6%;一般公共预算收入增长4%以上。');
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['retail_sales', 2026, 'growth', 'exact', '6'],
      ['budget_revenue', 2026, 'growth', 'at_least', '4'],
    ]);
  });

  it('never joins the left column’s last line to the right column’s first', () => {
    const left = cut('全区实施重点项目86个，完成投资71.4亿元，新开工项目42个，竣工项目', 26);
    const right = cut('体育健身活动蓬勃开展，全年举办赛事二十余场次，参与群众超过五万人次，场馆设施更加完善。', 26);
    const read = readColumns(split(page(left, right, 32)), page(left, right, 32));
    expect(read.lines.map((line) => line.physical)).toEqual([...left.keys(), ...right.keys()]);
    expect(read.breaks.has(left.length - 1)).toBe(true);
  });

  it('leaves a table laid out with spaces alone (several gaps a row, figures in the cells)', () => {
    const table = ['指标名称        单位      2024年完成    2025年目标', '地区生产总值增长  %         5.6           6左右', '固定资产投资增长  %         4.1           6', '城镇新增就业      人        5230          5000以上', '社会消费品零售总额增长  %  5.1           5.5'].join('\n');
    expect(untouched(table)).toBe(true);
  });

  it('leaves a two-cell table of names and targets alone (one gap a row, names of uneven length)', () => {
    const table = ['主要指标                      预期目标', '地区生产总值                  增长6%左右', '规模以上工业增加值            增长7%', '社会消费品零售总额            增长6.5%', '城镇新增就业                  5000人以上'].join('\n');
    expect(untouched(table)).toBe(true);
  });

  it('leaves running headers, signatures and indented headings alone', () => {
    const text = [
      '某某区发展和改革局                              2025年计划执行情况与2026年计划草案',
      '一、2025年计划执行情况',
      '全区地区生产总值预计完成412.6亿元，增长5.8%，完成年度目标的96.7%。',
      '                    二、2026年主要预期目标',
      '建议2026年全区经济社会发展主要预期目标为：地区生产总值增长5.5%左右。',
      '某某区发展和改革局                              2025年计划执行情况与2026年计划草案',
      '                                        某某区人民政府',
      '                                        2026年1月8日',
    ].join('\n');
    expect(untouched(text)).toBe(true);
  });

  it('leaves spaced clauses of a text without punctuation alone (gaps not lined up, lines not cut at an edge)', () => {
    const text = ['去年全县地区生产总值增长5.6%    规上工业增加值增长7.2%', '固定资产投资增长4%      社零总额增长5%    一般公共预算收入增长3%', '城镇新增就业5200人    城镇调查失业率5.1%', '今年目标 地区生产总值增长6%左右    城镇新增就业5000人以上'].join('\n');
    expect(untouched(text)).toBe(true);
    // Three lines whose one gap lines up, but the left side a figure alone: no prose, no columns.
    const figures = ['2024年                完成情况良好，全面完成', '356.2亿元              增长幅度位居全市前列', '5.8%                   高于年度目标零点三个百分点'].join('\n');
    expect(untouched(figures)).toBe(true);
  });
});

describe('round 14 rules (rules14a): a bulletin title wrapped right before 统计公报', () => {
  it('reads the year from a title whose second line is 统计公报 alone, letter-spaced or not', () => {
    const body = '\n某县统计局\n2025年3月28日\n一、综合\n全年全县地区生产总值 215.4 亿元，按可比价格计算，比上年增长 5.2%。\n';
    for (const title of ['临川县2024年国民经济和社会发展\n统计公报', '临 川 县 2 0 2 4 年 国 民 经 济 和 社 会 发 展\n统 计 公 报', '临川县 2024 年国民经济和社会发展\n统计公报（摘要）']) {
      const result = extract(title + body);
      expect(result.reportYear).toBe(2025);
      expect(outcomes(result)).toEqual([
        ['gdp', 2024, 'level', '215.4'],
        ['gdp', 2024, 'growth', '5.2'],
      ]);
    }
  });

  it('never takes a bulletin cited in prose as the title', () => {
    const text = '据《临川县2024年国民经济和社会发展\n统计公报》显示，全县经济稳中有进。\n全县地区生产总值增长5.2%。\n';
    expect(extract(text).reportYear).toBeNull();
  });
});

describe('round 14 rules (rules14a): an adjustment naming its year, or ending on 因素', () => {
  const review = (sentence: string) => `2025年政府工作报告\n一、2024年工作回顾\n${sentence}\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n`;

  it('reads the adjusted rate after a cause that names a year, with the name again or without it', () => {
    for (const [sentence, reported, adjusted] of [
      ['全县一般公共预算收入完成8.2亿元，下降2.3%，扣除2023年土地出让一次性因素，同口径增长4.9%。', '-2.3', '4.9'],
      ['一般公共预算收入完成12.6亿元，增长1.4%，剔除 2023 年一次性专项收入后，全年地方一般公共预算收入同口径增长 6.8%。', '1.4', '6.8'],
      ['地方一般公共预算收入9.95亿元，比上年增长2.2%，剔除上年一次性矿业权出让收入因素，同口径增长8.1%；社会消费品零售总额增长5%。', '2.2', '8.1'],
    ] as const) {
      const result = extract(review(sentence));
      const budget = result.outcomes.filter((o) => o.indicatorKey === 'budget_revenue' && o.measure === 'growth');
      expect(budget.map((o) => [o.value, o.comparableBasis ?? false])).toEqual([
        [reported, false],
        [adjusted, true],
      ]);
      expect(result.flags.map((flag) => flag.code)).toContain('comparable_basis');
    }
  });

  it('never reads a year inside the cause as the figure’s year, and never takes 扣除价格因素 for another basis', () => {
    const result = extract(review('全县一般公共预算收入完成8.2亿元，增长3.1%，扣除价格因素，实际增长2.2%。'));
    expect(result.outcomes.some((o) => o.comparableBasis)).toBe(false);
    // A year that names the figure's own period is still another year's figure.
    expect(outcomes(extract(review('2023年全县一般公共预算收入同口径增长6.5%。')))).toEqual([]);
  });
});

describe('round 14 rules (rules14a): footnotes with superscript marks, on a level, or without a figure', () => {
  const page = (review: string, notes: string) =>
    `2025年政府工作报告\n一、2024年工作回顾\n${review}\n\n${notes}\n                 — 2 —\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n`;

  it('reads a note marked with a superscript digit at its marker', () => {
    for (const [review, notes, adjusted] of [
      ['全县一般公共预算收入完成 9.84 亿元，增长 2.1%¹，税收占比 72.5%。', '¹ 同口径增长 5.6%，主要是上年一次性收入抬高基数。', '5.6'],
      ['社会消费品零售总额增长6.3%。一般公共预算收入完成12.7亿元，下降1.2%²；', '² 剔除上年土地出让一次性收入因素后，同口径增长3.4%。', '3.4'],
      ['一般公共预算收入14.05亿元，同比增长0.8%³。', '³ 按同口径计算增长4.7%。', '4.7'],
    ] as const) {
      const result = extract(page(review, notes));
      expect(result.outcomes.filter((o) => o.indicatorKey === 'budget_revenue' && o.comparableBasis).map((o) => o.value)).toEqual([adjusted]);
    }
  });

  it('reads a note marked on a level after the level’s own rate, so the rate stays the level’s', () => {
    for (const [review, notes, reported, adjusted] of [
      ['一般公共预算收入完成17.35亿元①，增长1.8%；城镇新增就业5100人。', '① 一般公共预算收入剔除去年同期一次性土地收入后同口径增长6.2%。', '1.8', '6.2'],
      ['全县地方一般公共预算收入8.6亿元①，下降3.5%，税收收入增长2%。', '① 剔除一次性因素后，同口径增长4.1%。', '-3.5', '4.1'],
      ['一般公共预算收入完成21.3亿元¹，同比增长2.6%。', '¹ 扣除留抵退税因素后，增长7.9%。', '2.6', '7.9'],
    ] as const) {
      const result = extract(page(review, notes));
      const budget = result.outcomes.filter((o) => o.indicatorKey === 'budget_revenue' && o.measure === 'growth');
      expect(budget.map((o) => [o.value, o.comparableBasis ?? false])).toEqual([
        [reported, false],
        [adjusted, true],
      ]);
      // The level's quote never reaches into the note.
      const level = result.outcomes.find((o) => o.indicatorKey === 'budget_revenue' && o.measure === 'level')!;
      expect(level.quote).not.toContain('剔除');
    }
  });

  it('drops a note without a figure with its marker: a 分别 series goes on', () => {
    for (const notes of ['② 按国家统计局调查队初步测算数。', '② 数据来源：县统计局快报。']) {
      const result = extract(page('城镇、农村居民人均可支配收入分别达到45870元、23950元②，分别增长4.6%、6.9%。', notes));
      expect(outcomes(result)).toEqual([
        ['urban_income', 2024, 'level', '45870'],
        ['rural_income', 2024, 'level', '23950'],
        ['urban_income', 2024, 'growth', '4.6'],
        ['rural_income', 2024, 'growth', '6.9'],
      ]);
    }
  });

  it('never reads a part taken out of a total, or 扣除价格因素, as another basis after the name', () => {
    const review = (sentence: string) => `2025年政府工作报告\n一、2024年工作回顾\n${sentence}\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n`;
    // (Round 22, rules22a: an investment taken out is a second basis now, README-independent; a category is still a part.)
    expect(extract(review('全县社会消费品零售总额增长3.1%，社会消费品零售总额扣除汽车类后增长8.9%。')).outcomes.some((o) => o.comparableBasis)).toBe(false);
    expect(extract(review('全县一般公共预算收入增长3.1%，一般公共预算收入扣除价格因素后增长1.2%。')).outcomes.some((o) => o.comparableBasis)).toBe(false);
  });
});

describe('round 14 rules (rules14a): a table copied one cell a line', () => {
  const plan = (table: string) =>
    `关于某县2024年国民经济和社会发展计划执行情况及2025年计划草案的报告\n一、2024年计划执行情况\n全县经济运行总体平稳，稳中有进。\n表1 主要指标完成情况\n${table}\n\n二、2025年主要预期目标\n建议2025年全县主要预期目标为：地区生产总值增长5.5%左右。\n`;

  it('reads the rows by their header, whatever the width and the header’s words', () => {
    const four = ['指标', '单位', '2024年计划', '2024年预计', '出口总额', '亿元', '18', '19.4', '单位地区生产总值能耗降低率', '%', '3', '3.2', '社会消费品零售总额', '亿元', '96', '97.3'].join('\n');
    expect(outcomes(extract(plan(four)))).toEqual(
      expect.arrayContaining([
        ['exports', 2024, 'level', '19.4'],
        ['energy_intensity', 2024, 'growth', '-3.2'],
        ['retail_sales', 2024, 'level', '97.3'],
      ]),
    );
    const three = ['项目', '单位', '2024年完成', '一般公共预算收入', '万元', '86420', '城镇新增就业', '人', '5230', '实际使用外资', '万美元', '2150'].join('\n');
    expect(outcomes(extract(plan(three)))).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2024, 'level', '86420'],
        ['new_urban_jobs', 2024, 'level', '5230'],
        ['fdi', 2024, 'level', '2150'],
      ]),
    );
    // The rows come out as tab-separated lines; a bare "6" is never taken for a page number.
    const prepared = prepareText(plan(['指标', '单位', '2024年计划', '2024年预计', '地区生产总值增速', '%', '6', '5.6', '固定资产投资增速', '%', '8', '7.7'].join('\n'))).text;
    expect(prepared).toContain('地区生产总值增速\t%\t6\t5.6\n固定资产投资增速\t%\t8\t7.7');
  });

  it('leaves short lines alone when they do not part into whole rows of names and figures', () => {
    const headings = ['主要指标', '稳中有进', '质效提升', '结构优化', '民生改善', '动能增强', '风险可控'].join('\n');
    expect(prepareText(headings).text).not.toContain('\t');
    const uneven = ['指标', '单位', '完成', '地区生产总值', '亿元', '326.5', '增长', '%', '5.9', '城镇新增就业'].join('\n');
    expect(prepareText(uneven).text).toContain('\t');
    expect(prepareText(uneven).text.split('\n').at(-1)).toBe('城镇新增就业');
    const words = ['指标', '说明', '备注', '地区生产总值', '按可比价', '初步核算', '固定资产投资', '不含农户', '快报数'].join('\n');
    expect(prepareText(words).text).not.toContain('\t');
  });
});

describe('round 14 rules (rules14a): a line cut inside a figure or its verb', () => {
  const doc = (lines: string) =>
    `某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n全年主要指标预计完成情况如下：\n${lines}\n二、2025年主要预期目标\n建议2025年全县主要预期目标为：地区生产总值增长5.5%左右。\n`;

  it('joins an item cut after a decimal point or inside its verb, however short the line', () => {
    const result = extract(
      doc(
        [
          '——地区生产总值预计完成215.3亿元，增长4.',
          '6%，完成年度目标的92%。',
          '——固定资产投资预计增长1.2%，其中工业投资下',
          '降3.4%。',
          '——社会消费品零售总额预计达',
          '到88.7亿元，增长5%。',
          '——城镇新增就业预计完成4210人，城镇调查失业率控',
          '制在5.2%。',
        ].join('\n'),
      ),
    );
    expect(outcomes(result)).toEqual(
      expect.arrayContaining([
        ['gdp', 2024, 'growth', '4.6'],
        ['industrial_investment', 2024, 'growth', '-3.4'],
        ['retail_sales', 2024, 'level', '88.7'],
        ['urban_unemployment_rate', 2024, 'level', '5.2'],
      ]),
    );
  });

  it('joins across a page break between the halves', () => {
    const text = doc('——一般公共预算收入完成12.6亿元，增\n\n                 — 3 —\n\n长2.8%，税收占比70.1%。');
    expect(outcomes(extract(text))).toContainEqual(['budget_revenue', 2024, 'growth', '2.8']);
  });

  it('never joins a list number, a note’s number or a half verb that no figure follows', () => {
    expect(prepareText('注：1.\n2024年数据为快报数。').text).toBe('注:1.\n2024年数据为快报数。');
    expect(prepareText('1.\n23%的企业实现增长').text).toBe('1.\n23%的企业实现增长');
    expect(prepareText('（二）着力稳增\n长动能。').text).toBe('(二)着力稳增\n长动能。');
  });
});

describe('round 14 rules (rules14a): a news item opening on last year’s figures before its targets, looking back again after them', () => {
  const news = (opening: string) =>
    `本报讯 1月7日，某县第十八届人民代表大会第五次会议开幕。县长作政府工作报告。\n${opening}\n` +
    '报告提出，2025年全县经济社会发展主要预期目标是：地区生产总值增长6%左右；社会消费品零售总额增长6.5%。\n' +
    '报告回顾，过去一年，全县经营主体总数达到6.12万户，比上年末增长5.1%。\n';

  it('reads the opening sentences as last year’s, however they name the year', () => {
    for (const opening of [
      '报告指出，2024年全县地区生产总值预计完成186.4亿元，增长5.2%；一般公共预算收入完成8.76亿元，增长3.9%。城镇新增就业3120人。',
      '报告显示，去年全县地区生产总值完成186.4亿元，增长5.2%，一般公共预算收入8.76亿元，增长3.9%；城镇新增就业3120人。',
      '县长介绍，2024年全县地区生产总值完成186.4亿元、增长5.2%，一般公共预算收入完成8.76亿元、增长3.9%，城镇新增就业3120人。',
    ]) {
      const result = extract(news(opening));
      expect(outcomes(result)).toEqual(
        expect.arrayContaining([
          ['gdp', 2024, 'level', '186.4'],
          ['gdp', 2024, 'growth', '5.2'],
          ['budget_revenue', 2024, 'level', '8.76'],
          ['budget_revenue', 2024, 'growth', '3.9'],
          ['new_urban_jobs', 2024, 'level', '3120'],
          ['market_entities', 2024, 'level', '6.12'],
        ]),
      );
      expect(targets(result)).toEqual([
        ['gdp', 2025, 'growth', 'about', '6'],
        ['retail_sales', 2025, 'growth', 'exact', '6.5'],
      ]);
    }
  });

  it('never reads an opening on another year, or on this year’s plans, as last year’s', () => {
    for (const opening of ['报告指出，2023年全县地区生产总值完成176.1亿元，增长4.8%。', '报告指出，2025年全县地区生产总值力争突破200亿元，增长6%左右。']) {
      expect(outcomes(extract(news(opening))).filter(([key]) => key === 'gdp')).toEqual([]);
    }
  });
});

describe('round 14 rules (rules14a): a sentence opening on this year governs its clauses across semicolons', () => {
  const review = (sentence: string) =>
    `2025年政府工作报告\n一、2024年工作回顾\n全县地区生产总值完成186.4亿元，增长5.2%。${sentence}\n二、2025年主要预期目标\n地区生产总值增长6%左右。\n`;

  it('never reads the later clauses of such a sentence in the review as last year’s figures', () => {
    for (const sentence of ['报告提出，今年将实施重点项目90个以上，年度计划投资75亿元；工业投资增长10%以上。', '今年要新开工项目60个；固定资产投资增长8%；社会消费品零售总额增长6%。', '新的一年，全县将扩大有效投资；工业投资增长12%以上。']) {
      expect(outcomes(extract(review(sentence)))).toEqual([
        ['gdp', 2024, 'level', '186.4'],
        ['gdp', 2024, 'growth', '5.2'],
      ]);
    }
  });

  it('still reads the clauses of a sentence on last year across its semicolons', () => {
    expect(outcomes(extract(review('全年固定资产投资增长4.1%；工业投资增长9.3%。')))).toContainEqual(['industrial_investment', 2024, 'growth', '9.3']);
    expect(outcomes(extract(review('去年实施重点项目80个；工业投资增长9.3%。')))).toContainEqual(['industrial_investment', 2024, 'growth', '9.3']);
  });
});

describe('round 14 rules (rules14a): a right column that starts higher than the left', () => {
  it('reads the right column’s lines above the block as the right column’s', () => {
    const right = cut('会议强调，全县上下要坚定信心，城镇居民人均可支配收入增长5.1%，农村居民人均可支配收入增长7.3%，实现预期目标。', 26);
    const left = cut('报告回顾，过去一年，全县规模以上工业增加值增长7.4%，社会消费品零售总额增长4.9%。', 26);
    const top = right.slice(0, 2).map((line) => `${' '.repeat(32)}${line}`);
    const text = `2025年1月8日\n${top.join('\n')}\n${page(left, right.slice(2), 32)}\n`;
    const prepared = prepareText(text).text;
    expect(prepared).toContain('全县规模以上工业增加值增长7.4%,社会消费品零售总额增长4.9%。');
    expect(prepared).toContain('城镇居民人均可支配收入增长5.1%,农村居民人均可支配收入增长7.3%');
  });
});

describe('round 14 rules (rules14a): a card of two targets a row', () => {
  it('reads every target of a two-column card, whether or not its rows are taken for columns', () => {
    const rows = [
      ['地区生产总值增长6%左右', '规模以上工业增加值增长7%'],
      ['固定资产投资增长8%以上', '社会消费品零售总额增长6%'],
      ['一般公共预算收入增长4%', '城镇新增就业5200人以上'],
    ];
    const text = `2025年政府工作报告\n二、2025年主要预期目标\n今年全县经济社会发展的主要预期目标是：\n${page(rows.map(([left]) => left!), rows.map(([, right]) => right!), 34)}\n三、重点工作\n`;
    expect(targets(extract(text))).toEqual(
      expect.arrayContaining([
        ['gdp', 2025, 'growth', 'about', '6'],
        ['industrial_value_added', 2025, 'growth', 'exact', '7'],
        ['fixed_asset_investment', 2025, 'growth', 'at_least', '8'],
        ['retail_sales', 2025, 'growth', 'exact', '6'],
        ['budget_revenue', 2025, 'growth', 'exact', '4'],
        ['new_urban_jobs', 2025, 'level', 'at_least', '5200'],
      ]),
    );
  });
});

describe('round 14 rules (rules14a): columns in a copy with Windows line ends', () => {
  it('reads the columns and quotes them verbatim', () => {
    const left = cut('报告指出，过去一年，全县一般公共预算收入完成7.46亿元，增长2.8%；城镇新增就业2860人。', 28);
    const right = cut('全市春季招聘会举行，提供岗位四千余个，力争帮助三千名高校毕业生实现就业，活动持续一周。', 28);
    const text = `2025年1月9日\r\n${page(left, right, 36).replace(/\n/g, '\r\n')}\r\n`;
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'level', '7.46'],
      ['budget_revenue', 2024, 'growth', '2.8'],
      ['new_urban_jobs', 2024, 'level', '2860'],
    ]);
    for (const proposal of result.outcomes) expect(text.slice(proposal.start, proposal.end)).toBe(proposal.quote);
  });
});

describe('round 14 rules (rules14a): a figure’s qualifier on the next line, or cut in halves', () => {
  const head = '2025年政府工作报告\n一、2024年工作回顾\n过去一年，全县地区生产总值完成186.4亿元，增长5.2%，各项工作取得新成效，经济社会发展稳中有进。\n二、2025年主要预期目标\n';

  it('keeps the qualifier with its figure across the break', () => {
    const body =
      '今年全县经济社会发展的主要预期目标是：地区生产总值增长6%\n左右；规模以上工业增加值增长8%以上；城镇新增就业5000人\n以上，' +
      '一般公共预算收入增长4%以\n上；城镇调查失业率控制在5.5%以\n内；居民消费价格涨幅3%左\n右。\n';
    expect(targets(extract(head + body))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['industrial_value_added', 2025, 'growth', 'at_least', '8'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '5000'],
      ['budget_revenue', 2025, 'growth', 'at_least', '4'],
      ['urban_unemployment_rate', 2025, 'level', 'at_most', '5.5'],
      ['cpi', 2025, 'growth', 'about', '3'],
    ]);
  });

  it('never joins a line that opens on 以上 as a word, or one after a full stop', () => {
    expect(prepareText('城镇新增就业5000人\n以上各项指标均为预期性指标。').text).toBe('城镇新增就业5000人\n以上各项指标均为预期性指标。');
    expect(prepareText('地区生产总值增长6%。\n以上,请予审议。').text).toBe('地区生产总值增长6%。\n以上,请予审议。');
  });
});

describe('round 14 rules (rules14a): a narrow gutter', () => {
  it('reads columns three spaces apart, a number cut at the left column’s edge', () => {
    const left = cut('报告指出，过去一年，全县一般公共预算收入完成7.46亿元，增长2.8%；城镇新增就业2860人；粮食总产量达到12.4万吨，增长1.6%。', 30);
    const right = cut('全市春季招聘会举行，提供岗位四千余个，力争帮助三千名高校毕业生实现就业，活动持续一周，吸引大批求职者参加。', 30);
    const text = `2025年1月9日\n${page(left, right, 33)}\n`;
    expect(outcomes(extract(text))).toEqual([
      ['budget_revenue', 2024, 'level', '7.46'],
      ['budget_revenue', 2024, 'growth', '2.8'],
      ['new_urban_jobs', 2024, 'level', '2860'],
      ['grain_output', 2024, 'level', '12.4'],
      ['grain_output', 2024, 'growth', '1.6'],
    ]);
  });
});
