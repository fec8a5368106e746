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
      for (const look of ['再看看今年的小目标', '一起看看2026年的新目标', '接着说说今年的目标', '下面来看新一年的主要目标']) {
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
});
