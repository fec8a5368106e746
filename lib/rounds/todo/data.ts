// A staff member's round to-dos: the open items (待签收, 已签收, 已退回) of open rounds
// for the units they report for, soonest due first; and their count for the header.
import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/sessions';
import { targetWording } from '@/lib/targets/display-wording';
import { beijingDate, deadline, isoDate } from '../deadline';
import { itemKind, OPEN_ITEM_STATES, type RoundItemKind, type RoundItemState } from '../types';

const openWhere = (userId: number) => ({
  state: { in: [...OPEN_ITEM_STATES] },
  round: { state: 'open' as const },
  unit: { members: { some: { userId } } },
});

export async function countUnitTodo(user: Pick<SessionUser, 'id' | 'role'> | null): Promise<number> {
  if (!user || user.role !== 'staff') return 0;
  return db.roundItem.count({ where: openWhere(user.id) });
}

export type UnitTodoRow = {
  itemId: number;
  round: { id: number; title: string; dueOn: string };
  district: { code: string; nameZh: string; nameEn: string };
  unit: string;
  wording: string;
  kind: RoundItemKind;
  state: RoundItemState;
  returnReason: string | null;
  daysLeft: number;
  overdueDays: number;
};

export async function listUnitTodo(user: Pick<SessionUser, 'id' | 'role'>, now = new Date()): Promise<UnitTodoRow[]> {
  if (user.role !== 'staff') return [];
  const rows = await db.roundItem.findMany({
    where: openWhere(user.id),
    select: {
      id: true, state: true, unitRole: true, returnReason: true, targetId: true,
      unit: { select: { shortName: true } },
      target: { select: { asWritten: true, measure: true, indicator: { select: { nameZh: true } } } },
      keyTask: { select: { wording: true } },
      round: { select: { id: true, title: true, dueOn: true, district: { select: { code: true, nameZh: true, nameEn: true } } } },
    },
    orderBy: [{ round: { dueOn: 'asc' } }, { id: 'asc' }],
    take: 500,
  });
  const today = beijingDate(now);
  return rows.map((row) => {
    const dueOn = isoDate(row.round.dueOn);
    const due = deadline(dueOn, today, true);
    return {
      itemId: row.id,
      round: { id: row.round.id, title: row.round.title, dueOn },
      district: row.round.district,
      unit: row.unit.shortName,
      wording: row.target ? targetWording(row.target.indicator.nameZh, row.target.measure, row.target.asWritten) : row.keyTask?.wording ?? '',
      kind: itemKind(row.targetId === null ? 'key_task' : 'target', row.unitRole),
      state: row.state as RoundItemState,
      returnReason: row.state === 'returned' ? row.returnReason : null,
      daysLeft: due.daysLeft,
      overdueDays: due.overdueDays,
    };
  });
}
