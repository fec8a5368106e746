// Rules of round 18 (rules18b: texts without punctuation from retired eval13 — slide decks, subtitle files, speech
// transcriptions), each reduced to the few lines that carry it (constructed, names and figures invented). Each names the
// mechanism it fixes; the variants differ from the corpus texts in wording, order, names and kinds, and each has the cases
// it must refuse.
import { describe, expect, it } from 'vitest';
import { blankContentsLists, blankPartListings } from './contents-list';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 18 rules (rules18b)', () => {
  it('reads a deck’s contents list as no heading: last year’s slides stay the review, this year’s the plan', () => {
    const deck =
      '第1页\n松川县2025年政府工作报告 宣讲提纲\n2025年3月\n\n第2页\n目 录\n一、2024年工作回顾\n二、2025年主要目标\n三、民生实事\n\n' +
      '第3页\n2024年 答卷\n地区生产总值 完成 212.4亿元 增长 5.3%\n一般公共预算收入 9.81亿元 增长 2.7%\n城镇新增就业 4310人\n\n' +
      '第4页\n2025年 主要预期目标\n地区生产总值 增长5.5%左右\n一般公共预算收入 增长3%\n城镇新增就业 4000人以上\n';
    const result = extract(deck);
    expect(targets(result)).toEqual([
      ['gdp', 2025, 'growth', 'about', '5.5'],
      ['budget_revenue', 2025, 'growth', 'exact', '3'],
      ['new_urban_jobs', 2025, 'level', 'at_least', '4000'],
    ]);
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['gdp', 2024, 'level', '212.4'],
      ['gdp', 2024, 'growth', '5.3'],
      ['new_urban_jobs', 2024, 'level', '4310'],
    ]));
    expect(result.targets.every((t) => !/212\.4|4310/.test(t.quote))).toBe(true);
  });

  it('blanks a contents list only: a 目录 line with fewer than two entries, or entries carrying figures, stays', () => {
    const list = '目录\n一 2024年成绩单\n二 2025年目标\n三 重点工作\n\n正文';
    const blanked = blankContentsLists(list);
    expect(blanked.length).toBe(list.length);
    expect(blanked).not.toMatch(/成绩单|目标|重点工作/);
    expect(blanked.endsWith('正文')).toBe(true);
    // One entry is no list; a line of figures under 目录 is a table's row, not an entry.
    expect(blankContentsLists('目录\n一 2025年目标\n地区生产总值 增长6%')).toBe('目录\n一 2025年目标\n地区生产总值 增长6%');
    expect(blankContentsLists('目录\n一 生产总值 增长6%\n二 财政收入 增长3%')).toBe('目录\n一 生产总值 增长6%\n二 财政收入 增长3%');
    // 目录 inside a sentence heads nothing.
    const sentence = '报告附有项目目录\n一 2024年回顾\n二 2025年目标';
    expect(blankContentsLists(sentence)).toBe(sentence);
  });

  it('blanks both kinds of part listing in one pass, an outline sentence and a contents list, and nothing else', () => {
    const text = '本报告共分三个部分：一、2024年回顾；二、2025年任务；三、保障措施。\n目录\n一 2024年回顾\n二 2025年任务\n地区生产总值增长6%左右。';
    const blanked = blankPartListings(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toMatch(/部分|回顾|任务/);
    expect(blanked.endsWith('地区生产总值增长6%左右。')).toBe(true);
    // A sentence naming parts but carrying a figure is no outline.
    const figure = '报告分三个部分：一是增长6%。';
    expect(blankPartListings(figure)).toBe(figure);
  });

  it('dates a transcription by the eight-digit date in its exported file name when nothing else dates it', () => {
    const body =
      '\n识别时长 00:22:10\n\n说话人1 00:00:03\n大家好 我说一下 去年全县城镇新增就业三千一百二十人 一般公共预算收入增长百分之二点六\n';
    const named = extract('会议录音_松川县代表团讨论_20250113.m4a.txt' + body);
    expect(named.reportYear).toBe(2025);
    expect(outcomes(named)).toEqual(expect.arrayContaining([['new_urban_jobs', 2024, 'level', '3120']]));
    expect(extract('纪要-20240216.docx' + body).reportYear).toBe(2024);
    // Eight digits that are no date, or a line that is no file name, date nothing.
    expect(extract('会议录音_松川县代表团讨论_20251345.txt' + body).reportYear).toBeNull();
    expect(extract('编号 20250113 松川县代表团讨论' + body).reportYear).toBeNull();
  });

  const TURN = '会议录音_松川县代表团讨论_20250113.txt\n\n说话人2 00:01:05\n';

  it('reads 是 after 预计 as the estimate’s verb, and still never after another word', () => {
    const said = extract(TURN + '去年全县一般公共预算收入预计是九点八一亿元 增长百分之二点七\n');
    expect(outcomes(said)).toEqual([
      ['budget_revenue', 2024, 'level', '9.81'],
      ['budget_revenue', 2024, 'growth', '2.7'],
    ]);
    expect(outcomes(extract(TURN + '去年全县社会消费品零售总额初步预计是63.5亿元\n'))).toEqual([['retail_sales', 2024, 'level', '63.5']]);
    // 是 after a comparison opens another statement, as before.
    expect(outcomes(extract(TURN + '去年全县社会消费品零售总额比全市平均是高的 前年是58亿元\n'))).toEqual([]);
  });

  it('drops a particle run into the words after the year a speaker opens on', () => {
    const said = extract(TURN + '去年啊全县城镇新增就业三千一百二十人\n');
    expect(outcomes(said)).toEqual([['new_urban_jobs', 2024, 'level', '3120']]);
    expect(said.outcomes[0]?.quote).toContain('去年啊全县');
    // A particle elsewhere run into a word stays (a name's own character is never dropped).
    expect(outcomes(extract(TURN + '去年全县粮食总产量稳定在八万吨 呢绒产量增长百分之五\n'))).toEqual([['grain_output', 2024, 'level', '8']]);
  });

  it('opens the plan at a speaker’s answer that the year’s targets follow (这么定的, 这样安排的, 如下)', () => {
    for (const cue of ['今年的目标报告里是这么定的', '今年的主要目标是这样安排的', '2025年的发展目标如下']) {
      const said = extract(TURN + '去年全县城镇新增就业三千一百二十人\n\n说话人1 00:03:10\n' + cue + ' 城镇新增就业三千人以上 一般公共预算收入增长百分之三\n');
      expect(targets(said)).toEqual([
        ['new_urban_jobs', 2025, 'level', 'at_least', '3000'],
        ['budget_revenue', 2025, 'growth', 'exact', '3'],
      ]);
      expect(outcomes(said)).toEqual([['new_urban_jobs', 2024, 'level', '3120']]);
    }
    // Without a figure's wording after it, the words open nothing ("目标这样定是合适的" is an opinion).
    const opinion = extract(TURN + '去年全县城镇新增就业三千一百二十人 我觉得今年的目标这样定是合适的 大家有信心\n');
    expect(targets(opinion)).toEqual([]);
  });

  it('reads a revenue’s short form after 其中 as the sub-item (其中税收 before a figure or a verb), never before another word', () => {
    const deck = (row: string) => '第3页\n2024年 答卷\n一般公共预算收入 11.40亿元 ↑2.2%\n' + row + '\n城镇新增就业 3900人\n\n第4页\n2025年 主要预期目标\n地区生产总值 增长5%左右\n';
    expect(outcomes(extract(deck('其中税收 8.02亿元 ↑0.6%')))).toEqual(expect.arrayContaining([
      ['tax_revenue', 2024, 'level', '8.02'],
      ['tax_revenue', 2024, 'growth', '0.6'],
    ]));
    expect(outcomes(extract(TURN + '去年全县一般公共预算收入增长2.2% 其中税收下降百分之一点五\n'))).toEqual([
      ['budget_revenue', 2024, 'growth', '2.2'],
      ['tax_revenue', 2024, 'growth', '-1.5'],
    ]);
    // Its share, or 税收 without 其中 (an enterprise's taxes), names no revenue.
    expect(outcomes(extract(deck('其中税收占比 70.3%'))).some((o) => o[0] === 'tax_revenue')).toBe(false);
    expect(outcomes(extract(deck('龙头企业税收 1.2亿元'))).some((o) => o[0] === 'tax_revenue')).toBe(false);
  });

  it('reads a state spaced off before a target row’s figure (a slide’s 止跌回稳 增长2%) as the figure’s lead-in, not a wording', () => {
    const deck = (row: string) => '第4页\n2025年 主要预期目标\n地区生产总值 增长5%左右\n' + row + '\n城镇新增就业 3600人以上\n';
    expect(targets(extract(deck('社会消费品零售总额 稳中有升 增长4.5%左右')))).toContainEqual(['retail_sales', 2025, 'growth', 'about', '4.5']);
    expect(targets(extract(deck('一般公共预算收入 提质增效 增长3%以上')))).toContainEqual(['budget_revenue', 2025, 'growth', 'at_least', '3']);
    // Another name between them is that indicator's row, and 其中 opens a sub-item: neither is a state.
    const other = targets(extract(deck('固定资产投资 工业投资 增长12%')));
    expect(other.some((t) => t[0] === 'fixed_asset_investment')).toBe(false);
  });

  it('reads the wordings of a speaker’s list of targets as the list’s own (城乡居民收入增长和经济增长同步, 完成…下达的…任务)', () => {
    const said = extract(TURN + '今年的目标县里是这么定的 一般公共预算收入增长百分之四 城乡居民收入增长与经济增长同步 城镇新增就业三千人以上 完成省里下达的节能减排任务 就这些\n');
    expect(targets(said)).toEqual([
      ['budget_revenue', 2025, 'growth', 'exact', '4'],
      ['resident_income', 2025, 'growth', 'relative', null],
      ['new_urban_jobs', 2025, 'level', 'at_least', '3000'],
      ['energy_saving', 2025, 'growth', 'qualitative', null],
    ]);
  });
});
