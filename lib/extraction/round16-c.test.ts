// Rules of round 16 (rules16c: text without punctuation, PDF copies and work reports from retired eval11), each reduced to the
// few lines that carry it (constructed: names, figures and wording invented), and each with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';
import { outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

describe('round 16 rules (rules16c)', () => {
  describe('an OCR copy’s spaced numbers are read whole', () => {
    it('joins a year spaced after any of its digits', () => {
      expect(prepareText('会上通报 2 023年 全市情况').text).toBe('会上通报 2023年 全市情况');
      expect(prepareText('会上通报 20 26年 全市情况').text).toBe('会上通报 2026年 全市情况');
      expect(prepareText('会上通报 201 9 年 全市情况').text).toBe('会上通报 2019年 全市情况');
      // Not a year of this era, not a year at all.
      for (const line of ['编号 3 024年', '共 1 5 个项目 8 2 3年', '会上通报 2024年 全市情况']) expect(prepareText(line).text, line).toBe(line);
    });

    it('joins a fraction’s last digit spaced off before an amount’s unit', () => {
      expect(prepareText('完成 3 6.2 8亿元 增长').text).toBe('完成 36.28亿元 增长');
      expect(prepareText('达到 1 2.0 5万吨').text).toBe('达到 12.05万吨');
      // A percentage may be two cells of a table ("6.2 5%"): left apart; so is a count that is no amount.
      for (const line of ['增速 6.2 5%', '比重 3.1 2个百分点', '新增 4.5 3个']) expect(prepareText(line).text, line).toBe(line);
    });

    it('finds a space again once the space beside it is dropped', () => {
      // "2 6 .4万亩": only once "6 .4" is one figure does "2 6.4万亩" read as spaced digits.
      expect(prepareText('播种面积 2 6 .4万亩').text).toBe('播种面积 26.4万亩');
      expect(prepareText('完成 6 3.1 8亿元').text).toBe('完成 63.18亿元');
      expect(prepareText('就业 3 1 5 0人 增长 2 .9%').text).toBe('就业 3150人 增长 2.9%');
    });

    it('reads last year’s figures of an OCR’d news page whose figures and year are spaced', () => {
      const text =
        '本报讯 记者 王 某 1月10日 某某县人大会议开幕\n' +
        '报告显示 2 025年 全县预计完成地区生产总值 2 4 8.1亿元 增长 6 . 2% 社会消费品零售总额 7 1.0 3亿元 增长 5 .1% 粮食总产量达到 4 2 .7万吨\n' +
        '报告提出 2026年全县主要预期目标是 地区生产总值增长 5.5%左右 固定资产投资增长 6%\n' +
        '报告回顾 过去一年 全县 新签约项目 3 1个 到位资金 4 2.5亿元\n';
      expect(outcomes(extractWithYear(text, 2026))).toEqual([
        ['gdp', 2025, 'level', '248.1'],
        ['gdp', 2025, 'growth', '6.2'],
        ['retail_sales', 2025, 'level', '71.03'],
        ['retail_sales', 2025, 'growth', '5.1'],
        ['grain_output', 2025, 'level', '42.7'],
      ]);
    });
  });

  describe('a figure’s qualifier, a subtitle frame and an OCR letter', () => {
    it('joins a qualifier split by a space after a figure', () => {
      expect(prepareText('工业投资增长12%以 上 城镇新增就业5000人以 内').text).toBe('工业投资增长12%以上 城镇新增就业5000人以内');
      expect(prepareText('固定资产投资增长7%左 右').text).toBe('固定资产投资增长7%左右');
      // Not after a figure: words stay as they are.
      for (const line of ['坚持以 上率下', '左 右 两岸']) expect(prepareText(line).text, line).toBe(line);
    });

    it('reads a subtitle frame completed in the next frame, and keeps a figure repeated paragraphs on', () => {
      const frames = '00:00:41 报告提出\n00:00:43 2026年主要预期目标是\n00:00:45 一般公共预算收入增长4%\n00:00:47 一般公共预算收入增长4% 左右\n00:00:50 固定资产投资增长6%\n';
      expect(targets(extractWithYear(frames, 2026))).toContainEqual(['budget_revenue', 2026, 'growth', 'about', '4']);
      const repeated =
        '2026年主要预期目标是：一般公共预算收入增长4%，固定资产投资增长6%。\n二、主要工作\n（一）抓好财源建设。围绕重点项目做好服务保障，全力以赴推进各项工作落实落地。\n' +
        '一般公共预算收入增长4%左右的目标要靠实打实的项目支撑。\n';
      expect(targets(extractWithYear(repeated, 2026))).toContainEqual(['budget_revenue', 2026, 'growth', 'exact', '4']);
    });

    it('flags a letter-spaced level with a letter for a digit, and still reads the clean rate after it', () => {
      const text = '报告显示 2025年 全县地区生产总值完成2 1 4.6亿元 增长5.2% 农村居民人均可支配收入达到2 3O85元 增长6.4%\n报告提出 2026年全县主要预期目标是 地区生产总值增长5.5%左右\n';
      const result = extractWithYear(text, 2026);
      expect(outcomes(result)).toContainEqual(['rural_income', 2025, 'growth', '6.4']);
      expect(outcomes(result).filter(([key, , measure]) => key === 'rural_income' && measure === 'level')).toEqual([]);
      expect(result.flags.map((flag) => [flag.code, flag.indicatorKey])).toContainEqual(['garbled_figure', 'rural_income']);
    });
  });

  describe('a rate’s move from the year before’s', () => {
    it('reads the rate reached, never the rate left, and never a fall for 回落', () => {
      const text =
        '一、2025年工作回顾\n全县地区生产总值增长5.1%。\n同时也要看到，民间投资增速由上年的4.2%放缓至1.1%，规模以上工业增加值增速由上年的6.6%提高至8.3%，工业投资增速由2024年的31.5%回落到12.8%。\n' +
        '二、2026年主要预期目标\n地区生产总值增长5%左右。\n';
      const found = outcomes(extractWithYear(text, 2026));
      expect(found).toEqual(expect.arrayContaining([['industrial_investment', 2025, 'growth', '12.8'], ['industrial_value_added', 2025, 'growth', '8.3']]));
      expect(found.filter(([, , , value]) => ['31.5', '-31.5', '-12.8', '6.6'].includes(value as string))).toEqual([]);
    });
  });

  describe('net new entries are a flow', () => {
    it('reads the total after the net new entries, never the entries as the stock', () => {
      const text = '一、2025年工作回顾\n全县地区生产总值增长5.1%。全年净增市场主体3175户，总数达到4.08万户。\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n';
      const result = extractWithYear(text, 2026);
      expect(outcomes(result)).toContainEqual(['market_entities', 2025, 'level', '4.08']);
      expect(outcomes(result)).not.toContainEqual(['market_entities', 2025, 'level', '3175']);
      expect(result.flags.map((flag) => flag.code)).toContain('flow_not_stock');
    });
  });

  describe('targets the speaker proposes are the text’s own', () => {
    it('reads a county-level city’s list opened on 全市…主要预期目标建议为, its wordings too', () => {
      const text =
        '二、2026年工作总体要求和主要预期目标\n2026年是“十五五”开局之年，要坚持稳中求进工作总基调。\n全市经济社会发展的主要预期目标建议为：\n' +
        '（一）地区生产总值增长6%左右；\n（二）一般公共预算收入增长3.5%；\n（三）居民人均可支配收入增长与经济增长同步。\n\n三、2026年重点工作\n';
      expect(targets(extractWithYear(text, 2026))).toEqual(
        expect.arrayContaining([['gdp', 2026, 'growth', 'about', '6'], ['resident_income', 2026, 'growth', 'relative', null]]),
      );
    });

    it('never reads the city’s targets quoted in a county’s report as a headline list', () => {
      const text =
        '二、2026年主要预期目标\n全县地区生产总值增长5.5%左右。\n据悉，全市经济社会发展的主要预期目标是：居民人均可支配收入增长与经济增长同步，一般公共预算收入增长3%。\n';
      expect(targets(extractWithYear(text, 2026)).map(([key]) => key)).not.toContain('resident_income');
    });
  });

  describe('a name spaced between its head word and the rest', () => {
    it('reads the name across the space a transcript or an OCR copy put after its first two characters', () => {
      const text =
        '报告显示 2025年 全县 社会 消费品零售总额 完成 五十一点三亿元 农村 常住居民人均可支配收入 达到 两万一千零六十元\n' +
        '报告提出 2026年全县主要预期目标是 地区生产总值增长百分之五点五左右 城镇 新增就业 两千五百人\n';
      const result = extractWithYear(text, 2026);
      expect(outcomes(result)).toEqual(expect.arrayContaining([['retail_sales', 2025, 'level', '51.3'], ['rural_income', 2025, 'level', '21060']]));
      expect(targets(result)).toContainEqual(['new_urban_jobs', 2026, 'level', 'exact', '2500']);
    });

    it('never reads a name cut elsewhere, nor a short name spaced', () => {
      const text = '报告显示 2025年 全县 社会消费 品零售总额 完成 五十一点三亿元 税收 收入 完成 三点二亿元\n报告提出 2026年全县主要预期目标是 地区生产总值增长百分之五点五左右\n';
      expect(outcomes(extractWithYear(text, 2026))).toEqual([]);
    });
  });

  describe('a look back may open on a year and a space where the comma stood', () => {
    const after = '\n报告提出 2026年全县主要预期目标是 地区生产总值增长 5.5%左右\n报告回顾 过去一年 全县 新签约项目 3 1个 到位资金 4 2.5亿元\n';
    it('reads the line as last year’s', () => {
      expect(outcomes(extractWithYear(`报告显示 2025年 全县规上工业增加值增长 8.4% 固定资产投资增长 3.3%${after}`, 2026))).toEqual([
        ['industrial_value_added', 2025, 'growth', '8.4'],
        ['fixed_asset_investment', 2025, 'growth', '3.3'],
      ]);
    });

    it('never reads another year, nor the year of a leader', () => {
      expect(outcomes(extractWithYear(`报告显示 2023年 全县规上工业增加值增长 8.4%${after}`, 2026))).toEqual([]);
    });
  });

  describe('a line without punctuation opening on the report’s verb of saying starts a statement', () => {
    it('keeps the report’s next statement (tasks) out of the targets line above it', () => {
      const text =
        '本报讯 记者 李 某 1月9日 某某县十八届人大四次会议开幕 县长 某某作政府工作报告\n' +
        '报告显示 2025年 全县地区生产总值增长 5.9% 规上工业增加值增长 8.1% 一般公共预算收入增长 3.2% 城镇新增就业 3210人 创历史新高\n' +
        '报告提出 2026年全县主要预期目标是 地区生产总值增长 5.5%左右 规上工业增加值增长 7% 固定资产投资增长 6% 社会消费品零售总额增长 5% 城镇新增就业 3000人以上 完成市下达的节能降碳任务\n' +
        '报告还提出 今年要 实施重点项目 9 6个 完成投资 4 5亿元 力争工业投资增长 1 5% 新增规上工业企业 1 2家\n' +
        '会议应到代表 2 0 1名 实到 1 9 3名 大会还听取了县人大常委会工作报告\n';
      const found = targets(extractWithYear(text, 2026)).map(([key]) => key);
      expect(found).toContain('new_urban_jobs');
      expect(found).not.toContain('industrial_investment');
    });

    it('still joins a wrapped line that goes on in other words', () => {
      const text =
        '报告提出 2026年全县主要预期目标是 地区生产总值增长 5.5%左右 规上工业增加值增长 7% 固定资产投资增长 6% 社会消费品零售总额增长 5%\n' +
        '城镇新增就业 3000人以上 完成市下达的节能降碳任务 居民人均可支配收入增长与经济增长同步\n';
      expect(targets(extractWithYear(text, 2026)).map(([key]) => key)).toContain('new_urban_jobs');
    });
  });

  describe('a table given as one wrapped run of cells is read by its header', () => {
    it('parts the run into rows: figures with qualifiers, a unit glued to its name, thousands grouped by a space', () => {
      const text =
        '一、2025 年计划执行情况\n' +
        '2025 年，全县经济运行总体平稳。预计全年实现地区生产总值 188.2 亿元，增长 5.1%；社会消费品零售总额增长 4.6%。\n' +
        '表 2 2026 年主要预期目标\n' +
        '指标 单位 2025 年预计完成 2026 年目标 地区生产总值增速 % 5.1 5.5 左右 外贸出口总额\n' +
        '亿元 12.4 13 实际使用外资 万美元 1 860 2 000 以上 城镇新增就业人 4 120 4 000\n';
      const result = extractWithYear(text, 2026);
      expect(targets(result)).toEqual(
        expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '5.5'],
          ['fdi', 2026, 'level', 'at_least', '2000'],
          ['new_urban_jobs', 2026, 'level', 'exact', '4000'],
        ]),
      );
      expect(outcomes(result)).toEqual(expect.arrayContaining([['fdi', 2025, 'level', '1860'], ['new_urban_jobs', 2025, 'level', '4120']]));
      // The target column's figure is never read as last year's outcome.
      expect(outcomes(result)).not.toContainEqual(['fdi', 2025, 'level', '2000']);
    });

    it('reads last year’s result column past a column of words and a growth row named for a fall', () => {
      const text =
        '一、2025 年计划执行情况\n' +
        '表 1 2025 年主要指标完成情况\n' +
        '指标 单位 2025 年目标 2025 年预计完成 规上工业增加值增速 % 7 7.9 外贸出口总额 亿元 6.1 6.64 单位地区生产总值能耗降低率 % 完成省下达任务 3.1\n' +
        '二、2026 年计划草案\n2026 年全县主要预期目标是：地区生产总值增长 5% 左右。\n';
      expect(outcomes(extractWithYear(text, 2026))).toEqual(
        expect.arrayContaining([['industrial_value_added', 2025, 'growth', '7.9'], ['exports', 2025, 'level', '6.64'], ['energy_intensity', 2025, 'growth', '-3.1']]),
      );
      expect(outcomes(extractWithYear(text, 2026))).not.toContainEqual(['exports', 2025, 'level', '6.1']);
    });

    it('leaves a run whose rows do not come out whole, and keeps small figures beside three-digit ones apart', () => {
      // A row a cell short: no table, nothing read from the cells.
      const short = '一、2025 年计划执行情况\n指标 单位 2025 年目标 2025 年预计完成 外贸出口总额 亿元 6.64 实际使用外资 万美元 1 860\n二、2026 年计划草案\n';
      expect(outcomes(extractWithYear(short, 2026)).filter(([key]) => key === 'exports' || key === 'fdi')).toEqual([]);
      // "6 100": two cells when the row comes out whole without joining them.
      const apart = '一、2025 年计划执行情况\n指标 单位 2025 年目标 2025 年预计完成 城镇新增就业 人 6 100 外贸出口总额 亿元 6.1 6.64\n二、2026 年计划草案\n';
      expect(outcomes(extractWithYear(apart, 2026))).toContainEqual(['new_urban_jobs', 2025, 'level', '100']);
    });
  });

  describe('a table copied one cell a line may end its rows on how the plan went', () => {
    it('reads the result column past a status column', () => {
      const text =
        '一、2025年计划执行情况\n表1 2025年主要指标完成情况\n指标\n单位\n2025年计划\n2025年完成\n完成计划情况\n' +
        '外贸出口总额\n亿元\n40\n43.5\n超额完成\n' +
        '实际使用外资\n万美元\n3000\n2650\n未完成\n' +
        '规模以上工业增加值增速\n%\n7\n7.2\n完成\n' +
        '\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n';
      expect(outcomes(extractWithYear(text, 2026))).toEqual(
        expect.arrayContaining([['exports', 2025, 'level', '43.5'], ['fdi', 2025, 'level', '2650'], ['industrial_value_added', 2025, 'growth', '7.2']]),
      );
      expect(outcomes(extractWithYear(text, 2026))).not.toContainEqual(['exports', 2025, 'level', '40']);
    });

    it('never takes a status word for a row’s name', () => {
      const text = '一、2025年计划执行情况\n指标\n单位\n2025年计划\n2025年完成\n完成\n%\n7\n7.2\n完成\n%\n6\n6.3\n\n二、2026年主要预期目标\n地区生产总值增长5%左右。\n';
      expect(outcomes(extractWithYear(text, 2026))).toEqual([]);
    });
  });
});

/** The year given, as staff give it when they paste a page whose date is not in the text. */
function extractWithYear(text: string, year: number) {
  return extractProposals(text, { reportYear: year, indicators: INDICATORS });
}
