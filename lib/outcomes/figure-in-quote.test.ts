import { describe, expect, it } from 'vitest';
import { figureInQuote } from './figure-in-quote';

describe('figureInQuote', () => {
  it.each([
    // [value, unit, quote, expected]
    ['6.1', '%', '全年地区生产总值增长6.1%', true],
    ['6.1', '%', '全年地区生产总值增长6.10%', true],
    ['6.1', '%', '全年地区生产总值增长16.1%', false],
    ['6.1', '%', '全年地区生产总值增长6.15%', false],
    ['13500', '人', '城镇新增就业1.35万人', true],
    ['13500', '人', '城镇新增就业13500人', true],
    ['13500', '人', '城镇新增就业13,500人', true],
    ['13500', '人', '城镇新增就业１３５００人', true],
    ['13500', '人', '城镇新增就业1.35万', true],
    ['1.35', '万人', '城镇新增就业13500人', true],
    ['13500', '人', '城镇新增就业13200人', false],
    ['13500', '人', '城镇新增就业1.32万人', false],
    ['-2', '%', '单位GDP能耗下降2%', true],
    ['-2', '%', '单位GDP能耗同比下降2.0%', true],
    ['-2', '%', '单位GDP能耗增长2%', false],
    ['-0.4', '%', '居民消费价格指数-0.4%', true],
    ['2', '%', '单位GDP能耗下降2%', true],
    ['899000', '亩', '初步核算', false],
    ['899000', '亩', '粮食播种面积89.9万亩', true],
    ['359.82', '亿元', '地区生产总值3598200万元', true],
    ['5', '%', '增长5.5%', false],
    // The digits alone are not the figure when the quote gives them another unit of the same kind.
    ['5000', '万人', '城镇新增就业5000人', false],
    ['0.5', '万人', '城镇新增就业5000人', true],
    ['5000', '人', '城镇新增就业5000万人', false],
    ['90', '亩', '粮食播种面积90万亩', false],
    ['412.6', '万元', '地区生产总值412.6亿元', false],
  ] as const)('%s %s in “%s” → %s', (value, unit, quote, expected) => {
    expect(figureInQuote(value, unit, quote)).toBe(expected);
  });
});
