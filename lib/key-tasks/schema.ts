// Inputs of a key task's edit and withdrawal (撤销). Ids past int4 are refused here, so a
// forged form never reaches the database; wording and quotes are bounded like creation's.
import { z } from 'zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const ids = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : []),
  z.array(id).max(200),
);

export const editKeyTaskSchema = z.object({
  keyTaskId: id,
  /** The version the form was read at: a change made meanwhile is a conflict, never an overwrite. */
  version: id,
  wording: z.string().trim().min(1, 'validation.required').max(2000, 'validation.too_long'),
  leadUnitId: id.or(z.literal('').transform(() => null)).nullable().optional().transform((value) => value ?? null),
  coUnitIds: ids,
  /** Optional source: one of the district's documents and a quote found verbatim in it; both empty clears it. */
  documentId: z.string().trim().max(12).optional().default(''),
  quote: z.string().trim().max(2000, 'validation.too_long').optional().default(''),
});

export const withdrawKeyTaskSchema = z.object({
  keyTaskId: id,
  version: id,
  reason: z.string().trim().min(1, 'validation.reason_required').max(2000, 'validation.too_long'),
});
