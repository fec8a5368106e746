// Round 17 (rules17a): rules from retired eval12's PDF copies, each named as a mechanism and held here on constructed
// lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { normalizeWidth } from '@/lib/text/normalize-width';
import { radicalAsIdeograph } from '@/lib/text/radicals';
import { findDistrict } from './reading-context';
import { letterSpacingGaps } from './letter-spacing';
import { cutInsideFigure } from './split-figure';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 17 rules (rules17a)', () => {
  describe("how a PDF font's radical code points are read", () => {
    it('reads Kangxi radicals and the supplement as the ideographs they stand for, one unit for one', () => {
      // ⽣ U+2F63, ⼈ U+2F08, ⽀ U+2F40 (Kangxi); ⻓ U+2ED3, ⺠ U+2EA0, ⻝ U+2EDD, ⻢ U+2EE2 (supplement).
      const written = '居\u2EA0\u2F08均可\u2F40配收入增\u2ED36.5%，粮\u2EDD和\u2EE2铃薯产量';
      const read = normalizeWidth(written);
      expect(read).toBe('居民人均可支配收入增长6.5%,粮食和马铃薯产量');
      expect(read.length).toBe(written.length);
    });

    it('leaves a radical whose ideograph lies outside the BMP, or that has none, as it is', () => {
      // ⺇ U+2E87 stands for U+20628 (two units): the length would change. U+2E80 has no equivalent.
      expect(radicalAsIdeograph('\u2E87')).toBe('\u2E87');
      expect(radicalAsIdeograph('\u2E80')).toBe('\u2E80');
      expect(radicalAsIdeograph('长')).toBe('长');
      expect(normalizeWidth('地区生产总值增长6%')).toBe('地区生产总值增长6%');
    });

    it('finds targets and outcomes in such a text, quoting the original verbatim', () => {
      const text = [
        '2025年\u2F2F作回顾',
        '全年实现地区\u2F63产总值98.6亿元，同\u2F50增\u2ED34.8%；农村常住居\u2EA0\u2F08均可\u2F40配收\u2F0A16350元。',
        '2026年主要预期\u2F6C标：地区\u2F63产总值增\u2ED35%左右；规模以上\u2F2F业增加值增\u2ED37%。',
      ].join('\n');
      const result = extract(text);
      expect(targets(result)).toEqual([
        ['gdp', 2026, 'growth', 'about', '5'],
        ['industrial_value_added', 2026, 'growth', 'exact', '7'],
      ]);
      expect(outcomes(result)).toEqual(
        expect.arrayContaining([
          ['gdp', 2025, 'level', '98.6'],
          ['gdp', 2025, 'growth', '4.8'],
          ['rural_income', 2025, 'level', '16350'],
        ]),
      );
      for (const proposal of [...result.targets, ...result.outcomes]) expect(text).toContain(proposal.quote);
      expect(result.targets[0]!.quote).toContain('\u2F63');
    });
  });

  describe('where a work report names its district', () => {
    it('takes no verb of carrying out before a bare kind and its session for a name', () => {
      expect(findDistrict('一、2024年工作回顾\n一年来，圆满完成县十八届人大三次会议确定的目标任务。')).toBeNull();
      expect(findDistrict('过去一年，认真落实区五届人大二次会议的决议')).toBeNull();
      expect(findDistrict('全面贯彻旗十六届人大四次会议精神')).toBeNull();
    });

    it('still reads a name before its session', () => {
      expect(findDistrict('——2025年1月8日在青石县第十八届人民代表大会第四次会议上')).toBe('青石县');
      expect(findDistrict('——2025年1月8日在成县第十八届人民代表大会第四次会议上')).toBe('成县');
      expect(findDistrict('执行青石县十八届人大三次会议\n青石县人民政府')).toBe('青石县');
    });
  });
  describe('how a space a PDF set before a punctuation mark is read', () => {
    it('drops one space after a character or a figure before a comma, stop, semicolon or colon', () => {
      expect(letterSpacingGaps('收入 21.6 亿元 ,增长 7.2% ;')).toEqual([10, 19]);
      expect(letterSpacingGaps('二、粮食生产 :总产量')).toEqual([6]);
    });

    it('leaves two spaces (a table cell) and a space after a mark alone', () => {
      expect(letterSpacingGaps('指标  ,单位')).toEqual([]);
      expect(letterSpacingGaps('完成, 增长')).toEqual([]);
    });

    it("reads a numbered item's heading and its figures' clauses across such spaces", () => {
      const text = [
        '关于望川县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告',
        '3. 社会消费品零售总额 。全年完成 84.30 亿元 ，同比增长 6.1% 。',
        '4. 固定资产投资 。全年下降 2.4% ；其中工业投资 21.5 亿元 ，增长 9.6% 。',
      ].join('\n');
      const result = extract(text);
      expect(outcomes(result)).toEqual(
        expect.arrayContaining([
          ['retail_sales', 2025, 'level', '84.3'],
          ['retail_sales', 2025, 'growth', '6.1'],
          ['fixed_asset_investment', 2025, 'growth', '-2.4'],
        ]),
      );
      for (const outcome of result.outcomes) expect(text).toContain(outcome.quote);
    });
  });
  describe("how a PDF's line break inside a number is read", () => {
    it('goes on from an integer part alone on its line, or from digits cut after a word or a comma', () => {
      expect(cutInsideFigure('318.', '75亿元,同比增长5.9%')).toBe(true);
      expect(cutInsideFigure('农村居民人均可支配收入分别为39020元、18', '615元')).toBe(true);
      expect(cutInsideFigure('新增城镇就业1', '250人以上')).toBe(true);
    });

    it("takes no item's number, no figure followed by words, and no figure after a space for a cut", () => {
      expect(cutInsideFigure('12.', '5亿元项目')).toBe(false);
      expect(cutInsideFigure('建成项目24', '个')).toBe(false);
      expect(cutInsideFigure('— 3', '15亿元')).toBe(false);
      expect(cutInsideFigure('新增城镇就业1250人', '380元')).toBe(false);
    });

    it('reads the whole figure and quotes it across the break', () => {
      const text = '2026年政府工作报告\n一、2025年工作回顾\n经初步核算，全年地区生产总值完成\n318.\n75亿元、增长5.9%；农村居民人均可支配收入达到18\n615元。';
      const result = extract(text);
      expect(outcomes(result)).toEqual(
        expect.arrayContaining([
          ['gdp', 2025, 'level', '318.75'],
          ['rural_income', 2025, 'level', '18615'],
        ]),
      );
      for (const outcome of result.outcomes) expect(text).toContain(outcome.quote);
    });
  });
  describe('whose figure a bracketed note names', () => {
    it("takes a figure noted as a named city's or province's data for that entity's", () => {
      const text = '关于临川县2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n全县居民消费价格上涨0.9%(梧州市口径)，城镇调查失业率5.1%(南岭省数据)；规模以上工业增加值增长7.3%。';
      expect(outcomes(extract(text))).toEqual([['industrial_value_added', 2025, 'growth', '7.3']]);
    });

    it("keeps a figure noted as the district's own data", () => {
      const text = '关于临川市2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n全市居民消费价格上涨0.9%(临川市口径)，规模以上工业增加值增长7.3%。';
      expect(outcomes(extract(text))).toEqual([
        ['cpi', 2025, 'growth', '0.9'],
        ['industrial_value_added', 2025, 'growth', '7.3'],
      ]);
    });
  });
  describe("how a PDF's spaced table with a wrapped header and wrapped names is read", () => {
    const title = '关于望川区2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划的报告\n附表 望川区2026年主要指标\n';

    it('reads the years over the words of the last columns, and goes on past a name tail on its own line', () => {
      const text = `${title}指标名称 单位 2025年 2025年 2026年\n计划 预计 目标\n社会消费品零售总额增长 % 6 5.4 6左右\n城镇新增就业 人 3000 3120 3000\n以上\n外贸出口总额 亿元 45 47.2 50`;
      const result = extract(text);
      expect(targets(result)).toEqual([
        ['retail_sales', 2026, 'growth', 'about', '6'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '3000'],
        ['exports', 2026, 'level', 'exact', '50'],
      ]);
      expect(outcomes(result)).toEqual([
        ['retail_sales', 2025, 'growth', '5.4'],
        ['new_urban_jobs', 2025, 'level', '3120'],
        ['exports', 2025, 'level', '47.2'],
      ]);
    });

    it("takes no line of other words for the header's second line, and no longer line for a name's tail", () => {
      const notHeader = `${title}指标名称 单位 2025年 2025年 2026年\n数据 见 附注\n外贸出口总额 亿元 45 47.2 50`;
      expect(targets(extract(notHeader))).toEqual([]);
      const heading = `${title}指标名称 单位 2025年 2025年 2026年\n计划 预计 目标\n社会消费品零售总额增长 % 6 5.4 6左右\n对外开放主要指标\n外贸出口总额 亿元 45 47.2 50`;
      expect(targets(extract(heading)).some(([key]) => key === 'exports')).toBe(false);
    });
  });
  describe('how a comparable basis is named', () => {
    it('reads 按可比口径 as the comparable basis, proposed beside the reported rate', () => {
      const text = '关于云溪县2025年国民经济和社会发展计划执行情况的报告\n一、2025年计划执行情况\n全县税收收入完成12.6亿元，增长2.2%，按可比口径计算增长5.1%。';
      const result = extract(text);
      expect(outcomes(result)).toEqual([
        ['tax_revenue', 2025, 'level', '12.6'],
        ['tax_revenue', 2025, 'growth', '2.2'],
        ['tax_revenue', 2025, 'growth', '5.1'],
      ]);
      expect(result.outcomes.find((outcome) => outcome.value === '5.1')?.comparableBasis).toBe(true);
    });
  });
});
