// The import page's two steps, through the one action wrapper: staff and admins
// only (record:outcome); the district scope is checked per row by planImport.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { ImportFileError, parseImportFile } from './parse-file';
import { APPEND_BATCH } from '@/lib/outcomes/append-revisions';
import { commitImport, planImport } from './plan';
import { startImportProgress } from './progress';

const fileInput = z.object({
  mode: z.enum(['preview', 'commit']),
  /** Chosen by the page (a UUID) to poll this import's progress; optional. */
  progressId: z.preprocess((value) => (value === '' || value === null ? undefined : value), z.uuid().optional()),
  file: z.object({ name: z.string().min(1, 'validation.required'), bytes: z.instanceof(Uint8Array) }),
});

export const importOutcomes = defineAction({
  name: 'outcomes.import',
  permission: 'record:outcome',
  schema: fileInput,
  run: async ({ db, user, input }) => {
    let rows;
    try {
      rows = await parseImportFile(input.file.name, input.file.bytes);
    } catch (error) {
      // Nothing is written before the whole file is read, so this refusal changes nothing.
      if (error instanceof ImportFileError) throw new AppError('validation', error.message, { fieldErrors: { file: `import:${error.code}` }, params: error.params });
      throw error;
    }
    if (input.mode === 'preview') {
      const plan = await planImport(db, user, rows);
      const count = (status: string) => plan.filter((row) => row.status === status).length;
      return { applied: false, plan, created: count('create'), revised: count('revise'), unchanged: count('unchanged') };
    }
    // A server action answers once, at the end; meanwhile the page polls the progress row.
    const progress = input.progressId ? await startImportProgress(db, input.progressId, user.id, rows.length) : null;
    try {
      return await commitImport(db, user, rows, (written, total) => {
        progress?.wrote(written, total);
        if (total > APPEND_BATCH) console.info(`import by ${user.username}: ${written} of ${total} revisions written`);
      });
    } finally {
      await progress?.finish();
    }
  },
});
