import { describe, expect, it } from 'vitest';
import { findSections } from './sections';

describe('findSections: report year', () => {
  it.each([
    ['一、2023年工作回顾\n全年…\n二、2024年工作安排\n…', 2024],
    ['2024年工作回顾\n全年地区生产总值完成359.82亿元。', 2025],
    ['二、2025年的总体要求、奋斗目标和重点任务\n主要预期目标是:…', 2025],
    ['(2024年1月5日在遵义市红花岗区第六届人民代表大会第三次会议上)\n各位代表:', 2024],
    ['2025年遵义市播州区政府工作报告\n各位代表:', 2025],
    ['各位代表:\n2024年主要预期目标是:地区生产总值增长6%左右。', 2024],
    ['各位代表:\n过去一年…', null],
    ['枫桥区2025年经济社会发展目标出炉\n2月18日至20日,会议召开。', 2025],
  ])('%j → %s', (text, year) => {
    expect(findSections(text).reportYear).toBe(year);
  });

  it('takes the year it is given over the text', () => {
    expect(findSections('一、2023年工作回顾', 2030).reportYear).toBe(2030);
  });

  it('does not open the plan at a sentence about last year', () => {
    const text = '一、2023年工作回顾\n2023年经济社会发展取得新成效。\n二、2024年工作安排\n主要预期目标是:…';
    const sections = findSections(text);
    expect(sections.plan?.start).toBe(text.indexOf('二、2024年'));
  });
});

describe('findSections: main targets paragraph', () => {
  const blockOf = (text: string) => findSections(text, 2024).mainBlocks.map((b) => text.slice(b.start, b.end));

  it('runs to the end of the sentence', () => {
    const text = '二、2024年工作安排\n主要预期目标是:地区生产总值增长6%左右,单位GDP能耗下降3%。实现上述目标,要努力。\n下一段。';
    expect(blockOf(text)).toEqual(['地区生产总值增长6%左右,单位GDP能耗下降3%。']);
  });

  it('takes the items of a list that follows the cue', () => {
    const text = '今年主要预期目标是:\n(一)地区生产总值增长6%左右;\n(二)城镇新增就业5000人以上。\n为实现上述目标,…';
    expect(blockOf(text)).toEqual(['\n(一)地区生产总值增长6%左右;\n(二)城镇新增就业5000人以上。']);
  });

  it('takes numbered items that end in 。', () => {
    const text = '今年主要预期目标是:\n1.地区生产总值增长5.5%左右。\n2.城镇新增就业1.2万人以上。\n实现上述目标。';
    expect(blockOf(text)).toEqual(['\n1.地区生产总值增长5.5%左右。\n2.城镇新增就业1.2万人以上。']);
  });

  it('recognises 主要预期目标为', () => {
    const text = '二、2024年主要任务\n全县主要预期目标为:地区生产总值增长6%—6.5%。';
    expect(blockOf(text)).toEqual(['地区生产总值增长6%—6.5%。']);
  });

  it('finds no plan in a report without one', () => {
    const sections = findSections('一、2023年工作回顾\n全面完成了年初确定的主要预期目标。', undefined);
    expect([sections.plan, sections.mainBlocks]).toEqual([null, []]);
  });
});

describe('findSections: headline block', () => {
  it('takes a run of unpunctuated lines under a heading, one target a line, up to a blank line', () => {
    const text = '一、2024年工作回顾\n生产总值完成97.3亿元\n二、2025年主要预期目标\n生产总值增长5.5%\n城乡居民收入增长与经济增长同步\n\n三、重点工作\n';
    const [block] = findSections(text).mainBlocks;
    expect(text.slice(block!.start, block!.end).trim()).toBe('生产总值增长5.5%\n城乡居民收入增长与经济增长同步');
  });

  it('reads the plan year after 报告提出 in a news article', () => {
    const text = '记者报道:某区人代会1月8日开幕。2024年全区地区生产总值达1268.4亿元。\n报告提出,2025年地区生产总值增长5%左右。';
    expect(findSections(text).reportYear).toBe(2025);
    expect(findSections(text).plan?.start).toBe(text.indexOf('报告提出'));
  });

  it('ends the plan where a review that follows it begins (targets first, then 回顾2024年)', () => {
    const text = '1月14日,某区人代会开幕。\n今年全区经济社会发展的主要预期目标为:地区生产总值增长6%左右。\n回顾2024年,某区地区生产总值达到538.6亿元。';
    const sections = findSections(text);
    const review = text.indexOf('回顾2024年');
    expect(sections.reportYear).toBe(2025);
    expect(sections.plan).toEqual({ start: text.indexOf('今年'), end: review });
    expect(sections.review).toEqual({ start: review, end: text.length });
  });

  it('opens the plan at "对于今年,报告提出"', () => {
    const text = '2025-01-11\n报告显示,2024年全区地区生产总值达到506.3亿元。\n对于今年,报告提出:GDP增长6%。';
    expect(findSections(text).plan?.start).toBe(text.indexOf('对于今年'));
  });

  it('reads 【2025年目标】 as the plan heading and a bulletin title only as a line of its own', () => {
    expect(findSections('【2024年成绩单】\nGDP达265.9亿元\n【2025年目标】\nGDP增长5%左右\n').plan).not.toBeNull();
    const linked = findSections('某县人民政府工作报告\n一、2024年工作回顾\n…\n相关链接:某县2024年统计公报 2025-03-30\n');
    expect(linked.kind).toBe('report');
  });
});
