// Round 18 (rules18a): rules from retired eval13's zone pages and news articles, each named as a mechanism and held here on
// constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';
import { inlineArrow } from './arrow-lines';
import { timeStampPrefix } from './time-stamp-prefix';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 18 rules (rules18a)', () => {
  describe("how a zone's kind words are read", () => {
    it('reads a border co-operation zone and a Taiwan-investment zone whole, and names a short form in full', () => {
      expect(findDistrict('北岭湾边境经济合作区管理委员会\n2025年工作要点')).toBe('北岭湾边境经济合作区');
      expect(findDistrict('东澳台商投资区管委会关于2026年计划的报告')).toBe('东澳台商投资区');
      expect(findDistrict('首页\n北岭湾边合区管委会\n正文')).toBe('北岭湾边境经济合作区');
    });

    it('still reads an ordinary district before its body', () => {
      expect(findDistrict('南溪区人民政府\n2025年工作报告')).toBe('南溪区');
    });
  });

  describe('which names are no district', () => {
    it('never takes a park within the district for the district', () => {
      expect(findDistrict('我们村旁的物流园区今年再扩建两万平方米')).toBeNull();
      expect(findDistrict('发言 园区今年想多招几家企业')).toBeNull();
    });

    it("reads the county in a recording's export file name, its parts joined by underscores", () => {
      expect(findDistrict('会议录音_岭北县十八届人大三次会议_第一组讨论.txt\n发言人1 我说两句')).toBe('岭北县');
      expect(findDistrict('会议录音岭北县城郊乡')).toBeNull();
    });

    it("reads the year from the eight-digit date of a recording's file name, never from other digits", () => {
      const body = '\n发言人1 00:00:05\n今年县里地区生产总值增长百分之六左右\n';
      expect(extract(`会议录音_岭北县十八届人大三次会议_20250115.txt${body}`).reportYear).toBe(2025);
      expect(extract(`会议录音_岭北县十八届人大三次会议_20250115_下午.txt${body}`).reportYear).toBe(2025);
      // Twelve digits of a record number, or eight that are no month and day, are no date.
      expect(extract(`会议录音_岭北县十八届人大三次会议_202501150930.txt${body}`).reportYear).toBeNull();
      expect(extract(`会议录音_岭北县十八届人大三次会议_20251399.txt${body}`).reportYear).toBeNull();
    });
  });
});

describe("how an arrow between a post's name and its figure is read (rules18a)", () => {
  it('reads the name and what the arrow leads to as one clause, quoting the original', () => {
    const text = ['2026年全县主要预期目标', '▪️社会消费品零售总额 → 增长7%左右', '◆城镇新增就业➡️5200人以上', '▪️居民收入 ⇒ 与经济增长同步'].join('\n');
    const result = extract(text);
    expect(targets(result)).toEqual([
      ['retail_sales', 2026, 'growth', 'about', '7'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '5200'],
      ['resident_income', 2026, 'growth', 'relative', null],
    ]);
    expect(result.targets[0]!.quote).toBe('社会消费品零售总额 → 增长7%左右');
  });

  it('leaves an arrow after a figure or a sentence where it is', () => {
    expect(inlineArrow('地区生产总值增长5.5% → 6%')).toBeNull();
    expect(inlineArrow('今年,全县继续推进 → 见下图')).toBeNull();
    expect(inlineArrow('地区生产总值 →')).toBeNull();
    expect(inlineArrow('🔹地区生产总值 ➡️ 增长6%')).toEqual({ at: 8, length: 4 });
  });
});

describe("how a live post's entry time is read (rules18a)", () => {
  it("drops the time behind a block or bullet, so the entry's heading opens its targets", () => {
    const text = ['▍14:05 【2026年主要预期目标】', '✅ 地区生产总值增长6%左右', '✅ 城镇新增就业4100人', '', '◆ 09:12', '区十届人大四次会议开幕。'].join('\n');
    expect(targets(extract(text))).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['new_urban_jobs', 2026, 'level', 'exact', '4100'],
    ]);
    expect(timeStampPrefix('▍14:05 【2026年主要预期目标】')).toBe(7);
    expect(timeStampPrefix('● 15:20 代表热议')).toBe(8);
  });

  it('leaves a figure or a bullet without a clock as it is', () => {
    expect(timeStampPrefix('■ 地区生产总值增长6%')).toBe(0);
    expect(timeStampPrefix('▍增长6.5%')).toBe(0);
  });
});

describe("how a sentence that lists the report's parts is read (rules18a)", () => {
  const body = [
    '某县融媒体  2026-01-12',
    '县长作政府工作报告。报告共分四个部分：一、2025年工作回顾；二、2026年重点任务；三、民生实事；四、自身建设。',
    '▍2025：砥砺前行',
    '全县地区生产总值增长5.4%，城镇新增就业4300人。',
    '▍2026：主要预期目标',
    '报告提出，今年全县主要预期目标是：地区生产总值增长6%左右；城镇新增就业4000人以上。',
  ];

  it("reads neither a review nor a plan in it: last year's figures after it stay outcomes", () => {
    const result = extract(body.join('\n'));
    expect(outcomes(result)).toEqual([
      ['gdp', 2025, 'growth', '5.4'],
      ['new_urban_jobs', 2025, 'level', '4300'],
    ]);
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
    ]);
  });

  it('reads the same text without the sentence the same way', () => {
    const result = extract(body.filter((line) => !line.includes('部分')).join('\n'));
    expect(targets(result)).toEqual([
      ['gdp', 2026, 'growth', 'about', '6'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
    ]);
    expect(outcomes(result)).toHaveLength(2);
  });
});

describe("how a deputies' discussion piece's quotes of the report are read before its box of targets (rules18a)", () => {
  it("reads each sentence in which the report proposes this year's figures as a headline sentence", () => {
    const text = [
      '代表热议政府工作报告',
      '发布时间：2026-01-20',
      '在城关代表团，县人大代表李红表示：“报告提出粮食总产量稳定在9.5亿斤以上、城镇新增就业2600人以上，很实在。”',
      '【目标速览】',
      '◆2026年目标：',
      '社会消费品零售总额增长5%',
    ].join('\n');
    expect(targets(extract(text))).toEqual([
      ['grain_output', 2026, 'level', 'at_least', '9.5'],
      ['new_urban_jobs', 2026, 'level', 'at_least', '2600'],
      ['retail_sales', 2026, 'growth', 'exact', '5'],
    ]);
  });

  it("never reads last year's figures a deputy gives that way", () => {
    const text = ['发布时间：2026-01-20', '代表王军说：“去年全县规上工业增加值增长9.1%，不容易。”', '◆2026年目标：', '社会消费品零售总额增长5%'].join('\n');
    expect(targets(extract(text))).toEqual([['retail_sales', 2026, 'growth', 'exact', '5']]);
  });
});
