import { z } from 'zod';
import { MEASURES } from '@/lib/domain/types';
import { sourceSchema } from '@/lib/documents/mutations';

const targetFields = {
  asWritten: z.string().trim().min(1, 'validation.required').max(200),
};

export const createTargetSchema = sourceSchema.extend({
  ...targetFields,
  districtId: z.coerce.number({ message: 'validation.required' }).int().positive('validation.required'),
  indicatorId: z.coerce.number({ message: 'validation.required' }).int().positive('validation.required'),
  year: z.coerce.number().int().min(2000, 'validation.year_invalid').max(2100, 'validation.year_invalid'),
  measure: z.enum(MEASURES, { message: 'validation.required' }),
});

export const updateTargetSchema = sourceSchema.extend({
  ...targetFields,
  targetId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  /** Per-target tolerance override; absent keeps the current one, '' clears it. */
  tolerance: z.string().max(30).optional(),
});
