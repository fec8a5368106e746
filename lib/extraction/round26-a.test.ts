// Round 26 (rules26a): rules from retired eval21's plan reports, bulletins, work reports, PDF copies and traditional text,
// each named as a mechanism and held here on constructed lines (other wording, order, names and figures) with the cases it
// must refuse.
import { describe, expect, it } from 'vitest';
import { extract, outcomes, targets } from './fixtures/round-helpers';

describe('round 26 rules (rules26a)', () => {
  describe('the catalogue: 新增就业 without 城镇 is the county’s new urban jobs', () => {
    it('reads the jobs target and outcome named without 城镇', () => {
      const result = extract('关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年新增就业8600人以上。\n二、2026年主要预期目标\n——地区生产总值增长5.5%左右;\n——新增就业0.9万人;\n——城镇调查失业率控制在5.5%以内。\n');
      expect(targets(result)).toContainEqual(['new_urban_jobs', 2026, 'level', 'exact', '0.9']);
      expect(outcomes(result)).toContainEqual(['new_urban_jobs', 2025, 'level', '8600']);
    });

    it('does not read the rural labour moved into work as the urban jobs', () => {
      const result = extract('关于柳川县2025年计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n全年农村劳动力转移就业1.3万人。\n');
      expect(outcomes(result).filter(([key]) => key === 'new_urban_jobs')).toEqual([]);
    });
  });
});
