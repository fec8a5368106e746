// 亮灯: one light per round item, always with its reason in words (never colour alone).
//   red     open after the due date (逾期), or behind pace (未达到序时进度 / 滞后)
//   yellow  open and due within 3 days (incl. today), or on pace only within the
//           tolerance of the pace line, or not comparable (someone must look)
//   green   on pace or done, or open with more than 3 days left, or submitted and
//           awaiting the reviewer's judgment
// The first rule that applies decides, in that order. Pure.
import { Exact } from '@/lib/numbers/parse-decimal';
import type { PaceVerdict } from '@/lib/verdict/pace';
import type { Bilingual } from '@/lib/verdict/types';
import type { Deadline } from './deadline';

export const LIGHT_COLORS = ['green', 'yellow', 'red'] as const;
export type LightColor = (typeof LIGHT_COLORS)[number];

export const LIGHT_LABELS: Record<LightColor, Bilingual> = {
  green: { zh: '绿灯', en: 'Green' },
  yellow: { zh: '黄灯', en: 'Yellow' },
  red: { zh: '红灯', en: 'Red' },
};

export type Light = { color: LightColor; reason: Bilingual };

/** Days before the due date from which an open item turns yellow. */
export const NEAR_DUE_DAYS = 3;

export type LightInput = {
  /** The item still waits for its unit (todo, acknowledged, returned). */
  open: boolean;
  deadline: Deadline;
  /** The pace of the item's target or key task; null when it has none yet. */
  pace: Pick<PaceVerdict, 'code' | 'basis' | 'share' | 'explanation'> | null;
};

export function roundItemLight({ open, deadline, pace }: LightInput): Light {
  if (open && deadline.overdueDays > 0) {
    const days = deadline.overdueDays;
    return { color: 'red', reason: { zh: `逾期 ${days} 天未报送`, en: `${days} day${days === 1 ? '' : 's'} overdue, not submitted` } };
  }
  if (pace && (pace.code === 'behind_pace' || pace.code === 'lagging')) return { color: 'red', reason: pace.explanation };
  if (open && deadline.daysLeft <= NEAR_DUE_DAYS) {
    const left = deadline.daysLeft;
    return {
      color: 'yellow',
      reason: left === 0
        ? { zh: '今天截止，尚未报送', en: 'Due today, not yet submitted' }
        : { zh: `距截止还有 ${left} 天，尚未报送`, en: `Due in ${left} day${left === 1 ? '' : 's'}, not yet submitted` },
    };
  }
  if (pace && (pace.code === 'on_pace' || pace.code === 'done') && withinTolerance(pace)) {
    return { color: 'yellow', reason: { zh: `在序时进度容差之内：${pace.explanation.zh}`, en: `Within the tolerance of the pace line: ${pace.explanation.en}` } };
  }
  if (pace && pace.code === 'not_comparable') return { color: 'yellow', reason: pace.explanation };
  if (pace && (pace.code === 'on_pace' || pace.code === 'done')) return { color: 'green', reason: pace.explanation };
  if (open) {
    const left = deadline.daysLeft;
    return { color: 'green', reason: { zh: `未到截止日期（还有 ${left} 天）`, en: `Not yet due (${left} days left)` } };
  }
  return { color: 'green', reason: { zh: '已报送，待审核研判', en: 'Submitted, awaiting the reviewer' } };
}

/** On pace only thanks to the tolerance: below the line itself, above the tolerance's edge. */
function withinTolerance(pace: Pick<PaceVerdict, 'basis' | 'share'>): boolean {
  if (pace.basis && (pace.basis.relation === 'below_within' || pace.basis.relation === 'above_within')) return true;
  if (pace.share && pace.share.completed !== '—') return new Exact(pace.share.completed).lt(pace.share.elapsed);
  return false;
}
