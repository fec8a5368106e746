// Round 24 (rules24a): rules from retired eval19's work reports, plan reports, bulletins and traditional text, and the
// year/district check, each named as a mechanism and held here on constructed lines (other wording, order, names and
// figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { districtFromMedium } from './district-from-medium';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { findDistrict } from './reading-context';

describe('round 24 rules (rules24a)', () => {
  describe("a bulletin's title with its site after a dash", () => {
    const bulletin = (title: string) =>
      `${title}\n\n松岭区统计局\n\n一、综合\n\n全区实现地区生产总值 88.4 亿元，比上年增长 5.2%。全年社会消费品零售总额 31.6 亿元，增长 3.9%。\n`;

    it('reads the whole text as the outcomes of the year the title names', () => {
      for (const title of ['2023年国民经济和社会发展统计公报-松岭区年鉴', '松岭区2023年国民经济和社会发展统计公报_松岭区人民政府网', '2023年松岭区统计公报 | 松岭区统计局']) {
        const result = extract(bulletin(title));
        expect(targets(result)).toEqual([]);
        expect(outcomes(result)).toContainEqual(['gdp', 2023, 'level', '88.4']);
        expect(outcomes(result)).toContainEqual(['retail_sales', 2023, 'growth', '3.9']);
      }
    });

    it('keeps a link with its date after the title a link', () => {
      const linked = `相关新闻\n2023年松岭区国民经济和社会发展统计公报 - 2024-03-28\n\n2024年主要预期目标：地区生产总值增长6%左右。\n`;
      expect(targets(extract(linked))).toContainEqual(['gdp', 2024, 'growth', 'about', '6']);
    });
  });

  describe('where the district is named', () => {
    it("reads a medium's stem after the label of the story's source", () => {
      const story = (byline: string) => `委员热议报告\n${byline}\n\n1月8日，列席县第九届人民代表大会第三次会议的委员分组讨论。\n`;
      expect(districtFromMedium(story('2025年1月9日 来源:青溪融媒'))).toBe('青溪县');
      expect(districtFromMedium(story('稿源：柘川日报 2025-01-09'))).toBe('柘川县');
      // A colon after a reporter's label names a person, no medium.
      expect(districtFromMedium(story('记者:王丽报道'))).toBeNull();
    });

    it("reads the name after a headline's reading word, whatever precedes the word", () => {
      expect(findDistrict('面积3100平方公里\n\n三分钟速览松峪县政府工作报告\n\n2024年 全县攻坚克难\n')).toBe('松峪县');
      expect(findDistrict('一张图读懂河洲区2026年政府工作报告\n')).toBe('河洲区');
      // A reading word before a bare kind names no place.
      expect(findDistrict('一分钟速览县政府工作报告\n\n今年目标定了。\n')).toBeNull();
    });

    it("reads an economic zone's name before the district in brackets it runs with", () => {
      expect(findDistrict('桐江高新技术产业开发区(桐北区)2026年工作会议召开\n\n会议部署今年目标。\n')).toBe('桐江高新技术产业开发区');
      expect(findDistrict('第3版\n\n临湖经济开发区(临湖县)召开经济工作会议\n')).toBe('临湖经济开发区');
      // A new area's bracket is no zone's: its district, named on its own below, is the text's.
      expect(findDistrict('图解 | 2026年岚港新区(岚沙区)政府工作报告\n\n2026 岚沙区政府工作报告\n')).toBe('岚沙区');
    });
  });

  describe("a term's note number in tortoise-shell brackets", () => {
    const report = (mark: string) =>
      `一、2025年工作回顾\n这一年，全区经济稳中向好。社会消费品零售总额${mark}增长4.6%;一般公共预算收入增长3.2%。\n二、2026年主要预期目标\n主要预期目标是:地区生产总值增长5.5%左右;规模以上工业增加值${mark}增长7%以上;完成市下达的节能减排${mark}任务;城镇新增就业2800人。\n`;

    it('reads the name across the mark, as without it', () => {
      const result = extract(report('〔4〕'));
      expect(outcomes(result)).toContainEqual(['retail_sales', 2025, 'growth', '4.6']);
      expect(targets(result)).toContainEqual(['industrial_value_added', 2026, 'growth', 'at_least', '7']);
      expect(targets(result)).toContainEqual(['energy_saving', 2026, 'growth', 'qualitative', null]);
      expect(targets(result)).toContainEqual(['new_urban_jobs', 2026, 'level', 'exact', '2800']);
    });

    it('reads no figure out of the mark', () => {
      const values = [...targets(extract(report('〔4〕'))), ...outcomes(extract(report('〔4〕')))].map((row) => row.at(-1));
      expect(values).not.toContain('4');
    });
  });

  describe('the reported basis written with 按 and no 计算', () => {
    const review = (clause: string) => `一、2025年计划执行情况\n全区经济稳中有进。${clause};社会消费品零售总额增长4.2%。\n二、2026年计划\n主要预期目标是:地区生产总值增长5%左右。\n`;

    it('reads the rate after 按自然口径, and the adjusted rate after it', () => {
      const read = outcomes(extract(review('一般公共预算收入完成9.84亿元,按自然口径增长2.6%,扣除留抵退税因素后增长5.1%')));
      expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '2.6']);
      expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '5.1']);
      expect(outcomes(extract(review('一般公共预算收入22.1亿元,按自然口径下降3.4%')))).toContainEqual(['budget_revenue', 2025, 'growth', '-3.4']);
    });

    it('still reads the basis as no figure of its own', () => {
      const read = outcomes(extract(review('一般公共预算收入22.1亿元,按自然口径下降3.4%')));
      expect(read.filter((row) => row[0] === 'budget_revenue')).toHaveLength(2);
    });
  });

  describe('a sentence that opens on what is taken out, no reason given', () => {
    const review = (paragraph: string) => `一、2025年计划执行情况\n${paragraph}\n二、2026年计划\n主要预期目标是:地区生产总值增长5%左右。\n`;

    it("reads the adjusted rate as the second basis of the paragraph's one indicator", () => {
      const read = outcomes(extract(review('2.一般公共预算收入增长1.2%,低于年初预期。扣除上年一次性土地收入后增长6.4%,税收占比提高。')));
      expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '1.2']);
      expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '6.4']);
    });

    it('lends no name where the paragraph named two indicators, nor to a rate net of prices', () => {
      const two = outcomes(extract(review('固定资产投资增长2.1%,社会消费品零售总额增长4.8%。剔除房地产开发投资后增长7.3%。')));
      expect(two.map((row) => row[3])).not.toContain('7.3');
      const prices = outcomes(extract(review('农林牧渔业总产值增长3.5%。扣除价格因素后增长2.9%。')));
      expect(prices.map((row) => row[3])).not.toContain('2.9');
    });
  });

  describe("the district's own level written 区本级 before the name", () => {
    const review = (clause: string) => `一、2025年计划执行情况\n三大收入稳中有升。${clause}\n二、2026年计划\n主要预期目标是:地区生产总值增长5%左右。\n`;

    it('reads the name after it, as after 区级', () => {
      const read = outcomes(extract(review('全年县本级实现一般公共预算收入9.37亿元，同比增长4.4%。')));
      expect(read).toContainEqual(['budget_revenue', 2025, 'level', '9.37']);
      expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '4.4']);
    });

    it("still reads the city's own level as no lead-in of the district's", () => {
      const read = outcomes(extract(review('全年市本级实现一般公共预算收入59.1亿元，同比增长2.2%。')));
      expect(read.map((row) => row[3])).not.toContain('59.1');
    });
  });
});
