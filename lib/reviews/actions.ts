'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { confirmQueueItems, reviewOutcome, reviewVerdict } from '@/lib/reviews/mutations';

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

export async function confirmQueueItemsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Several checkboxes share the name "item": formValues would keep only the last.
  const items = formData.getAll('item').filter((value): value is string => typeof value === 'string');
  const state = await runFormAction(confirmQueueItems, { items }, (data) => ({ key: 'workflow.review.bulkSaved', values: { count: data.items } }));
  if (state?.ok) revalidatePath('/review');
  return state;
}
