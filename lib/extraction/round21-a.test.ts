// Round 21 (rules21a): rules from retired eval16's work reports, plan reports, bulletins and traditional text, each named as a
// mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { singleMarks } from './doubled-marks';
import { findDistrict } from './reading-context';

describe('round 21 rules (rules21a)', () => {
  describe('a doubled punctuation mark is read as one', () => {
    const report = [
      '松岭区2025年政府工作报告',
      '一、2024年工作回顾',
      '全区一般公共预算收入12.4億元，，增長6.1%，。外貿進出口總額8.2億元，，同比增長3.3%，。',
      '城鎮、，農村居民人均可支配收入分別增長4.6%、，7.1%，。',
      '二、2025年主要預期目標',
      '地區生產總值增長6%左右，；城鎮、，農村居民人均可支配收入分別增長5.5%、，7.5%，。',
    ].join('\n');

    it('keeps the length and reads the pair as a space and one mark', () => {
      expect(singleMarks('12亿元,,增长6%,。')).toBe('12亿元 ,增长6% 。');
      expect(singleMarks('城镇、,农村')).toBe('城镇 、农村');
      expect(singleMarks('8%左右,;投资')).toBe('8%左右 ;投资');
      expect(singleMarks('a,,b').length).toBe(4);
    });

    it('reads a rate after a doubled comma with the level before it, and a list across a doubled list mark', () => {
      const result = extract(report);
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['budget_revenue', 2024, 'growth', '6.1'],
        ['urban_income', 2024, 'growth', '4.6'],
        ['rural_income', 2024, 'growth', '7.1'],
      ]));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['rural_income', 2025, 'growth', expect.anything(), '7.5'],
        ['urban_income', 2025, 'growth', expect.anything(), '5.5'],
      ]));
      // The list's first figure is never read as the last name's.
      expect(outcomes(result)).not.toContainEqual(['rural_income', 2024, 'growth', '4.6']);
      expect(targets(result)).not.toContainEqual(['rural_income', 2025, 'growth', expect.anything(), '5.5']);
    });

    it('leaves single marks, and marks that are not a pair, as they stand', () => {
      expect(singleMarks('增长6%,投资增长8%。')).toBe('增长6%,投资增长8%。');
      expect(singleMarks('“十四五”,完成')).toBe('“十四五”,完成');
      expect(singleMarks('(一),(二)')).toBe('(一),(二)');
    });
  });

  describe('where the district is named', () => {
    it("refuses the tail of a zone's kind and reads the zone's full name after it", () => {
      expect(findDistrict('首页 > 工作计划\n开发区2025年工作总结和2026年工作计划\n关于云杉经济开发区2025年计划执行情况的报告\n')).toBe('云杉经济开发区');
      expect(findDistrict('合作区2024年国民经济运行情况\n')).toBeNull();
      // A zone named whole stays named.
      expect(findDistrict('青石高新技术产业开发区2025年政府工作报告\n')).toBe('青石高新技术产业开发区');
    });

    it('refuses a word of time after the event before a bare 县 in a transcript', () => {
      expect(findDistrict('讲话录音整理\n同志们 今天的会就开到这里 随后县财政局要把资金拨付到位\n')).toBeNull();
      expect(findDistrict('录音转写\n任务分解下去 会后区统计局要抓紧核实\n')).toBeNull();
      // A name of two characters before its kind stays a name.
      expect(findDistrict('会同县人民政府\n2025年政府工作报告')).toBe('会同县');
    });
  });

  describe("the year a title names, wrapped after its year or naming a zone's committee", () => {
    it("reads the title's year as the report's, never as a review's", () => {
      const poster = ['一图读懂', '柳溪新区2026年', '管委会工作报告', '', '2025', '成绩单', '', '地区生产总值', '增长6.2%', '', '2026', '主要预期目标', '', '地区生产总值', '增长6.5%左右'].join('\n');
      expect(extract(poster).reportYear).toBe(2026);
      expect(extract('白石经开区2025年管理委员会工作报告\n2024年,全区地区生产总值增长5.1%。\n').reportYear).toBe(2025);
    });

    it('leaves a year whose line names no report to the review', () => {
      expect(extract('柳溪新区2025年\n经济运行情况\n\n2025年,全区地区生产总值增长6.2%。\n').reportYear).not.toBe(2025);
    });
  });
});
