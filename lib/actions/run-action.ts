import 'server-only';
import { getTranslations } from 'next-intl/server';
import { type ActionDefinition, type ActionResult, executeAction } from '@/lib/actions/define-action';
import { type FormState, toFormState } from '@/lib/actions/form-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { readLocale } from '@/lib/i18n/locale';
import type { z } from 'zod';

/** Runs an action as the signed-in user of this request. */
export async function runAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>, raw: unknown): Promise<ActionResult<R>> {
  return executeAction(definition, { db, user: await getCurrentUser() }, raw);
}

/** runAction, then the result as a FormState in the visitor's language. */
export async function runFormAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  raw: Record<string, unknown>,
  success: (data: R) => { key: string; values?: Record<string, string | number>; data?: Record<string, unknown> },
): Promise<FormState> {
  const result = await runAction(definition, raw);
  const [locale, tAll] = [await readLocale(), await getTranslations()];
  const t = (key: string, values?: Record<string, string | number>) => tAll(key as never, values as never);
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  if (!result.ok) return toFormState(result, { locale, t, success: '', values });
  const done = success(result.data);
  return toFormState(result, { locale, t, success: t(done.key, done.values), data: done.data });
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}
