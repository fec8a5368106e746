// The 15 catalogue indicators the synthetic data set uses, with how each is
// usually worded in a work report. Pure data; lib/synthetic/generate.ts turns it
// into a VALUES list.
import type { Measure, Qualifier } from '@/lib/domain/types';

export type SyntheticIndicator = {
  key: string;
  /** Name as it opens the quote. */
  name: string;
  measure: Measure;
  /** Qualifier of ~70% of targets, and of the rest. */
  qualifiers: readonly [Qualifier, Qualifier];
  /** Target values are drawn from lo..hi in steps of step. */
  lo: number;
  hi: number;
  step: number;
  /** Level unit; growth targets are in %. */
  unit: string;
  /** Word between name and figure in a target ("增长"), may be empty. */
  verb: string;
};

export const SYNTHETIC_INDICATORS: readonly SyntheticIndicator[] = [
  { key: 'gdp', name: '地区生产总值', measure: 'growth', qualifiers: ['about', 'at_least'], lo: 4.5, hi: 8, step: 0.5, unit: '%', verb: '增长' },
  { key: 'industrial_value_added', name: '规模以上工业增加值', measure: 'growth', qualifiers: ['at_least', 'about'], lo: 5, hi: 12, step: 0.5, unit: '%', verb: '增长' },
  { key: 'fixed_asset_investment', name: '固定资产投资', measure: 'growth', qualifiers: ['range', 'at_least'], lo: 4, hi: 12, step: 0.5, unit: '%', verb: '增长' },
  { key: 'retail_sales', name: '社会消费品零售总额', measure: 'growth', qualifiers: ['at_least', 'about'], lo: 5, hi: 10, step: 0.5, unit: '%', verb: '增长' },
  { key: 'budget_revenue', name: '一般公共预算收入', measure: 'growth', qualifiers: ['about', 'at_least'], lo: 3, hi: 9, step: 0.5, unit: '%', verb: '增长' },
  { key: 'tax_revenue', name: '税收收入', measure: 'growth', qualifiers: ['at_least', 'about'], lo: 3, hi: 9, step: 0.5, unit: '%', verb: '增长' },
  { key: 'resident_income', name: '居民人均可支配收入', measure: 'growth', qualifiers: ['about', 'at_least'], lo: 5, hi: 8, step: 0.5, unit: '%', verb: '增长' },
  { key: 'urban_income', name: '城镇常住居民人均可支配收入', measure: 'growth', qualifiers: ['about', 'at_least'], lo: 4.5, hi: 7.5, step: 0.5, unit: '%', verb: '增长' },
  { key: 'rural_income', name: '农村常住居民人均可支配收入', measure: 'growth', qualifiers: ['at_least', 'about'], lo: 6, hi: 9, step: 0.5, unit: '%', verb: '增长' },
  { key: 'new_urban_jobs', name: '城镇新增就业', measure: 'level', qualifiers: ['at_least', 'about'], lo: 1000, hi: 12000, step: 100, unit: '人', verb: '' },
  { key: 'urban_unemployment_rate', name: '城镇调查失业率', measure: 'level', qualifiers: ['at_most_about', 'at_most_about'], lo: 4.5, hi: 6, step: 0.5, unit: '%', verb: '' },
  { key: 'cpi', name: '居民消费价格涨幅', measure: 'growth', qualifiers: ['at_most_about', 'at_most_about'], lo: 2, hi: 3.5, step: 0.5, unit: '%', verb: '' },
  { key: 'energy_intensity', name: '单位地区生产总值能耗', measure: 'growth', qualifiers: ['reduction', 'reduction'], lo: 2, hi: 4, step: 0.5, unit: '%', verb: '' },
  { key: 'energy_saving', name: '节能减排', measure: 'growth', qualifiers: ['qualitative', 'qualitative'], lo: 0, hi: 0, step: 1, unit: '%', verb: '' },
  { key: 'grain_output', name: '粮食产量', measure: 'level', qualifiers: ['at_least', 'about'], lo: 5, hi: 80, step: 0.5, unit: '万吨', verb: '稳定在' },
];
