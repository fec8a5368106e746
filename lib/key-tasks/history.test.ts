import { describe, expect, it } from 'vitest';
import { historyChanges } from './history';

const units = new Map([[1, '区发展改革委'], [2, '区财政局'], [3, '区住房城乡建委']]);

describe('historyChanges', () => {
  it('lists only the fields an edit changed, units by name', () => {
    const before = { wording: '推进老旧小区改造', leadUnitId: 1, coUnitIds: [2], source: null };
    const after = { wording: '推进老旧小区改造 20 个', leadUnitId: 1, coUnitIds: [2, 3], source: { documentId: 5, quote: '老旧小区' } };
    expect(historyChanges('key_task.edit', before, after, units)).toEqual([
      { field: 'wording', before: '推进老旧小区改造', after: '推进老旧小区改造 20 个' },
      { field: 'source', before: null, after: '老旧小区' },
      { field: 'coUnitIds', before: '区财政局', after: '区财政局、区住房城乡建委' },
    ]);
  });
  it('gives a withdrawal its reason and the count of open-round items it removed', () => {
    expect(historyChanges('key_task.withdraw', { withdrawn: false }, { reason: '并入另一项', removedOpenRoundItems: [{ id: 1 }, { id: 2 }] }, units)).toEqual([
      { field: 'reason', before: null, after: '并入另一项' },
      { field: 'removedOpenRoundItems', before: null, after: '2' },
    ]);
  });
  it('names an unknown unit by id and ignores other actions and malformed rows', () => {
    expect(historyChanges('key_task.edit', { leadUnitId: 9 }, { leadUnitId: 1 }, units)).toEqual([{ field: 'leadUnitId', before: '#9', after: '区发展改革委' }]);
    expect(historyChanges('key_task.create', null, { wording: 'x' }, units)).toEqual([]);
    expect(historyChanges('key_task.edit', 'garbage', [1, 2], units)).toEqual([]);
  });
});
