// Rules of round 25 (rules25c: text without punctuation, PDF copies and news from retired eval20), each reduced to the few lines
// that carry it (constructed, names and figures invented). Each names the mechanism it fixes; the variants differ from the
// corpus texts in wording, order, indicator and figures, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extractProposals } from './extract-proposals';
import { outcomes, targets } from './fixtures/round-helpers';

const withYear = (text: string, reportYear: number) => extractProposals(text, { indicators: INDICATORS, reportYear });

describe('round 25 rules (rules25c)', () => {
  it('opens the list where a speaker announces reading this year\'s targets out, a remark before the first figure', () => {
    const chat =
      '周科长 10:15\n[语音转文字] 大家好 县里人代会今天开了 报告里今年的目标任务我跟各位读一遍 各科室报数的时候别写错了 ' +
      '一般公共预算收入增长百分之四 农村居民人均可支配收入增长百分之六点五 城镇新增就业八百人以上\n\n' +
      '周科长 10:16\n[语音转文字] 去年 报告里说 全县生产总值增长百分之五点三 一般公共预算收入二点六亿元\n';
    const result = withYear(chat, 2026);
    expect(targets(result)).toEqual(
      expect.arrayContaining([
        ['budget_revenue', 2026, 'growth', 'exact', '4'],
        ['rural_income', 2026, 'growth', 'exact', '6.5'],
        ['new_urban_jobs', 2026, 'level', 'at_least', '800'],
      ]),
    );
    expect(outcomes(result).map((o) => o[0])).not.toContain('new_urban_jobs');
    expect(outcomes(result)).toEqual(expect.arrayContaining([['budget_revenue', 2025, 'level', '2.6']]));
  });

  it('refuses a read-aloud remark that names no targets of this year, or a mention of the targets without the reading', () => {
    // Last year's results read out are outcomes; "今年的目标" with no read-aloud verb and a long remark is no cue.
    const lastYear = withYear('[语音转文字] 去年的情况我给大家念一下 注意数据口径 一般公共预算收入增长百分之三点二\n', 2026);
    expect(targets(lastYear)).toEqual([]);
    const mention = withYear('[语音转文字] 今年的目标大家回去好好琢磨琢磨 写材料注意口径一致 一般公共预算收入增长百分之三点二\n', 2026);
    expect(targets(mention)).toEqual([]);
  });
});
