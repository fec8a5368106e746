// Rules of round 25 (rules25b: text without punctuation from retired eval20), each reduced to the few lines that carry it
// (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in
// wording, order, names and indicators, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { prepareText } from './prepare-text';

// A county's session told as a caption copy, one spoken phrase a line, no punctuation.
const captions = (title: string, back: string, ahead: string, points: string) =>
  `两会快评丨一起听\n${title}\n\n1月8日\n青禾县第十七届人民代表大会第四次会议开幕\n县长作政府工作报告\n\n` +
  `报告说\n${back}\n全县经济稳中有进\n民生持续改善\n\n地区生产总值达到96.3亿元\n增长5.1%\n城镇新增就业3380人\n\n` +
  `${ahead}\n报告提出了\n${points}\n\n地区生产总值增长5.5%左右\n\n城镇新增就业\n3200人以上\n\n粮食总产量\n稳定在12万吨以上\n\n来源丨青禾融媒\n`;

describe('round 25 rules (rules25b)', () => {
  describe('which short lines are a menu: a narration\'s "过去这一年" and "新的一年怎么干" are its cues', () => {
    it('keeps a look back\'s and a question\'s subtitles that three short lines would drop as a menu', () => {
      for (const [back, ahead] of [['过去这一年', '新的一年怎么干'], ['过去这一年', '今年如何干'], ['过去一年', '新一年咋干']]) {
        const text = prepareText(captions('2026年我们这样干', back!, ahead!, '以下几项目标')).text;
        expect(text).toContain(back);
        expect(text).toContain(ahead);
        expect(text).toContain('报告提出了');
      }
    });

    it('still drops a menu whose items only resemble the cues', () => {
      const page = prepareText('首页\n新的一年新气象\n今年怎么样了吗\n专题\n\n正文:今年全县地区生产总值增长6%左右。\n').text;
      expect(page).not.toContain('新的一年新气象');
      expect(page).not.toContain('专题');
    });
  });

  describe('where a caption copy\'s targets list starts: a line pointing at the list below ("这样一组目标", "以下几项目标")', () => {
    it('reads the list under it as the year\'s targets and the figures above as last year\'s', () => {
      for (const points of ['这样一组目标', '以下几项目标', '下面这些主要目标']) {
        for (const title of ['2026年我们这样干', '2026年全县怎么干']) {
          const result = extract(captions(title, '过去这一年', '新的一年怎么干', points));
          expect(result.reportYear, `${title} ${points}`).toBe(2026);
          expect(targets(result)).toEqual(expect.arrayContaining([
            ['gdp', 2026, 'growth', 'about', '5.5'],
            ['new_urban_jobs', 2026, 'level', 'at_least', '3200'],
            ['grain_output', 2026, 'level', 'at_least', '12'],
          ]));
          expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'level', '96.3'], ['gdp', 2025, 'growth', '5.1'], ['new_urban_jobs', 2025, 'level', '3380']]));
          expect(outcomes(result).some(([, year]) => year === 2026)).toBe(false);
        }
      }
    });

    it('never opens the plan at a line that looks back at targets met', () => {
      const text = '青禾县人代会侧记\n2026年1月8日\n\n过去一年\n去年完成了这样一组目标\n\n地区生产总值增长5.1%\n\n城镇新增就业3380人\n\n今年主要预期目标是地区生产总值增长5.5%左右\n';
      const result = extract(text);
      expect(targets(result).filter(([key]) => key === 'new_urban_jobs')).toEqual([]);
      expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '5.1'], ['new_urban_jobs', 2025, 'level', '3380']]));
    });
  });

  describe('which year a caption copy is for: a title of a year and how it will be worked', () => {
    it('reads "2026年咱们这样干" as the plan\'s year, whatever year the review names', () => {
      for (const title of ['2026年咱们这样干', '2026年全县这么干', '📌2026年 我们就这样干']) {
        const result = extract(captions(title, '过去这一年', '新的一年怎么干', '这样一组目标'));
        expect([result.reportYear, result.reportYearSource], title).toEqual([2026, 'title']);
      }
    });

    it('never reads a look back\'s title ("…这样干的", "…干出来") as the plan\'s year', () => {
      for (const title of ['2025年我们这样干的', '2025年怎么干出来']) {
        const result = extract(captions(title, '过去这一年', '新的一年怎么干', '这样一组目标'));
        expect(result.reportYearSource, title).not.toBe('title');
        expect(result.reportYear, title).not.toBe(2025);
      }
    });
  });

  describe('how lines are joined: a bullet of respective figures that names nothing goes on with the series above it', () => {
    const page = (series: string) =>
      `青禾县政府工作报告干货\n\n2025年成绩单\n• 地区生产总值188.2亿元 增长5.6%\n${series}\n• 全县经营主体突破3.1万户\n\n` +
      '2026年目标\n• 地区生产总值增长6%左右\n';

    it('reads the second bullet\'s figures as the series\' rates or levels', () => {
      const cases: Array<[string, string[][]]> = [
        ['• 城乡居民人均可支配收入分别达到39750元 18620元\n• 分别增长5.1% 7.2%', [['urban_income', '5.1'], ['rural_income', '7.2']]],
        ['▪ 城乡居民人均可支配收入分别增长5.1% 7.2%\n▪ 分别达到39750元 18620元', [['urban_income', '39750'], ['rural_income', '18620']]],
      ];
      for (const [series, expected] of cases) {
        const found = outcomes(extract(page(series)));
        for (const [key, value] of expected) expect(found.some(([k, year, , v]) => k === key && year === 2025 && v === value), `${series} ${key}`).toBe(true);
      }
    });

    it('keeps a 分别 bullet under a line without a series of its own, and the quote spans both lines', () => {
      const bare = outcomes(extract(page('• 城乡居民人均可支配收入\n• 分别增长5.1% 7.2%')));
      expect(bare.some(([, , , value]) => value === '5.1' || value === '7.2')).toBe(false);
      const stopped = outcomes(extract(page('• 城乡居民人均可支配收入分别达到39750元 18620元。\n• 分别增长5.1% 7.2%')));
      expect(stopped.some(([, , , value]) => value === '5.1' || value === '7.2')).toBe(false);
      const joined = extract(page('• 城乡居民人均可支配收入分别达到39750元 18620元\n• 分别增长5.1% 7.2%')).outcomes.find((o) => o.indicatorKey === 'rural_income' && o.measure === 'growth');
      expect(joined?.quote).toBe('城乡居民人均可支配收入分别达到39750元 18620元\n• 分别增长5.1% 7.2%');
    });
  });

  describe('where a subtitle copy\'s targets list ends: a name line over its figure or wording line goes on with the list', () => {
    const copy = (list: string) =>
      `两会速览\n2026年1月9日\n\n过去一年\n全县地区生产总值增长5.3%\n\n2026年全县经济社会发展\n主要预期目标是\n${list}\n报告提出\n今年要重点抓好\n六个方面工作\n力争新增市场主体\n2000户以上\n`;

    it('reads each two-line target of the run, wordings included', () => {
      for (const [wording, income] of [['与经济增长同步', '城乡居民收入增长'], ['增长与经济增长基本同步', '居民人均可支配收入']]) {
        const list = `地区生产总值增长\n5.5%左右\n一般公共预算收入\n增长3%\n${income}\n${wording}\n城镇新增就业\n2800人以上`;
        const result = extract(copy(list));
        const found = targets(result);
        expect(found, wording).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '5.5'],
          ['budget_revenue', 2026, 'growth', 'exact', '3'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '2800'],
        ]));
        expect(result.targets.find((t) => t.indicatorKey === 'resident_income')?.qualifier, wording).toBe('relative');
      }
    });

    it('reads a decimal figure opening its line ("5.5%左右") as the figure, never as a list number "5."', () => {
      for (const figure of ['4.5%左右', '12.8%以上', '6.25%']) {
        const list = `地区生产总值增长\n${figure}\n城乡居民收入增长\n与经济增长同步`;
        const result = extract(copy(list));
        expect(result.targets.find((t) => t.indicatorKey === 'resident_income')?.qualifier, figure).toBe('relative');
      }
      // A numbered item ("5.城镇新增就业…") is still an item.
      expect(targets(extract(copy('1.地区生产总值增长5.5%左右\n2.城镇新增就业2800人以上')))).toEqual(expect.arrayContaining([['new_urban_jobs', 2026, 'level', 'at_least', '2800']]));
    });

    it('ends the run at a name line with no figure under it, so the year\'s work adds no target', () => {
      const list = '地区生产总值增长\n5.5%左右\n城乡居民收入增长\n保持稳定向好态势\n城镇新增就业\n2800人以上';
      const found = targets(extract(copy(list)));
      expect(found.filter(([key]) => key === 'resident_income')).toEqual([]);
    });
  });

  describe('how a clause\'s subject is found: the report\'s plain verb of saying run into the name ("报告说…", "报告显示…")', () => {
    const remarks = (said: string) =>
      `青禾县代表团分组审议发言整理\n2026年1月10日\n\n我谈几点体会 报告讲2025年全县地区生产总值达到96.3亿元增长5.1% 成绩来之不易 ${said} 我们村里感受很深\n\n` +
      '今年的主要预期目标 地区生产总值增长5.5%左右\n';

    it('reads the figure the report is said to give as the district\'s own last-year result', () => {
      const cases: Array<[string, string, string]> = [
        ['报告说城镇新增就业3350人', 'new_urban_jobs', '3350'],
        ['报告显示粮食总产量达到12.4万吨', 'grain_output', '12.4'],
        ['报告里面讲农村常住居民人均可支配收入达到17260元增长6.8%', 'rural_income', '17260'],
      ];
      for (const [said, key, value] of cases) {
        expect(outcomes(extract(remarks(said))), said).toContainEqual([key, 2025, 'level', value]);
      }
    });

    it('never reads another speaker\'s or another entity\'s figure that way', () => {
      for (const said of ['他说城镇新增就业3350人', '报告说全市城镇新增就业3350人']) {
        expect(outcomes(extract(remarks(said))).filter(([key]) => key === 'new_urban_jobs'), said).toEqual([]);
      }
    });
  });

  describe('where a targets list ends: a post\'s spoken heading of the year\'s work ("■ 2026年 要干这些事")', () => {
    const post = (heading: string) =>
      '两会速览丨一图读懂\n2026-01-12\n\n■ 2025年 成绩单\n● 地区生产总值 增长5.2%\n\n■ 2026年 主要预期目标\n● 地区生产总值 增长6%左右\n' +
      `● 固定资产投资 增长5%\n● 城镇调查失业率 5.5%以内\n\n${heading}\n● 实施重点项目150个以上\n● 新增城镇就业8000人\n● 新建高标准农田2万亩\n`;

    it('reads no task under it as a target', () => {
      for (const heading of ['■ 2026年 要干这些事', '◆ 今年重点干什么', '▶ 2026年我们要干哪些事']) {
        const found = targets(extract(post(heading)));
        expect(found, heading).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '6'], ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5']]));
        expect(found.filter(([key]) => key === 'new_urban_jobs'), heading).toEqual([]);
      }
    });

    it('still reads a target item that only mentions the work', () => {
      const found = targets(extract(post('● 城镇新增就业 8000人以上')));
      expect(found).toContainEqual(['new_urban_jobs', 2026, 'level', 'at_least', '8000']);
    });
  });

  describe('where a speaker turns to the work: "关于重点工作" as a part heading between pauses', () => {
    const talk = (turn: string) =>
      '县长在代表团审议时的讲话录音整理\n2026年1月11日\n\n第一个 去年全县地区生产总值增长5.3% 第二个 今年的主要预期目标 地区生产总值增长6%左右 ' +
      `固定资产投资增长百分之七 社会消费品零售总额增长百分之五 城镇新增就业三千人以上\n${turn} 我讲几个数 全年要新开工项目六十个以上 工业投资要增长百分之二十以上 这几个数必须完成\n`;

    it('reads the figures after it as tasks, the targets before it still', () => {
      for (const turn of ['第三个 关于重点工作', '第三 关于今年的重点任务']) {
        const found = targets(extract(talk(turn)));
        expect(found, turn).toEqual(expect.arrayContaining([['gdp', 2026, 'growth', 'about', '6'], ['fixed_asset_investment', 2026, 'growth', 'exact', '7']]));
        expect(found.filter(([key]) => key === 'manufacturing_investment' || key === 'industrial_investment'), turn).toEqual([]);
      }
    });

    it('is no turn run into other words ("关于重点工作的意见") nor without its 关于', () => {
      for (const turn of ['第三个 有关重点工作', '第三个 关于重点工作的意见']) expect(extract(talk(turn)).targets.some((t) => t.value === '20'), turn).toBe(true);
    });
  });
});
