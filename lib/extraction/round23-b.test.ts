// Rules of round 23 (rules23b: news articles from retired eval18), each reduced to the few lines that carry it (constructed,
// names and figures invented). Each names the mechanism it fixes; the variants differ from the corpus texts in wording, order,
// names and kinds, and each has the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 23 rules (rules23b)', () => {
  describe('where a targets list starts: a sentence of its own saying this year’s targets were set', () => {
    const story = (place: string, cue: string) =>
      `${place}融媒 | 读懂政府工作报告\n2026-01-09 08:12 来源：${place}发布\n` +
      `　　先说去年。全${place.slice(-1)}地区生产总值达到205.7亿元、增长6.1%，一般公共预算收入完成12.4亿元、增长2.8%。\n` +
      `　　${cue}社会消费品零售总额增长6%左右；规模以上工业增加值增长7%；城镇新增就业3800人以上，城镇调查失业率5.5%以内。\n` +
      `　　这些数字，件件连着民生。\n`;

    it('reads the clauses after the full stop as this year’s targets, not as last year’s results', () => {
      for (const [place, cue] of [
        ['云溪县', '再来看看今年定下的几个“小目标”。'],
        ['北塘区', '新的一年，区里确定的发展目标。'],
        ['石门县', '咱们今年制定的主要目标：'],
      ]) {
        const result = extract(story(place!, cue!));
        expect(targets(result)).toEqual(expect.arrayContaining([
          ['retail_sales', 2026, 'growth', 'about', '6'],
          ['industrial_value_added', 2026, 'growth', 'exact', '7'],
          ['new_urban_jobs', 2026, 'level', 'at_least', '3800'],
          ['urban_unemployment_rate', 2026, 'level', 'at_most', '5.5'],
        ]));
        expect(outcomes(result)).toEqual(expect.arrayContaining([['gdp', 2025, 'growth', '6.1']]));
        expect(result.outcomes.some((o) => o.value === '6' || o.value === '7')).toBe(false);
      }
    });

    it('refuses a sentence about the targets met, last year’s targets, and one not followed by figures', () => {
      for (const cue of ['今年定下的目标全部完成。', '去年定下的各项目标。', '今年确定的目标。回头看这些年，全县上下一心、苦干实干，各项事业都迈上了新台阶，回头再看，']) {
        const result = extract(story('云溪县', cue));
        expect(result.targets.some((t) => t.indicatorKey === 'retail_sales' && t.value === '6')).toBe(false);
      }
    });
  });
});
