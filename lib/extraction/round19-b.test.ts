// Rules of round 19 (rules19b: news articles and a web page from retired eval14), each reduced to the few lines that carry
// it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus
// texts in wording, order, names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { readOneYearBack } from './december-ahead';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 19 rules (rules19b)', () => {
  describe('how a December article’s relative years are read', () => {
    const discussion = (date: string) =>
      `代表委员热议政府工作报告\n\n发布时间：${date}   来源：青梧区融媒体中心\n\n` +
      '　　区政协委员、区工商联副主席李文涛说：“报告显示，今年预计全区一般公共预算收入完成12.84亿元、增长3.6%。' +
      '明年目标是一般公共预算收入增长4%，地区生产总值增长5.5%左右，我们民营企业要多出力。”\n\n' +
      '　　区人大代表、桐溪镇镇长吴海燕说：“今年城镇新增就业3150人，明年报告提出城镇新增就业3000人以上。”\n';

    it('files a December article on next year’s targets with next year’s reports: 今年 is the year reviewed, 明年 the plan’s', () => {
      const result = extract(discussion('2025-12-19 10:12'));
      expect(result.reportYear).toBe(2026);
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'exact', '4'],
        ['gdp', 2026, 'growth', 'about', '5.5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '3000'],
      ]));
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['budget_revenue', 2025, 'level', '12.84'],
        ['budget_revenue', 2025, 'growth', '3.6'],
        ['new_urban_jobs', 2025, 'level', '3150'],
      ]));
      expect(result.targets.every((t) => !/12\.84|3150/.test(t.quote))).toBe(true);
    });

    it('keeps the year of an article dated in another month, and of a December one that names no next year’s targets', () => {
      expect(extract(discussion('2026-01-09 10:12')).reportYear).toBe(2026);
      const plain = '全区经济运行平稳\n\n发布时间：2025-12-19 10:12\n\n　　今年全区地区生产总值增长5%左右，明年将继续推进项目建设。\n';
      expect(extract(plain).reportYear).toBe(2025);
    });

    it('reads each relative year one year back, word for word, so no index moves', () => {
      const said = '今年预计增长6%,明年目标增长6.5%,去年增长5.9%';
      const read = readOneYearBack(said);
      expect(read).toBe('去年预计增长6%,今年目标增长6.5%,去年增长5.9%');
      expect(read.length).toBe(said.length);
    });
  });
});
