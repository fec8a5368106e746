// Expected refusals are values with a closed set of codes; anything else is a bug
// that is logged and shown as a generic error.
export const APP_ERROR_CODES = ['unauthenticated', 'forbidden', 'not_found', 'validation', 'conflict', 'locked', 'password_change_required', 'busy'] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A refusal of one form field; `key` names its message under `validation.` (or `<area>:` for an area's own file). */
export function fieldError(field: string, key: string): AppError {
  return new AppError('validation', key, { fieldErrors: { [field]: key } });
}
