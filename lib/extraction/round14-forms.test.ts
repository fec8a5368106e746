// Rules of round 14 (rules14c: plan reports, text without punctuation, and the rest of retired eval9's misses), each
// reduced to the few lines that carry it (constructed, names and figures invented), from the forms eval9's writers used
// and that published reports, congress committees' review reports and OCR copies take. Each names the mechanism it
// fixes; the variants differ from the corpus text in wording, order, indicator and spacing.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

// A people's-congress committee's review of the plan (审查结果报告): its sections are headed "关于…".
const COMMITTEE_TOP =
  '青禾县人民代表大会财政经济委员会\n关于青禾县2025年国民经济和社会发展计划执行情况与2026年计划草案的审查结果报告\n' +
  '县第九届人民代表大会第三次会议主席团:\n现将审查结果报告如下:\n\n';

describe('round 14 rules (rules14c)', () => {
  it('opens the plan at a section heading written "关于/对 + year + plan" (a committee review report)', () => {
    const text =
      COMMITTEE_TOP +
      '一、关于2025年国民经济和社会发展计划执行情况\n财政经济委员会认为,计划执行情况总体较好:地区生产总值预计完成86.2亿元,增长5.9%;社会消费品零售总额增长6.6%;城镇新增就业1320人。\n\n' +
      '二、关于2026年国民经济和社会发展计划草案\n建议批准计划草案。主要预期目标为:地区生产总值增长6%左右;社会消费品零售总额增长7%;城镇新增就业1300人以上。\n';
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['retail_sales', 2026, 'growth', 'exact', '7'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '1300'],
    ]);
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2025, 'level', '86.2'],
      ['gdp', 2025, 'growth', '5.9'],
      ['retail_sales', 2025, 'growth', '6.6'],
      ['new_urban_jobs', 2025, 'level', '1320'],
    ]);
    // "（二）对…的审查意见", a bracketed number and 对 for 关于.
    const bracketed =
      COMMITTEE_TOP +
      '（一）关于2025年计划执行情况\n全县一般公共预算收入完成4.12亿元,增长8.3%;固定资产投资增长9.4%。\n' +
      '（二）对2026年计划草案的审查意见\n委员会同意计划草案提出的目标:一般公共预算收入增长6%;固定资产投资增长8%以上。\n';
    expect(targets(extract(bracketed))).toEqual([
      ['budget_revenue', 2026, 'growth', 'exact', '6'],
      ['fixed_asset_investment', 2026, 'growth', 'at_least', '8'],
    ]);
    expect(outcomes(extract(bracketed)).map(([key, year]) => `${key}|${year}`)).toEqual(['budget_revenue|2025', 'budget_revenue|2025', 'fixed_asset_investment|2025']);
    // Not the plan: a 关于 heading on the review's own year (the problems of 2025's plan).
    const sameYear =
      COMMITTEE_TOP +
      '一、关于2025年国民经济和社会发展计划执行情况\n财政经济委员会认为,县人民政府认真执行县人大批准的计划,全县经济运行总体平稳,全县地区生产总值增长5.9%。\n' +
      '二、关于2025年国民经济和社会发展计划执行中的问题\n委员会也注意到,计划执行中还存在一些困难和问题,工业经济基础还不牢固,规模以上工业增加值下降1.2%。\n';
    expect(targets(extract(sameYear))).toEqual([]);
    expect(outcomes(extract(sameYear)).map(([key]) => key)).toEqual(['gdp', 'industrial_value_added']);
  });

  it('reads "主要预期目标即:" / "，即:" / "也就是:" as the cue that opens the targets list', () => {
    for (const cue of ['主要预期目标即:', '主要预期目标,即:', '主要目标即为:', '预期目标 也就是:']) {
      const text =
        '青禾区2025年计划执行情况与2026年计划草案的审查意见\n全区地区生产总值增长5.1%,城镇居民人均可支配收入增长4.8%。\n' +
        `委员会同意计划草案提出的${cue}地区生产总值增长5.5%左右;城镇居民人均可支配收入增长5%;粮食产量稳定在21万吨以上。\n`;
      expect(targets(extract(text)), cue).toEqual([
        ['gdp', 2026, 'growth', 'about', '5.5'],
        ['urban_income', 2026, 'growth', 'exact', '5'],
        ['grain_output', 2026, 'level', 'at_least', '21'],
      ]);
      expect(outcomes(extract(text)), cue).toEqual([
        ['gdp', 2025, 'growth', '5.1'],
        ['urban_income', 2025, 'growth', '4.8'],
      ]);
    }
    // 即将 is no cue: "…主要预期目标即将确定" opens nothing.
    const soon = '2025年计划执行情况\n全区地区生产总值增长5.1%。全区主要预期目标即将提交会议,地区生产总值增长5.5%左右的安排正在论证。\n';
    expect(targets(extract(soon))).toEqual([]);
  });

  it('reads 农牧民人均可支配收入 (pastoral regions’ rural residents) as rural income, never as all residents’', () => {
    const text =
      '2025年计划执行情况\n全县农牧民人均可支配收入达到19860元,增长8.7%;城镇居民人均可支配收入达到45210元,增长5.6%。\n' +
      '2026年主要预期目标为:农牧民人均可支配收入增长8%以上,居民人均可支配收入增长6%。\n';
    expect(outcomes(extract(text))).toEqual([
      ['rural_income', 2025, 'level', '19860'],
      ['rural_income', 2025, 'growth', '8.7'],
      ['urban_income', 2025, 'level', '45210'],
      ['urban_income', 2025, 'growth', '5.6'],
    ]);
    expect(targets(extract(text))).toEqual([
      ['rural_income', 2026, 'growth', 'at_least', '8'],
      ['resident_income', 2026, 'growth', 'exact', '6'],
    ]);
  });
});

