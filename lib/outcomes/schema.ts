import { z } from 'zod';
import { VINTAGES } from '@/lib/domain/types';
import { sourceSchema } from '@/lib/documents/mutations';

/** The record-outcome form, as strings; value and unit are parsed by the domain parsers in the mutation. */
export const recordOutcomeSchema = sourceSchema.extend({
  targetId: z.coerce.number().int().positive(),
  /** The period the figure covers: 12 the year (default), 1..11 the cumulative months 1—N (issue 17). */
  periodMonths: z.preprocess((value) => (value === '' || value === undefined ? 12 : value),
    z.coerce.number({ message: 'validation.period_invalid' }).int({ message: 'validation.period_invalid' }).min(1, { message: 'validation.period_invalid' }).max(12, { message: 'validation.period_invalid' })),
  /** The latest revision of that period the form was based on (0: none yet). */
  baseRevision: z.coerce.number().int().min(0),
  value: z.string().max(100),
  unit: z.string().max(20),
  vintage: z.enum(VINTAGES, { message: 'validation.vintage_required' }),
  note: z.string().trim().max(2000).optional().default(''),
  /** Ticked: the source does not state the figure directly; then a reason is required. */
  figureNotInQuote: z.string().optional().transform((value) => value === 'on' || value === 'true'),
  figureNotInQuoteReason: z.string().trim().max(2000).optional().default(''),
});
export type RecordOutcomeInput = z.output<typeof recordOutcomeSchema>;
