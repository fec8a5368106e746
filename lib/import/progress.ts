// How far a running import has come. The import writes everything in one transaction,
// invisible to other connections until it commits, so its progress is kept in a row of
// its own, written on the action's client outside that transaction; the import page
// polls it (app/import/progress/[id]/route.ts). The row goes once the import answers.
import type { Db } from '@/lib/db/client';

export type ImportStage = 'checking' | 'writing';
export type ImportProgressView = { stage: ImportStage; written: number; total: number };

// Rows left behind by a server that died mid-import.
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Starts reporting under the page's id; null (no reporting) when the id is taken, e.g. by another user's import. */
export async function startImportProgress(db: Db, id: string, userId: number, total: number): Promise<ImportProgressReporter | null> {
  await db.importProgress.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - STALE_AFTER_MS) } } });
  const created = await db.importProgress.createMany({ data: [{ id, userId, stage: 'checking', total }], skipDuplicates: true });
  return created.count === 1 ? new ImportProgressReporter(db, id) : null;
}

export class ImportProgressReporter {
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db, private readonly id: string) {}

  /** After each written batch; reports are written one after another, never holding up the import on an error. */
  wrote(written: number, total: number): void {
    this.pending = this.pending
      .then(() => this.db.importProgress.updateMany({ where: { id: this.id }, data: { stage: 'writing', written, total } }))
      .catch((error: unknown) => console.warn('import progress not recorded', error));
  }

  async finish(): Promise<void> {
    await this.pending;
    await this.db.importProgress.deleteMany({ where: { id: this.id } });
  }
}