describe('round 14 rules (rules14c): numbers an OCR or PDF copy splits with spaces', () => {
  const REVIEW = (line: string) => `一 2024年工作回顾\n${line}\n二 2025年主要预期目标\n地区生产总值增长6%左右\n`;

  it('joins digits grouped by threes with a space (GB/T 15835’s long numbers), and never two numbers', () => {
    expect(outcomes(extract(REVIEW('全年农村居民人均可支配收入 15 820元 增长 7.8%  城镇新增就业12 000人  地区生产总值1 234.5亿元')))).toEqual([
      ['rural_income', 2024, 'level', '15820'],
      ['rural_income', 2024, 'growth', '7.8'],
      ['new_urban_jobs', 2024, 'level', '12000'],
      ['gdp', 2024, 'level', '1234.5'],
    ]);
    // Thin and no-break spaces, as a typeset PDF's text layer gives the 千分空.
    expect(outcomes(extract(REVIEW('城镇居民人均可支配收入达到48\u2009615元,增长5%;农村居民人均可支配收入21\u00a0306元')))).toEqual([
      ['urban_income', 2024, 'level', '48615'],
      ['urban_income', 2024, 'growth', '5'],
      ['rural_income', 2024, 'level', '21306'],
    ]);
    // Left alone: a table's cells (a count, then an amount of four digits), a group of two or four digits, numbers without a
    // unit, a figure with its unit before the next number.
    for (const line of ['重点项目 12 3600亿元', '城镇新增就业 12 0000人', '排名 12 345 678', '增长6.5% 120 000人次']) {
      expect(prepareText(line).text, line).toBe(line.replace('120 000人次', '120000人次'));
    }
  });

  it('drops a stray space inside a number before its unit: one digit then four, or next to the point', () => {
    expect(outcomes(extract(REVIEW('城镇居民人均可支配收入 4 1562元 比上年增长5 .1%  一般公共预算收入完成9. 06亿元 增长4.2%')))).toEqual([
      ['urban_income', 2024, 'level', '41562'],
      ['urban_income', 2024, 'growth', '5.1'],
      ['budget_revenue', 2024, 'level', '9.06'],
      ['budget_revenue', 2024, 'growth', '4.2'],
    ]);
    // Not at a line's start, where a list's number stands ("1 2000万元以上项目" is item 1), nor without a unit.
    for (const line of ['1 2000万元以上项目开工36个', '编号 3 6245', '增长 5 .8']) expect(prepareText(line).text, line).toBe(line);
  });

  it('reads a letter-spaced number wrapped by a narrow column with the unit opening the next line', () => {
    // A newspaper's narrow column, one width a line: the unit on the next line, the digits going on there, a wrap among spaced digits.
    const text =
      '本报讯 县长代表县人民政府作政府工作\n报告 报告回顾了2024年工作 全县上下\n坚持稳中求进 经济运行稳中向好 预计\n' +
      '全县地区生产总值完成1 8 6.4\n亿元 增长5.3% 社会消费品零售总额完成6 2.7\n1亿元 增长4.9% 城镇新增就业2 9\n' +
      '1 5人 粮食总产量稳定在2 1.4万吨 全县\n人口稳定 报告提出 2025年全县经济社会\n发展主要预期目标是 地区生产总值增长6%\n' +
      '左右 固定资产投资增长8% 城镇新增就业\n3000人以上 一般公共预算收入增长5%\n';
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2024, 'level', '186.4'],
      ['gdp', 2024, 'growth', '5.3'],
      ['retail_sales', 2024, 'level', '62.71'],
      ['retail_sales', 2024, 'growth', '4.9'],
      ['new_urban_jobs', 2024, 'level', '2915'],
      ['grain_output', 2024, 'level', '21.4'],
    ]);
    // Not joined across a wrap that does not open on a unit ("…完成1 8 6.4" over "个项目").
    expect(prepareText('全县共有项目1 8 6\n个 在建\n').text).toContain('1 8 6');
  });

  it('joins a qualifier cut by a narrow column’s wrap (以 | 上, 以 | 内, 左 | 右), however short the rest', () => {
    const wrapped = (first: string, rest: string) =>
      '2024年工作回顾\n全县地区生产总值增长5.1%\n' +
      `报告提出 2025年全县经济社会发展主要预期目标是 地区生产总值增长6%左右 固定资产投资增长7% ${first}\n${rest}\n`;
    const cases: Array<[string, string, unknown[]]> = [
      ['城镇新增就业3500人以上 粮食总产量稳定在27万吨以', '上 完成市下达的节能减排任务', ['grain_output', 2025, 'level', 'at_least', '27']],
      ['城镇新增就业3500人以上 城镇调查失业率控制在5.5%以', '内', ['urban_unemployment_rate', 2025, 'level', 'at_most', '5.5']],
      ['城镇新增就业3500人以上 一般公共预算收入增长5%左', '右 居民收入与经济增长同步', ['budget_revenue', 2025, 'growth', 'about', '5']],
    ];
    for (const [first, rest, expected] of cases) expect(targets(extract(wrapped(first, rest))), rest).toContainEqual(expected);
    // Not a wrap: 以 ending a line that holds no figure before it ("…坚持以" over "人民为中心"), nor a line whose next opens otherwise.
    expect(prepareText('全县上下坚持以\n上率下 狠抓落实\n').text).toContain('以\n上');
    expect(prepareText('地区生产总值增长6%以\n全力推进\n').text).toContain('以\n全');
  });

  it('reads a turn to the work that names its fields before their count ("重点抓好…等七个方面工作") as the end of the targets', () => {
    const text =
      '过去一年 全县地区生产总值增长5.2%\n' +
      '报告提出 2025年主要预期目标是 地区生产总值增长6%左右 规模以上工业增加值增长8% 固定资产投资增长7% 一般公共预算收入增长5% 城镇新增就业3000人以上\n';
    for (const turn of ['报告强调 今年要重点抓好工业振兴 项目建设 乡村振兴 民生保障等七个方面工作 力争产业园产值突破100亿元 工业投资增长20%以上', '会议要求 突出抓好产业 项目 民生三方面重点工作 工业投资增长15%以上']) {
      const found = targets(extract(text + turn + '\n'));
      expect(found.map(([key]) => key), turn).not.toContain('industrial_investment');
      expect(found.map(([key]) => key), turn).toEqual(['gdp', 'industrial_value_added', 'fixed_asset_investment', 'budget_revenue', 'new_urban_jobs']);
    }
    // Without the turn, a later line's 工业投资增长20%以上 stays the plan's figure (as before).
    expect(targets(extract(text + '今年 工业投资增长20%以上\n')).map(([key]) => key)).toContain('industrial_investment');
  });
});

