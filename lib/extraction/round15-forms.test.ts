// Rules of round 15 (rules15b: plan reports, work reports, PDF copies and text without punctuation from retired eval10),
// each reduced to the few lines that carry it (constructed, names and figures invented), from the forms eval10's
// writers used and that published plan reports and work reports take. Each names the mechanism it fixes; the variants
// differ from the corpus text in wording, order, indicator and spacing, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

const PLAN = '\n二、2025年主要预期目标\n地区生产总值增长5.5%左右。\n';
const REVIEW = '一、2024年国民经济和社会发展计划执行情况\n（一）主要指标完成情况\n';

describe('round 15 rules (rules15b)', () => {
  it('reads an item headed by the indicator alone after a sentence restating the year’s plan', () => {
    const text =
      REVIEW +
      '1.规模以上工业增加值。年度计划增长7%。全年预计增长7.9%,高于计划0.9个百分点。\n' +
      '（二）固定资产投资。 年初目标为增长8%左右。 预计同比增长6.2%,低于预期。\n' +
      '3、社会消费品零售总额。全年目标任务:增长6%。完成88.2亿元,增长4.1%。\n' +
      '4.一般公共预算收入。年初预期目标为增长5%。预计下降1.8%,主要受减税影响。' +
      PLAN;
    expect(outcomes(extract(text))).toEqual([
      ['industrial_value_added', 2024, 'growth', '7.9'],
      ['fixed_asset_investment', 2024, 'growth', '6.2'],
      ['retail_sales', 2024, 'level', '88.2'],
      ['retail_sales', 2024, 'growth', '4.1'],
      ['budget_revenue', 2024, 'growth', '-1.8'],
    ]);
    // The plan's own figure is never an outcome: an item that only restates its plan, or whose next sentence is
    // another indicator's part (其中…), or a result sentence that only mentions the plan (预计完成年度计划的…).
    const refused =
      REVIEW +
      '1.一般公共预算收入。年初预期目标为增长5%。受减税降费影响,收入有所下降。\n' +
      '2.固定资产投资。年度计划增长9%。其中民间投资增长3.1%。\n' +
      '3.社会消费品零售总额。预计完成年度计划的96%。' +
      PLAN;
    expect(outcomes(extract(refused))).toEqual([]);
  });

  it('reads a plan report’s dash bullet headed by the indicator alone', () => {
    const text =
      REVIEW +
      '——地区生产总值。预计完成312.6亿元,增长4.1%,低于年度计划1.9个百分点。\n' +
      '—— 城镇居民人均可支配收入。全年达到46210元,同比增长4.6%。\n' +
      '——　社会消费品零售总额。年度计划增长6%。预计全年完成156.3亿元,增长3.4%。' +
      PLAN;
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2024, 'level', '312.6'],
      ['gdp', 2024, 'growth', '4.1'],
      ['urban_income', 2024, 'level', '46210'],
      ['urban_income', 2024, 'growth', '4.6'],
      ['retail_sales', 2024, 'level', '156.3'],
      ['retail_sales', 2024, 'growth', '3.4'],
    ]);
    // A dash before words that only end on the name is no heading: the next sentence is not its figure.
    const inSentence = REVIEW + '——全力稳住地区生产总值。预计完成318.4亿元的项目投资。' + PLAN;
    expect(outcomes(extract(inSentence))).toEqual([]);
  });

  it('reads past a bracketed note that sets a convention for the rest of the text', () => {
    const text =
      '2024年工作回顾\n过去一年,全县地区生产总值达到286.1亿元,同比增长(以下简称增长)5.8%;' +
      '规模以上工业增加值增长（按可比价格计算，下同）7.2%;固定资产投资(以下同)增长4.4%。\n' +
      '2025年主要预期目标:社会消费品零售总额增长6%。\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2024, 'level', '286.1'],
      ['gdp', 2024, 'growth', '5.8'],
      ['industrial_value_added', 2024, 'growth', '7.2'],
      ['fixed_asset_investment', 2024, 'growth', '4.4'],
    ]);
    // A bracket holding a figure, or words that set nothing, is no such note.
    const other = '2024年工作回顾\n过去一年,全县地区生产总值增长(上年为4.1%)5.8%;固定资产投资增长(含跨区项目)4.4%。\n2025年主要预期目标:社会消费品零售总额增长6%。\n';
    expect(outcomes(extract(other))).toEqual([]);
  });

  it('reads a fiscal name owned by its level of government or its field, and 公共财政收入 (the pre-2014 name)', () => {
    const text =
      '2024年工作回顾\n过去一年,全县财政一般公共预算收入21.45亿元,增长3.9%;城镇新增就业5120人。\n' +
      '2025年主要预期目标:地方级一般公共预算收入增长5%;地区生产总值增长6%。\n';
    expect(outcomes(extract(text))).toEqual([
      ['budget_revenue', 2024, 'level', '21.45'],
      ['budget_revenue', 2024, 'growth', '3.9'],
      ['new_urban_jobs', 2024, 'level', '5120'],
    ]);
    expect(targets(extract(text))).toEqual([
      ['budget_revenue', 2025, 'growth', 'exact', '5'],
      ['gdp', 2025, 'growth', 'exact', '6'],
    ]);
    const old = '2024年工作回顾\n一年来,全市公共财政总收入48.2亿元,增长6.1%;地方公共财政收入26.7亿元,增长4.8%。\n2025年主要预期目标:公共财政收入增长5%左右。\n';
    expect(outcomes(extract(old))).toEqual([
      ['budget_revenue', 2024, 'level', '26.7'],
      ['budget_revenue', 2024, 'growth', '4.8'],
    ]);
    expect(targets(extract(old))).toEqual([['budget_revenue', 2025, 'growth', 'about', '5']]);
    // Not the district's revenue: the central government's share, the local taxes within it.
    const refused = '2024年工作回顾\n过去一年,中央财政一般公共预算收入12.1亿元,增长2%;一般公共预算收入8.2亿元,其中地方税收收入增长6.6%。\n2025年主要预期目标:地区生产总值增长6%。\n';
    expect(outcomes(extract(refused))).toEqual([['budget_revenue', 2024, 'level', '8.2']]);
  });

  it('reads the adjusted rate in brackets after the reported one, its adjustment inside', () => {
    const cases: Array<[string, string]> = [
      ['一般公共预算收入18.3亿元,增长2.2%(扣除留抵退税因素后同口径增长7.5%);', '7.5'],
      ['一般公共预算收入下降1.9%（剔除上年一次性收入影响，增长4.3%），', '4.3'],
      ['一般公共预算收入增长0.8% (扣除土地出让一次性因素后,同比增长6%);', '6'],
    ];
    for (const [line, adjusted] of cases) {
      const result = extract(`2024年工作回顾\n过去一年,全县${line}城镇新增就业5120人。\n2025年主要预期目标:地区生产总值增长6%。\n`);
      expect(outcomes(result), line).toContainEqual(['budget_revenue', 2024, 'growth', adjusted]);
      expect(result.flags.map((flag) => flag.code), line).toContain('comparable_basis');
    }
    // A part taken out of the total is no other basis of the whole (round 22: a category; an investment taken out is one).
    const part = extract('2024年工作回顾\n过去一年,全县社会消费品零售总额增长3%(扣除汽车类后增长9%)。\n2025年主要预期目标:地区生产总值增长6%。\n');
    expect(outcomes(part)).toEqual([['retail_sales', 2024, 'growth', '3']]);
  });

  it('joins a stray OCR space inside the integer part of a decimal figure before its unit', () => {
    const text =
      '报告指出 2024年全县地区生产总值完成21 4.6亿元 同比增长5 .1% 粮食总产量达到13 2.5万吨\n' +
      '社会消费品零售总额 10 8.37亿元 增长4.2%\n报告提出 2025年主要预期目标是 地区生产总值增长6%左右\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2024, 'level', '214.6'],
      ['gdp', 2024, 'growth', '5.1'],
      ['grain_output', 2024, 'level', '132.5'],
      ['retail_sales', 2024, 'level', '108.37'],
      ['retail_sales', 2024, 'growth', '4.2'],
    ]);
    // Two numbers stay two: after a clock's or a date's separator, at a line's start, or three digits before the space.
    const apart = prepareText('00:12:31 6.8亿元\n2024/12 6.8亿元\n12 6.8亿元\n完成126 6.8亿元\n').text;
    expect(apart).toBe('6.8亿元\n2024/12 6.8亿元\n12 6.8亿元\n完成126 6.8亿元\n');
  });

  it('never joins a subtitle caption to the caption above it, and ends a run of one-target lines at the turn to the work', () => {
    const lines = [
      '00:00:05 各位代表 现在我代表县人民政府',
      '00:00:09 向大会报告政府工作 请予审议',
      '00:00:13 请县政协委员和其他列席人员提出意见',
      '00:00:18 过去一年 我们坚持稳中求进工作总基调',
      '00:00:27 经济运行持续向好 民生保障不断加强',
      '00:20:01 今年全县经济社会发展的主要预期目标是',
      '00:20:04 地区生产总值增长6%左右',
      '00:20:07 一般公共预算收入增长4%',
      '00:20:09 城镇新增就业4500人以上',
      '00:20:12 社会消费品零售总额增长6.5%',
      '00:20:15 全面完成省市下达的节能降碳任务',
      '00:20:19 为此要重点抓好以下八个方面工作',
      '00:20:23 第一 抓项目建设 固定资产投资增长9%以上',
      '00:20:28 第二 抓乡村振兴 持续巩固拓展脱贫攻坚成果',
    ];
    const text = '2024年工作回顾\n' + lines.join('\n') + '\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '4500'],
      ['retail_sales', 2025, 'growth', 'exact', '6.5'],
      ['energy_saving', 2025, 'growth', 'qualitative', null],
    ]);
    // The captions stay lines of their own; the same lines without clock stamps (prose without punctuation cut by a
    // page) are joined.
    expect(prepareText(text).text).toContain('节能降碳任务\n为此要重点抓好以下八个方面工作\n第一');
    expect(prepareText(text.replace(/\d\d:\d\d:\d\d /g, '')).text).toContain('节能降碳任务为此要重点抓好以下八个方面工作第一');
    const srt = '1\n00:20:15,000 --> 00:20:18,000\n全面完成省市下达的节能降碳任务\n\n2\n00:20:19,000 --> 00:20:22,000\n为此要重点抓好以下八个方面工作\n';
    expect(prepareText(srt).text).toContain('节能降碳任务\n');
  });

  it('reads a table whose cells a PDF copy kept one space apart, by its header', () => {
    const text =
      '一、2024年计划执行情况\n全县经济运行总体平稳。\n附表　2024 年主要指标完成情况\n' +
      '主要指标 单位 2024 年目标 2024 年完成 增速(%)\n' +
      '城镇新增就业 万人 1.2 以上 1.35 —\n' +
      '出口总额 亿美元 3.5 3.82 9.1\n' +
      '社会消费品零售总额 亿元 6 左右 96.4 4.4\n' +
      '注：增速按可比价格计算。\n' +
      PLAN;
    expect(outcomes(extract(text))).toEqual([
      ['new_urban_jobs', 2024, 'level', '1.35'],
      ['exports', 2024, 'level', '3.82'],
      ['exports', 2024, 'growth', '9.1'],
      ['retail_sales', 2024, 'level', '96.4'],
      ['retail_sales', 2024, 'growth', '4.4'],
    ]);
    expect(prepareText(text).text).toContain('出口总额\t亿美元\t3.5\t3.82\t9.1\n');
    // Not a table: no 单位 cell in the header, rows that do not come out as many cells, prose under the header.
    const loose = [
      '主要指标 2024 年目标 2024 年完成\n城镇新增就业 万人 1.2 1.35\n出口总额 亿美元 3.5 3.82\n',
      '指标 单位 目标 完成\n城镇新增就业 万人 1.2 1.35 8.8\n出口总额 亿美元 3.5\n',
      '指标 单位 目标 完成\n全年城镇新增就业 比上年多 1200 人\n出口总额 创历史 新高 3.82\n',
    ];
    for (const table of loose) expect(prepareText(table).text, table).toBe(table);
  });

  it('drops a gazette’s running header set flush left and right, its issue number beside the year', () => {
    // A page of prose cut at its width, the page's foot ("— 2 —") and the next page's header inside a clause.
    const body =
      '一年来，全县上下坚持稳中求进工作总基调，经济运行总体平稳。全县地区生产总值完成86.2亿元，增长5.9%；社会消费品零售总额完成31.4亿元，' +
      '增长4.6%；城镇居民人均可支配收入达到41230元，增长5.1%。全年粮食播种面积稳定在12.6万亩，粮食总产量达到';
    const rows = body.match(/.{1,28}/g)!.join('\n');
    const page = (header: string) =>
      `${header}\n政府工作报告\n一、2024年工作回顾\n${rows}\n　　　　　　　　　　　　　　　　— 2 —\n\n${header}\n5.31万吨，实现连续增产。城镇新增就业1320人。\n` +
      '二、2025年主要预期目标\n地区生产总值增长6%左右。\n';
    for (const header of ['青禾县人民政府公报                                2025年第2期', '青禾县政府公报　　　　　第 3 期　　　　2025年', '青禾区人民政府公报        2025 年第12号']) {
      expect(outcomes(extract(page(header))), header).toContainEqual(['grain_output', 2024, 'level', '5.31']);
      expect(prepareText(page(header)).text.split('公报').length, header).toBe(2);
    }
    // Not a running header: a line holding another figure, seen twice (a table's row above and below a page break).
    const twice = '政府工作报告\n城镇新增就业        1320人\n全县经济运行平稳。\n— 2 —\n\n城镇新增就业        1320人\n';
    expect(prepareText(twice).text.split('城镇新增就业        1320人').length).toBe(3);
  });

  it('reads a stock at the period’s end (期末) and never a part of the total left after a category is taken out', () => {
    const text =
      REVIEW +
      '全县新登记经营主体3120户,期末实有经营主体4.26万户,比上年末增长5.2%。\n' +
      '社会消费品零售总额下降0.8%;扣除汽车类后,社会消费品零售总额增长2.9%。\n' +
      '规模以上工业增加值增长4.4%,剔除石油及制品类商品后增长6.1%。\n' +
      '一般公共预算收入增长1.5%,剔除土地出让类收入后,同口径增长5.5%。' +
      PLAN;
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['market_entities', 2024, 'level', '4.26'],
      ['market_entities', 2024, 'growth', '5.2'],
      ['retail_sales', 2024, 'growth', '-0.8'],
      ['industrial_value_added', 2024, 'growth', '4.4'],
      ['budget_revenue', 2024, 'growth', '1.5'],
      ['budget_revenue', 2024, 'growth', '5.5'],
    ]);
  });

  it('reads a handed-down wording shared with names the catalogue lacks', () => {
    const top = '2024年工作回顾\n全县地区生产总值增长5%。\n2025年主要预期目标是:地区生产总值增长6%左右;';
    const cases: Array<[string, string]> = [
      ['单位地区生产总值能耗、细颗粒物（PM2.5）年均浓度完成市级下达的目标任务。', 'energy_intensity'],
      ['节能降耗、主要污染物减排全面完成省下达任务。', 'energy_saving'],
      ['单位地区生产总值能耗、碳排放强度、用水总量完成上级下达的控制目标。', 'energy_intensity'],
    ];
    for (const [line, key] of cases) expect(targets(extract(top + line + '\n')), line).toContainEqual([key, 2025, 'growth', 'qualitative', null]);
    // Not a wording handed down: the list's own aim, with no 下达.
    expect(targets(extract(top + '单位地区生产总值能耗、水耗完成下降目标。\n'))).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });

  it('reads 丨 (an OCR column rule, a post’s separator) as the bar it stands for, ending the clause', () => {
    const text =
      '两会丨2025年青禾县政府工作报告要点\n2024年工作回顾 全县地区生产总值增长5.6%丨固定资产投资增长7.1%\n' +
      '报告提出 2025年主要预期目标是 地区生产总值增长6%左右 城镇新增就业2800人 一般公共预算收入增长5% 社会消费品零售总额增长7% 完成节能减排目标任务丨报告还对2025年工作作了部署\n';
    const result = extract(text);
    expect(outcomes(result)).toEqual([
      ['gdp', 2024, 'growth', '5.6'],
      ['fixed_asset_investment', 2024, 'growth', '7.1'],
    ]);
    expect(targets(result)).toContainEqual(['energy_saving', 2025, 'growth', 'qualitative', null]);
    // The quote keeps the text as written.
    expect(result.targets.find((target) => target.indicatorKey === 'energy_saving')!.quote).toBe('节能减排目标任务');
    expect(prepareText('增长5.6%丨固定').text).toBe('增长5.6%|固定');
  });

  it('reads a subtitle file’s captions of targets as one run, captions in words among them', () => {
    const captions = [
      '2024年全县地区生产总值增长5.1%',
      '报告提出 今年全县地区生产总值增长6%左右',
      '固定资产投资增长8%',
      '居民人均可支配收入增长和经济增长基本同步',
      '一般公共预算收入增长4%',
      '完成市下达的节能降碳任务',
      '县人大代表 某镇镇长',
      '今年我们镇要力争旅游收入增长两成',
    ];
    const srt = captions.map((caption, index) => `${index + 1}\n00:00:${String(10 + index * 4).padStart(2, '0')},200 --> 00:00:${String(13 + index * 4).padStart(2, '0')},900\n${caption}\n`).join('\n');
    expect(prepareText(srt).text).toContain('今年全县地区生产总值增长6%左右\n固定资产投资增长8%\n居民人均可支配收入');
    expect(targets(extract(srt))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['fixed_asset_investment', 2025, 'growth', 'exact', '8'],
      ['resident_income', 2025, 'growth', 'relative', null],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
      ['energy_saving', 2025, 'growth', 'qualitative', null],
    ]);
    // A caption that states no target ends the run: the wordings under it are not the report's targets.
    const interrupted = srt.replace('固定资产投资增长8%', '我们要把群众的事办好办实');
    expect(targets(extract(interrupted))).toEqual([
      ['gdp', 2025, 'growth', 'about', '6'],
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
    ]);
  });
});
