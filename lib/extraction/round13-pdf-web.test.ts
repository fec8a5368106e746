// Rules of round 13 (rules13b: text copied from PDFs and web pages), each reduced to the few lines that carry it
// (constructed, names and figures invented), from the forms retired eval8's writers used and that published
// reports take when their PDF is copied as text: titles wrapped by the page, tables laid out with spaces,
// footnotes at the page's foot, running headers naming the year in brackets.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

describe('round 13 rules (rules13b): PDF copies', () => {
  it('joins a title wrapped after 与, so its second line is no plan heading', () => {
    const text =
      '松溪县2024年国民经济和社会发展计划执行情况与\n2025年国民经济和社会发展计划草案的报告\n\n一、2024年计划执行情况\n' +
      '全县地区生产总值预计完成 210.5 亿元，增长 5.1%。社会消费品零售总额完成 80.2 亿元，增长 4.6%。\n' +
      '二、2025年主要预期目标\n建议2025年全县主要预期目标为：地区生产总值增长 5.5%左右；社会消费品零售总额增长 6%。\n';
    expect(prepareText(text).text.split('\n')[0]).toBe('松溪县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告');
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '210.5'],
      ['gdp', 2024, 'growth', '5.1'],
      ['retail_sales', 2024, 'level', '80.2'],
      ['retail_sales', 2024, 'growth', '4.6'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['retail_sales', 2025, 'growth', 'exact', '6'],
    ]);
  });

  it('keeps the first half of a wrapped title after a page number (no running header ends on 与)', () => {
    const text = '松溪县2024年计划执行情况与2025年计划草案的报告\n                 -1-\n松溪县2024年国民经济和社会发展计划执行情况与\n2025年国民经济和社会发展计划草案的报告\n';
    expect(prepareText(text).text).toContain('松溪县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告');
  });

  it('drops a running header that names the year in brackets at a page break inside a sentence', () => {
    const before =
      '2023年是全面贯彻党的二十大精神的开局之年。一年来，\n我们坚持稳中求进工作总基调，统筹发展和安全，全县经济社会\n' +
      '发展呈现稳中有进、进中向好的良好态势。预计全年实现地区生\n产总值176.4亿元，增长6.3%；规模以上工业增加值增长9.6%；\n' +
      '城镇、农村常住居民人均可支配收入分别达到40100元、18900元，';
    const after = '分别增长5.2%、7.8%。\n（一）聚力产业发展，经济实力持续增强。坚持工业强县不\n动摇，新签约项目63个，协议引资212亿元。';
    const text = `${before}\n\n— 1 —\n\n松溪县人民政府工作报告（2024）\n${after}\n`;
    expect(prepareText(text).text).toContain('分别达到40100元、18900元,分别增长5.2%、7.8%。');
    // A header line with a figure of its own is not dropped by this rule.
    const figure = `${before}\n\n— 1 —\n\n松溪县2024年完成投资120亿元\n${after}\n`;
    expect(prepareText(figure).text).toContain('松溪县2024年完成投资120亿元');
  });

  it('drops a title seen again by the next page number as the running header, and joins the sentence it cut', () => {
    const title = '松溪县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告';
    const text =
      `${title}\n\n一、2024年计划执行情况\n2024年，全县经济运行稳中有进，发展质效稳步提升，县人大确定的\n主要目标任务基本完成。` +
      '全县地区生产总值预计完成 210.5 亿元，增\n长 5.1%。规模以上工业增加值增长 7.9%，固定资产投资增长 3.6%，社会\n' +
      `消费品零售总额完成 80.2 亿元，增长 4.6%。一般公共预算收入完成 12.3 亿元，\n                 -1-\n${title}\n增长 2.7%。\n` +
      '二、2025年主要预期目标\n建议2025年全县主要预期目标为：地区生产总值增长 5.5%左右；社会消费品零售总额增长 6%。\n                 -2-\n';
    const prepared = prepareText(text).text;
    expect(prepared.startsWith(title)).toBe(true);
    // (Round 22, rules22a: the space before a figure in a punctuated line is dropped as a line end may be: compared without spaces.)
    expect(prepared.replace(/ /g, '')).toContain('一般公共预算收入完成12.3亿元,增长2.7%。');
    expect(outcomes(extract(text))).toContainEqual(['budget_revenue', 2024, 'growth', '2.7']);
  });

  it('reads a table laid out with spaces by its columns: last year’s target column is not the result', () => {
    const text =
      '一、2024年计划执行情况\n全县地区生产总值预计增长 5.3%。\n表 1 2024 年主要指标完成情况\n' +
      ' 指标                 2024 年目标      2024 年预计完成      完成情况\n' +
      ' 出口总额（亿元）      —               215.8               —\n' +
      ' 出口总额增速          6%              9.2%                超额完成\n' +
      ' 实际使用外资（亿美元） 2.5             2.08                未完成\n\n' +
      '二、2025年主要预期目标\n建议2025年全县主要预期目标为：地区生产总值增长 5.5%左右；出口总额增长 5%。\n';
    // The rows stay rows (a page's wrapping never joins them).
    expect(prepareText(text).text).toContain('\n 出口总额增速          6%              9.2%                超额完成\n');
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.3'],
      ['exports', 2024, 'level', '215.8'],
      ['exports', 2024, 'growth', '9.2'],
      ['fdi', 2024, 'level', '2.08'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['exports', 2025, 'growth', 'exact', '5'],
    ]);
  });

  it('still joins lines of text without punctuation whose clauses are parted by two spaces', () => {
    const text =
      '会议认为  区政府工作报告 实事求是 目标明确 措施有力  过去一年 全区上下攻坚克难 经济运行稳中向好  初步核算 全区实现地区生产总值\n' +
      '185.2亿元  增长6.1%  规模以上工业增加值增长7.9% 固定资产投资增长5.3%  社会消费品零售总额\n' +
      '92.4亿元 增长6.6%  一般公共预算收入增长4.2%  城镇新增就业6124人 全体居民人均可支配收入增长6%\n' +
      '会议同意报告提出的2024年全区经济社会发展主要预期目标  地区生产总值增长6%左右  规模以上工业增加值增长8%\n';
    const prepared = prepareText(text).text;
    expect(prepared).toContain('地区生产总值185.2亿元');
    expect(prepared).toContain('社会消费品零售总额92.4亿元');
  });

  it('reads a footnote at the page’s foot at its marker: the 同口径 rate beside the reported one', () => {
    const text =
      '一、2024年计划执行情况\n（二）财政收入稳中有升。一般公共预算收入完成 12.36 亿元，增长 2.7%1，税收收入\n完成 9.9 亿元，增长 3.5%。\n\n' +
      '1 同口径增长 5.8%。\n                      -2-\n二、2025年主要预期目标\n主要预期目标为：一般公共预算收入增长 3%。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2024, 'level', '12.36'],
      ['budget_revenue', 2024, 'growth', '2.7'],
      ['tax_revenue', 2024, 'level', '9.9'],
      ['tax_revenue', 2024, 'growth', '3.5'],
      // Quoted from the note, at the page's foot.
      ['budget_revenue', 2024, 'growth', '5.8'],
    ]);
    expect(result.outcomes.find((outcome) => outcome.value === '5.8')).toMatchObject({ comparableBasis: true, quote: '同口径增长 5.8%' });
    // A quote stops at the marker: it never runs on into the note at the page's foot.
    expect(result.outcomes.find((outcome) => outcome.value === '12.36')?.quote).toBe('一般公共预算收入完成 12.36 亿元，增长 2.7%1');
    for (const outcome of result.outcomes) expect(text.slice(outcome.start, outcome.end)).toBe(outcome.quote);
    expect(result.flags.map((flag) => flag.code)).toEqual(['comparable_basis']);
  });

  it('reads a circled footnote under a rule, whose adjustment names its cause at length', () => {
    const text =
      '一、2024年工作回顾\n预计全县一般公共预算收入完成18.9亿元，增长7.1%①；城镇新增就业6200人。\n\n— 3 —\n\n______________\n' +
      '① 剔除土地出让相关税收一次性因素后，同口径增长9.3%。\n\n二、2025年主要目标\n2025年全县主要预期目标是：城镇新增就业6000人以上。\n';
    const prepared = prepareText(text);
    expect(prepared.text).toContain('增长7.1%,剔除土地出让相关税收一次性因素后,同口径增长9.3%;城镇');
    expect(prepared.text).not.toContain('______');
    expect(outcomes(extract(text))).toEqual([
      ['budget_revenue', 2024, 'level', '18.9'],
      ['budget_revenue', 2024, 'growth', '7.1'],
      ['new_urban_jobs', 2024, 'level', '6200'],
      ['budget_revenue', 2024, 'growth', '9.3'],
    ]);
  });

  it('leaves lines that only look like notes: no marker, not at a page foot, a table’s numbered rows', () => {
    // No marker in the text: the line stays where it is.
    const unmarked = '全县一般公共预算收入增长2.7%，税收收入增长3.5%。\n\n1 同口径增长5.8%。\n-2-\n';
    expect(prepareText(unmarked).text).toContain('\n1 同口径增长5.8%。');
    // A numbered line in the middle of a page is an item, not a note.
    const item = '完成目标2,超额完成。\n1 今年全县地区生产总值增长6%左右\n2 城镇新增就业5000人以上\n正文继续。\n';
    expect(prepareText(item).text).toBe(item);
    // A table's numbered rows at the page's foot.
    const rows = '主要指标增长3%1，见下表。\n1　　地区生产总值增长（%）　　5.1　　　　　6左右\n-2-\n';
    expect(prepareText(rows).text).toContain('1  地区生产总值增长(%)  5.1     6左右');
  });

  it('reads 确保X、力争Y as at least X when the PDF spaces the figures out', () => {
    const text = '一、2025年工作回顾\n全县地区生产总值增长5.1%。\n二、2026年主要预期目标\n主要预期目标是:地区生产总值确保增长 5%、力争增长 5.5%;一般公共预算收入确保增长 3%。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'at_least', '5'],
      // Alone, 确保 names no higher figure: exact, as without spaces.
      ['budget_revenue', 2026, 'growth', 'exact', '3'],
    ]);
  });

  it('reads a rate named 自然口径 after one without a basis as the reported rate, the first marked 同口径', () => {
    const text =
      '一、2023年工作回顾\n一般公共预算收入8.14亿元，增长10.2%，自然口径增长6.8%；城镇新增就业3700人。\n二、2024年主要目标\n主要预期目标是：城镇新增就业3500人以上。\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['budget_revenue', 2023, 'level', '8.14'],
      ['budget_revenue', 2023, 'growth', '10.2'],
      ['budget_revenue', 2023, 'growth', '6.8'],
      ['new_urban_jobs', 2023, 'level', '3700'],
    ]);
    expect(result.outcomes.find((outcome) => outcome.value === '10.2')?.comparableBasis).toBe(true);
    expect(result.outcomes.find((outcome) => outcome.value === '6.8')?.comparableBasis).toBeUndefined();
    // …also after a note that says so ("…增速为同口径数,").
    const noted = text.replace('增长10.2%，自然口径', '增长10.2%，一般公共预算收入增速为同口径数，自然口径');
    expect(outcomes(extract(noted)).filter((outcome) => outcome[2] === 'growth').map((outcome) => outcome[3])).toEqual(['10.2', '6.8']);
    // Another indicator's 自然口径 rate in the next clause is not this one's.
    const other = '一、2023年工作回顾\n一般公共预算收入增长10.2%，税收收入自然口径增长6.8%。\n二、2024年主要目标\n主要预期目标是：城镇新增就业3500人以上。\n';
    expect(outcomes(extract(other))).toEqual([
      ['budget_revenue', 2023, 'growth', '10.2'],
      ['tax_revenue', 2023, 'growth', '6.8'],
    ]);
  });
});

