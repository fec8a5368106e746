import { describe, expect, it } from 'vitest';
import { parseFigure } from './figure-parser';

// Each case is the text right after an indicator name.
describe('parseFigure reads', () => {
  it.each([
    ['增长6.5%左右,', 'growth', [['6.5', null, '%', '左右']]],
    ['完成359.82亿元,', 'level', [['359.82', null, '亿元', '']]],
    ['同比(下同)增长7.1%;', 'growth', [['7.1', null, '%', '']]],
    ['下降35.8%;', 'decline', [['35.8', null, '%', '']]],
    ['4500人以上,', null, [['4500', null, '人', '以上']]],
    ['登记19145人,', 'level', [['19145', null, '人', '']]],
    ['总量达到31769户,', 'level', [['31769', null, '户', '']]],
    ['增长6%—6.5%;', 'growth', [['6', '6.5', '%', '']]],
    ['增长6%到6.5%;', 'growth', [['6', '6.5', '%', '']]],
    ['增长6-6.5%;', 'growth', [['6', '6.5', '%', '']]],
    ['稳定在90万亩左右。', 'level', [['90', null, '万亩', '左右']]],
    ['3,200人。', null, [['3200', null, '人', '']]],
    ['按年增长5.2%;', 'growth', [['5.2', null, '%', '']]],
    ['较去年增长4.6%;', 'growth', [['4.6', null, '%', '']]],
    ['实现由负转正,增长1.5%;', 'growth', [['1.5', null, '%', '']]],
    ['达四百一十二亿元,', 'level', [['412', null, '亿元', '']]],
    // 亿 inside the numeral, 万 before 元: 16亿 + 4000万 = 16.4亿元.
    ['完成十六亿四千万元增长', 'level', [['16.4', null, '亿元', '']]],
    ['完成三亿零五百万元,', 'level', [['3.05', null, '亿元', '']]],
    ['增长目标定在5%左右,', 'growth', [['5', null, '%', '左右']]],
    ['比上年增长(按可比价计算)5.7%。', 'growth', [['5.7', null, '%', '']]],
    ['¹427.15亿元,', null, [['427.15', null, '亿元', '']]],
    ['六千人以上;', null, [['6000', null, '人', '以上']]],
    ['突破千亿元,', null, [['1000', null, '亿元', '']]],
    ['达到3.6亿斤,', 'level', [['3.6', null, '亿斤', '']]],
    ['为228.5亿元人民币,', 'level', [['228.5', null, '亿元', '']]],
  ] as const)('%j', (text, verb, values) => {
    const result = parseFigure(text, 0);
    expect(result.kind).toBe('figure');
    if (result.kind !== 'figure') return;
    expect(result.verb).toBe(verb);
    expect(result.values.map((v) => [v.value, v.valueHigh, v.unit, v.suffix])).toEqual(values);
  });

  it('reads a series after 分别', () => {
    const result = parseFigure('分别增长4.7%、6.6%。', 0, 2);
    expect(result.kind === 'figure' && result.values.map((v) => v.value)).toEqual(['4.7', '6.6']);
    const levels = parseFigure('分别上报完成47975元、22137元,', 0, 2);
    expect(levels.kind === 'figure' && levels.values.map((v) => `${v.value}${v.unit}`)).toEqual(['47975元', '22137元']);
  });

  it('marks the wording that sets the qualifier', () => {
    const capped = parseFigure('涨幅控制在3%左右,', 0);
    expect(capped.kind === 'figure' && [capped.cap, capped.wordingStart]).toEqual([true, 2]);
    const floor = parseFigure('不低于35万亩。', 0);
    expect(floor.kind === 'figure' && floor.floor).toBe(true);
  });

  it('notes multi-year averages and aims', () => {
    const average = parseFigure('年均增长6.1%,', 0);
    expect(average.kind === 'figure' && average.yearAverage).toBe(true);
    const aim = parseFigure('力争增长6%以上。', 0);
    expect(aim.kind === 'figure' && aim.aim).toBe(true);
  });
});

describe('parseFigure refuses', () => {
  it.each([
    ['增速全市第五;'],
    ['占比保持在45%以上,'],
    ['新增1.7万户、'],
    ['提高8.5个百分点。'],
    ['促稳提质,'],
    ['增长8800万,'],
  ])('%j', (text) => {
    expect(parseFigure(text, 0).kind).toBe('none');
  });

  it('flags a figure broken by stray characters instead of guessing', () => {
    const text = '同比增长1下同)3%,三次产业结构';
    expect(parseFigure(text, 0)).toEqual({ kind: 'garbled', end: text.indexOf(','), verb: 'growth' });
  });
});
