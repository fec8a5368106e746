import { describe, expect, it } from 'vitest';
import type { OutcomeProposal, TargetProposal } from '@/lib/extraction/types';
import { toOutcomeFields, toTargetFields } from './accept-fields';
import { reviewItems, sameFigure } from './proposals';

const target: TargetProposal = { indicatorKey: 'gdp', year: 2026, measure: 'growth', qualifier: 'about', value: '6.2', valueHigh: null, unit: '%', asWritten: '6.2%左右', relativeToIndicatorKey: null, quote: '地区生产总值增长6.2%左右', start: 10, end: 24, confidence: 0.95 };
const outcome: OutcomeProposal = { indicatorKey: 'new_urban_jobs', year: 2025, measure: 'level', value: '5230', unit: '人', vintage: 'estimate', quote: '城镇新增就业5230人', start: 30, end: 41, confidence: 0.95 };
const none = { year: 2026, value: '', valueHigh: '', unit: '' };

describe('toTargetFields', () => {
  it.each([
    ['unchanged', {}, { ok: true, edited: false, value: { qualifier: 'about', value: '6.2', unit: '%', year: 2026 } }],
    ['edited value', { value: '6.5' }, { ok: true, edited: true, value: { value: '6.5' } }],
    ['edited qualifier', { qualifier: 'at_least' as const }, { ok: true, edited: true, value: { qualifier: 'at_least' } }],
    ['a range needs its upper bound', { qualifier: 'range' as const }, { ok: false, fieldErrors: { valueHigh: 'decimal.empty' } }],
    ['a reversed range', { qualifier: 'range' as const, valueHigh: '6' }, { ok: false, fieldErrors: { valueHigh: 'ingest:range_order' } }],
    ['growth in 亿元', { unit: '亿元' }, { ok: false, fieldErrors: { unit: 'unit_growth_percent' } }],
    ['qualitative drops the figure', { qualifier: 'qualitative' as const }, { ok: true, edited: true, value: { value: null, unit: null } }],
  ])('%s', (_label, edits, expected) => {
    expect(toTargetFields(target, { ...none, ...edits }, '亿元')).toMatchObject(expected);
  });
});

describe('toOutcomeFields', () => {
  it.each([
    ['unchanged', {}, { ok: true, edited: false, value: { value: '5230', unit: '人', vintage: 'estimate', year: 2025 } }],
    ['another unit of the same dimension', { value: '0.523', unit: '万人' }, { ok: true, edited: true, value: { unit: '万人' } }],
    ['another dimension', { unit: '亿元' }, { ok: false, fieldErrors: { unit: 'unit_not_comparable' } }],
    ['Chinese numerals', { value: '五千' }, { ok: false, fieldErrors: { value: 'decimal.chinese_numeral' } }],
  ])('%s', (_label, edits, expected) => {
    expect(toOutcomeFields(outcome, { ...none, year: 2025, ...edits }, '人')).toMatchObject(expected);
  });
});

describe('reviewItems', () => {
  const extraction = { reportYear: 2026, targets: [target], outcomes: [outcome], flags: [] };
  const empty = { targets: [], latestOutcomes: [], quotedSpans: [], rejectedKeys: [], keptKeys: [], mappedKeys: [], latestInYear: [] };
  const stored = { version: 1, qualifier: 'about' as const, value: '6.2', valueHigh: null, unit: '%', asWritten: '6.2%左右', source: { documentId: 9, title: 't', quote: 'q' } };
  it.each([
    ['nothing recorded', empty, ['open', 'open']],
    ['a target of the same series', { ...empty, targets: [{ ...stored, id: 1, indicatorKey: 'gdp', year: 2026, measure: 'growth' as const }] }, ['recorded', 'open']],
    ['the same figure as latest revision', { ...empty, latestOutcomes: [{ id: 2, revision: 1, indicatorKey: 'new_urban_jobs', year: 2025, measure: 'level' as const, value: '5230.00', unit: '人' }] }, ['open', 'recorded']],
    ['a different latest figure', { ...empty, latestOutcomes: [{ id: 2, revision: 1, indicatorKey: 'new_urban_jobs', year: 2025, measure: 'level' as const, value: '5300', unit: '人' }] }, ['open', 'open']],
    ['a record quoting the same span', { ...empty, quotedSpans: [{ id: 3, kind: 'outcome' as const, indicatorKey: 'new_urban_jobs', measure: 'level' as const, start: 30, end: 41 }] }, ['open', 'recorded']],
    ['a rejection', { ...empty, rejectedKeys: ['target:gdp:2026:growth:10-24'] }, ['rejected', 'open']],
  ])('%s', (_label, existing, statuses) => {
    expect(reviewItems(extraction, existing).map((item) => item.status)).toEqual(statuses);
  });

  it('compares figures exactly, in the same unit', () => {
    expect(sameFigure({ value: '1.39', unit: '万人' }, { value: '13900', unit: '人' })).toBe(false);
    expect(sameFigure({ value: '6.50', unit: '%' }, { value: '6.5', unit: '%' })).toBe(true);
  });
});
