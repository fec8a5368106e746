'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { assignTargetUnits, createUnit, setUnitMembers, updateUnit } from '@/lib/responsible-units/mutations';

// Checkbox groups arrive as repeated fields; formValues keeps only the last of each.
const withList = (formData: FormData, name: string) => ({ ...formValues(formData), [name]: formData.getAll(name).filter((value) => typeof value === 'string') });

function refresh(state: FormState): FormState {
  // The units page re-renders with the new counts; target pages are dynamic and read afresh.
  if (state?.ok) revalidatePath('/units/[code]', 'page');
  return state;
}

export async function createUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(createUnit, formValues(formData), () => ({ key: 'units.created' })));
}

export async function updateUnitAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(updateUnit, formValues(formData), () => ({ key: 'units.saved' })));
}

export async function setUnitMembersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(setUnitMembers, withList(formData, 'userIds'), () => ({ key: 'units.saved' })));
}

export async function assignTargetUnitsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(assignTargetUnits, withList(formData, 'coUnitIds'), () => ({ key: 'units.assigned' })));
}
