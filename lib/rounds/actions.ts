'use server';

import { revalidatePath } from 'next/cache';
import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { createKeyTask, judgeKeyTask } from '@/lib/key-tasks/mutations';
import {
  acceptItem, acknowledgeItem, closeRound, correctFigure, correctNarrative, openRound, returnItem, submitFigure, submitNarrative,
} from '@/lib/rounds/mutations';

// Every round page reads afresh (force-dynamic); the header's to-do count is in the layout.
function refresh(state: FormState): FormState {
  if (state?.ok) revalidatePath('/', 'layout');
  return state;
}

export async function openRoundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(openRound, formValues(formData), (data) => ({ key: 'rounds.opened', values: { items: data.items }, data: { roundId: data.roundId } })));
}
export async function closeRoundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(closeRound, formValues(formData), () => ({ key: 'rounds.closed' })));
}
export async function acknowledgeItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(acknowledgeItem, formValues(formData), () => ({ key: 'rounds.acknowledged' })));
}
export async function submitNarrativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(submitNarrative, formValues(formData), () => ({ key: 'rounds.submitted' })));
}
export async function submitFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(submitFigure, formValues(formData), () => ({ key: 'rounds.submitted' })));
}
export async function acceptItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(acceptItem, formValues(formData), () => ({ key: 'rounds.accepted' })));
}
export async function returnItemAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(returnItem, formValues(formData), () => ({ key: 'rounds.returned' })));
}
export async function correctNarrativeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(correctNarrative, formValues(formData), () => ({ key: 'rounds.corrected' })));
}
export async function correctFigureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(correctFigure, formValues(formData), () => ({ key: 'rounds.corrected' })));
}
export async function judgeKeyTaskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return refresh(await runFormAction(judgeKeyTask, formValues(formData), () => ({ key: 'rounds.judged' })));
}
export async function createKeyTaskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  // Co-units as one comma-separated string (the schema reads both), so a refused form gets the ticks back with its values.
  const values = { ...formValues(formData), coUnitIds: formData.getAll('coUnitIds').filter((value) => typeof value === 'string').join(',') };
  return refresh(await runFormAction(createKeyTask, values, () => ({ key: 'rounds.keyTaskCreated' })));
}
