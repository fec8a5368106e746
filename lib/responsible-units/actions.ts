'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { fieldErrorText, type FormState } from '@/lib/actions/form-state';
import { formValues, runAction, runFormAction } from '@/lib/actions/run-action';
import { readLocale } from '@/lib/i18n/locale';
import { importBreakdown } from '@/lib/responsible-units/breakdown-import';
import { listUnitNames } from '@/lib/responsible-units/data';
import { assignTargetUnits, createUnit, setUnitMembers, updateUnit } from '@/lib/responsible-units/mutations';

// Checkbox groups arrive as repeated fields; formValues keeps only the last of each. The list
// goes on as one comma-separated string (the schema reads both), so a refused form gets its
// ticks back with its values instead of falling back to the stored ones unseen.
const withList = (formData: FormData, name: string) => ({ ...formValues(formData), [name]: formData.getAll(name).filter((value) => typeof value === 'string').join(',') });

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

export type BreakdownRowView = { line: number; label: string; lead: string; co: string };
export type BreakdownState =
  | null
  | { ok: false; message: string; fileError: string | null }
  | { ok: true; applied: boolean; message: string; errors: { line: number; message: string }[]; rows: BreakdownRowView[] };

/** Preview or commit a 分解方案 file; the result is already in the visitor's language. */
export async function importBreakdownAction(_previous: BreakdownState, formData: FormData): Promise<BreakdownState> {
  const file = formData.get('file');
  const raw = {
    mode: formData.get('mode'),
    districtId: formData.get('districtId'),
    year: formData.get('year'),
    file: file instanceof File ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : { name: '', bytes: new Uint8Array() },
  };
  const [result, locale, t] = [await runAction(importBreakdown, raw), await readLocale(), await getTranslations()];
  const say = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  if (!result.ok) {
    const fileKey = result.fieldErrors.file;
    return { ok: false, message: say(`validation.codes.${result.code}`), fileError: fileKey ? fieldErrorText(fileKey, locale, say) : null };
  }
  const { applied, assignments, keyTasks, errors, skipped, labels } = result.data;
  if (applied) revalidatePath('/units/[code]', 'page');
  const units = new Map((await listUnitNames(Number(raw.districtId))).map((unit) => [unit.id, unit.shortName]));
  const unitsOf = (row: { leadUnitId: number; coUnitIds: number[] }) => ({ lead: units.get(row.leadUnitId) ?? '', co: row.coUnitIds.map((id) => units.get(id) ?? '').join('、') });
  const rows = [
    ...assignments.map((row) => ({ line: row.line, label: labels[row.targetId] ?? String(row.targetId), ...unitsOf(row) })),
    ...keyTasks.map((row) => ({ line: row.line, label: say('units.keyTaskRow', { wording: row.wording }), ...unitsOf(row) })),
  ].sort((a, b) => a.line - b.line);
  const message = errors.length > 0
    ? say('units.hasErrors', { count: errors.length })
    : rows.length === 0 ? say('units.nothing')
    : applied ? say('units.applied', { count: rows.length }) : say('units.previewReady', { count: rows.length, skipped });
  return { ok: true, applied, message, errors: errors.map((error) => ({ line: error.line, message: error.message[locale] })), rows };
}
