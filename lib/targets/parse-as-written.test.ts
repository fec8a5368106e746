import { describe, expect, it } from 'vitest';
import type { Measure } from '@/lib/domain/types';
import { parseAsWritten, TARGET_PARSE_MESSAGES, type TargetAsWritten, type TargetParseErrorCode } from './parse-as-written';

type Expected = Omit<TargetAsWritten, 'valueHigh' | 'relativeTo'> & Partial<Pick<TargetAsWritten, 'valueHigh' | 'relativeTo'>>;

function t(expected: Expected): TargetAsWritten {
  return { valueHigh: null, relativeTo: null, ...expected };
}

const growth = (qualifier: TargetAsWritten['qualifier'], value: string, valueHigh: string | null = null) =>
  t({ qualifier, measure: 'growth', value, valueHigh, unit: '%' });
const level = (qualifier: TargetAsWritten['qualifier'], value: string, unit: string) =>
  t({ qualifier, measure: 'level', value, unit });

describe('parseAsWritten reads the seed reports', () => {
  it.each<[string, TargetAsWritten]>([
    // Bozhou 2025
    ['6.5%左右', growth('about', '6.5')],
    ['地区生产总值增长6.5%左右', growth('about', '6.5')],
    ['增长4.3%', growth('exact', '4.3')],
    ['增长5%', growth('exact', '5')],
    ['1.3万人', level('exact', '1.3', '万人')],
    ['新增城镇就业1.3万人', level('exact', '1.3', '万人')],
    ['90万亩左右', level('about', '90', '万亩')],
    ['确保全区粮食种植面积稳定在90万亩左右', level('about', '90', '万亩')],
    ['20万亩以上', level('at_least', '20', '万亩')],
    // Liangping 2024
    ['增长7%以上', growth('at_least', '7')],
    ['7%以上', growth('at_least', '7')],
    ['规模以上工业增加值增长10%以上', growth('at_least', '10')],
    ['4500人以上', level('at_least', '4500', '人')],
    ['城镇新增就业4500人以上', level('at_least', '4500', '人')],
    ['下降3%', growth('reduction', '3')],
    ['单位GDP能耗下降3%', growth('reduction', '3')],
    // Zhanggong 2024
    ['居民消费价格总水平涨幅控制在3%左右', growth('at_most_about', '3')],
    ['涨幅控制在3%左右', growth('at_most_about', '3')],
    ['控制在3%左右', growth('at_most_about', '3')],
    ['增长7.5%以上', growth('at_least', '7.5')],
  ])('%j', (text, expected) => {
    expect(parseAsWritten(text)).toEqual({ ok: true, target: expected });
  });
});

describe('parseAsWritten qualifier words', () => {
  it.each<[string, TargetAsWritten]>([
    ['不低于7%', growth('at_least', '7')],
    ['确保7%以上', growth('at_least', '7')],
    ['7%及以上', growth('at_least', '7')],
    ['至少增长7%', growth('at_least', '7')],
    ['控制在3%以内', growth('at_most', '3')],
    ['3%以下', growth('at_most', '3')],
    ['不超过3%', growth('at_most', '3')],
    ['控制在3%', growth('at_most', '3')],
    ['6.5%上下', growth('about', '6.5')],
    ['下降3%以上', growth('reduction', '3')],
    ['下降3%左右', growth('about', '-3')],
    ['６．５％左右', growth('about', '6.5')],
    ['增长 6.5 % 左右。', growth('about', '6.5')],
    ['2025年增长6.5%左右', growth('about', '6.5')],
    ['13,900人', level('exact', '13900', '人')],
    ['1102.76万人次', level('exact', '1102.76', '万人次')],
    ['31769户', level('exact', '31769', '户')],
    // The binding figure with a higher aim: a floor (lib/targets/qualifier-words.ts).
    ['确保增长5.5%、力争6%', growth('at_least', '5.5')],
    ['确保5.5%,争取6%', growth('at_least', '5.5')],
    ['确保增长5.5%', growth('exact', '5.5')],
    ['3.6亿斤', level('exact', '3.6', '亿斤')],
  ])('%j', (text, expected) => {
    expect(parseAsWritten(text)).toEqual({ ok: true, target: expected });
  });

  it.each(['确保6%、力争5.5%', '5.5%、力争6%', '确保增长5.5%、力争6%以上', '确保5.5%、力争6亿元'])('binding and aim that do not read as a floor %j', (text) => {
    expect(parseAsWritten(text)).toEqual({ ok: false, code: 'ambiguous' });
  });

  it.each(['6%—6.5%', '6%-6.5%', '6%到6.5%', '6%～6.5%', '6%~6.5%', '6%至6.5%', '6-6.5%', '6%——6.5%', '增长6%-6.5%', '6%-6.5%之间'])(
    'range %j',
    (text) => {
      expect(parseAsWritten(text)).toEqual({ ok: true, target: growth('range', '6', '6.5') });
    },
  );
});

