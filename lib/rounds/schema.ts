import { z } from 'zod';
import { recordOutcomeSchema } from '@/lib/outcomes/schema';
import { nameText } from '@/lib/text/direction-controls';
import { TASK_JUDGMENTS } from '@/lib/verdict/pace';

export const id = z.coerce.number().int().positive();
export const reasonField = z.string().trim().min(1, 'validation.reason_required').max(2000);

export const openRoundSchema = z.object({
  districtId: id,
  year: z.coerce.number().int().min(2000, 'validation.year_invalid').max(2100, 'validation.year_invalid'),
  periodMonths: z.coerce.number().int().min(1, 'validation.round_period_invalid').max(12, 'validation.round_period_invalid'),
  /** Optional: "2025年上半年" by default. A name like a unit's: it heads the round's pages, to-dos and reminder e-mails, so no direction controls. */
  title: nameText(100, { required: false }).optional().default(''),
  /** YYYY-MM-DD, parsed strictly in the mutation. */
  dueOn: z.string().trim().min(1, 'validation.required').max(20),
});

export const closeRoundSchema = z.object({ roundId: id, version: id });
export const itemSchema = z.object({ itemId: id });
export const itemVersionSchema = z.object({ itemId: id, version: id });
export const narrativeSchema = z.object({
  itemId: id,
  version: id,
  text: z.string().trim().min(1, 'validation.narrative_required').max(5000),
});
export const returnSchema = z.object({ itemId: id, version: id, reason: reasonField });
export const correctNarrativeSchema = z.object({ itemId: id, text: z.string().trim().min(1, 'validation.narrative_required').max(5000), reason: reasonField });
export const judgeSchema = z.object({
  keyTaskId: id,
  periodMonths: z.coerce.number().int().min(1, 'validation.round_period_invalid').max(12, 'validation.round_period_invalid'),
  status: z.enum(TASK_JUDGMENTS, { message: 'validation.verdict_required' }),
  reason: reasonField,
});

/** The lead unit's figure: the record-outcome form's fields for the item's target and the round's period. */
export const figureSchema = recordOutcomeSchema.omit({ targetId: true }).extend({ itemId: id, version: id });
/** A reviewer's correction of a closed round's figure: a new revision with a reason. */
export const correctFigureSchema = recordOutcomeSchema.omit({ targetId: true }).extend({ itemId: id, reason: reasonField });