describe('round 14 rules (rules14c): a figure corrected where it was given', () => {
  const PLAN = '\n今年主要预期目标是 地区生产总值增长6%左右\n';

  it('reads the figure after a spoken or printed correction in place of the one before it', () => {
    const spoken = '2024年工作回顾\n过去一年 全县一般公共预算收入完成12.46亿元 增长3.1% 城镇新增就业 5218人 哦 说错了 城镇新增就业四千二百一十八人 粮食总产量二十六万吨' + PLAN;
    expect(outcomes(extract(spoken))).toEqual([
      ['budget_revenue', 2024, 'level', '12.46'],
      ['budget_revenue', 2024, 'growth', '3.1'],
      ['new_urban_jobs', 2024, 'level', '4218'],
      ['grain_output', 2024, 'level', '26'],
    ]);
    const slip = '2024年工作回顾\n城镇居民人均可支配收入达到四万三千元 口误 城镇居民人均可支配收入是四万一千二百元 增长4.6%' + PLAN;
    expect(outcomes(extract(slip))).toEqual([
      ['urban_income', 2024, 'level', '41200'],
      ['urban_income', 2024, 'growth', '4.6'],
    ]);
    const printed = '2024年工作回顾\n全区地区生产总值完成286.4亿元,增长5.2%;社会消费品零售总额完成98.1亿元。(更正:社会消费品零售总额应为89.1亿元)\n2025年主要预期目标:地区生产总值增长6%左右。\n';
    expect(outcomes(extract(printed))).toEqual([
      ['gdp', 2024, 'level', '286.4'],
      ['gdp', 2024, 'growth', '5.2'],
      ['retail_sales', 2024, 'level', '89.1'],
    ]);
  });

  it('keeps the first reading of a repeated figure when no correction stands between, or the correction is far off', () => {
    const repeated = '2024年工作回顾\n全区地区生产总值完成286.4亿元,增长5.2%。总的看,全区地区生产总值增长5.2%,高于全市。\n2025年主要预期目标:地区生产总值增长6%左右。\n';
    expect(outcomes(extract(repeated))).toEqual([
      ['gdp', 2024, 'level', '286.4'],
      ['gdp', 2024, 'growth', '5.2'],
    ]);
    // A correction of another indicator leaves this one's figure alone.
    const other = '2024年工作回顾\n过去一年 城镇新增就业5218人 粮食总产量26万吨 不好意思 念错了 粮食总产量二十七万吨 增长百分之二' + PLAN;
    expect(outcomes(extract(other))).toEqual([
      ['new_urban_jobs', 2024, 'level', '5218'],
      ['grain_output', 2024, 'level', '27'],
      ['grain_output', 2024, 'growth', '2'],
    ]);
    const far = `2024年工作回顾\n过去一年 城镇新增就业5218人 ${'全县上下团结奋斗 各项事业取得新进展 '.repeat(20)}更正 ${'我们坚持稳中求进 '.repeat(3)}城镇新增就业4218人` + PLAN;
    expect(outcomes(extract(far))).toEqual([['new_urban_jobs', 2024, 'level', '5218']]);
  });
});

