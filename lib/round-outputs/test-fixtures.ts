// A round summary for the writers' and the briefing's tests. The wording and figures of
// the first target and task follow the public example the issue quotes (a Chongqing
// district's 上半年推进情况汇总表); the rest are labelled test data, never seeded.
import { PACE_LABELS, type PaceCode } from '@/lib/verdict/pace';
import type { RoundProgress, RoundSummary, RoundSummaryItem } from './types';

export function item(
  group: RoundSummaryItem['group'], asWritten: string, code: PaceCode,
  progress: RoundProgress | null = null, units: RoundSummaryItem['units'] = [], label = asWritten,
): RoundSummaryItem {
  return { group, label: { zh: label, en: label }, asWritten, units, progress, notes: [], pace: { code, label: PACE_LABELS[code], explanation: { zh: code, en: code } } };
}

export const LEAD_NDRC = { name: '区发展和改革委员会', shortName: '区发展改革委', role: 'lead' } as const;
export const CO_STATS = { name: '区统计局', shortName: '区统计局', role: 'co' } as const;
export const CO_FINANCE = { name: '区财政局', shortName: '区财政局', role: 'co' } as const;
export const LEAD_HR = { name: '区人力资源和社会保障局', shortName: '区人力社保局', role: 'lead' } as const;

export function summaryFixture(items: RoundSummaryItem[]): RoundSummary {
  return {
    round: { id: 1, year: 2025, period: { months: 6 }, dueDate: new Date('2025-07-10T00:00:00Z') },
    district: { code: '999901', nameZh: '测试区', nameEn: 'Test District' },
    items,
    generatedAt: new Date('2025-07-11T02:30:00Z'),
  };
}

export const GDP = item('target', '地区生产总值增长6%以上。', 'behind_pace',
  { kind: 'figure', measure: 'growth', value: '2.9', unit: '%', source: '测试夹具 区统计局1—6月统计月报' },
  [CO_STATS, LEAD_NDRC], '地区生产总值');
export const JOBS = item('target', '城镇新增就业1.3万人。', 'on_pace',
  { kind: 'figure', measure: 'level', value: '0.8', unit: '万人', source: '测试夹具 区人力社保局报送' },
  [LEAD_HR], '城镇新增就业');
export const CPI = item('target', '居民消费价格涨幅控制在3%左右。', 'pending', null, [LEAD_NDRC, CO_FINANCE], '居民消费价格');
export const TASK = item('task', '推进城市更新，完成老旧小区改造10个。', 'on_pace',
  { kind: 'narrative', text: '已开工老旧小区改造6个，完成投资1.2亿元。', source: '测试夹具 区住房城乡建委报送' },
  [{ name: '区住房和城乡建设委员会', shortName: '区住房城乡建委', role: 'lead' }, CO_FINANCE], '城市更新');
