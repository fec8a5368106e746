'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { setReadRequiresSignIn } from '@/lib/settings/mutations';
import { createUser, resetPassword, updateUser } from '@/lib/users/mutations';

// The 已停用 tick goes on as sent ('on' or absent; the schema reads both), so a refused row gets it back with its values.
function withDistricts(formData: FormData) {
  return { ...formValues(formData), districtIds: formData.getAll('districtIds').map(String) };
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(createUser, withDistricts(formData), () => ({ key: 'admin.users.created' }));
  if (state && !state.ok && state.values) delete state.values.password;
  if (state?.ok) revalidatePath('/admin');
  return state;
}

export async function updateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(updateUser, withDistricts(formData), () => ({ key: 'admin.saved' }));
  if (state?.ok) revalidatePath('/admin');
  return state;
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(resetPassword, formValues(formData), () => ({ key: 'admin.users.resetDone' }));
  if (state && !state.ok && state.values) delete state.values.password;
  return state;
}

export async function setReadRequiresSignInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(setReadRequiresSignIn, { value: formData.get('value') === 'on' }, () => ({ key: 'admin.saved' }));
  if (state?.ok) revalidatePath('/admin');
  return state;
}
