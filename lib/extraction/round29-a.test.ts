// Round 29 (rules29a): rules from retired eval25's plan reports, work reports and bulletins, each named as a mechanism and held
// here on constructed lines (other wording, order, names and figures) with the cases it must refuse.
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { extract, outcomes, targets } from './fixtures/round-helpers';

const PLAN_TITLE = '关于柘川县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n';
const PLAN_TARGETS = '二、2026年主要预期目标\n建议2026年全县主要预期目标为:地区生产总值增长5.5%左右,固定资产投资增长6%。\n';

describe('round 29 rules (rules29a)', () => {
  describe('a plan a session approved, restated with a colon, is last year’s targets', () => {
    const plan = (opening: string) =>
      extract(`${PLAN_TITLE}一、2025年计划执行情况\n${opening}地区生产总值增长6.5%,固定资产投资增长9%,一般公共预算收入增长4%。一年来,全县上下攻坚克难。\n——经济平稳运行。预计全年地区生产总值增长5.3%,固定资产投资增长7.1%。\n——财政收入稳中有升。预计一般公共预算收入增长3.2%。\n${PLAN_TARGETS}`);

    it('reads the estimates, not the plan’s figures, as the year’s outcomes', () => {
      const read = outcomes(plan('2025年,县人大十八届三次会议审议通过的计划确定:'));
      expect(read).toContainEqual(['gdp', 2025, 'growth', '5.3']);
      expect(read).toContainEqual(['fixed_asset_investment', 2025, 'growth', '7.1']);
      expect(read).toContainEqual(['budget_revenue', 2025, 'growth', '3.2']);
      expect(read).not.toContainEqual(['gdp', 2025, 'growth', '6.5']);
      expect(read).not.toContainEqual(['budget_revenue', 2025, 'growth', '4']);
    });

    it('also when the plan is the one handed down or set (下达的年度计划安排:)', () => {
      const read = outcomes(plan('2025年,市里下达的年度计划安排:'));
      expect(read).not.toContainEqual(['gdp', 2025, 'growth', '6.5']);
      expect(read).toContainEqual(['gdp', 2025, 'growth', '5.3']);
    });

    it('refuses a colon after 计划 that no setting verb names (what the plan was spent on is what happened)', () => {
      const read = outcomes(extract(`${PLAN_TITLE}一、2025年计划执行情况\n全年完成的计划项目情况:地区生产总值增长5.3%,固定资产投资增长7.1%。\n${PLAN_TARGETS}`));
      expect(read).toContainEqual(['gdp', 2025, 'growth', '5.3']);
    });
  });

  describe('the short income names 城镇居民 and 农村居民 in a 其中 list of the residents’ income', () => {
    const review = (sentence: string) => extract(`${PLAN_TITLE}一、2025年计划执行情况\n预计全年地区生产总值增长5.3%。${sentence}\n${PLAN_TARGETS}`);

    it('reads each part’s level and the rates 分别 gives them', () => {
      const read = outcomes(review('——居民增收稳步推进。全体居民人均可支配收入31520元,增长5.4%,其中城镇居民43870元、农村居民22640元,分别增长4.6%和6.8%;'));
      expect(read).toContainEqual(['urban_income', 2025, 'level', '43870']);
      expect(read).toContainEqual(['rural_income', 2025, 'level', '22640']);
      expect(read).toContainEqual(['urban_income', 2025, 'growth', '4.6']);
      expect(read).toContainEqual(['rural_income', 2025, 'growth', '6.8']);
    });

    it('refuses 城镇居民 outside a 其中 list (a count of residents is no income)', () => {
      const read = outcomes(review('全县常住人口38.6万人,城镇居民21.2万人。'));
      expect(read.map((o) => o[0])).not.toContain('urban_income');
    });
  });

  describe('a single-spaced annex table whose header opens on 序号', () => {
    const annex = (rows: string) =>
      extract(`${PLAN_TITLE}一、2025年计划执行情况\n预计全年地区生产总值增长5.3%。\n${PLAN_TARGETS}附表\n序号 指标 单位 2025年预计 增长(%) 2026年计划 增长(%)\n${rows}`);

    it('reads its numbered rows, the plan’s growth column as the target’s growth and a handed-down wording as qualitative', () => {
      const read = annex('1 城镇居民人均可支配收入 元 45210 4.7 — 5\n2 城镇新增就业 人 8350 — 8000 —\n3 单位地区生产总值能耗降低 % — — 完成市下达任务 —\n');
      expect(targets(read)).toContainEqual(['urban_income', 2026, 'growth', 'exact', '5']);
      expect(targets(read)).toContainEqual(['new_urban_jobs', 2026, 'level', 'exact', '8000']);
      expect(targets(read)).toContainEqual(['energy_intensity', 2026, 'growth', 'qualitative', null]);
      expect(outcomes(read)).toContainEqual(['new_urban_jobs', 2025, 'level', '8350']);
    });

    it('never reads the plan’s growth column as last year’s growth', () => {
      const read = annex('1 城镇居民人均可支配收入 元 45210 4.7 — 5\n2 农村居民人均可支配收入 元 23180 6.1 — 6.5\n');
      expect(outcomes(read)).toContainEqual(['urban_income', 2025, 'growth', '4.7']);
      expect(outcomes(read)).not.toContainEqual(['urban_income', 2025, 'growth', '5']);
      expect(outcomes(read)).not.toContainEqual(['rural_income', 2025, 'growth', '6.5']);
    });

    it('keeps a growth column after another year’s plan out of last year’s figures', () => {
      const read = extract(`${PLAN_TITLE}一、2025年计划执行情况\n预计全年地区生产总值增长5.3%。\n${PLAN_TARGETS}附表\n指标\t单位\t2025年计划\t增长(%)\t2025年预计\t增长(%)\n农村居民人均可支配收入\t元\t23000\t7\t23180\t6.1\n`);
      expect(outcomes(read)).toContainEqual(['rural_income', 2025, 'growth', '6.1']);
      expect(outcomes(read)).not.toContainEqual(['rural_income', 2025, 'growth', '7']);
    });
  });

  describe('市场经营主体 names the market entities', () => {
    it('reads the stock under the combined name and keeps the catalogue spelling', () => {
      const read = outcomes(extract('桐溪县2026年政府工作报告\n一、2025年工作回顾\n全县地区生产总值增长5.2%,市场经营主体达到5.86万户。\n二、2026年工作安排\n地区生产总值增长5.5%左右。\n'));
      expect(read).toContainEqual(['market_entities', 2025, 'level', '5.86']);
      expect(INDICATORS.find((indicator) => indicator.key === 'market_entities')!.aliases).toContain('市场经营主体');
    });
  });
});
