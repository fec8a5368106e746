import 'server-only';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { findTargets, type TargetRow } from '@/lib/targets/data';

/** Districts a user may record for: staff their assigned ones, admins all (undefined). */
export function recordScope(user: SessionUser): number[] | undefined {
  return user.role === 'staff' ? user.districtIds : undefined;
}

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
  const scope = recordScope(user);
  const years = await db.target.findMany({ where: { year: { lt: currentYear }, ...(scope ? { districtId: { in: scope } } : {}) }, distinct: ['year'], select: { year: true } });
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

/** A target for the record-outcome form, or null when it is outside the user's districts. */
export async function findTargetForRecording(user: SessionUser, targetId: number): Promise<TargetRow | null> {
  const scope = recordScope(user);
  const [target] = await findTargets({ targetIds: [targetId], ...(scope ? { districtIds: scope } : {}) });
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
