// Round 22 (rules22a): rules from retired eval17's work reports, plan reports, bulletins and traditional text, and the
// year/district check, each named as a mechanism and held here on constructed lines (other wording, order, names and figures)
// with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { columnWrapGaps } from './column-wraps';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';
import { findDistrict } from './reading-context';

describe('round 22 rules (rules22a)', () => {
  describe('where the district is named', () => {
    it("passes over a programme's title at the top for the name the text writes again", () => {
      const story = (title: string) => `/\n\n${title}县长谈今年目标\n\n记者 2025-01-08\n\n桐川县第十八届人民代表大会第四次会议今天开幕。去年我们桐川 经济总量稳中有升\n`;
      expect(findDistrict(story('《直播县两会》'))).toBe('桐川县');
      expect(findDistrict(story('《快评区两会》'))).toBe('桐川县');
      // A headline that names the district, written again below, stays the name.
      expect(findDistrict('《石岭区两会》区长访谈\n石岭区第三届人民代表大会第五次会议今天开幕。青木区代表团…\n青木区第三届人民代表大会\n')).toBe('石岭区');
      // A name at the top the text never writes again, with no other name at the top, stays the name.
      expect(findDistrict('南沙湾区政府工作报告\n各位代表：现在，我代表区人民政府向大会报告工作。\n')).toBe('南沙湾区');
    });

    it("reads a statistics release's district from the caption of the table it ends on", () => {
      const release = (caption: string) =>
        `数说桐川 | 2024年全市经济运行情况\n原创 桐川统计 2025年01月20日\n\n${'2024年，全市经济运行稳中有进。全年地区生产总值增长5.6%。\n'.repeat(20)}\n${caption}\n指标 | 单位 | 绝对数 | 增长\n地区生产总值 | 亿元 | 812.3 | 5.6\n${'注：部分指标因四舍五入存在分项与合计不等。\n'.repeat(8)}`;
      expect(findDistrict(release('附表：2024年桐川市主要经济指标'))).toBe('桐川市');
      expect(findDistrict(release('附表1 枫林县2024年主要经济指标'))).toBe('枫林县');
      expect(findDistrict(release('2024年青屿区经济指标'))).toBe('青屿区');
      // A caption inside a sentence, or one that tabulates something else, names no district.
      expect(findDistrict(release('下表为2024年桐川市主要经济指标完成情况。'))).toBeNull();
      expect(findDistrict(release('附表：2024年桐川市工业企业名单'))).toBeNull();
    });
  });

  describe('a rate after a part is taken out of investment is a second basis (README-independent, settled in session 13)', () => {
    it('proposes the rate after 剔除/扣除…投资后 beside the reported one, after a comma or opening its own clause', () => {
      const report = [
        '青梧县2025年政府工作报告',
        '一、2024年工作回顾',
        '全县固定资产投资下降3.1%，剔除房地产开发投资后增长7.4%。社会消费品零售总额增长4.2%。',
      ].join('\n');
      expect(outcomes(extract(report))).toEqual(expect.arrayContaining([
        ['fixed_asset_investment', 2024, 'growth', '-3.1'],
        ['fixed_asset_investment', 2024, 'growth', '7.4'],
      ]));
      // A bulletin's terse form ends the investment taken out on its comma, without 后.
      const terse = '青梧县2024年国民经济和社会发展统计公报\n全年固定资产投资比上年增长1.3%。扣除房地产开发投资，全县固定资产投资增长8.7%。\n';
      expect(outcomes(extract(terse))).toContainEqual(['fixed_asset_investment', 2024, 'growth', '8.7']);
      const city = '云杉市2024年国民经济运行情况\n全年固定资产投资比上年下降2.2%。扣除房地产开发投资后，全市固定资产投资增长5.5%。\n';
      expect(outcomes(extract(city))).toEqual(expect.arrayContaining([
        ['fixed_asset_investment', 2024, 'growth', '-2.2'],
        ['fixed_asset_investment', 2024, 'growth', '5.5'],
      ]));
    });

    it("refuses a category taken out of retail, and a city's 全市 rate in a district's text", () => {
      const retail = '青梧县2025年政府工作报告\n一、2024年工作回顾\n社会消费品零售总额增长2.1%；扣除汽车类后，社会消费品零售总额增长3.6%。\n';
      expect(outcomes(extract(retail))).not.toContainEqual(['retail_sales', 2024, 'growth', '3.6']);
      const district = '松岭区2024年国民经济运行情况\n全年全区固定资产投资比上年下降2.2%。扣除房地产开发投资后，全市固定资产投资增长5.5%。\n';
      expect(outcomes(extract(district))).not.toContainEqual(['fixed_asset_investment', 2024, 'growth', '5.5']);
    });
  });

  describe("a PDF rendition's line ends inside words, where it spaces every figure off its words", () => {
    const bulletin = [
      '桐川区2024年国民经济和社会发展统计公报',
      '一、综 合 初步核算,全年实现地区生产总值 512.36 亿元,按可比价 格计算,比上年增长 6.1%。全年规模以上工业增加 值比上年增长 7.7%。 全年社会消费品零售总额 198.40 亿元,增长 4.4%;全年城镇新增就 业 8620 人,年末登记失业率 2.9%。',
    ].join('\n');

    it('reads the words across the line ends, the figures weighed as typesetting, not as marks', () => {
      expect(outcomes(extract(bulletin))).toEqual(expect.arrayContaining([
        ['gdp', 2024, 'growth', '6.1'],
        ['industrial_value_added', 2024, 'growth', '7.7'],
        ['new_urban_jobs', 2024, 'level', '8620'],
      ]));
    });

    it('keeps the spaces of a line whose spaces stand for its marks', () => {
      expect(columnWrapGaps('去年我们 地区生产总值 增长 5.2% 规上工业 增长 7.1% 今年 目标 6% 左右,谢谢')).toEqual([]);
      expect(columnWrapGaps('今年主要目标 地区生产总值 增长 6%,财政收入 增长 3% 居民收入 同步增长')).toEqual([]);
    });
  });

  describe("a plan report's item that names the plan, then what was done (计划X,预计完成Y)", () => {
    const plan = (items: string) =>
      `关于溪桥县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n主要指标完成情况如下:\n${items}\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n`;

    it("reads a rate after 完成 as the plan's own measure, whatever the plan's qualifier", () => {
      const result = extract(plan('1.规模以上工业增加值增长:计划7%左右,预计完成7.6%。\n2.一般公共预算收入增长:计划4%以上,预计完成4.3%。'));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['industrial_value_added', 2024, 'growth', '7.6'],
        ['budget_revenue', 2024, 'growth', '4.3'],
      ]));
      // The plan's figure is never the outcome.
      expect(outcomes(result)).not.toContainEqual(['industrial_value_added', 2024, 'growth', '7']);
    });

    it('keeps a level after 完成 a level, where the indicator has one', () => {
      const result = extract(plan('1.城镇新增就业:计划1.2万人,预计完成1.35万人。\n2.城镇调查失业率:计划5.5%以内,预计完成4.6%。'));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['new_urban_jobs', 2024, 'level', '1.35'],
        ['urban_unemployment_rate', 2024, 'level', '4.6'],
      ]));
    });
  });

  describe("a bulletin's asterisk after a figure taken from administrative records", () => {
    const bulletin = (body: string) => `青梧县2024年国民经济和社会发展统计公报\n一、综合\n${body}\n注:带*数据来源于县人力社保局。\n`;

    it('reads the figure with its unit and rate, the mark dropped', () => {
      const result = extract(bulletin('城镇新增就业 6420*人,比上年增长 2.7%*。年末城镇调查失业率 4.9%*。全年粮食总产量 18.6*万吨,增长 1.1%。'));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['new_urban_jobs', 2024, 'level', '6420'],
        ['urban_unemployment_rate', 2024, 'level', '4.9'],
        ['grain_output', 2024, 'level', '18.6'],
        ['grain_output', 2024, 'growth', '1.1'],
      ]));
      expect(result.outcomes.find((outcome) => outcome.indicatorKey === 'new_urban_jobs')?.quote).toContain('6420*人');
    });

    it("keeps a note's own asterisk and a bold figure's pair as they are read", () => {
      expect(prepareText('注:带*数据来源于县人力社保局。').text).toContain('带*数据');
      expect(prepareText('增长**6.3%**。').text).not.toContain('*');
    });
  });

  describe("a plan's table whose header letter-spaces its two-character words as wide as the cells' gaps", () => {
    const plan = (header: string) =>
      [
        '关于岚桥区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告',
        '一、2024年计划执行情况',
        '全区经济运行总体平稳。',
        header,
        '货物出口总额            亿元    52           55.6             58',
        '城镇新增就业            人      4200         4515             4300以上',
        '城镇调查失业率          %       5.5          4.8              5.5以内',
        '二、2025年重点工作',
      ].join('\n');

    it('reads the header as one cell a word, and the table by it', () => {
      for (const header of ['指  标                  单  位  2024年计划   2024年预计完成   2025年计划', '项  目                  单位    2024年计划   2024年预计完成   2025年计划']) {
        const result = extract(plan(header));
        expect(outcomes(result), header).toEqual(expect.arrayContaining([
          ['exports', 2024, 'level', '55.6'],
          ['new_urban_jobs', 2024, 'level', '4515'],
          ['urban_unemployment_rate', 2024, 'level', '4.8'],
        ]));
        expect(targets(result), header).toContainEqual(['exports', 2025, 'level', 'exact', '58']);
      }
    });

    it('leaves a line of one-character cells that opens on no header name', () => {
      const result = extract(plan('年  度                  单位    2024年计划   2024年预计完成   2025年计划'));
      expect(outcomes(result)).not.toContainEqual(['exports', 2024, 'level', '55.6']);
    });
  });

  describe("a plan report's item whose plan is a wording, then the estimate (计划与经济增长同步,预计完成…)", () => {
    const plan = (items: string) =>
      `关于溪桥县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n主要指标完成情况如下:\n${items}\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n`;

    it('reads what follows 预计 as the year\'s estimate, its level and its rate', () => {
      const result = extract(plan('1.农村居民人均可支配收入增长:计划快于经济增长,预计完成26410元、增长6.9%。\n2.单位地区生产总值能耗:计划完成省下达目标,预计下降2.7%。'));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['rural_income', 2024, 'level', '26410'],
        ['rural_income', 2024, 'growth', '6.9'],
        ['energy_intensity', 2024, 'growth', '-2.7'],
      ]));
    });

    it('reads nothing where no estimate follows the worded plan', () => {
      const result = extract(plan('1.农村居民人均可支配收入增长:计划快于经济增长,力争增长7%。\n2.单位地区生产总值能耗:计划完成省下达目标。'));
      expect(outcomes(result).filter(([key]) => key === 'rural_income' || key === 'energy_intensity')).toEqual([]);
    });
  });

  describe('a reason for last year\'s rate, then the rate with its cause taken out, without a name', () => {
    const plan = (paragraph: string) =>
      `关于溪桥县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n一、2024年计划执行情况\n${paragraph}\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n`;

    it("reads it as the second basis of the one indicator the paragraph named", () => {
      const one = outcomes(extract(plan('2.一般公共预算收入下降2.3%,未完成年度计划。主要是上年一次性土地收入抬高基数,剔除该因素后增长4.6%。')));
      expect(one).toEqual(expect.arrayContaining([
        ['budget_revenue', 2024, 'growth', '-2.3'],
        ['budget_revenue', 2024, 'growth', '4.6'],
      ]));
      const two = outcomes(extract(plan('——固定资产投资。年度计划增长7%,预计增长1.8%。主要受房地产开发投资下降31.2%影响,扣除房地产开发投资后增长6.4%。')));
      expect(two).toContainEqual(['fixed_asset_investment', 2024, 'growth', '6.4']);
      // …the reason a clause of the same sentence, with a figure of its own.
      const three = outcomes(extract(plan('(五)一般公共预算收入。预计完成8.43亿元,下降1.7%,主要是上年有一次性资产处置收入0.9亿元,扣除该因素后同口径增长5.1%。')));
      expect(three).toContainEqual(['budget_revenue', 2024, 'growth', '5.1']);
    });

    it('reads nothing where the paragraph named two indicators, or none', () => {
      const two = outcomes(extract(plan('固定资产投资下降1.5%,社会消费品零售总额增长3.2%。主要受房地产开发投资下降影响,扣除房地产开发投资后增长5.5%。')));
      expect(two.filter(([, , , value]) => value === '5.5')).toEqual([]);
      const none = outcomes(extract(plan('全县经济运行总体平稳。主要受外部环境影响,扣除该因素后增长5.5%。')));
      expect(none.filter(([, , , value]) => value === '5.5')).toEqual([]);
    });
  });
});
