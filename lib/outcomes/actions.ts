'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { recordOutcome } from '@/lib/outcomes/mutations';

export async function recordOutcomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(recordOutcome, formValues(formData), (data) => ({
    key: 'workflow.outcome.saved', values: { revision: data.revision }, data: { revision: data.revision, targetId: data.targetId },
  }));
  if (state?.ok) revalidatePath('/todo');
  return state;
}
