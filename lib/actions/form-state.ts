// The one result shape every form's useActionState receives. Messages are
// already in the visitor's language, so client components only place them.
import { DECIMAL_ERROR_MESSAGES, type DecimalErrorCode } from '@/lib/numbers/parse-decimal';
import { TARGET_PARSE_MESSAGES, type TargetParseErrorCode } from '@/lib/targets/parse-as-written';
import { UNIT_ERROR_MESSAGES, type UnitErrorCode } from '@/lib/units/units';
import type { ActionResult } from '@/lib/actions/define-action';
import type { Locale } from '@/lib/i18n/locale';

export type FormState =
  | { ok: true; message: string; data?: Record<string, unknown> }
  | { ok: false; fieldErrors: Record<string, string>; message: string; values?: Record<string, string>; conflict?: { revision: number } }
  | null;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Field error keys: "decimal.<code>", "unit.<code>", "target.<code>" use the domain tables; others are validation.<key>. */
export function fieldErrorText(key: string, locale: Locale, t: Translate): string {
  const [table, code] = key.split('.', 2) as [string, string | undefined];
  if (code && table === 'decimal' && code in DECIMAL_ERROR_MESSAGES) return DECIMAL_ERROR_MESSAGES[code as DecimalErrorCode][locale];
  if (code && table === 'unit' && code in UNIT_ERROR_MESSAGES) return UNIT_ERROR_MESSAGES[code as UnitErrorCode][locale];
  if (code && table === 'target' && code in TARGET_PARSE_MESSAGES) return TARGET_PARSE_MESSAGES[code as TargetParseErrorCode][locale];
  return t(`validation.${key.replace(/\./g, '_')}`);
}

export function toFormState<R>(
  result: ActionResult<R>,
  options: { locale: Locale; t: Translate; success: string; values?: Record<string, string>; data?: Record<string, unknown> },
): FormState {
  const { locale, t } = options;
  if (result.ok) return { ok: true, message: options.success, ...(options.data ? { data: options.data } : {}) };
  const fieldErrors: Record<string, string> = {};
  for (const [field, key] of Object.entries(result.fieldErrors)) fieldErrors[field] = fieldErrorText(key, locale, t);
  const details = (result.details ?? {}) as Record<string, string | number>;
  // A conflict or a lock may name its own message (a stale revision, a closed round).
  const message = (result.code === 'conflict' || result.code === 'locked') && typeof details.messageKey === 'string'
    ? t(details.messageKey, details)
    : t(`validation.codes.${result.code}`);
  // A stale-revision conflict names the newest revision, so the form can rebase on it.
  const conflict = result.code === 'conflict' && typeof details.revision === 'number' ? { conflict: { revision: details.revision } } : {};
  return { ok: false, fieldErrors, message, ...(options.values ? { values: options.values } : {}), ...conflict };
}
