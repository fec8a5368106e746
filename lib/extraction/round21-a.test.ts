// Round 21 (rules21a): rules from retired eval16's work reports, plan reports, bulletins and traditional text, each named as a
// mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { singleMarks } from './doubled-marks';
import { findDistrict } from './reading-context';
import { readWordCellMarks } from './word-cell-marks';

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

  describe("a Word table's end-of-cell marks, and the sentence that adds to a table of targets", () => {
    const B = '\u0007';
    const report = [
      '枫林县2026年政府工作报告',
      '一、2025年工作回顾',
      '全县地区生产总值增长5.2%。',
      '二、2026年工作安排',
      '2026年全县经济社会发展的主要预期目标是：',
      `指标${B}2025年预计${B}2026年目标${B}${B}`,
      `一般公共预算收入增速${B}4.1%${B}4.5%${B}${B}`,
      `社会消费品零售总额增速${B}6.8%${B}7%左右${B}${B}`,
      `粮食总产量（万吨）${B}20.1${B}20以上${B}${B}`,
      '此外，城镇新增就业2500人以上，居民消费价格涨幅2%左右。',
      '围绕上述目标，重点做好以下工作：',
      '（一）稳住农业基本盘。粮食播种面积稳定在60万亩以上，工业投资增长12%以上。',
    ].join('\n');

    it('reads each mark as a tab between cells and those ending a row as spaces, keeping the length', () => {
      expect(readWordCellMarks(`名称${B}1%${B}2%${B}${B}\n下一行`)).toBe('名称\t1%\t2%  \n下一行');
      expect(readWordCellMarks('没有单元格标记的文本')).toBe('没有单元格标记的文本');
    });

    it("reads the target column, never last year's, and the sentence after the table", () => {
      const found = targets(extract(report));
      expect(found).toEqual(expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'exact', '4.5'],
        ['retail_sales', 2026, 'growth', 'about', '7'],
        ['grain_output', 2026, 'level', 'at_least', '20'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '2500'],
        ['cpi', 2026, 'growth', 'about', '2'],
      ]));
      expect(found).not.toContainEqual(expect.arrayContaining(['budget_revenue', 2026, 'growth', 'exact', '4.1']));
    });

    it("leaves the year's tasks after the table and its added sentence out", () => {
      const keys = targets(extract(report)).map((row) => row[0]);
      expect(keys).not.toContain('grain_area');
      expect(keys).not.toContain('industrial_investment');
    });
  });

  describe('a rate whose verb the publisher dropped after the comparison', () => {
    const bulletin = (body: string) => `清河县2025年国民经济和社会发展统计公报\n\n${body}\n`;

    it('reads a per-cent figure right after 同比 or 比上年 as a growth', () => {
      const found = outcomes(extract(bulletin('全年一般公共预算收入18.36亿元，同比7.4%。城镇居民人均可支配收入46120元，比上年5.2%。')));
      expect(found).toEqual(expect.arrayContaining([
        ['budget_revenue', 2025, 'growth', '7.4'],
        ['urban_income', 2025, 'growth', '5.2'],
      ]));
    });

    it('keeps a written fall a fall, and reads no growth from a figure that is no per cent', () => {
      const found = outcomes(extract(bulletin('全年一般公共预算收入18.36亿元，同比下降2.1%。城镇新增就业4200人，同比1200人。')));
      expect(found).toContainEqual(['budget_revenue', 2025, 'growth', '-2.1']);
      expect(found).not.toContainEqual(expect.arrayContaining(['new_urban_jobs', 2025, 'growth']));
    });
  });
});
