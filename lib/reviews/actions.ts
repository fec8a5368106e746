'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { reviewOutcome, reviewVerdict } from '@/lib/reviews/mutations';

export async function reviewOutcomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // No revalidation: the row stays with its confirmation until the reviewer reloads the queue.
  return runFormAction(reviewOutcome, formValues(formData), () => ({ key: 'workflow.review.saved' }));
}

export async function reviewVerdictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const state = await runFormAction(reviewVerdict, values, () => ({ key: 'workflow.review.saved' }));
  if (state?.ok) revalidatePath(`/targets/${values.targetId}/review`);
  return state;
}
