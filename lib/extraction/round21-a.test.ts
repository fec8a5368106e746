// Round 21 (rules21a): rules from retired eval16's work reports, plan reports, bulletins and traditional text, each named as a
// mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';
import { singleMarks } from './doubled-marks';

describe('round 21 rules (rules21a)', () => {
  describe('a doubled punctuation mark is read as one', () => {
    const report = [
      '松岭区2025年政府工作报告',
      '一、2024年工作回顾',
      '全区一般公共预算收入12.4億元，，增長6.1%，。外貿進出口總額8.2億元，，同比增長3.3%，。',
      '城鎮、，農村居民人均可支配收入分別增長4.6%、，7.1%，。',
      '二、2025年主要預期目標',
      '地區生產總值增長6%左右，；城鎮、，農村居民人均可支配收入分別增長5.5%、，7.5%，。',
    ].join('\n');

    it('keeps the length and reads the pair as a space and one mark', () => {
      expect(singleMarks('12亿元,,增长6%,。')).toBe('12亿元 ,增长6% 。');
      expect(singleMarks('城镇、,农村')).toBe('城镇 、农村');
      expect(singleMarks('8%左右,;投资')).toBe('8%左右 ;投资');
      expect(singleMarks('a,,b').length).toBe(4);
    });

    it('reads a rate after a doubled comma with the level before it, and a list across a doubled list mark', () => {
      const result = extract(report);
      expect(outcomes(result)).toEqual(expect.arrayContaining([
        ['budget_revenue', 2024, 'growth', '6.1'],
        ['urban_income', 2024, 'growth', '4.6'],
        ['rural_income', 2024, 'growth', '7.1'],
      ]));
      expect(targets(result)).toEqual(expect.arrayContaining([
        ['rural_income', 2025, 'growth', expect.anything(), '7.5'],
        ['urban_income', 2025, 'growth', expect.anything(), '5.5'],
      ]));
      // The list's first figure is never read as the last name's.
      expect(outcomes(result)).not.toContainEqual(['rural_income', 2024, 'growth', '4.6']);
      expect(targets(result)).not.toContainEqual(['rural_income', 2025, 'growth', expect.anything(), '5.5']);
    });

    it('leaves single marks, and marks that are not a pair, as they stand', () => {
      expect(singleMarks('增长6%,投资增长8%。')).toBe('增长6%,投资增长8%。');
      expect(singleMarks('“十四五”,完成')).toBe('“十四五”,完成');
      expect(singleMarks('(一),(二)')).toBe('(一),(二)');
    });
  });
});
