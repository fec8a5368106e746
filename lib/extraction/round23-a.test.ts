// Round 23 (rules23a): rules from retired eval18's work reports, plan reports, bulletins and traditional text, the
// year/district check, and the session's revised label convention, each named as a mechanism and held here on constructed
// lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { districtFromMedium } from './district-from-medium';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

describe('round 23 rules (rules23a)', () => {
  describe('where the district is named', () => {
    it('reads no name that trims to its kind alone, at the foot as at the top', () => {
      // A short text: the foot's window reaches a sentence in which a time of day and 的 stand before a bare 县.
      const story = `${'今年的目标定下来了。'.repeat(4)}\n\n今天下午的县政府工作报告，大家都很关心。\n\n${'几个数字值得细看。'.repeat(6)}\n`;
      expect(findDistrict(story)).toBeNull();
      // A real name before the same words stays the name.
      expect(findDistrict(story.replace('今天下午的县政府工作报告', '今天下午的柏川县政府工作报告'))).toBe('柏川县');
    });

    it("takes the kind of a medium's county from its own report or season named by the kind alone", () => {
      const story = (line: string) => `石溪融媒 > 首页\n\n${line}\n\n来源：石溪融媒\n\n今年，咱们这里的发展目标定了。\n`;
      expect(districtFromMedium(story('聚焦·县两会特别报道'))).toBe('石溪县');
      expect(districtFromMedium(story('昨天上午的区政府工作报告，您关注了吗？'))).toBe('石溪区');
      // Two kinds (the county's season and its city's report) tell no kind; a bare 全区 is a scope, no report.
      expect(districtFromMedium(story('县两会｜市政府工作报告'))).toBeNull();
      expect(districtFromMedium(story('全区两会代表热议'))).toBeNull();
    });

    it("reads a PDF title's line that opens on the 年 its year broke from as the name after it", () => {
      expect(findDistrict('2026\n年梧岭县政府工作报告\n——2026年1月6日在梧岭县第九届人民代表大会第四次会议上\n')).toBe('梧岭县');
      expect(findDistrict('2025\n年度青河区国民经济和社会发展计划\n青河区第五届人民代表大会\n')).toBe('青河区');
    });

    it('passes over an autonomous region at the top for the county named after it', () => {
      expect(findDistrict('——访自治区政协委员、云溪县县长周立新\n\n主持人：欢迎云溪县县长。\n云溪县去年经济总量增长\n')).toBe('云溪县');
      expect(findDistrict('宁夏回族自治区人大代表 访谈\n\n今年目标定了。\n')).toBeNull();
      // A county's own autonomy keeps its name.
      expect(findDistrict('清岭彝族自治县政府工作报告\n')).toBe('清岭彝族自治县');
    });
  });

  describe("a document site's synonym spinner (README-eval18-a)", () => {
    const report = (head: string, verb: string) =>
      [
        '柏岭县2025年政府工作报告',
        '一、2024年工作回忆',
        `全县地区生产总值增长5.9%；城乡居民人均可支配收入分别${verb}38650元、16420元，分别增长5.1%、6.9%。新登记经营主体1530户，经营主体总数${verb}0.94万户。`,
        '二、2025年工作安排',
        `${head}地区生产总值增长6%左右，一般公共预算收入增长4%，粮食产量完成省下达任务，单位地区生产总值能耗降低完成市下达目标。`,
        '实现上述目的，重点抓好以下工作：',
        '(一)扩大有效投资。力争新开工项目40个。',
      ].join('\n');

    it('reads 到达 before a figure as 达到', () => {
      expect(outcomes(extract(report('主要预期目标是：', '到达')))).toEqual(
        expect.arrayContaining([
          ['urban_income', 2024, 'level', '38650'],
          ['rural_income', 2024, 'level', '16420'],
          ['market_entities', 2024, 'level', '0.94'],
        ]),
      );
      // Arriving somewhere states no figure.
      expect(outcomes(extract(report('主要预期目标是：', '到达').replace('经营主体总数到达0.94万户', '游客到达县城后增长明显')))).not.toContainEqual(
        expect.arrayContaining(['market_entities']),
      );
    });

    it("opens the targets list on 主要预期目的, so the list's figure-less items are its qualitative targets", () => {
      expect(targets(extract(report('主要预期目的是：', '达到')))).toEqual(
        expect.arrayContaining([
          ['grain_output', 2025, 'growth', 'qualitative', null],
          ['energy_intensity', 2025, 'growth', 'qualitative', null],
        ]),
      );
      // 目的 alone ("主要目的是…") is a purpose, no list: its figure-less wordings are not targets.
      expect(targets(extract(report('这样做的主要目的是：', '达到')))).not.toContainEqual(['grain_output', 2025, 'growth', 'qualitative', null]);
    });
  });

  describe("the targets list's head and its items", () => {
    const report = (head: string) =>
      [
        '梅溪县2025年政府工作报告',
        '一、2024年工作回顾',
        '全县地区生产总值增长5.2%。',
        '二、2025年工作安排',
        `建议2025年全县经济社会发展的${head}地区生产总值增长6%左右；一般公共预算收入增长4%以上；实际使用外资占全省比重稳中有升；居民人均可支配收入增长与经济增长同步；完成市下达的节能减排任务。`,
        '重点抓好以下工作：（一）稳工业。力争新增规上工业企业25家，工业投资增长12%以上。',
      ].join('\n');

    it("opens the list on the development's 努力目标 or 奋斗目标 with a colon", () => {
      for (const head of ['努力目标为：', '奋斗目标是：']) {
        const found = targets(extract(report(head)));
        expect(found).toEqual(expect.arrayContaining([['resident_income', 2025, 'growth', 'relative', null], ['energy_saving', 2025, 'growth', 'qualitative', null]]));
        // The work section's 力争 figure after the list is a plan, no target.
        expect(found).not.toContainEqual(['industrial_investment', 2025, 'growth', 'at_least', '12']);
      }
      // Without the colon, in a sentence about efforts, no list opens.
      expect(targets(extract(report('努力目标是人民满意。')))).not.toContainEqual(['energy_saving', 2025, 'growth', 'qualitative', null]);
    });

    it("proposes no target of the indicator for a wording of its share of a larger whole", () => {
      const found = targets(extract(report('努力目标为：')));
      expect(found.filter(([key]) => key === 'fdi')).toEqual([]);
      // The indicator's own wording stays its qualitative target.
      expect(targets(extract(report('努力目标为：').replace('实际使用外资占全省比重稳中有升', '实际使用外资稳中有升')))).toContainEqual(['fdi', 2025, 'growth', 'qualitative', null]);
    });
  });

  describe("a clause's lead-in", () => {
    it('reads 全社会 before a name as the same total', () => {
      const review = (clause: string) => `云岗县2025年国民经济和社会发展计划\n一、2024年计划执行情况\n全年全县地区生产总值118.6亿元，增长5.3%，${clause}，一般公共预算收入增长2.1%。`;
      expect(outcomes(extract(review('全社会消费品零售总额46.3亿元，增长4.4%')))).toEqual(
        expect.arrayContaining([['retail_sales', 2024, 'level', '46.3'], ['retail_sales', 2024, 'growth', '4.4']]),
      );
      // Another entity's word before the name stays another entity's.
      expect(outcomes(extract(review('全省社会消费品零售总额增长4.4%')))).not.toContainEqual(['retail_sales', 2024, 'growth', '4.4']);
    });
  });

  describe("a note's reference after a name in the list", () => {
    it("reads the wording after the mark as the item's qualitative target", () => {
      const report = (item: string) =>
        `岚江县2025年政府工作报告\n二、2025年工作安排\n今年全县经济社会发展主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入[1]增长3%；${item}。\n重点抓好以下工作：\n（一）稳投资。\n注释：\n[1]一般公共预算收入：按同口径计算。\n[3]说明。`;
      expect(targets(extract(report('出口总额[3]保持稳定')))).toContainEqual(['exports', 2025, 'growth', 'qualitative', null]);
      expect(targets(extract(report('出口总额②保持稳定')))).toContainEqual(['exports', 2025, 'growth', 'qualitative', null]);
      // A figure after the mark is read as a figure, never offered as a wording.
      expect(targets(extract(report('出口总额[3]增长4%')))).toContainEqual(['exports', 2025, 'growth', 'exact', '4']);
    });
  });
});
