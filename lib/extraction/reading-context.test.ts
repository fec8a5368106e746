import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';

describe('findDistrict', () => {
  it.each([
    ['【大公报讯】记者报道:广东省珠湾区第四届人民代表大会第五次会议1月8日开幕。', '珠湾区'],
    ['在1月10日开幕的白鹭区第三届人民代表大会第五次会议上', '白鹭区'],
    ['——2025年1月14日在云溪区第六届人民代表大会第五次会议上', '云溪区'],
    ['2025年梅溪区政府工作报告摘要', '梅溪区'],
    ['澳门日报讯 广西壮族自治区桂林市的临桂县日前召开人代会。', '临桂县'],
  ])('%j → %s', (text, district) => {
    expect(findDistrict(text)).toBe(district);
  });
});