describe('round 14 rules (rules14c): plan reports’ clauses', () => {
  const PLAN = '\n二、2025年主要预期目标\n地区生产总值增长6%左右。\n';

  it('reads an adjusted rate given as the next clause after a semicolon beside the reported one', () => {
    const cases: Array<[string, unknown[]]> = [
      ['——一般公共预算收入完成9.12亿元,增长2.6%;剔除一次性土地出让收入因素后,增长6.8%。', ['budget_revenue', 2024, 'growth', '6.8']],
      ['税收收入下降1.4%;扣除上年留抵退税一次性因素后,同口径增长4.9%。', ['tax_revenue', 2024, 'growth', '4.9']],
      ['规模以上工业增加值同比下降2.2%,主要受一家重点企业停产影响;剔除该因素后,同口径增长5.3%。', ['industrial_value_added', 2024, 'growth', '5.3']],
    ];
    for (const [line, adjusted] of cases) {
      const result = extract(`一、2024年计划执行情况\n${line}${PLAN}`);
      expect(outcomes(result), line).toContainEqual(adjusted);
      expect(result.flags.map((flag) => flag.code), line).toContain('comparable_basis');
    }
    // Not another basis: a semicolon before the next indicator, or before a part taken out of the total.
    const next = extract(`一、2024年计划执行情况\n一般公共预算收入增长2.6%;剔除房地产开发投资后固定资产投资增长8.1%。${PLAN}`);
    expect(outcomes(next).filter(([key]) => key === 'budget_revenue')).toEqual([['budget_revenue', 2024, 'growth', '2.6']]);
    const plain = extract(`一、2024年计划执行情况\n一般公共预算收入增长2.6%;增长最快的是税收收入,增长4.1%。${PLAN}`);
    expect(outcomes(plain).filter(([key]) => key === 'budget_revenue')).toEqual([['budget_revenue', 2024, 'growth', '2.6']]);
  });

  it('reads a numbered item headed by the indicator alone whatever the words before its figure', () => {
    const text =
      '一、2024年计划执行情况\n1.地区生产总值。预计全年完成412.8亿元,按可比价计算增长5.1%。\n' +
      '2.一般公共预算收入。全年预计实现18.6亿元,增长3.3%。\n3.社会消费品零售总额。预计全年达到96.4亿元,同比增长4.4%。' + PLAN;
    expect(outcomes(extract(text))).toEqual([
      ['gdp', 2024, 'level', '412.8'],
      ['gdp', 2024, 'growth', '5.1'],
      ['budget_revenue', 2024, 'level', '18.6'],
      ['budget_revenue', 2024, 'growth', '3.3'],
      ['retail_sales', 2024, 'level', '96.4'],
      ['retail_sales', 2024, 'growth', '4.4'],
    ]);
    // Not a heading: the name inside a sentence that ends there.
    expect(outcomes(extract('一、2024年计划执行情况\n全县努力稳住地区生产总值。预计全年完成412.8亿元的项目投资。' + PLAN))).toEqual([]);
  });

  it('reads 百分之百 and 百分之一百… as a hundred per cent and more (百分之一百 had read 1%)', () => {
    const text = '2024年工作回顾 县城空气质量优良天数比率保持在百分之百 城镇新增就业目标完成率百分之一百二十\n今年主要预期目标 地区生产总值增长百分之一百以内的说法不对\n';
    expect(outcomes(extract(text))).toEqual([['air_quality_good_days', 2024, 'level', '100']]);
    const hundred = extract('过去一年 2024年 全县空气质量优良率达到百分之一百 一般公共预算收入增长百分之一\n今年主要预期目标是 地区生产总值增长百分之五点五左右\n');
    expect(outcomes(hundred)).toEqual([
      ['air_quality_good_days', 2024, 'level', '100'],
      ['budget_revenue', 2024, 'growth', '1'],
    ]);
  });

  it('ends the targets at a turn to the work that closes its line without a stop', () => {
    const text =
      '2024年工作回顾\n过去一年 全县地区生产总值增长5.2%\n' +
      '今年主要预期目标是 地区生产总值增长6%左右 规模以上工业增加值增长8% 固定资产投资增长7% 一般公共预算收入增长5%\n' +
      '实现上述目标 我们重点抓好以下几方面工作 \n\n第一 全力扩大有效投资 全年实施项目110个 工业投资增长15%以上\n';
    expect(targets(extract(text)).map(([key]) => key)).toEqual(['gdp', 'industrial_value_added', 'fixed_asset_investment', 'budget_revenue']);
    // After a colon a report may list undertakings the seed reports count as targets: the line-end rule needs no colon.
    expect(targets(extract(text.replace('以下几方面工作 \n\n第一', '以下几方面工作:\n第一'))).map(([key]) => key)).toContain('industrial_investment');
  });
});

