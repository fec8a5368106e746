import 'server-only';
import { districtWhere, scopedDistrictIds } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';

/** Why a target is on the to-do: its figure was disputed by a reviewer (with the reviewer's reason), it has none, or only the report's estimate. */
export type TodoReason = { kind: 'disputed'; comment: string } | { kind: 'no_outcome' } | { kind: 'only_estimate' };
export type TodoRow = TargetRow & { todo: TodoReason };

/** Pure: the to-do reason of a target, or null when nothing is to be done. */
export function todoReason(target: Pick<TargetRow, 'outcomes' | 'verdict'>): TodoReason | null {
  // The figure the verdict rests on was disputed: back to the recorder, with the reason.
  const basis = target.outcomes.find((outcome) => outcome.id === target.verdict.outcome?.id);
  if (basis?.reviewState === 'disputed') return { kind: 'disputed', comment: basis.reviewComment ?? '' };
  if (target.outcomes.length === 0) return { kind: 'no_outcome' };
  if (target.outcomes.every((outcome) => outcome.vintage === 'estimate')) return { kind: 'only_estimate' };
  return null;
}

/**
 * The staff to-do: targets of the user's districts whose year has ended and whose
 * figure a reviewer disputed (first), or that have no outcome yet or only the
 * report's own estimate; oldest first.
 */
export async function findTodo(user: SessionUser, currentYear = new Date().getUTCFullYear()): Promise<TodoRow[]> {
  const scope = scopedDistrictIds(user, 'record:outcome');
  const years = await db.target.findMany({ where: { year: { lt: currentYear }, ...districtWhere(user, 'record:outcome') }, distinct: ['year'], select: { year: true } });
  if (years.length === 0) return [];
  const targets = await findTargets({ ...(scope ? { districtIds: scope } : {}), years: years.map((row) => row.year) }, [{ year: 'asc' }, { districtId: 'asc' }, { indicatorId: 'asc' }]);
  const rows: TodoRow[] = [];
  for (const target of targets) {
    const todo = todoReason(target);
    if (todo) rows.push({ ...target, todo });
  }
  // Stable sort: disputed figures first, each group still oldest first.
  return rows.sort((a, b) => Number(b.todo.kind === 'disputed') - Number(a.todo.kind === 'disputed'));
}

/** A target for the record and edit forms, or null when there is none; the page checks its district (requireInScope). */
export async function findTargetForRecording(targetId: number): Promise<TargetRow | null> {
  const [target] = await findTargets({ targetIds: [targetId] });
  return target ?? null;
}

export async function listDistrictDocuments(districtId: number) {
  return db.sourceDocument.findMany({
    where: { districtId },
    select: { id: true, title: true, year: true, kind: true },
    orderBy: [{ year: 'desc' }, { id: 'desc' }],
  });
}

export async function listDistrictOptions() {
  return db.district.findMany({ select: { id: true, nameZh: true, nameEn: true, code: true }, orderBy: { code: 'asc' } });
}
