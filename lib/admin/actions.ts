'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { createDistrict, updateDistrict } from '@/lib/districts/mutations';
import { updateIndicator } from '@/lib/indicators/mutations';

export async function updateIndicatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // The tick goes on as sent ('on' or absent; the schema reads both), so a refused form gets it back with its values.
  const state = await runFormAction(updateIndicator, formValues(formData), () => ({ key: 'admin.saved' }));
  // 'layout': the list and every indicator's edit page below it.
  if (state?.ok) revalidatePath('/admin/indicators', 'layout');
  return state;
}

export async function createDistrictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(createDistrict, formValues(formData), () => ({ key: 'admin.districts.created' }));
  if (state?.ok) revalidatePath('/admin/districts');
  return state;
}

export async function updateDistrictAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(updateDistrict, formValues(formData), () => ({ key: 'admin.saved' }));
  if (state?.ok) revalidatePath('/admin/districts');
  return state;
}
