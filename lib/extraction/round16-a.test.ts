// Round 16 (rules16a): rules from retired eval11's news, traditional text and web pages, each named as a mechanism and
// held here on constructed lines (other wording, order, names and spacing) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';
import { districtFromMedium } from './district-from-medium';

describe('round 16 rules (rules16a)', () => {
  describe('where a news text names its district', () => {
    it("reads an interview's headline that names the head, the head's name and a colon", () => {
      expect(findDistrict('两会访谈｜专访阿拉善右翼中旗旗长吴海：今年我们这样干\n\n记者：吴旗长您好。')).toBe('阿拉善右翼中旗');
      expect(findDistrict('访谈云岭县县长王立新:稳中求进 干字当头\n记者 李明')).toBe('云岭县');
      expect(findDistrict('专访青屿区区长陈海：“十五五”开好局')).toBe('青屿区');
    });

    it('takes no bare head for a name', () => {
      expect(findDistrict('专访县长包文山：今年全县经济稳中有进')).toBeNull();
    });

    it("reads past a column's kind words run together to the name after them", () => {
      expect(findDistrict('2024年1月11日 星期四 银湖日报\n区县两会\n\n青屿区十届人大四次会议开幕\n区长作报告')).toBe('青屿区');
      expect(findDistrict('旗县区长访谈\n\n草原北旗旗长吴海:今年全旗地区生产总值增长6%')).toBe('草原北旗');
    });

    it('never takes kind words run together for a name', () => {
      expect(findDistrict('旗县区长访谈\n今年全旗地区生产总值增长6%')).toBeNull();
      expect(findDistrict('县市区两会\n今年全县地区生产总值增长6%')).toBeNull();
    });
  });

  describe("a county's own medium names it by its stem, the kind coming from its own congress", () => {
    it("joins the stem of a masthead, a programme or a dateline to the kind of the text's bare congress", () => {
      expect(districtFromMedium('临溪日报  2025年1月16日 星期四 第2版\n\n县十八届人大三次会议开幕\n全县地区生产总值增长6%')).toBe('临溪县');
      expect(districtFromMedium('《桐川新闻》2024-01-19\n00:00:04 1月18日上午 市十六届人大二次会议\n00:00:06 在市会议中心开幕')).toBe('桐川市');
      const footed = `区第十二届人民代表大会第三次会议今天开幕。${'会议听取了政府工作报告。'.repeat(40)}\n记者 王某 兰塘报道`;
      expect(districtFromMedium(footed)).toBe('兰塘区');
      // Through findDistrict, only where no name is written.
      expect(findDistrict('临溪日报  2025年1月16日\n\n县十八届人大三次会议开幕')).toBe('临溪县');
      expect(findDistrict('临溪日报  2025年1月16日\n\n石岭县十八届人大三次会议开幕')).toBe('石岭县');
    });

    it("refuses a province's or the nation's paper, a stem that is a name already, and a text of two congresses", () => {
      expect(districtFromMedium('陕西日报 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('人民日报 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('石岭县融媒 2025年1月16日\n县十八届人大三次会议开幕')).toBeNull();
      expect(districtFromMedium('兰塘新闻\n区十二届人大三次会议开幕 市十七届人大三次会议提出')).toBeNull();
      // No congress of its own: the medium's place may be the city, the province or anything.
      expect(districtFromMedium('兰塘新闻\n今年全县地区生产总值增长6%')).toBeNull();
    });
  });
});
