'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { ActionDefinition, ActionResult } from '@/lib/actions/define-action';
import { fieldErrorText, type FormState, toFormState } from '@/lib/actions/form-state';
import { formValues, runAction } from '@/lib/actions/run-action';
import { readLocale } from '@/lib/i18n/locale';
import { keepStoredTarget, reviseTargetFromProposal } from '@/lib/ingest/conflicts';
import { acceptProposal, createIngestDocument, rejectProposal } from '@/lib/ingest/mutations';
import { dismissUnknownIndicator, mapUnknownIndicator } from '@/lib/ingest/unknown-indicators';

/** FormState in the visitor's language; "ingest:<key>" field errors come from messages/<locale>/ingest.json. */
async function toState<R>(result: ActionResult<R>, success: string, values: Record<string, string>): Promise<FormState> {
  const [locale, tAll] = [await readLocale(), await getTranslations()];
  const t = (key: string, vars?: Record<string, string | number>) => tAll(key as never, vars as never);
  if (result.ok) return { ok: true, message: t(success) };
  const fieldErrors: Record<string, string> = {};
  for (const [field, key] of Object.entries(result.fieldErrors)) {
    fieldErrors[field] = key.startsWith('ingest:') ? t(`ingest.errors.${key.slice('ingest:'.length)}`) : fieldErrorText(key, locale, t);
  }
  const { _form: formError, ...rest } = fieldErrors;
  // The field errors are translated above; toFormState only supplies the summary message.
  const state = toFormState({ ...result, fieldErrors: {} }, { locale, t, success: '', values });
  if (!state || state.ok) return state;
  return { ...state, fieldErrors: rest, message: formError ?? (Object.keys(rest).length ? t('ingest.errors.generic') : state.message) };
}

export async function createIngestDocumentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const file = formData.get('file');
  const result = await runAction(createIngestDocument, { ...values, file: file instanceof Blob && file.size > 0 ? file : undefined });
  if (result.ok) redirect(`/documents/${result.data.documentId}/extract${result.data.created ? '' : '?existing=1'}`);
  return toState(result, 'ingest.new.saved', values);
}

/** A decision on the review screen: run it, refresh the screen on success, answer in the visitor's language. */
async function decide<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, success: string, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(definition, values);
  if (result.ok) revalidatePath(`/documents/${values.documentId}/extract`);
  return toState(result, success, values);
}

export async function acceptProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(acceptProposal, 'ingest.review.accepted', formData);
}

export async function rejectProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(rejectProposal, 'ingest.review.rejected', formData);
}

export async function keepStoredTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(keepStoredTarget, 'ingest.review.kept', formData);
}

export async function reviseTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(reviseTargetFromProposal, 'ingest.review.revised', formData);
}

export async function dismissUnknownAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(dismissUnknownIndicator, 'ingest.review.unknown.dismissed', formData);
}

export async function mapUnknownAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return decide(mapUnknownIndicator, 'ingest.review.unknown.mapped', formData);
}
