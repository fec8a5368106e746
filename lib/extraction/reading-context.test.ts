import { describe, expect, it } from 'vitest';
import { findDistrict } from './reading-context';

describe('findDistrict', () => {
  it.each([
    ['【大公报讯】记者报道:广东省珠湾区第四届人民代表大会第五次会议1月8日开幕。', '珠湾区'],
    ['在1月10日开幕的白鹭区第三届人民代表大会第五次会议上', '白鹭区'],
    ['——2025年1月14日在云溪区第六届人民代表大会第五次会议上', '云溪区'],
    ['2025年梅溪区政府工作报告摘要', '梅溪区'],
    ['澳门日报讯 广西壮族自治区桂林市的临桂县日前召开人代会。', '临桂县'],
    ['2024年云岫县经济运行情况\n2024年,全县经济运行总体平稳。', '云岫县'],
    ['东坪县两会速览', '东坪县'],
    ['枫林区发布　2025-01-10\n划重点!', '枫林区'],
    ['1月8日下午,出席南湖区政协七届五次会议的委员分组讨论政府工作报告。', '南湖区'],
    // An office and a bare 区 before 人大 name no district; nor does the scope word 全区.
    ['区长在区人大会议上作政府工作报告录音整理稿', null],
    ['一、2025年计划执行情况\n今年以来,全区经济运行总体平稳。', null],
  ])('%j → %s', (text, district) => {
    expect(findDistrict(text)).toBe(district);
  });
});
