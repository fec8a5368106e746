// Rules of round 21 (rules21c: PDF copies and text without punctuation from retired eval16), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { columnWrapGaps } from './column-wraps';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { isFurnitureLine, prepareText } from './prepare-text';

describe('round 21 rules (rules21c)', () => {
  it('reads a poster panel title broken by OCR (a year line over its 目标 line) as the plan heading that dates the text', () => {
    const poster = (year: string, words: string) =>
      '长图速览\n云岭县2026年\n政府工作报告要点\n\n过去一年\n亮点\n\n粮食总产量\n9.6亿斤\n\n城乡居民收入\n农村居民人均可支配收入\n18650元\n增长7.1%\n\n' +
      `${year}\n${words}\n\n地区生产总值\n增长6%左右\n\n城镇调查失业率\n5.5%以内\n\n粮食总产量\n9.5亿斤以上\n\n县融媒体中心制作\n`;
    for (const [year, words] of [['2026', '主要预期目标'], ['2026', '目标'], ['  2026 ', ' 主要目标']] as const) {
      const result = extract(poster(year, words));
      expect([result.reportYear, result.reportYearSource]).toEqual([2026, 'plan_heading']);
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ]));
      expect(outcomes(result)).toEqual(expect.arrayContaining([['rural_income', 2025, 'growth', '7.1']]));
      expect(outcomes(result).some((o) => o[1] === 2026)).toBe(false);
    }
  });

  it('refuses a year line over words that are not the targets, or a year that is not the one after the look back', () => {
    // A year over a results panel is no plan heading.
    const results = extract('某区2026年报告\n\n2025年工作回顾\n\n2025\n目标完成情况\n\n地区生产总值\n增长5.8%\n');
    expect(results.targets).toEqual([]);
    // A year line followed by a line that only begins with 目标 and goes on is no heading either.
    const prose = extract('2025年工作回顾\n全区地区生产总值增长5.8%。\n2027\n目标是建成区域中心城市,地区生产总值突破600亿元\n');
    expect(prose.targets.filter((t) => t.year === 2027)).toEqual([]);
  });

  it('reads a one-line PDF rendition\'s line ends inside clauses as no break, though its cover and flattened table add spaces', () => {
    const text =
      '青禾县人民政府 文件 青政发〔2026〕3号 关于印发青禾县2026年计划的通知 各乡镇人民政府，县直各单位： 现将计划印发给你们， 请认真执行。 —1— ' +
      '一、2025年计划执行情况 2025年，全县预计实现地区生产总值88.2亿元，增长6.1%；社会消费品零售总额达到31.4亿 元，增长5.2%；单位地区生产总值能 耗下降3.1%，完成市下达目标。 —2— ' +
      '二、2026年主要预期目标 全县主要预期目标是：地区生产总值增长6%左右；固定资产投 资增长9%；城镇调查失 业率控制在5.5%以内；粮食产 量稳定在12万吨以上。 —3— ' +
      '附件： 主要指标 序号 指标名称 单位 2025年预计 2026年计划 1 地区生产总值增速 % 6.1 6左右 2 外贸出口额 亿元 3.2 3.6 3 一般公共预算收入 亿元 5.4 5.8 —4—';
    const result = extract(text);
    expect(targets(result)).toEqual(expect.arrayContaining([
      ['fixed_asset_investment', 2026, 'growth', 'exact', '9'],
      ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
      ['grain_output', 2026, 'level', 'at_least', '12'],
    ]));
    expect(outcomes(result)).toEqual(expect.arrayContaining([
      ['retail_sales', 2025, 'level', '31.4'],
      ['energy_intensity', 2025, 'growth', '-3.1'],
    ]));
    // The table's cells and the cover's headings keep their spaces.
    const line = text.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':');
    const gaps = columnWrapGaps(line).map((at) => line.slice(at - 1, at + 2));
    expect(gaps).toEqual(expect.arrayContaining(['亿 元', '能 耗', '投 资', '失 业', '产 量']));
    for (const kept of ['名称 单位', '人民政府 文件', '亿元 3.2', '增速 %']) expect(gaps.some((gap) => kept.includes(gap))).toBe(false);
  });

  it('keeps a space with no mark near it on one side: a table cell or heading after the last mark, a title before the first', () => {
    expect(columnWrapGaps('说明如下,请查收。 附件: 主要指标表 序号 指标名称 单位 计划数 预计数 城镇新增就业 人 3500 3600 外贸出口额 亿元 6.8 7.5')).toEqual([]);
    // A transcript whose spaces are its marks keeps them (the ratio of marks to spaces, as before).
    expect(columnWrapGaps('今年全县地区生产总值增长百分之六 城镇新增就业三千人，粮食产量稳定 九亿斤 全年完成 目标。')).toEqual([]);
  });

  it('keeps a narration\'s short subtitles that turn to a year or to the report\'s proposals, where three short lines read as a menu', () => {
    const script = (turn: string, proposes: string) =>
      '【视频】一分钟看懂青禾县两会\n解说词:\n2026年1月\n青禾县人代会\n隆重开幕\n代表们\n建言献策\n' +
      `${turn}\n全县经济运行稳中向好的态势\n地区生产总值\n完成96.3亿元\n增长5.9%\n新的一年\n新的征程\n${proposes}\n2026年\n地区生产总值\n增长6%左右\n` +
      '粮食总产量\n12.5万吨以上\n城镇新增就业\n3200人以上\n(配音:李华)\n';
    for (const [turn, proposes] of [['一年来', '报告提出'], ['过去一年', '政府工作报告明确']] as const) {
      const result = extract(script(turn, proposes));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['gdp', 2026, 'growth', 'about', '6'],
        ['grain_output', 2026, 'level', 'at_least', '12.5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '3200'],
      ]));
      expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '5.9']]));
      expect(outcomes(result).some((o) => o[0] === 'new_urban_jobs')).toBe(false);
    }
  });

  it('still reads a run of three short lines with no such cue as a menu', () => {
    const page = prepareText('首页\n政务公开\n政府工作报告\n互动交流\n\n青禾县2026年政府工作报告\n今年全县地区生产总值增长6%左右。\n').text;
    expect(page).not.toContain('政务公开');
    expect(page).not.toContain('互动交流');
    // A cue inside a longer subtitle or with other words is no exception.
    const words = prepareText('首页\n新的一年新气象\n报告提出了\n专题\n\n正文:今年全县地区生产总值增长6%左右。\n').text;
    expect(words).not.toContain('新气象');
    expect(words).not.toContain('报告提出了');
  });

  it('opens the plan at a transcript\'s 今年 clause whose figure is spoken (增长百分之…), as at one with digits', () => {
    const transcript = (opening: string) =>
      '会议录音整理稿\n\n同志们 下面我讲两点 第一 2024年全区地区生产总值达到 二百零五点三亿元 增长百分之五点四 城镇新增就业 四千一百人\n\n' +
      `第二 ${opening}社会消费品零售总额增长百分之七左右 地区生产总值增长百分之五点五以上 粮食总产量稳定在九万吨以上 城镇新增就业 四千人以上\n`;
    for (const opening of ['今年 ', '新的一年 ', '关于目标 今年']) {
      const result = extract(transcript(opening));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['retail_sales', 2025, 'growth', 'about', '7'],
        ['gdp', 2025, 'growth', 'at_least', '5.5'],
        ['new_urban_jobs', 2025, 'level', 'at_least', '4000'],
      ]));
      expect(outcomes(result).filter((o) => o[0] === 'new_urban_jobs')).toEqual([['new_urban_jobs', 2024, 'level', '4100']]);
    }
  });

  it('opens no plan at a spoken 今年 clause that only looks back or names no growth', () => {
    const result = extract('会议录音整理稿\n\n同志们 2024年全区地区生产总值增长百分之五点四 今年以来 增长百分之三点二 今年 大家辛苦了 城镇新增就业 四千一百人\n');
    expect(result.targets).toEqual([]);
    // A remark opened by 今年, then after a space (a clause break in a transcript) a figure: no plan either.
    const remark = extract('会议录音整理稿\n\n同志们 2024年全区地区生产总值增长百分之五点四 今年的事我先说到这 规上工业增加值增长百分之八点一\n');
    expect(remark.targets).toEqual([]);
  });

  it('reads a PDF viewer\'s page label ("Page 6 - title", "Page 6 of 9", "P. 6") inside a sentence as a page break', () => {
    const text = (label: string) =>
      '某县政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.4%;一般公共预算收入 9.8 亿元、\n' +
      `3\n${label}\n增长 4.1%;粮食总产量 12.2 万吨。\n二、2026年主要预期目标\n主要预期目标是:地区生产总值增长 6%左右;城乡居民人均可支配收入增长与经\n` +
      `4\n${label.replace(/6/g, '7')}\n济增长同步;城镇新增就业 3000 人以上。\n`;
    for (const label of ['Page 6 - 某县政府工作报告\nP. 6', 'Page 6 of 9', 'PAGE 6 | 某县人民政府']) {
      const result = extract(text(label));
      expect(outcomes(result)).toEqual(expect.arrayContaining([['budget_revenue', 2025, 'growth', '4.1']]));
      expect(targets(result).map((t) => t[0])).toEqual(expect.arrayContaining(['gdp', 'resident_income', 'new_urban_jobs']));
    }
  });

  it('keeps a line that only opens on Page or P. and goes on with text or a figure', () => {
    expect(isFurnitureLine('Page 6 - 某县政府工作报告')).toBe(true);
    expect(isFurnitureLine('P. 12')).toBe(true);
    expect(isFurnitureLine('Page 6 地区生产总值增长6%')).toBe(false);
    expect(isFurnitureLine('P. 6 地区生产总值增长6%')).toBe(false);
    expect(isFurnitureLine('Page 6 - 地区生产总值增长6%,城镇新增就业3000人')).toBe(false);
  });
});
