// The display wording round outputs print for a target, on the seeded targets' own fields:
// Liangping's budget revenue target, whose quote carries a PDF page number ("增长8%\n23、以上").
import { describe, expect, it } from 'vitest';
import { SEED_TARGETS as TARGETS } from '@/prisma/seed/figures';
import { targetWording } from './display-wording';

describe('targetWording', () => {
  it('prints Liangping\'s budget revenue target from its stored fields, not its raw quote', () => {
    const target = TARGETS.find((entry) => entry.districtCode === '500155' && entry.indicatorKey === 'budget_revenue');
    expect(target?.quote).toBe('一般公共预算收入增长8%\n23、以上');
    expect(targetWording('一般公共预算收入', target!.measure, target!.asWritten)).toBe('一般公共预算收入增长8%以上');
  });

  it.each([
    ['地区生产总值', 'growth', '6.5%左右', '地区生产总值增长6.5%左右'],
    ['地区生产总值', 'growth', '增长6.5%左右', '地区生产总值增长6.5%左右'],
    ['单位地区生产总值能耗', 'growth', '下降3%', '单位地区生产总值能耗下降3%'],
    ['城镇新增就业', 'level', '4500人以上', '城镇新增就业4500人以上'],
    ['居民消费价格', 'growth', '控制在3%左右', '居民消费价格控制在3%左右'],
    ['出口总额', null, '促稳\n提质', '出口总额促稳 提质'],
    ['地区生产总值', 'growth', '地区生产总值增长6%以上', '地区生产总值增长6%以上'],
  ] as const)('%s + %s "%s" → %s', (name, measure, asWritten, expected) => {
    expect(targetWording(name, measure, asWritten)).toBe(expected);
  });
});
