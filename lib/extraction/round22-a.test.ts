// Round 22 (rules22a): rules from retired eval17's work reports, plan reports, bulletins and traditional text, and the
// year/district check, each named as a mechanism and held here on constructed lines (other wording, order, names and figures)
// with the cases it must refuse.
import { describe, expect, it } from 'vitest';
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
});
