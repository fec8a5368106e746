// Reporting rounds (填报轮次): a district's collection of in-year progress for one
// cumulative period (1—N月), with a due date. Each target or key task × responsible
// unit is one round item, a to-do for that unit's staff. States:
//   todo → acknowledged (签收) → submitted → accepted
//                                submitted → returned (with a reason) → submitted …
// Open items (todo, acknowledged, returned) after the due date are overdue. A closed
// round is locked: only reviewer corrections (new revisions with a reason) follow.
import type { Bilingual } from '@/lib/verdict/types';

export const ROUND_STATES = ['open', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const ROUND_ITEM_STATES = ['todo', 'acknowledged', 'submitted', 'returned', 'accepted'] as const;
export type RoundItemState = (typeof ROUND_ITEM_STATES)[number];

/** States that still wait for the unit: they count as overdue after the due date. */
export const OPEN_ITEM_STATES: readonly RoundItemState[] = ['todo', 'acknowledged', 'returned'];

export const ROUND_ITEM_STATE_LABELS: Record<RoundItemState, Bilingual> = {
  todo: { zh: '待签收', en: 'to acknowledge' },
  acknowledged: { zh: '已签收', en: 'acknowledged' },
  submitted: { zh: '已报送', en: 'submitted' },
  returned: { zh: '已退回', en: 'returned' },
  accepted: { zh: '已审核通过', en: 'accepted' },
};

/** What a round item asks of its unit: the target's figure (lead unit) or a narrative. */
export type RoundItemKind = 'figure' | 'narrative';

export type RoundSubject = { kind: 'target'; targetId: number } | { kind: 'key_task'; keyTaskId: number };

export function isOpenItem(state: RoundItemState): boolean {
  return OPEN_ITEM_STATES.includes(state);
}

/** A target's lead unit reports the figure; co-units and every unit of a key task report in words. */
export function itemKind(subject: RoundSubject['kind'], role: 'lead' | 'co'): RoundItemKind {
  return subject === 'target' && role === 'lead' ? 'figure' : 'narrative';
}
