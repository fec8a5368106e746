// The one test for "a unique index refused this row". Prisma reports it as P2002
// from its query builder; a raw statement (the batched inserts of
// lib/outcomes/append-revisions.ts) surfaces PostgreSQL's SQLSTATE 23505 instead.
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return true;
    const meta = error.meta as { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } } | undefined;
    if (meta?.code === '23505') return true;
    const cause = meta?.driverAdapterError?.cause;
    if (cause?.originalCode === '23505' || cause?.kind === 'UniqueConstraintViolation') return true;
  }
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 5; depth += 1) {
    if (typeof cause === 'object' && (cause as { code?: unknown }).code === '23505') return true;
    if (typeof cause === 'object' && (cause as { kind?: unknown }).kind === 'UniqueConstraintViolation') return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs `write`; a unique violation becomes the caller's refusal, anything else is rethrown. */
export async function onUniqueViolation<T>(write: () => Promise<T>, refusal: () => AppError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw refusal();
    throw error;
  }
}
