import { describe, expect, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalog';
import { compileCatalogue } from './catalogue';
import { findMentionsWith } from './indicator-matcher';

const { findMentions } = compileCatalogue(INDICATORS);

const keysIn = (text: string) => findMentions(text).map((m) => [text.slice(m.start, m.end), m.keys.join('+')]);

describe('findMentions', () => {
  it.each([
    ['地区生产总值增长6%', [['地区生产总值', 'gdp']]],
    ['单位地区生产总值能耗下降3%', [['单位地区生产总值能耗', 'energy_intensity']]],
    ['单位GDP能耗下降3%', [['单位GDP能耗', 'energy_intensity']]],
    ['规上工业增加值、规模工业增加值', [['规上工业增加值', 'industrial_value_added'], ['规模工业增加值', 'industrial_value_added']]],
    ['500万元以上固定资产投资增长5%', [['500万元以上固定资产投资', 'fixed_asset_investment']]],
    ['地方一般公共预算收入增长4%', [['地方一般公共预算收入', 'budget_revenue']]],
    ['城镇居民人均可支配收入', [['城镇居民人均可支配收入', 'urban_income']]],
    ['城乡居民人均可支配收入分别增长', [['城乡居民人均可支配收入', 'urban_income+rural_income']]],
    ['城镇、农村常住居民人均可支配收入', [['城镇、农村常住居民人均可支配收入', 'urban_income+rural_income']]],
    ['粮食连年丰收,产量达36.3万吨', [['粮食连年丰收,产量', 'grain_output']]],
    ['粮食种植面积89.9万亩', [['粮食种植面积', 'grain_area']]],
    ['全年优良天数占比64.8%', [['优良天数占比', 'air_quality_good_days']]],
    ['城乡居民收入增长与经济增长同步', [['城乡居民收入', 'urban_income+rural_income']]],
    ['其中城镇居民收入增长4.7%', [['城镇居民收入', 'urban_income']]],
    ['进出口总额增长3%', []],
  ])('%j', (text, expected) => {
    expect(keysIn(text)).toEqual(expected);
  });

  it('stays within the range it is given', () => {
    const text = '税收收入增长18.4%,工业投资增长48.8%';
    expect(findMentions(text, 5).map((m) => m.keys[0])).toEqual(['industrial_investment']);
    expect(findMentions(text, 0, 6).map((m) => m.keys[0])).toEqual(['tax_revenue']);
  });
});

describe('findMentionsWith: a pattern able to match empty', () => {
  // An exec loop over a global pattern that matches '' never advances lastIndex and spins
  // forever (one did in session 6); matchAll steps past an empty match, so this returns.
  it('returns the non-empty mentions instead of looping forever', () => {
    const matcher = { pattern: /[甲]*/gi, keyBySpelling: new Map([['甲', 'k']]), combined: [] };
    expect(findMentionsWith(matcher, '乙甲乙乙甲').map((mention) => [mention.start, mention.end])).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });
});