describe('round 14 rules (rules14c): a table pasted one cell a paragraph', () => {
  const TOP = '关于某县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n\n一、2024年计划执行情况\n\n全县经济运行总体平稳。\n\n';
  const PLAN = '\n\n二、2025年主要预期目标\n\n地区生产总值增长6%左右。\n';
  const cells = (rows: string[][]) => rows.map((row) => row.join('\n\n')).join('\n\n');

  it('reads the result column, an empty cell being one more blank paragraph, and never the target column', () => {
    const text =
      TOP +
      cells([
        ['指标名称', '预期目标', '实际完成', '备注'],
        ['1.实际使用外资', '1.2亿美元', '1.36亿美元', '完成113%'],
        ['2.一般公共预算收入', '增长5%', '下降2.1%', ''],
        ['3.城镇新增就业', '3000人', '3260人', ''],
      ]) +
      PLAN;
    expect(outcomes(extract(text))).toEqual([
      ['fdi', 2024, 'level', '1.36'],
      ['budget_revenue', 2024, 'growth', '-2.1'],
      ['new_urban_jobs', 2024, 'level', '3260'],
    ]);
    // Three columns, another header's words, rows numbered (一), the result before the plan.
    const other = TOP + cells([['项目', '全年完成', '年初计划'], ['（一）社会消费品零售总额', '增长4.8%', '增长6%'], ['（二）粮食产量', '21.6万吨', '21万吨']]) + PLAN;
    expect(outcomes(extract(other))).toEqual([
      ['retail_sales', 2024, 'growth', '4.8'],
      ['grain_output', 2024, 'level', '21.6'],
    ]);
  });

  it('leaves a run alone that is no such table (no result column, two of them, or cells on consecutive lines)', () => {
    const twoResults = TOP + cells([['指标名称', '实际完成', '完成'], ['1.实际使用外资', '1.2亿美元', '1.36亿美元']]) + PLAN;
    expect(outcomes(extract(twoResults))).toEqual([['fdi', 2024, 'level', '1.2']]);
    const lines = TOP + '指标名称\n预期目标\n实际完成\n1.实际使用外资\n1.2亿美元\n1.36亿美元' + PLAN;
    expect(outcomes(extract(lines)).map(([, , , value]) => value)).not.toContain('1.36');
    // A row whose first cell names no catalogue indicator ends the table: the rows after it are not read by their columns.
    const unknown = TOP + cells([['指标名称', '预期目标', '实际完成'], ['1.数字经济增加值', '增长10%', '增长12%'], ['2.实际使用外资', '1.2亿美元', '1.36亿美元']]) + PLAN;
    expect(outcomes(extract(unknown)).map(([, , , value]) => value)).not.toContain('1.36');
  });
});

describe('round 14 rules (rules14c): a target corrected where it was given', () => {
  it('reads the target after the correction, and the first one without it', () => {
    const spoken = '2024年工作回顾\n全县地区生产总值增长5.1%\n今年主要预期目标是 地区生产总值增长6%左右 不好意思 念错了 地区生产总值增长5.5%左右 一般公共预算收入增长3%\n';
    expect(targets(extract(spoken))).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
    ]);
    const printed = '2025年主要预期目标:城镇新增就业3200人以上;粮食产量稳定在18万吨。(更正:城镇新增就业应为3500人以上)\n';
    expect(targets(extract(printed))).toContainEqual(['new_urban_jobs', 2025, 'level', 'at_least', '3500']);
    // A restatement without a correction word keeps the first.
    const restated = '2025年主要预期目标:地区生产总值增长6%左右,一般公共预算收入增长3%。总之,地区生产总值增长6.5%的冲刺目标要努力争取。\n';
    expect(targets(extract(restated)).filter(([key]) => key === 'gdp')).toEqual([['gdp', 2025, 'growth', 'about', '6']]);
  });
});
