// THE way a narrative progress revision (推进情况) is written: numbered 1, 2, … per
// subject (target or key task) × unit × period, append-only. Call inside the caller's
// transaction; the unique index on the revision number is the guard against two
// writers racing, and its violation is a conflict.
import { onUniqueViolation } from '@/lib/db/unique-violation';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

export type NarrativeToAppend = {
  districtId: number;
  year: number;
  periodMonths: number;
  targetId: number | null;
  keyTaskId: number | null;
  unitId: number;
  text: string;
  correctionReason: string | null;
  recordedById: number;
};

export async function appendNarrative(tx: Prisma.TransactionClient, narrative: NarrativeToAppend): Promise<{ id: number; revision: number }> {
  if ((narrative.targetId === null) === (narrative.keyTaskId === null)) throw new Error('a narrative has exactly one subject');
  const subject = narrative.targetId !== null ? { targetId: narrative.targetId } : { keyTaskId: narrative.keyTaskId };
  const latest = await tx.progressNarrative.findFirst({
    where: { ...subject, unitId: narrative.unitId, periodMonths: narrative.periodMonths },
    select: { revision: true },
    orderBy: { revision: 'desc' },
  });
  return onUniqueViolation(
    () => tx.progressNarrative.create({ data: { ...narrative, revision: (latest?.revision ?? 0) + 1 }, select: { id: true, revision: true } }),
    () => new AppError('conflict', 'narrative race', { messageKey: 'rounds.staleItem' }),
  );
}
