import { describe, expect, it } from 'vitest';
import { PACE_LABELS } from '@/lib/verdict/pace';
import { briefingText, sharePercent } from './briefing';
import { CPI, GDP, item, JOBS, LEAD_NDRC, summaryFixture, TASK } from './test-fixtures';

describe('sharePercent: X of N with one decimal, half up on the exact ratio', () => {
  it.each([
    [44, 55, '80.0'], [2, 3, '66.7'], [1, 3, '33.3'], [1, 6, '16.7'], [5, 6, '83.3'],
    [1, 8, '12.5'], [1, 16, '6.3'], [1, 80, '1.3'], [3, 80, '3.8'], [7, 40, '17.5'],
    [0, 5, '0.0'], [5, 5, '100.0'], [0, 0, '0.0'],
  ])('%i of %i → %s', (part, whole, expected) => {
    expect(sharePercent(part, whole)).toBe(expected);
  });
});

describe('briefingText (督查通报)', () => {
  const onPace = (n: number) => Array.from({ length: n }, (_, index) => item('target', `测试指标${index + 1}增长5%。`, index % 2 === 0 ? 'on_pace' : 'done'));

  it.each([
    ['no items at all', [], '本次通报未列入量化指标。'],
    ['only key tasks', [TASK], '本次通报未列入量化指标。列入本次通报的重点工作1项，已完成0项、序时推进1项、滞后0项、待填报0项。'],
    ['all on pace (达到序时进度 and 已完成 both count)', onPace(2), '列入本次通报的量化指标2项，达到序时进度2项、占比100.0%，均达到序时进度。'],
    ['one behind, with its figure and lead unit', [GDP, JOBS],
      '列入本次通报的量化指标2项，达到序时进度1项、占比50.0%；未达到序时进度的为：地区生产总值增长6%以上（上半年累计增长2.9%，区发展改革委牵头）。'],
    ['not yet reported items are named, not dropped', [GDP, JOBS, CPI],
      '列入本次通报的量化指标3项，达到序时进度1项、占比33.3%；未达到序时进度的为：地区生产总值增长6%以上（上半年累计增长2.9%，区发展改革委牵头）；尚未填报的为：居民消费价格涨幅控制在3%左右（区发展改革委牵头）。'],
    ['a fall, no unit assigned, not comparable', [
      item('target', '测试指标甲增长5%', 'behind_pace', { kind: 'figure', measure: 'growth', value: '-1.2', unit: '%', source: '测试' }),
      item('target', '测试指标乙100亿元', 'not_comparable', null, [LEAD_NDRC]),
    ], '列入本次通报的量化指标2项，达到序时进度0项、占比0.0%；未达到序时进度的为：测试指标甲增长5%（上半年累计下降1.2%）；无法判定的为：测试指标乙100亿元（区发展改革委牵头）。'],
    ['key tasks: counts and the lagging ones by lead unit', [JOBS, TASK, { ...TASK, asWritten: '测试任务：建成社区食堂5个。', pace: { code: 'lagging' as const, label: PACE_LABELS.lagging, explanation: { zh: '', en: '' } } }],
      '列入本次通报的量化指标1项，达到序时进度1项、占比100.0%，均达到序时进度。列入本次通报的重点工作2项，已完成0项、序时推进1项、滞后1项、待填报0项；滞后的为：测试任务：建成社区食堂5个（区住房城乡建委牵头）。'],
  ])('%s', (_name, items, expected) => {
    expect(briefingText(summaryFixture(items), 'zh')).toBe(expected);
  });

  it('rounds 44 of 55 to 80.0%, as the published Anhui briefing', () => {
    const items = [...onPace(44), ...Array.from({ length: 11 }, (_, index) => item('target', `测试指标${index + 45}`, 'behind_pace'))];
    const text = briefingText(summaryFixture(items), 'zh');
    expect(text.startsWith('列入本次通报的量化指标55项，达到序时进度44项、占比80.0%；未达到序时进度的为：测试指标45；测试指标46；')).toBe(true);
    expect(text.endsWith('测试指标55。')).toBe(true);
  });

  it('says the same in English, naming each item and quoting its wording', () => {
    expect(briefingText(summaryFixture([GDP, JOBS, CPI, TASK]), 'en')).toBe(
      'Quantified targets in this briefing: 3, of which 1 on pace (33.3%); behind pace: 地区生产总值 “地区生产总值增长6%以上” (H1 cumulative growth 2.9%; lead: 区发展改革委)'
      + '; not yet reported: 居民消费价格 “居民消费价格涨幅控制在3%左右” (lead: 区发展改革委). '
      + 'Key tasks in this briefing: 1, of which 0 completed, 1 on track, 0 lagging, 0 awaiting report.',
    );
    expect(briefingText(summaryFixture([]), 'en')).toBe('This briefing lists no quantified targets.');
    expect(briefingText(summaryFixture([JOBS]), 'en')).toBe('Quantified targets in this briefing: 1, of which 1 on pace (100.0%): all on pace.');
  });
});
