// Rules of round 28 (rules28c: PDF copies and text without punctuation, from retired eval23 and eval24), each reduced to the few
// lines that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';
import { opensOnClauseMark } from './leading-mark';
import { cutInsideHandedDown } from './handed-down-wrap';
import { cutBeforeFigure } from './clause-before-figure';
import { gluedPageNumber } from './split-figure';
import { extractProposals } from './extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';

describe('round 28 rules (rules28c)', () => {
  describe('how a PDF copy\'s lines are joined', () => {
    it('joins a line that opens on the clause mark a converter moved down to the line above', () => {
      const page =
        '青川县人民政府工作报告\n一、2025年工作回顾\n过去一年,全县经济运行稳中有进。全年规模以上工业增加值增长6.4%;社会消费品零售总额完成41.2亿元\n' +
        '、增长4.9%;农村居民人均可支配收入达到19870元,增长7.2%。粮食播种面积稳定在36.5万亩\n,总产量达到14.2万吨。\n' +
        '二、2026年主要预期目标\n地区生产总值增长5.5%左右,固定资产投资增长6%\n,城镇新增就业2100人以上。\n';
      expect(prepareText(page).text).toContain('41.2亿元、增长4.9%');
      const result = extract(page);
      expect(outcomes(result)).toEqual(
        expect.arrayContaining([
          ['retail_sales', 2025, 'growth', '4.9'],
          ['grain_output', 2025, 'level', '14.2'],
        ]),
      );
      expect(targets(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2026, 'level', 'at_least', '2100']]));
    });

    it('never reads a line that opens on a heading\'s mark, a quotation or words as one the mark was moved to', () => {
      for (const line of ['(一)产业发展', '“十五五”开局', '增长5%', '——城镇新增就业']) expect(opensOnClauseMark(line)).toBe(false);
      for (const line of ['、增长5%', ',总产量达到8万吨', ';城镇调查失业率']) expect(opensOnClauseMark(line)).toBe(true);
    });

    it('joins a target handed down by the level above that a wrap or a page break cut, running header and all', () => {
      expect(cutInsideHandedDown('城镇调查失业率控制在5.5%以内 完成市下达的节能降', '碳目标任务')).toBe(true);
      expect(cutInsideHandedDown('城镇调查失业率控制在5.5%以内;完成省、青州', '市下达的能耗双控任务。')).toBe(true);
      const page =
        '二、2026年主要目标\n今年经济社会发展主要预期目标是:地区生产总值增长5%左右;固定资产投资增长4%;\n' +
        '城镇调查失业率控制在5.5%以内;完成省、青州\n— 3 —\n政府工作报告\n市下达的节能降碳目标任务。\n三、2026年重点工作\n';
      expect(targets(extract(page))).toEqual(expect.arrayContaining([['energy_saving', 2026, 'growth', 'qualitative', null]]));
    });

    it('joins no line whose handed-down phrase is already whole, nor a 完成 that the next line completes with a figure', () => {
      expect(cutInsideHandedDown('完成市下达的目标任务', '城镇新增就业1500人')).toBe(false);
      expect(cutInsideHandedDown('全年完成', '投资12亿元')).toBe(false);
      expect(cutInsideHandedDown('完成市下达的节能降', '低投资成本')).toBe(false);
    });

    it('joins a prose line whose last clause waits for its figure across the blank line of a copied page break', () => {
      const page =
        '各位代表:\n\n预计2025年,全区完成地区生产总值63.8亿元,增长5.1%;完成固定资产投资增长8.4%;实现社会消费品\n\n' +
        '零售总额22.6亿元,增长6.3%;城镇常住居民人均可支配收入达到40110元,增长4.7%。\n\n二、2026年工作安排\n';
      expect(outcomes(extract(page))).toEqual(
        expect.arrayContaining([
          ['retail_sales', 2025, 'level', '22.6'],
          ['retail_sales', 2025, 'growth', '6.3'],
        ]),
      );
    });

    it('keeps a blank line as a paragraph break after a heading, a full stop, a short line or a line of figures', () => {
      expect(cutBeforeFigure('二、主要预期目标', '地区生产总值增长5%左右,')).toBe(false);
      expect(cutBeforeFigure('全年经济运行稳中有进,主要指标好于预期。', '地区生产总值63.8亿元,增长5.1%')).toBe(false);
      expect(cutBeforeFigure('实现社会消费品', '零售总额22.6亿元,')).toBe(false);
      expect(cutBeforeFigure('预计全年完成地区生产总值63.8亿元,增长5.1%;实现社会消费品', '全力以赴抓项目、稳投资')).toBe(false);
    });

    it('cuts a page number glued after the page\'s last figure when the unit opens the next page', () => {
      const page =
        '2025年,全县一般公共预算收入完成9.84亿元,增长3.6%;社会消费品零售总额完成87.36 2\n\n' +
        '亿元,增长4.4%;规模以上工业增加值增长7.1%。\n\n二、2026年主要目标\n';
      expect(outcomes(extract(page))).toEqual(
        expect.arrayContaining([
          ['retail_sales', 2025, 'level', '87.36'],
          ['retail_sales', 2025, 'growth', '4.4'],
        ]),
      );
    });

    it('reads no page number in a letter-spaced number, nor before words', () => {
      expect(gluedPageNumber('生产总值完成2 1 3', '亿元,增长5.1%')).toBe(0);
      expect(gluedPageNumber('零售总额完成87.36 2', '增长4.4%')).toBe(0);
      expect(gluedPageNumber('零售总额完成87.36 2', '亿元,增长4.4%')).toBe(2);
    });

    it('reads a space a copy set inside a figure\'s unit as none', () => {
      const page = '2026年主要预期目标\n确保粮食播种面积稳定在8.1万亩、产量稳定在3.2万 吨。一般公共预算收入完成4.6亿 元。\n';
      expect(prepareText(page).text).toContain('3.2万吨');
      expect(prepareText(page).text).toContain('4.6亿元');
      // A space after the whole unit, or before the magnitude, is not this gap.
      expect(prepareText('产量3.2万吨 粮食安全').text).toContain('万吨 粮食');
      expect(prepareText('产量3.2 万吨').text).toContain('3.2 万吨');
    });
  });

  describe('how a 确保 clause binds its list', () => {
    const plan = (sentence: string) =>
      '2026年主要预期目标:地区生产总值增长5%左右,一般公共预算收入增长3%,城镇新增就业1800人以上,城镇调查失业率控制在5.5%以内。\n' +
      `(二)稳住农业基本盘。${sentence}\n`;
    const grain = (sentence: string) => targets(extract(plan(sentence))).filter(([key]) => String(key).startsWith('grain'));

    it('binds the first name\'s other measure named by its tail after 、 or by its head after a comma', () => {
      expect(grain('确保粮食播种面积稳定在40万亩以上、产量稳定在16万吨以上。')).toEqual([
        ['grain_area', 2026, 'level', 'at_least', '40'],
        ['grain_output', 2026, 'level', 'at_least', '16'],
      ]);
      expect(grain('严守耕地红线,确保粮食播种面积稳定在40万亩,粮食总产量稳定在16万吨以上。')).toEqual([
        ['grain_area', 2026, 'level', 'exact', '40'],
        ['grain_output', 2026, 'level', 'at_least', '16'],
      ]);
    });

    it('leaves a comma\'s clause that names something else, a clause after a semicolon, and a look back as tasks', () => {
      const tasks = targets(extract(plan('确保重点项目完成投资50亿元以上,工业投资增长10%以上。')));
      expect(tasks.filter(([key]) => key === 'industrial_investment')).toEqual([]);
      expect(grain('确保粮食播种面积稳定在40万亩以上;产量稳定在16万吨以上。').filter(([key]) => key === 'grain_output')).toEqual([]);
      expect(grain('去年我们确保粮食播种面积稳定在40万亩以上、产量稳定在16万吨以上。').filter(([key]) => key === 'grain_output')).toEqual([]);
    });
  });

  describe('how text without punctuation heads and runs its list', () => {
    it('reads a line naming the targets set this year, without its stop, as the list\'s head', () => {
      const subtitles =
        '（视频字幕）\n各位代表\n我先说说去年的情况\n去年全县地区生产总值增长5.2%\n接下来说说我们今年确定的几个主要目标\n' +
        '地区生产总值增长5.5%左右\n一般公共预算收入增长3%\n居民收入增长和经济增长同步\n大家一起努力\n';
      const result = extract(`${subtitles}来源：青川县融媒体中心 2026年1月10日\n`);
      expect(targets(result)).toEqual(
        expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '5.5'],
          ['budget_revenue', 2026, 'growth', 'exact', '3'],
          ['resident_income', 2026, 'growth', 'relative', null],
        ]),
      );
      expect(outcomes(result).filter(([key]) => key === 'budget_revenue')).toEqual([]);
    });

    it('reads no such head in a line that looks back at targets met', () => {
      const subtitles = '（视频字幕）\n各位代表\n去年年初定下的目标\n地区生产总值增长5.5%左右\n一般公共预算收入增长3%\n大家一起努力\n';
      expect(targets(extract(`${subtitles}来源：青川县融媒体中心 2026年1月10日\n`))).toEqual([]);
    });

    it('keeps a subtitle that turns to last year apart from the remark on this year above it', () => {
      const subtitles =
        '（以下为视频字幕）\n各位代表\n今年报告里我们定的目标\n地区生产总值增长5.5%左右\n固定资产投资增长6%\n这几个数定得不算高\n……\n' +
        '代表（字幕）我们乡镇建议\n今年在集体经济增收上多想办法\n去年农村居民人均可支配收入增长7.1%\n比城镇高了一点\n来源：青川县融媒体中心\n';
      expect(prepareText(subtitles).text).toContain('多想办法\n去年');
      const result = extractProposals(subtitles, { reportYear: 2026, indicators: INDICATORS });
      expect(outcomes(result)).toEqual(expect.arrayContaining([['rural_income', 2025, 'growth', '7.1']]));
      // A narrow column of full lines (all of one width) may wrap before 去年: its lines stay joined.
      const body = '报告指出 全县经济运行稳中有进 城镇居民人均可支配收入比去年增长4.6% 农村居民人均可支配收入增长7.0% 粮食总产量8.1万吨 城镇新增就业1200人 一般公共预算收入完成5.2亿元';
      const column = `${body.match(/.{1,14}/g)!.join('\n')}\n`;
      expect(column).toContain('收入比\n去年');
      expect(prepareText(column).text).not.toContain('收入比\n去年');
    });

    it('ends a comparison with growth at its 同步 when the next sentence runs straight on', () => {
      const draft =
        '1月9日青川县第十八届人民代表大会第五次会议开幕 县长在报告中提出2026年主要预期目标地区生产总值增长5.5%左右一般公共预算收入增长3%' +
        '城乡居民收入增长与经济增长同步县长最后说让我们同心同德\n';
      expect(targets(extract(draft))).toEqual(expect.arrayContaining([['resident_income', 2026, 'growth', 'relative', null]]));
    });

    it('goes on with a narrow column\'s run over a line that opens on the clause\'s rest, handed-down wording and all', () => {
      const column =
        '本报讯 1月9日 青川县第十八届人民代表大会第五次会议开幕\n报告提出 2026年全县经济社会发展的主要预期目标是 地区生产总值增长5.5%左右 固定资产投资增长6%\n' +
        '城乡居民人均可支配收入分别增长4.5%\n和7% 城镇新增就业1300人 完成州下达的节能降碳目标任务据悉 本次会议应到代表190名 实\n到178名\n';
      expect(targets(extract(column))).toEqual(
        expect.arrayContaining([
          ['rural_income', 2026, 'growth', 'exact', '7'],
          ['new_urban_jobs', 2026, 'level', 'exact', '1300'],
          ['energy_saving', 2026, 'growth', 'qualitative', null],
        ]),
      );
    });

    it('reads an unbracketed 展望YYYY line over a figure as the list\'s head, its wordings too', () => {
      const post = (heading: string, first: string) =>
        `青川县两会特刊\n2026年1月10日\n2025年 全县地区生产总值增长5.1%\n${heading}\n${first}\n固定资产投资增长6%\n城乡居民收入增长与经济增长同步\n完成市下达的节能降碳目标\n`;
      expect(targets(extract(post('展望2026', '地区生产总值增长5.5%左右')))).toEqual(
        expect.arrayContaining([
          ['resident_income', 2026, 'growth', 'relative', null],
          ['energy_saving', 2026, 'growth', 'qualitative', null],
        ]),
      );
      // A slogan of effort (奋进, 奋战: said of a year looked back on too) heads no list unbracketed: its wordings are not read.
      const slogan = targets(extract(post('奋进2026', '地区生产总值增长5.5%左右')));
      expect(slogan.filter(([, , , qualifier]) => qualifier === 'relative' || qualifier === 'qualitative')).toEqual([]);
    });
  });

  describe('where the year\'s work begins after the list', () => {
    it('reads a post\'s "要干的大事" heading as the year\'s work: an aim under it is a task', () => {
      const post = (heading: string) =>
        `青川县两会特刊\n2026年1月10日\n■ 2026年主要预期目标\n\n    ●地区生产总值增长5.5%左右\n\n    ●城镇新增就业2000人以上\n\n    ■ ${heading}\n\n` +
        '    ●新开工亿元以上项目80个\n\n    ●出口总额力争突破60亿元\n';
      expect(targets(extract(post('2026年要干的大事'))).filter(([key]) => key === 'exports')).toEqual([]);
      expect(targets(extract(post('今年要办的实事'))).filter(([key]) => key === 'exports')).toEqual([]);
    });

    it('reads a speaker\'s "围绕这些目标" as the turn to the work, a 确保 figure after it still bound', () => {
      const transcript =
        '主持人:谈到2026年 县长说 今年全县经济社会发展的主要预期目标是 地区生产总值增长百分之六左右 一般公共预算收入增长百分之五\n' +
        '县长:围绕这些目标 我们要抓项目扩投资 力争工业投资增长百分之十二 确保粮食产量稳定在三十万吨以上\n';
      const result = targets(extract(`青川县融媒体中心 2026年1月12日\n${transcript}`));
      expect(result.filter(([key]) => key === 'industrial_investment')).toEqual([]);
      expect(result).toEqual(expect.arrayContaining([['grain_output', 2026, 'level', 'at_least', '30']]));
    });
  });

  it('reads the stock after a register\'s new entries, and after a flow a space alone parts from it', () => {
    const review = (sentence: string) => outcomes(extract(`一、2025年工作回顾\n${sentence}\n二、2026年主要目标\n地区生产总值增长5%左右。\n`));
    expect(review('新登记经营主体0.86万户,总数达到6.4万户。')).toEqual([['market_entities', 2025, 'level', '6.4']]);
    expect(review('新注册经营主体3120户 总量突破5万户')).toEqual([['market_entities', 2025, 'level', '5']]);
    // The register's new entries alone are a flow, no stock.
    expect(review('新登记经营主体0.86万户,增长6.1%。')).toEqual([]);
  });

  it('reads the county a yearbook\'s chapter page names after its title\'s hyphen', () => {
    const page = '首页 理论教育 2025年工作回顾和2026年主要目标-青川县年鉴\n\n时间:2026-08-03\n全县地区生产总值增长5.1%。\n';
    expect(extract(page).district).toBe('青川县');
    // A hyphen between words that name no place reads none.
    expect(extract('首页 理论教育 工作回顾-年鉴\n\n全县地区生产总值增长5.1%。\n').district).toBeNull();
  });
});
