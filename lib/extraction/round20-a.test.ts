// Round 20 (rules20a): rules from retired eval15's plan reports, work reports and bulletins, and the year and district reading,
// each named as a mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { blankPrecedingReport } from './compilation-page';
import { prepareText } from './prepare-text';
import { findDistrict } from './reading-context';

describe('round 20 rules (rules20a)', () => {
  describe('where the district is named', () => {
    it('reads a name after a list separator of titles', () => {
      expect(findDistrict('谋发展 抓落实\n——访省人大代表、石门苗族自治县县长 田某某\n\n主持人：大家好。')).toBe('石门苗族自治县');
      expect(findDistrict('对话两会\n——访市政协委员、北坪区区长 王某\n')).toBe('北坪区');
    });

    it('reads a guest named by the party office the head holds with the head’s own', () => {
      expect(findDistrict('在线访谈\n访谈嘉宾:青岚县委副书记、县长 赵某\n主持人:大家好。')).toBe('青岚县');
      expect(findDistrict('嘉宾:东坡区委副书记，代区长 钱某\n')).toBe('东坡区');
    });

    it('refuses a bare kind after 是 or 了, or joined by a conjunction to the phrase before it', () => {
      expect(findDistrict('主持人：大家好！这里是市第八届人民代表大会访谈节目现场。')).toBeNull();
      expect(findDistrict('本台记者专访了县委副书记、县长孙某。')).toBeNull();
      expect(findDistrict('一、执行情况\n\n2024年,在区人大的监督指导和区政协的大力支持下,全区经济稳中有进。')).toBeNull();
      expect(findDistrict('一、执行情况\n\n2024年,在县人大的有力监督与县政协的支持下,全县经济稳中有进。')).toBeNull();
      // Names of two characters whose stem ends in 和 stay names.
      expect(findDistrict('永和县人民政府\n2025年政府工作报告')).toBe('永和县');
    });
  });

  describe("the district from its congress's own account", () => {
    it('reads the stem of the account and the kind of the bare congress', () => {
      expect(findDistrict('代表们分组审议报告\n原创 柏川人大 2025年01月20日\n\n出席县十八届人大三次会议的代表们分组讨论。')).toBe('柏川县');
      expect(findDistrict('审议报告\n岭溪人大 2024-12-30 09:12\n\n出席区五届人大四次会议的代表们审议了报告。')).toBe('岭溪区');
    });

    it('refuses the nation’s and a province’s congress, and a bare congress read as an account', () => {
      expect(findDistrict('代表审议\n来源 全国人大\n\n出席县十八届人大三次会议的代表们分组讨论。')).toBeNull();
      expect(findDistrict('代表审议\n来源 河川省人大\n\n出席县十八届人大三次会议的代表们分组讨论。')).toBeNull();
      expect(findDistrict('县十八届人大三次会议开幕\n昨日,县第十八届人民代表大会第三次会议开幕。')).toBeNull();
    });
  });

  describe("a plan report's draft heading that names the district", () => {
    const review = '一、2024年青岚县国民经济和社会发展计划执行情况\n2024年,全县地区生产总值达到210.5亿元,同比增长5.4%。\n';
    it('opens the plan at the draft heading, the name between the year and the draft', () => {
      for (const heading of ['二、2025年青岚县国民经济和社会发展计划草案', '二、2025年青岚县计划草案', '（二）2025年青岚县经济社会发展主要预期目标']) {
        const result = extract(`关于青岚县计划执行情况与计划草案的报告\n${review}${heading}\n——地区生产总值增长5.5%左右;\n——城镇新增就业4000人。\n`);
        expect(targets(result), heading).toEqual([
          ['gdp', 2025, 'growth', 'about', '5.5'],
          ['new_urban_jobs', 2025, 'level', 'exact', '4000'],
        ]);
        expect(outcomes(result), heading).toEqual([
          ['gdp', 2024, 'level', '210.5'],
          ['gdp', 2024, 'growth', '5.4'],
        ]);
      }
    });

    it('never opens the plan at the review heading that names the district', () => {
      const result = extract(`关于青岚县计划执行情况的报告\n${review}`);
      expect(targets(result)).toEqual([]);
    });
  });

  describe('a figure set in markdown bold', () => {
    it('reads the figure, its qualifier and its rate inside the asterisks', () => {
      const result = extract('## 一、2024年工作回顾\n\n2024年,全区一般公共预算收入完成**18.75亿元**、增长**3.2%**;城镇新增就业**4150人**。\n\n## 二、2025年主要目标\n\n1. 城镇新增就业**4000人以上**;\n2. 一般公共预算收入增长**3%**。\n');
      expect(outcomes(result)).toEqual([
        ['budget_revenue', 2024, 'level', '18.75'],
        ['budget_revenue', 2024, 'growth', '3.2'],
        ['new_urban_jobs', 2024, 'level', '4150'],
      ]);
      expect(targets(result)).toEqual([
        ['new_urban_jobs', 2025, 'level', 'at_least', '4000'],
        ['budget_revenue', 2025, 'growth', 'exact', '3'],
      ]);
    });

    it('keeps the asterisks of a bold run that opens on words, and of a lone pair', () => {
      expect(prepareText('**县长 王某**\n增长**6%以上。').text).toBe('**县长 王某**\n增长**6%以上。');
    });
  });

  describe("a compilation page's tail of the report before it", () => {
    const report = '石川县2025年政府工作报告\n\n——2025年1月12日在石川县第十八届人民代表大会第三次会议上\n\n一、2024年工作回顾\n\n2024年,全县一般公共预算收入7.6亿元,增长2.9%。\n\n二、2025年主要目标\n\n全县主要预期目标是:一般公共预算收入增长3%。\n';
    const tail = '政府工作报告汇编(第12/40页)\n\n质量效益同步提升。2025年北塘县经济社会发展的主要预期目标是:一般公共预算收入增长6%,城镇新增就业2100人。\n\n(来源:北塘县人民政府)\n\n';
    it('reads the page’s own report, not the other county’s targets before its title', () => {
      const result = extract(tail + report);
      expect(outcomes(result)).toEqual([
        ['budget_revenue', 2024, 'level', '7.6'],
        ['budget_revenue', 2024, 'growth', '2.9'],
      ]);
      expect(targets(result)).toEqual([['budget_revenue', 2025, 'growth', 'exact', '3']]);
    });

    it('blanks the tail before the title, every offset kept', () => {
      const blanked = blankPrecedingReport(tail + report);
      expect(blanked.length).toBe((tail + report).length);
      expect(blanked.slice(tail.length)).toBe(report);
      expect(blanked.slice(0, tail.length).trim()).toBe('');
    });

    it('keeps a lead that names the report’s own district, and a text with no figure before the title', () => {
      expect(blankPrecedingReport('石川县融媒体中心\n\n' + report)).toBe('石川县融媒体中心\n\n' + report);
      const lead = '石川县召开人代会\n\n报告提出,2024年全县城镇新增就业2300人。全文如下:\n\n';
      expect(outcomes(extract(lead + report))).toContainEqual(['new_urban_jobs', 2024, 'level', '2300']);
    });
  });

  describe('exports named as customs statistics do', () => {
    it('reads 货物出口 as exports, and never the goods trade total', () => {
      const result = extract('2024年青岚县国民经济和社会发展统计公报\n\n全年货物进出口总额64.2亿元,比上年增长3.5%。其中,货物出口52.7亿元,增长6.1%。\n');
      expect(outcomes(result)).toEqual([
        ['exports', 2024, 'level', '52.7'],
        ['exports', 2024, 'growth', '6.1'],
      ]);
    });
  });
});

