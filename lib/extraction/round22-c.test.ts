// Rules of round 22 (rules22c: PDF copies and text without punctuation from retired eval17), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { cellLineBreaks } from './cell-lines';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 22 rules (rules22c)', () => {
  it('reads a poster\'s boxes read across by OCR (two names on a line, their figures side by side under them) box by box', () => {
    const poster =
      '图解 青川县2026年政府工作报告\n县融媒体中心\n2025年亮点回顾\n' +
      '社会消费品零售总额 一般公共预算收入\n86.2亿元 增长4.9%\n增长7.3%\n' +
      '粮食总产量 城镇新增就业\n增长1.2% 5120人\n12.4万吨\n' +
      '农村居民人均可支配收入 城镇居民人均可支配收入\n21450元 增长6.6% 45830元 增长4.8%\n' +
      '2026年主要预期目标\n' +
      '固定资产投资 地区生产总值\n增长7%以上 增长5.5%左右\n' +
      '城镇登记失业率 居民人均可支配收入\n4%以内 与经济增长同步\n' +
      '单位地区生产总值能耗 城镇新增就业\n完成省下达任务 5000人以上\n' +
      '2026年重点工作\n新建高标准农田2万亩\n';
    const result = extract(poster);
    expect(result.reportYear).toBe(2026);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '7'],
      ['gdp', 2026, 'growth', 'about', '5.5'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '4'],
      ['resident_income', 2026, 'growth', 'relative', null],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
      ['new_urban_jobs', 2026, 'level', 'at_least', '5000'],
    ]));
    expect(targets(result)).toHaveLength(6);
    // A lone cell on a box's second line goes to the box that lacks its measure: 增长7.3% to the revenue, 12.4万吨 to the grain.
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['retail_sales', 2025, 'level', '86.2'],
      ['budget_revenue', 2025, 'growth', '4.9'],
      ['retail_sales', 2025, 'growth', '7.3'],
      ['grain_output', 2025, 'growth', '1.2'],
      ['grain_output', 2025, 'level', '12.4'],
      ['new_urban_jobs', 2025, 'level', '5120'],
      ['rural_income', 2025, 'level', '21450'],
      ['rural_income', 2025, 'growth', '6.6'],
      ['urban_income', 2025, 'level', '45830'],
      ['urban_income', 2025, 'growth', '4.8'],
    ]));
    expect(outcomes(result)).toHaveLength(10);
  });

  it('gives a lone cell to no box when both or neither lack its measure, and reads no row whose names line holds a figure', () => {
    // Both boxes already hold a growth: the lone 增长3.0% is neither's.
    const ambiguous = extract('2026年某区政府工作报告\n2025年回顾\n地区生产总值 固定资产投资\n增长5.1% 增长3.9%\n增长3.0%\n2026年主要预期目标\n地区生产总值增长5%左右\n');
    expect(outcomes(ambiguous).filter((o) => o[3] === '3')).toEqual([]);
    expect(outcomes(ambiguous)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '5.1'], ['fixed_asset_investment', 2025, 'growth', '3.9']]));
    // Prose with a space after its name ("地区生产总值 增长5%左右") is no row of names: read as prose.
    const prose = extract('2026年某县政府工作报告\n2026年主要预期目标\n地区生产总值 增长5%左右 固定资产投资 增长6%\n');
    expect(targets(prose)).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '5']]));
    // Three cells under two boxes cannot be shared out: the line gives no box a figure.
    const uneven = extract('2026年某区政府工作报告\n2025年回顾\n粮食总产量 城镇新增就业\n12.4万吨 增长1.2% 5120人\n2026年主要预期目标\n地区生产总值增长5%左右\n');
    expect(outcomes(uneven).filter((o) => o[0] === 'grain_output' || o[0] === 'new_urban_jobs')).toEqual([]);
  });

  it('reads a PDF table flattened one cell a line whose narrow columns wrapped cells (a year over its word, a long name) and that opens on 序号', () => {
    const table =
      '2026年主要指标\n序号\n指标名称\n单位\n2025年\n预计完成\n2026年\n目标\n' +
      '1\n一般公共预算收入增速\n%\n4.2\n5左右\n' +
      '2\n农村常住居民人均可支\n配收入增速\n%\n6.9\n7以上\n' +
      '3\n粮食总产量\n万吨\n31.8\n31以上\n' +
      '4\n城镇新增就业\n人\n4310\n4000以上\n\n- 7 -\n';
    const result = extract('桐溪县2026年国民经济和社会发展计划草案\n\n一、2025年计划执行情况\n全县经济稳中向好。\n\n二、2026年主要目标\n各项指标见附表。\n\n附表\n' + table);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['budget_revenue', 2026, 'growth', 'about', '5'],
      ['rural_income', 2026, 'growth', 'at_least', '7'],
      ['grain_output', 2026, 'level', 'at_least', '31'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
    ]));
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['budget_revenue', 2025, 'growth', '4.2'],
      ['rural_income', 2025, 'growth', '6.9'],
      ['grain_output', 2025, 'level', '31.8'],
      ['new_urban_jobs', 2025, 'level', '4310'],
    ]));
    // The wrapped header cells and name are one cell each: their inner breaks are dropped, the others read as tabs.
    const breaks = cellLineBreaks(table);
    expect(breaks.joins.map((at) => table.slice(at - 3, at))).toEqual(['25年', '26年', '均可支']);
  });

  it('reads no wrapped cell where the rows do not come out whole, nor a short name over the next line', () => {
    // A short name over another name-like line is no wrapped name: the run is no table.
    const short = '序号\n指标名称\n单位\n2026年\n目标\n1\n粮食总产量\n稳定\n万吨\n30以上\n2\n城镇新增就业\n人\n4000以上\n';
    expect(cellLineBreaks(short)).toEqual({ tabs: [], joins: [] });
    // A year heading a column on its own line ("2025年" over "2026年") wraps no word: each year is its column's cell.
    const years = '指标名称\n单位\n2025年\n2026年\n粮食总产量\n万吨\n31.8\n31以上\n城镇新增就业\n人\n4310\n4000以上\n';
    expect(cellLineBreaks(years).joins).toEqual([]);
    expect(cellLineBreaks(years).tabs).toHaveLength(9);
  });

  it('opens the plan at a part heading that names the development indicators and calls them targets in brackets', () => {
    const breakdown = (heading: string) =>
      '关于印发2026年县政府重点工作责任分解方案的通知\n发布时间:2026-01-20\n\n各乡镇人民政府,县直各单位\n现将2026年重点工作分解如下\n\n' +
      `${heading}\n\n1.一般公共预算收入增长4%(责任单位:县财政局)\n\n2.城镇调查失业率控制在5.5%以内(责任单位:县人社局)\n\n` +
      '3.城乡居民收入增长与经济增长基本同步(责任单位:县人社局)\n\n二、县政府重点工作\n\n4.城镇新增就业3000人以上(牵头单位:县人社局)\n';
    for (const heading of ['一、经济社会发展指标(工作目标)', '一、主要指标（预期目标）', '经济社会发展主要指标(目标)']) {
      const result = extract(breakdown(heading));
      expect(result.reportYear).toBe(2026);
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'exact', '4'],
        ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
        ['resident_income', 2026, 'growth', 'relative', null],
      ]));
      expect(outcomes(result)).toEqual([]);
    }
    // The indicators' results ("…指标(完成情况)") or a heading that goes on after the bracket open no plan.
    for (const heading of ['一、经济社会发展指标(完成情况)', '一、主要指标(目标)完成情况']) {
      expect(targets(extract(breakdown(heading))).filter((t) => t[0] === 'budget_revenue')).toEqual([]);
    }
  });

  it('reads such a table\'s cells as a PDF spaces them ("2025 年", "4000 以上") and a target cell\'s wording where it has no figure', () => {
    const table =
      '附表\n主要指标\n单位\n2025 年\n完成\n2026 年\n目标\n城镇新增就业\n人\n4120\n4000 以上\n' +
      '一般公共预算收入增长\n%\n3.6\n4 左右\n单位地区生产总值能耗下降\n%\n3.2\n完成省下达目标\n';
    const result = extract('青杉县2026年计划草案的报告\n\n一、2025年计划执行情况\n全县经济平稳运行。\n\n二、2026年主要预期目标\n主要指标详见附表。\n\n' + table);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
      ['budget_revenue', 2026, 'growth', 'about', '4'],
      ['energy_intensity', 2026, 'growth', 'qualitative', null],
    ]));
    expect(outcomes(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '4120'], ['energy_intensity', 2025, 'growth', '-3.2']]));
    // A wording that sets no target ("保持稳定") is no cell: the table ends before its row.
    const loose = '主要指标\n单位\n2025 年\n完成\n2026 年\n目标\n城镇新增就业\n人\n4120\n4000 以上\n粮食总产量\n万吨\n12.4\n12 以上\n外贸出口额\n亿元\n3.1\n保持稳定\n';
    const breaks = cellLineBreaks(loose);
    expect(breaks.tabs.every((at) => at < loose.indexOf('外贸出口额'))).toBe(true);
    expect(breaks.tabs).toHaveLength(9);
  });

  it('reads a transcript\'s spoken two-digit year opening a clause ("25年全区…") as a word of time, checked as "2025年" is', () => {
    const news = (clause: string) =>
      '某区新闻 2026年1月15日\n\n今天上午区人代会开幕区长代表区人民政府作政府工作报告\n\n' +
      `区长在报告中说${clause}\n\n报告提出26年全区主要预期目标是地区生产总值增长5.5%左右\n`;
    expect(outcomes(extract(news('25年全区规模以上工业增加值增长7.1%固定资产投资增长3.3%')))).toEqual(expect.arrayContaining([
      ['industrial_value_added', 2025, 'growth', '7.1'],
      ['fixed_asset_investment', 2025, 'growth', '3.3'],
    ]));
    // Another year spoken so ("23年…") is not last year's; a count of years ("连续20年") is no year at all.
    expect(outcomes(extract(news('23年全区规模以上工业增加值增长6.4%'))).filter((o) => o[0] === 'industrial_value_added')).toEqual([]);
    expect(outcomes(extract(news('我们连续20年规模以上工业增加值增长8%以上')))).toEqual([]);
  });

  it('reads a narrated review paragraph\'s run-in slogan ("一年来我们…", "这一年我们坚持…") as its heading, up to the first name', () => {
    const report = (paragraph: string) => `某区2026年政府工作报告\n一2025年工作回顾\n${paragraph}\n二2026年工作安排\n主要预期目标是地区生产总值增长6%左右\n`;
    expect(outcomes(extract(report('过去一年我们聚焦产业升级工业强区持续发力全区规模以上工业增加值增长8.3%')))).toEqual(expect.arrayContaining([
      ['industrial_value_added', 2025, 'growth', '8.3'],
    ]));
    expect(outcomes(extract(report('这一年我们坚持就业优先城镇新增就业4250人')))).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '4250']]));
    // The quote opens on the name, not inside the slogan.
    expect(extract(report('一年来我们稳产保供农业增效粮食总产量达到12.6万吨')).outcomes.map((o) => o.quote)).toEqual(['粮食总产量达到12.6万吨']);
    // A slogan that restates a target, compares or speaks of the city is no heading: its figure is not last year's result.
    expect(outcomes(extract(report('一年来我们紧扣年度目标稳中求进地区生产总值增长7%')))).toEqual([]);
    expect(outcomes(extract(report('这一年我们全市规模以上工业增加值增长6.1%')))).toEqual([]);
  });

  it('flags a draft\'s blank figure ("增长 X%", "XX.X 亿元") as garbled, reads the clean rate after it, and proposes no wording', () => {
    const draft =
      '某县2026年政府工作报告(征求意见稿)\n\n一、2025年工作回顾\n\n全县社会消费品零售总额 XX.X 亿元、增长 5.2%;粮食总产量 31.6 万吨。\n\n' +
      '二、2026年主要预期目标\n\n全县经济社会发展的主要预期目标是:规模以上工业增加值增长 X%,固定资产投资增长 6%,居民人均可支配收入增长与经济增长同步。\n';
    const result = extract(draft);
    expect(outcomes(result)).toEqual(expect.arrayContaining([['retail_sales', 2025, 'growth', '5.2'], ['grain_output', 2025, 'level', '31.6']]));
    expect(outcomes(result).filter((o) => o[0] === 'retail_sales' && o[2] === 'level')).toEqual([]);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['fixed_asset_investment', 2026, 'growth', 'exact', '6'],
      ['resident_income', 2026, 'growth', 'relative', null],
    ]));
    expect(targets(result).filter((t) => t[0] === 'industrial_value_added')).toEqual([]);
    expect(result.flags.filter((f) => f.code === 'garbled_figure').map((f) => f.indicatorKey).sort()).toEqual(['industrial_value_added', 'retail_sales']);
  });

  it('joins a numbered paragraph\'s first line that goes on after its run-in heading\'s full stop to the line under it, on a page of digits', () => {
    const page = [
      '一、2025年工作回顾',
      '（一）坚持工业强县，园区建设提速。全年新增规模',
      '以上工业企业24家，总数达到218家，新材料产业营',
      '业收入增长13.8%，园区亩均税收增长9.6%，较上年',
      '提高2.1个百分点，招引亿元以上项目31个，完成投',
      '资68亿元。',
      '（二）坚持就业优先，居民收入稳步增长。城乡',
      '居民人均可支配收入分别达到41260元和19870元，分',
      '别增长4.9%和7.2%，城镇调查失业率5.2%。',
      '二、2026年主要预期目标',
      '地区生产总值增长6%左右。',
    ].join('\n');
    const result = extract(`某县2026年政府工作报告\n\n${page}\n`);
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['urban_income', 2025, 'level', '41260'],
      ['rural_income', 2025, 'level', '19870'],
    ]));
    // A numbered heading that ends on its own words ("（三）坚持生态优先") still stands alone.
    const headed = extract('某县2026年政府工作报告\n\n' + page.replace('（二）坚持就业优先，居民收入稳步增长。城乡\n居民', '（二）坚持就业优先居民收入稳步增长\n城乡居民'));
    expect(outcomes(headed)).toEqual(expect.arrayContaining([['urban_income', 2025, 'level', '41260']]));
  });
});
