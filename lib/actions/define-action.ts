// Every mutation goes through one wrapper: authenticate, check the permission,
// parse the input with its zod schema, run, and map refusals to values that a
// form can show. The wrapper knows nothing of Next.js, so integration tests can
// drive any action as any user (see tests/authorization-matrix.test.ts).
import { z } from 'zod';
import { type Permission, roleHas } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { type AppErrorCode, isAppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { storableInput } from '@/lib/text/sanitize-input';

export type ActionFailure = {
  ok: false;
  code: AppErrorCode | 'unexpected';
  /** Field name → message key under `validation.` in messages/<locale>/validation.json. */
  fieldErrors: Record<string, string>;
  details?: Record<string, unknown>;
};
export type ActionResult<R> = { ok: true; data: R } | ActionFailure;

export type ActionDefinition<S extends z.ZodType, R> = {
  name: string;
  /** 'signed-in': any signed-in user (e.g. changing one's own password). */
  permission: Permission | 'signed-in';
  /** Only for changing the password: every other action refuses a user who must change it first. */
  allowedWithTemporaryPassword?: true;
  schema: S;
  run: (context: { db: Db; user: SessionUser; input: z.output<S> }) => Promise<R>;
};

export const ACTION_REGISTRY: ActionDefinition<z.ZodType, unknown>[] = [];

export function defineAction<S extends z.ZodType, R>(definition: ActionDefinition<S, R>): ActionDefinition<S, R> {
  ACTION_REGISTRY.push(definition as unknown as ActionDefinition<z.ZodType, unknown>);
  return definition;
}

export async function executeAction<S extends z.ZodType, R>(
  definition: ActionDefinition<S, R>,
  context: { db: Db; user: SessionUser | null },
  raw: unknown,
): Promise<ActionResult<R>> {
  const { user } = context;
  if (!user) return failure('unauthenticated');
  // Pages redirect such a user to /account/password; this stops direct calls to actions.
  if (user.mustChangePassword && !definition.allowedWithTemporaryPassword) return failure('password_change_required');
  // The role check; district scope is checked by `run` once it knows the record's district.
  if (definition.permission !== 'signed-in' && !roleHas(user.role, definition.permission)) return failure('forbidden');
  const parsed = definition.schema.safeParse(storableInput(raw));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return failure(onlyMalformedReferences(fieldErrors) ? 'not_found' : 'validation', fieldErrors);
  }
  try {
    return { ok: true, data: await definition.run({ db: context.db, user, input: parsed.data }) };
  } catch (error) {
    if (isAppError(error)) return failure(error.code, (error.details?.fieldErrors as Record<string, string>) ?? {}, error.details);
    // A number past its column's range (an id beyond int4) can only come from the input, mostly a
    // hidden id no record has: refuse it as a missing record (its message says what to do, where a
    // field error would mark no field), as the transaction it failed in has already changed nothing.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2020') return failure('not_found');
    // No connection freed within the transaction's wait (lib/db/client.ts): the server is overloaded,
    // nothing was written; say so, rather than "something went wrong".
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028') return failure('busy');
    console.error(`action ${definition.name} failed`, error);
    return failure('unexpected');
  }
}

function failure(code: ActionFailure['code'], fieldErrors: Record<string, string> = {}, details?: Record<string, unknown>): ActionFailure {
  return { ok: false, code, fieldErrors, ...(details ? { details } : {}) };
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '_form';
    errors[field] ??= issue.message.startsWith('validation.') ? issue.message.slice('validation.'.length)
      // A text past its max() without a message of its own: say it is too long, not "格式不正确"
      // (a 100,000-character name was refused as malformed, which tells no one what to change).
      : issue.code === 'too_big' && issue.origin === 'string' ? 'too_long'
      : 'invalid';
  }
  return errors;
}

// Record references and the version a form was read at: mostly hidden inputs, or selects of records.
const REFERENCE_FIELD = /^(id|[a-z]\w*Id|version|baseRevision)$/;

/**
 * True when every refusal is a malformed reference ("abc", a fraction, past 2^53): such an
 * input comes from a forged or stale form, not a typing slip, and a hidden field has no place
 * to show its error, so the form says the record is missing instead of "correct the marked
 * fields". The field errors stay, so a visible select is still marked.
 */
function onlyMalformedReferences(fieldErrors: Record<string, string>): boolean {
  const entries = Object.entries(fieldErrors);
  return entries.length > 0 && entries.every(([field, key]) => REFERENCE_FIELD.test(field) && key === 'invalid');
}
