import { z } from 'zod';
import { DOCUMENT_KINDS, QUALIFIERS, VINTAGES } from '@/lib/domain/types';

const id = z.coerce.number({ message: 'validation.required' }).int().positive('validation.required');
const year = z.coerce.number({ message: 'validation.year_invalid' }).int().min(2000, 'validation.year_invalid').max(2100, 'validation.year_invalid');

/** The new-document form. Either `text` or a non-empty `file`; the file wins when both are given. */
export const createIngestDocumentSchema = z.object({
  districtId: id,
  year,
  kind: z.enum(DOCUMENT_KINDS, { message: 'validation.required' }),
  title: z.string().trim().min(1, 'validation.required').max(300),
  publishedOn: z.string().trim().optional().default(''),
  url: z.string().trim().max(2000).optional().default(''),
  text: z.string().max(6_000_000).optional().default(''),
  file: z.custom<Blob & { name?: string }>((value) => value instanceof Blob).optional(),
});
export type CreateIngestDocumentInput = z.output<typeof createIngestDocumentSchema>;

const proposalRef = { documentId: id, key: z.string().min(1).max(200) };

/** Accepting a proposal, possibly with the reviewer's edits. Empty strings keep the proposed value. */
export const acceptProposalSchema = z.object({
  ...proposalRef,
  year,
  value: z.string().trim().max(100, 'validation.too_long').optional().default(''),
  valueHigh: z.string().trim().max(100, 'validation.too_long').optional().default(''),
  unit: z.string().trim().max(20, 'validation.too_long').optional().default(''),
  qualifier: z.enum(QUALIFIERS).optional(),
  vintage: z.enum(VINTAGES).optional(),
  /** Outcomes: the latest revision of the proposal's series the reviewer saw (0: none); a newer one is a conflict. */
  baseRevision: z.coerce.number().int().min(0).optional(),
});
export type AcceptProposalInput = z.output<typeof acceptProposalSchema>;

export const rejectProposalSchema = z.object(proposalRef);
