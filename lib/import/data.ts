import 'server-only';
import { db } from '@/lib/db';
import type { ImportProgressView, ImportStage } from './progress';

/** A running import's progress, for the user who started it only; null otherwise (or once it has answered). */
export async function findImportProgress(id: string, userId: number): Promise<ImportProgressView | null> {
  const row = await db.importProgress.findUnique({ where: { id }, select: { userId: true, stage: true, written: true, total: true } });
  if (!row || row.userId !== userId) return null;
  return { stage: row.stage as ImportStage, written: row.written, total: row.total };
}
