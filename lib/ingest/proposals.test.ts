import { describe, expect, it } from 'vitest';
import type { ExtractionResult, OutcomeProposal, TargetProposal } from '@/lib/extraction/types';
import { type ExistingRecords, type StoredTarget, reviewItems, sameTarget, unknownIndicatorItems, unknownIndicatorsOf } from './proposals';

const target: TargetProposal = { indicatorKey: 'gdp', year: 2025, measure: 'growth', qualifier: 'at_least', value: '6', valueHigh: null, unit: '%', asWritten: '6%以上', relativeToIndicatorKey: null, quote: '地区生产总值增长6%以上', start: 100, end: 112, confidence: 0.95 };
const outcome: OutcomeProposal = { indicatorKey: 'gdp', year: 2024, measure: 'growth', value: '7.5', unit: '%', vintage: 'estimate', quote: '地区生产总值增长7.5%', start: 20, end: 33, confidence: 0.95 };
const extraction: ExtractionResult = { reportYear: 2025, targets: [target], outcomes: [outcome], flags: [] };
const empty: ExistingRecords = { targets: [], latestOutcomes: [], quotedSpans: [], rejectedKeys: [], keptKeys: [], mappedKeys: [], latestInYear: [] };
const stored = (over: Partial<StoredTarget>): StoredTarget => ({
  id: 1, indicatorKey: 'gdp', year: 2025, measure: 'growth', version: 3, qualifier: 'at_least', value: '6', valueHigh: null, unit: '%', asWritten: '6%以上',
  source: { documentId: 7, title: '2025年报告', quote: '地区生产总值增长6%以上' }, ...over,
});
const targetItem = (existing: ExistingRecords) => reviewItems(extraction, existing).find((item) => item.kind === 'target')!;
const outcomeItem = (existing: ExistingRecords) => reviewItems(extraction, existing).find((item) => item.kind === 'outcome')!;

describe('a target proposal against the stored target of its series', () => {
  it.each([
    ['the same target (6.00 = 6)', stored({ value: '6.00' }), 'recorded'],
    ['a growth target stored without a unit', stored({ unit: null }), 'recorded'],
    ['another value', stored({ value: '6.5', asWritten: '6.5%以上' }), 'conflict'],
    ['another qualifier', stored({ qualifier: 'about', asWritten: '6%左右' }), 'conflict'],
    ['a range with another upper bound', stored({ qualifier: 'range', valueHigh: '6.5' }), 'conflict'],
    ['a level in another unit', stored({ unit: '亿元' }), 'conflict'],
  ])('%s: %s', (_label, row, status) => {
    const item = targetItem({ ...empty, targets: [row] });
    expect(item.status).toBe(status);
    expect(item.recordId).toBe(1);
    expect(item.kind === 'target' && item.stored?.asWritten).toBe(row.asWritten);
  });

  it('is never silently recorded when it differs; a kept decision takes it off the open list, a rejection does not count', () => {
    const differing = { ...empty, targets: [stored({ value: '6.5' })] };
    const key = targetItem(differing).key;
    expect(targetItem({ ...differing, rejectedKeys: [key] }).status).toBe('conflict');
    expect(targetItem({ ...differing, keptKeys: [key] }).status).toBe('kept');
  });

  it('is recorded when a record quotes its span in this document, whatever the stored figure', () => {
    const item = targetItem({ ...empty, targets: [stored({ id: 5, value: '6.5' })], quotedSpans: [{ id: 5, kind: 'target', indicatorKey: 'gdp', measure: 'growth', start: 100, end: 112 }] });
    expect([item.status, item.recordId]).toEqual(['recorded', 5]);
  });

  it('compares qualifier, bounds and unit', () => {
    expect(sameTarget(stored({}), target)).toBe(true);
    expect(sameTarget(stored({ value: null, qualifier: 'qualitative', unit: null }), { ...target, qualifier: 'qualitative', value: null, unit: null })).toBe(true);
    expect(sameTarget(stored({ value: '6' }), { ...target, value: '6.1' })).toBe(false);
  });
});

describe('an outcome proposal settles the stored target of the same district, indicator, year and measure', () => {
  it.each([
    ['same series', stored({ year: 2024, id: 11 }), 11],
    ['another year', stored({ year: 2025, id: 12 }), null],
    ['another measure', stored({ year: 2024, measure: 'level', id: 13 }), null],
    ['another indicator', stored({ year: 2024, indicatorKey: 'retail_sales', id: 14 }), null],
  ])('%s', (_label, row, settles) => {
    const item = outcomeItem({ ...empty, targets: [row] });
    expect(item.kind === 'outcome' && (item.settles?.id ?? null)).toBe(settles);
    expect(item.status).toBe('open');
  });
});

describe('"new indicator?" items', () => {
  const unknown = { name: '数字经济核心产业增加值', value: '15', qualifier: 'at_least', quote: '数字经济核心产业增加值增长15%以上', start: 40, end: 58 };
  it('reads the extractor\'s unknownIndicators, none when the result has none', () => {
    expect(unknownIndicatorsOf(extraction)).toEqual([]);
    expect(unknownIndicatorsOf({ ...extraction, unknownIndicators: [unknown] } as ExtractionResult)).toEqual([unknown]);
  });

  it('is open, dismissed (an audited rejection) or mapped', () => {
    const result = { ...extraction, unknownIndicators: [unknown] } as ExtractionResult;
    const [item] = unknownIndicatorItems(result, empty);
    expect(item).toMatchObject({ key: 'unknown:数字经济核心产业增加值:40-58', status: 'open' });
    expect(unknownIndicatorItems(result, { ...empty, rejectedKeys: [item!.key] })[0]!.status).toBe('rejected');
    expect(unknownIndicatorItems(result, { ...empty, mappedKeys: [item!.key] })[0]!.status).toBe('mapped');
  });
});
