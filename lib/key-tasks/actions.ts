'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { withNotice } from '@/lib/flash/notice';
import { editKeyTask, withdrawKeyTask } from './mutations';

// Withdrawing removes open rounds' to-dos: the header's count lives in the layout.
function refresh(state: FormState): FormState {
  if (state?.ok) revalidatePath('/', 'layout');
  return state;
}

export async function editKeyTaskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The co-units as one comma-separated string (the schema reads both): a refused form gets its
  // values back as strings only, and so keeps the ticks its user made.
  const values = { ...formValues(formData), coUnitIds: formData.getAll('coUnitIds').filter((value) => typeof value === 'string').join(',') };
  return refresh(await runFormAction(editKeyTask, values, () => ({ key: 'keyTasks.edited' })));
}

export async function withdrawKeyTaskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = refresh(await runFormAction(withdrawKeyTask, formValues(formData), (data) => ({ key: 'keyTasks.notices.withdrawn', values: { items: data.removedItems }, data })));
  // A withdrawn task's page drops the form, and its message with it: the page says it instead.
  if (state?.ok) {
    const { keyTaskId, removedItems } = state.data as { keyTaskId: number; removedItems: number };
    redirect(withNotice(`/key-tasks/${keyTaskId}`, 'key_task_withdrawn', { items: removedItems }));
  }
  return state;
}
