// Round 15 (rules15a): rules from retired eval10's news, bulletins, traditional text and web pages, each named as a
// mechanism and held here on constructed lines (other wording, order, names and spacing) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { findDistrict, readingContext } from './reading-context';
import { compileCatalogue } from './catalogue';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 15 rules (rules15a)', () => {
  describe('a district name is read whole: autonomous counties and banners, development zones', () => {
    it('reads an autonomous county or banner with its peoples, wherever the name stands', () => {
      expect(findDistrict('松江源仡佬族苗族自治县2024年国民经济和社会发展统计公报\n\n自治县统计局\n（2025年3月20日）')).toBe('松江源仡佬族苗族自治县');
      expect(findDistrict('一图读懂｜2026年白河湾拉祜族佤族布朗族傣族自治县政府工作报告\n')).toBe('白河湾拉祜族佤族布朗族傣族自治县');
      expect(findDistrict('政府工作报告\n——2025年1月8日在青岗满族自治县第十九届人民代表大会第四次会议上\n县长 李某')).toBe('青岗满族自治县');
      expect(findDistrict('（广西）2025年 云岭各族自治县人民政府工作报告')).toBe('云岭各族自治县');
      // A banner, with or without 族 before 自治 (鄂伦春自治旗 names its people without it).
      expect(findDistrict('2024年草原达斡尔族自治旗国民经济和社会发展统计公报')).toBe('草原达斡尔族自治旗');
      expect(findDistrict('2024年鄂伦春自治旗政府工作报告')).toBe('鄂伦春自治旗');
    });

    it('never takes the kind alone, nor the tail after 自, for the name', () => {
      // The text's own word for itself ("自治县统计局", "自治县人民政府") is no name; neither is "治县".
      expect(findDistrict('自治县统计局\n2025年3月\n全县地区生产总值增长5%')).toBeNull();
      expect(findDistrict('现在，我代表自治县人民政府向大会报告工作')).toBeNull();
      // A name too long to be one is not cut to its last two characters.
      expect(findDistrict('1月5日，某某某某某某某苗族自治县政府工作报告')).not.toBe('治县');
    });

    it('reads a development zone whole, its short form named in full', () => {
      expect(findDistrict('滨江经开区召开党工委（扩大）会议\n来源：滨江经开区融媒体\n经开区党工委书记作报告，中共滨江市委经济技术开发区工作委员会')).toBe('滨江经济技术开发区');
      // The long form the text writes after the same stem wins ("经济开发区", a province's zone).
      expect(findDistrict('临湖经开区召开2025年工作会议\n临湖经济开发区党工委书记张某作报告')).toBe('临湖经济开发区');
      expect(findDistrict('2025年东岭高新区管委会工作报告\n高新区管委会主任')).toBe('东岭高新技术产业开发区');
      expect(findDistrict('2024年西湾经济技术开发区国民经济和社会发展统计公报')).toBe('西湾经济技术开发区');
      expect(findDistrict('2025年海港新区政府工作报告')).toBe('海港新区');
      // The short form alone is the zone speaking of itself.
      expect(findDistrict('经开区党工委召开会议\n2025年经开区地区生产总值增长6%')).toBeNull();
    });

    it('still refuses a verb or preposition of place before the name (round 14), and keeps short names', () => {
      expect(findDistrict('来自清源县财政局的代表说，清源县2024年地区生产总值增长5%')).toBe('清源县');
      expect(findDistrict('记者走进石门县融媒体中心')).toBe('石门县');
      expect(findDistrict('来自县财政局的代表说')).toBeNull();
      expect(findDistrict('2025年自流井区政府工作报告')).toBe('自流井区');
      expect(findDistrict('2025年周至县政府工作报告')).toBe('周至县');
    });

    it("reads the county's own figures under its stem (务川 for 务川仡佬族苗族自治县)", () => {
      const context = readingContext('', compileCatalogue(INDICATORS), '松江源仡佬族苗族自治县');
      expect(context.districtNames).toEqual(['松江源仡佬族苗族自治县', '松江源']);
      expect(context.selfScope).toBe('全县');
      expect(readingContext('', compileCatalogue(INDICATORS), '滨江经济技术开发区').districtNames).toEqual(['滨江经济技术开发区', '滨江']);
    });
  });
});

// Keep the shared helpers referenced for the sections below.
void extract;
void outcomes;
void targets;