describe('parseAsWritten without a figure', () => {
  it.each(['促稳提质', '实际使用外商直接投资额、出口总额促稳提质', '完成市下达任务', '节能减排完成市下达任务'])('%j is qualitative', (text) => {
    expect(parseAsWritten(text)).toEqual({
      ok: true,
      target: t({ qualifier: 'qualitative', measure: null, value: null, unit: null }),
    });
  });

  it.each(['持平', '与上年持平', '与上年基本持平'])('%j is exactly 0 growth', (text) => {
    expect(parseAsWritten(text)).toEqual({ ok: true, target: { qualifier: 'exact', measure: 'growth', value: '0', valueHigh: null, unit: '%', relativeTo: null } });
  });

  it.each(['与经济增长同步', '居民收入增长与经济增长同步', '同步', '快于经济增长'])('%j is relative to GDP growth', (text) => {
    expect(parseAsWritten(text)).toEqual({
      ok: true,
      target: t({ qualifier: 'relative', measure: 'growth', value: null, unit: '%', relativeTo: 'gdp' }),
    });
  });
});

describe('parseAsWritten with a measure hint', () => {
  it.each<[string, Measure, TargetAsWritten]>([
    ['95%以上', 'level', level('at_least', '95', '%')],
    ['控制在5.5%以内', 'level', level('at_most', '5.5', '%')],
    ['6.5%左右', 'growth', growth('about', '6.5')],
  ])('%j as %s', (text, measureHint, expected) => {
    expect(parseAsWritten(text, { measureHint })).toEqual({ ok: true, target: expected });
  });
});

describe('parseAsWritten refuses', () => {
  it.each<[string, TargetParseErrorCode, Measure?]>([
    ['', 'empty'],
    ['  ', 'empty'],
    ['增长六点五%', 'chinese_numeral'],
    ['百分之六点五', 'chinese_numeral'],
    ['增长6.5', 'missing_unit'],
    ['4500以上', 'missing_unit'],
    ['1.3万', 'missing_unit'],
    ['分别增长5%、7%', 'ambiguous'],
    ['增长7%以上，力争8%', 'ambiguous'],
    ['500万元以上固定资产投资增长5%以上', 'ambiguous'],
    ['1%2%3%', 'ambiguous'],
    ['6.5%-6%', 'bad_range'],
    ['6万人-7万元', 'bad_range'],
    ['不低于7%以内', 'conflicting_words'],
    ['控制在3%以上', 'conflicting_words'],
    ['下降3%以内', 'conflicting_words'],
    ['增长-2%', 'unrecognised'],
    ['6.5%左右的增长', 'unrecognised'],
    ['提高8.5个百分点', 'unrecognised'],
    ['abc', 'unrecognised'],
    ['4500人以上', 'measure_mismatch', 'growth'],
    ['下降3%', 'measure_mismatch', 'level'],
    ['下降300吨', 'measure_mismatch'],
  ])('%j → %s', (text, code, measureHint) => {
    const result = parseAsWritten(text, measureHint ? { measureHint } : {});
    expect(result.ok ? result.target : result.code).toBe(code);
  });

  it('says which number is wrong', () => {
    expect(parseAsWritten('增长6.12345678%')).toEqual({ ok: false, code: 'bad_number', numberError: 'too_many_digits' });
  });

  it('has both languages for every refusal', () => {
    for (const message of Object.values(TARGET_PARSE_MESSAGES)) expect(message.zh && message.en).toBeTruthy();
  });
});
