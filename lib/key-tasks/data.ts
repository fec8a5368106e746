// Reads of key tasks (重点工作) for the units page and a task's own page.
import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { KeyTaskHistoryRow, KeyTaskView } from './types';

const unitRef = { id: true, name: true, shortName: true } as const;
const taskSelect = {
  id: true, districtId: true, year: true, seq: true, wording: true, version: true, quote: true, quoteStart: true, quoteEnd: true,
  withdrawnAt: true, withdrawalReason: true, withdrawnBy: { select: { displayName: true } },
  sourceDocument: { select: { id: true, title: true } },
  units: { select: { role: true, unit: { select: unitRef } } },
} satisfies Prisma.KeyTaskSelect;

type TaskRow = Prisma.KeyTaskGetPayload<{ select: typeof taskSelect }>;

function toView({ units, sourceDocument, quote, quoteStart, quoteEnd, withdrawnAt, withdrawalReason, withdrawnBy, ...task }: TaskRow): KeyTaskView {
  return {
    ...task,
    source: sourceDocument && quote !== null && quoteStart !== null && quoteEnd !== null
      ? { documentId: sourceDocument.id, title: sourceDocument.title, quote, quoteStart, quoteEnd }
      : null,
    lead: units.find((row) => row.role === 'lead')?.unit ?? null,
    co: units.filter((row) => row.role === 'co').map((row) => row.unit).sort((a, b) => a.id - b.id),
    withdrawal: withdrawnAt ? { at: withdrawnAt, by: withdrawnBy?.displayName ?? null, reason: withdrawalReason ?? '' } : null,
  };
}

/** A district's key tasks of a year, withdrawn ones included (shown as withdrawn), in 序号 order. */
export async function listKeyTasks(districtId: number, year: number): Promise<KeyTaskView[]> {
  const tasks = await db.keyTask.findMany({ where: { districtId, year }, select: taskSelect, orderBy: { seq: 'asc' } });
  return tasks.map(toView);
}

/** One key task with what its page shows: district, rounds it was in, narratives, judgments and audit history. */
export async function loadKeyTaskPage(keyTaskId: number) {
  if (!Number.isInteger(keyTaskId) || keyTaskId <= 0 || keyTaskId > 2_147_483_647) return null;
  const task = await db.keyTask.findUnique({ where: { id: keyTaskId }, select: { ...taskSelect, district: { select: { code: true, nameZh: true, nameEn: true } } } });
  if (!task) return null;
  const [rounds, narratives, judgments, audit] = await Promise.all([
    db.reportingRound.findMany({
      where: { items: { some: { keyTaskId } } },
      select: { id: true, title: true, periodMonths: true, state: true },
      orderBy: { periodMonths: 'asc' },
    }),
    db.progressNarrative.findMany({
      where: { keyTaskId },
      select: { id: true, periodMonths: true, revision: true, text: true, correctionReason: true, recordedAt: true, unit: { select: unitRef }, recordedBy: { select: { displayName: true } } },
      orderBy: [{ periodMonths: 'desc' }, { unitId: 'asc' }, { revision: 'desc' }],
    }),
    db.keyTaskJudgment.findMany({
      where: { keyTaskId },
      select: { id: true, periodMonths: true, status: true, reason: true, createdAt: true, reviewer: { select: { displayName: true } } },
      orderBy: { createdAt: 'desc' },
    }),
    db.auditLog.findMany({
      where: { entityType: 'key_task', entityId: String(keyTaskId) },
      select: { id: true, at: true, action: true, actorLabel: true, before: true, after: true, actor: { select: { displayName: true } } },
      orderBy: { id: 'desc' },
      take: 200,
    }),
  ]);
  const history: KeyTaskHistoryRow[] = audit.map((row) => ({
    id: row.id.toString(), at: row.at, action: row.action, actor: row.actor?.displayName ?? null, actorLabel: row.actorLabel, before: row.before, after: row.after,
  }));
  return { task: toView(task), district: task.district, rounds, narratives, judgments, history };
}

