'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { createTarget, updateTarget } from '@/lib/targets/mutations';

export async function createTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(createTarget, formValues(formData), (data) => ({ key: 'workflow.targetForm.saved', data: { targetId: data.targetId } }));
  if (state?.ok && typeof state.data?.targetId === 'number') redirect(`/targets/${state.data.targetId}/edit?saved=1`);
  return state;
}

export async function updateTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(updateTarget, formValues(formData), () => ({ key: 'workflow.targetForm.saved' }));
}
