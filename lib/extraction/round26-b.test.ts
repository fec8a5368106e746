// Rules of round 26 (rules26b: text without punctuation from retired eval21), each reduced to the few lines that carry it
// (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in
// wording, order, names and indicators, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

// A session's video subtitles, one spoken phrase a line: last year's results under a look back without a year, whose first
// line opens on that year, then a line that invites the viewer to this year's targets.
const subtitles = (look: string, first: string) =>
  `青川融媒 >\n\n两会快看 | 三分钟读懂青川县政府工作报告\n\n2026-01-12 09:30:00\n\n  (视频字幕)\n\n` +
  `  今天 青川县第十九届人民代表大会第三次会议开幕\n  县长代表县人民政府作政府工作报告\n  先来回顾过去一年的成绩单\n` +
  `  ${first} 全县地区生产总值完成206.4亿元 增长6.2%\n  城镇新增就业4150人\n  社会消费品零售总额增长7.1%\n` +
  `  每一个数字都来之不易\n  ${look}\n  地区生产总值增长6.5%左右\n  城镇新增就业4000人以上\n  社会消费品零售总额增长7%\n` +
  `  居民人均可支配收入增长与经济增长同步\n  完成省里下达的节能降碳任务\n  新的一年 一起为青川加油\n`;

describe('round 26 rules (rules26b)', () => {
  describe('where a caption copy\'s targets list starts: a line inviting the viewer to look at this year\'s targets', () => {
    it('reads the list under it as the year\'s targets, wordings included, and the year line above as last year\'s', () => {
      for (const look of ['再看看今年的小目标', '一起看看2026年的新目标', '一起来看看2026年的新目标', '接着说说今年的目标', '下面来看新一年的主要目标']) {
        const result = extract(subtitles(look, '2025年'));
        expect(result.reportYear, look).toBe(2026);
        expect(targets(result), look).toEqual(expect.arrayContaining([
          ['gdp', 2026, 'growth', 'about', '6.5'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '4000'],
          ['retail_sales', 2026, 'growth', 'exact', '7'],
        ]));
        expect(targets(result).map(([key]) => key), look).toContain('resident_income');
        expect(targets(result).some(([, year]) => year === 2025), look).toBe(false);
        expect(outcomes(result), look).toEqual(expect.arrayContaining([
          ['gdp', 2025, 'level', '206.4'],
          ['gdp', 2025, 'growth', '6.2'],
          ['new_urban_jobs', 2025, 'level', '4150'],
        ]));
      }
    });

    it('opens no list on a line that only mentions this year\'s targets without looking at them', () => {
      for (const look of ['确保完成今年目标', '今年的小目标不小']) {
        const result = extract(subtitles(look, '2025年'));
        // The year line under the look back stays the only turn: its results are read as that year's targets, not as 2026's.
        expect(targets(result).some(([key, year]) => key === 'gdp' && year === 2026), look).toBe(false);
      }
    });
  });

  describe('how a figure is tokenised when a copy lost its digits: the rate\'s sign left after the verb ends its clause', () => {
    const review = (lost: string) =>
      `2026年青溪区政府工作报告\n一、2025年工作回顾\n全区经济稳中向好初步核算实现地区生产总值152.3亿元增长6.1%${lost}` +
      `城镇新增就业5120人居民人均可支配收入41260元增长5.6%\n二、2026年目标任务\n地区生产总值增长6%左右\n`;

    it('reads the name run into the lost figure in its own clause and flags the lost one, never guessing it', () => {
      for (const lost of ['固定资产投资增 %', '固定资产投资增长%', '规上工业增加值下降 %']) {
        const result = extract(review(lost));
        expect(outcomes(result), lost).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '5120']]));
        expect(outcomes(result).some(([key]) => key === 'fixed_asset_investment' || key === 'industrial_value_added'), lost).toBe(false);
        expect(result.flags.some((flag) => flag.code === 'garbled_figure'), lost).toBe(true);
      }
    });

    it('reads no lost figure where a bare % follows a name without a verb (a table\'s unit)', () => {
      const result = extract(review('固定资产投资%'));
      expect(result.flags.some((flag) => flag.code === 'garbled_figure')).toBe(false);
    });
  });

  describe('which text is without punctuation: the report\'s own paragraph around the targets\' cue, not a site\'s notice above it', () => {
    const copy = (incomes: string) =>
      `资料库 公文范文\n\n2026年松岭县政府工作报告\n\nPDF 24页 下载5 2026-02-03\n` +
      `提示:本文档仅支持在线预览前2页,如需完整内容,请下载后查看。\n各位代表\n现在我代表县人民政府向大会报告工作请予审议\n` +
      `${['过去一年面对复杂严峻的外部环境', '在县委的坚强领导下我们坚持稳中求进工作总基调', '统筹推进稳增长促改革调结构惠民生防风险',
        '全力以赴抓项目扩投资优环境', '聚焦主导产业培育新动能', '持续深化重点领域改革', '城乡面貌焕然一新', '生态环境质量稳步提升',
        '社会事业全面进步', '群众获得感幸福感安全感不断增强', '各项事业取得了新的成绩', '这些成绩的取得得益于全县上下的共同奋斗', '在此我代表县人民政府向全县人民表示衷心感谢',
        '同时我们也清醒看到发展中还存在不少困难和问题', '我们将采取有力措施认真加以解决',
        '一年来我们坚持把发展作为第一要务', '坚定不移推进新型工业化', '扎实推进乡村全面振兴', '着力保障和改善民生'].join('\n')}\n` +
      `一、2025 年工作回顾\n全县地区生产总值增长6.3%城镇新增就业3120人\n二、2026 年目标任务\n` +
      `全县经济社会发展的主要预期目标是地区生产总值增长6.5%左右城镇新增就业3000人以上\n` +
      `${incomes}粮食总产量稳定在9.6万吨以上完成市下达的节能降碳目标\n围绕上述目标重点做好以下工作\n`;

    it('goes on with the list over the wrapped lines, wordings included, when only the notice far above has commas', () => {
      const result = extract(copy('城乡居民人均可支配收入增长与经济增长同步'));
      expect(targets(result).map(([key]) => key)).toEqual(expect.arrayContaining(['gdp', 'new_urban_jobs', 'resident_income', 'grain_output', 'energy_saving']));
    });

    it('keeps a punctuated paragraph\'s list to its sentence: a clause mark in the report near the cue', () => {
      const result = extract(copy('城镇、农村居民人均可支配收入分别增长6%和7%'));
      expect(targets(result).map(([key]) => key)).not.toContain('energy_saving');
    });
  });

  describe('which spaces are a column\'s line ends: an item number\'s mark is not weighed as a clause mark', () => {
    // A poster's text flattened onto one line: its phrases parted by spaces, a comma inside some, its parts and items numbered.
    const poster =
      '\n桐林县 一图速览2026年政府工作报告 一、2025年回顾 全县地区生产总值增长5.8%,增速保持全市前列 城镇新增就业4200人 ' +
      '二、2026年主要预期目标 地区生产总值增长6%左右 三、重点工作 1、抓项目 2、促消费 3、惠民生 4、优环境 5、强治理\n';

    it('keeps the space that closes a phrase, so the name after it opens its own clause', () => {
      const result = extract(poster);
      expect(outcomes(result)).toEqual(expect.arrayContaining([['new_urban_jobs', 2025, 'level', '4200']]));
    });

    it('still drops a newspaper column\'s line ends inside a punctuated paragraph', () => {
      const column =
        '2026年新湾县政府工作报告\n一、2025年工作回顾\n过去一年,全县地区生产总值完成186.4亿元,增长5.6%;规上工业增加 值增长7.4%,固定资产投资增长4.1%,城 镇新增就业3900人,一、二、三产业协调发展。\n二、2026年主要预期目标\n地区生产总值增长6%左右。\n';
      expect(outcomes(extract(column))).toEqual(expect.arrayContaining([['industrial_value_added', 2025, 'growth', '7.4'], ['new_urban_jobs', 2025, 'level', '3900']]));
    });
  });

  describe('where a run-together targets list ends, and what a handed-down wording may open on', () => {
    // A page that copies a zone's report without any punctuation: the list runs into the turn to the work and its items.
    const runTogether = (energy: string, turn: string) =>
      '2026/1/20 10:12:05\n青石经济开发区2026年工作会议召开\n青石经济开发区召开2026年工作会议管委会主任作工作报告报告显示去年开发区预计实现' +
      '地区生产总值142.6亿元增长6.8%规模以上工业增加值增长9.1%报告指出今年开发区主要预期目标是地区生产总值增长6.5%左右规模以上工业增加值增长9%' +
      `固定资产投资增长7%一般公共预算收入增长4%${energy}${turn}一是招商攻坚力争新签约项目30个二是民生保障城镇新增就业2600人以上` +
      '三是生态治理空气质量优良天数比率达到85%\n';

    it('reads a handed-down wording after the name\'s change word, and ends the list at the turn to the work', () => {
      for (const energy of ['单位地区生产总值能耗下降完成省下达任务', '单位地区生产总值能耗降低确保完成市定目标']) {
        for (const turn of ['会议要求围绕上述目标重点抓好三个方面工作', '为实现上述目标全区将突出抓好三项重点工作']) {
          const result = extract(runTogether(energy, turn));
          expect(result.reportYear).toBe(2026);
          expect(targets(result).map(([key]) => key), `${energy} ${turn}`).toEqual(expect.arrayContaining(['gdp', 'industrial_value_added', 'fixed_asset_investment', 'budget_revenue', 'energy_intensity']));
          expect(targets(result).map(([key]) => key), `${energy} ${turn}`).not.toContain('new_urban_jobs');
          expect(targets(result).map(([key]) => key), `${energy} ${turn}`).not.toContain('air_quality_good_days');
        }
      }
    });

    it('reads no handed-down wording from a change word with a figure, nor a turn before a colon', () => {
      const figure = extract(runTogether('单位地区生产总值能耗下降3%完成省下达任务', '会议要求围绕上述目标重点抓好三个方面工作'));
      expect(targets(figure).filter(([key]) => key === 'energy_intensity')).toEqual([['energy_intensity', 2026, 'growth', 'reduction', '3']]);
      const colon = extract('2026年某县政府工作报告\n二、2026年目标任务\n全县主要预期目标是:地区生产总值增长6%左右,固定资产投资增长5%,一般公共预算收入增长3%,城镇新增就业3000人以上。重点抓好三个方面工作:一是城镇新增就业3100人以上。\n');
      expect(targets(colon).filter(([key]) => key === 'new_urban_jobs')).toHaveLength(1);
    });
  });
});