describe('round 13 rules (rules13b): web pages', () => {
  it('reads a year-end table’s 1—12月 column as the year’s figures, never a 1—11月 one', () => {
    const page = (months: string) =>
      '2024年松溪县经济运行情况\n发布时间:2025-01-20\n全年全县地区生产总值312.5亿元,同比增长5.6%。\n附表:2024年松溪县主要经济指标\n' +
      `指标          单位      ${months}      同比±%\n地区生产总值      亿元      312.50      5.6\n出口总额          亿元      88.40       7.1\n`;
    expect(outcomes(extract(page('1—12月')))).toEqual([
      ['gdp', 2024, 'level', '312.5'],
      ['gdp', 2024, 'growth', '5.6'],
      ['exports', 2024, 'level', '88.4'],
      ['exports', 2024, 'growth', '7.1'],
    ]);
    expect(outcomes(extract(page('1-12月累计'))).map((outcome) => outcome.slice(0, 3).join(' '))).toContain('exports 2024 level');
    const partYear = extract(page('1—11月'));
    expect(outcomes(partYear)).toEqual([
      ['gdp', 2024, 'level', '312.5'],
      ['gdp', 2024, 'growth', '5.6'],
    ]);
  });

  it('reads targets deputies quote from the report, and the cue 主要预期目标还包括: after them', () => {
    const text =
      '代表热议政府工作报告\n2025-01-12 09:30 来源:松溪日报 作者:李明\n' +
      '  报告显示,2024年全县预计实现地区生产总值210.3亿元,增长5.6%;固定资产投资增长4.1%。\n' +
      '  “地区生产总值增长6%左右的目标,既积极又稳妥。”县人大代表张立说,去年全县规上工业产值增长了11.2%。\n' +
      '  代表们围绕报告提出的“固定资产投资增长7%、社会消费品零售总额增长6%”展开讨论。\n' +
      '  农业界代表更关注“粮食总产量稳定在12万吨以上”的目标。\n' +
      '  据了解,报告提出的2025年全县主要预期目标还包括:一般公共预算收入增长4%,城镇新增就业5000人以上。\n';
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '7'],
      ['retail_sales', 2025, 'growth', 'exact', '6'],
      ['grain_output', 2025, 'level', 'at_least', '12'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '5000'],
    ]);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'level', '210.3'],
      ['gdp', 2024, 'growth', '5.6'],
      ['fixed_asset_investment', 2024, 'growth', '4.1'],
    ]);
  });

  it('does not take the city’s quoted target, nor last year’s, for the report’s', () => {
    const text =
      '一、2024年工作回顾\n全县地区生产总值增长5.6%。\n二、2025年目标\n2025年全县主要预期目标:地区生产总值增长6%。\n确定上述目标,主要考虑与全市' +
      '“一般公共预算收入增长5%左右”的目标保持衔接,“去年固定资产投资增长5%的目标”已经完成,“工业投资增长10%”的口号也已提出。\n';
    expect(targets(extract(text))).toEqual([['gdp', 2025, 'growth', 'exact', '6']]);
    // A quoted target said to be met is last year's: it opens no plan over the review that follows it.
    const met =
      '代表热议政府工作报告\n2025-01-12 09:30 来源:松溪日报\n  报告显示,2024年全县预计实现地区生产总值210.3亿元,增长5.6%。\n' +
      '  “规模以上工业增加值增长8%的目标”顺利完成,代表张立说,全县固定资产投资增长4.1%。\n  报告提出,今年全县地区生产总值增长6%左右。\n';
    const result = extract(met);
    expect(targets(result)).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
    expect(outcomes(result).map((outcome) => outcome[0])).toContain('fixed_asset_investment');
  });

  it('drops readers’ comments under a counted heading, reader-action buttons and a dated metadata line', () => {
    const page =
      '代表热议政府工作报告\n2025-01-12 09:30 来源:松溪日报 作者:李明\n正文:全县地区生产总值增长5.6%。\n' +
      '【点赞 36】【分享至:微信 微博】\n网友评论(2)\n松溪人:去年地区生产总值增长5.6%不容易\n网友甲:希望投资增长7%能实现\n\n正文完。\n';
    const prepared = prepareText(page).text;
    expect(prepared).not.toMatch(/来源|点赞|网友|松溪人|投资增长7%/);
    expect(prepared).toContain('正文:全县地区生产总值增长5.6%。');
    expect(prepared).toContain('正文完。');
    // A bracketed heading naming the targets is no button; a sentence opening on a date is no metadata.
    expect(prepareText('【今年目标】\n2025年1月12日,全县召开大会。来源:正文\n').text).toBe('【今年目标】\n2025年1月12日,全县召开大会。来源:正文\n');
  });

  it('drops a disclosure box’s spaced labels and a search box, not sentences that open alike', () => {
    const page = '松溪县人民政府\n请输入关键词  搜索\n标  题:2025年松溪县政府工作报告\n有 效 性:有效\n索 引 号:001-2025-0012\n2025年松溪县政府工作报告\n各位代表:\n';
    expect(prepareText(page).text.split('\n').filter((line) => line.trim() !== '')).toEqual(['松溪县人民政府', '2025年松溪县政府工作报告', '各位代表:']);
    const prose = '关键是要稳住投资,全县固定资产投资增长5%。\n标题新闻:全县地区生产总值增长5.6%。\n回 顾\n';
    expect(prepareText(prose).text).toBe(prose);
  });
});
