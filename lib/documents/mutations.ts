// Where a figure comes from: an existing document of the district, or a new one
// found or created (findOrCreateDocument) in the same transaction. The quoted sentence must occur verbatim in the
// document's text; its offsets are stored so the quote can be shown in context.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '@/lib/domain/types';
import { findOrCreateDocument } from '@/lib/documents/find-or-create';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import { AppError, fieldError } from '@/lib/errors';
import type { RawSql } from '@/lib/db/sql-transaction';
import { parseIsoDate } from '@/lib/text/parse-date';

export const sourceSchema = z.object({
  documentId: z.string().trim().optional().default(''),
  newKind: z.enum(DOCUMENT_KINDS).optional(),
  newTitle: z.string().trim().max(300).optional().default(''),
  newDate: z.string().trim().optional().default(''),
  newUrl: z.string().trim().max(2000).optional().default(''),
  newText: z.string().max(MAX_TEXT_CHARS, 'validation.text_too_long').optional().default(''),
  quote: z.string().trim().min(1, 'validation.quote_required').max(2000),
});
export type SourceInput = z.output<typeof sourceSchema>;

type Tx = RawSql;

export type ResolvedSource = { documentId: number; quote: string; quoteStart: number; quoteEnd: number };

export async function resolveSource(tx: Tx, input: SourceInput, context: { districtId: number; year: number; userId: number }): Promise<ResolvedSource> {
  let document: { id: number; fullText: string };
  if (input.documentId && input.documentId !== 'new') {
    const id = Number(input.documentId);
    // Ids are int4: a larger one names no document.
    const [found] = Number.isInteger(id) && id > 0 && id <= 2 ** 31 - 1
      ? await tx.$queryRaw<{ id: number; fullText: string }[]>`SELECT id, full_text AS "fullText" FROM source_document WHERE id = ${id} AND district_id = ${context.districtId}`
      : [];
    // Another district's document reads as not found (scope in the WHERE clause).
    if (!found) throw fieldError('documentId', 'document_not_found');
    document = found;
  } else {
    const errors: Record<string, string> = {};
    if (!input.newKind) errors.newKind = 'required';
    if (!input.newTitle) errors.newTitle = 'required';
    if (!input.newText.trim()) errors.newText = 'required';
    if (input.newUrl && !isHttpUrl(input.newUrl)) errors.newUrl = 'url_invalid';
    const publishedOn = input.newDate ? parseIsoDate(input.newDate) : null;
    if (input.newDate && !publishedOn) errors.newDate = 'date_invalid';
    if (Object.keys(errors).length) throw new AppError('validation', 'source', { fieldErrors: errors });
    document = await findOrCreateDocument(tx, { userId: context.userId }, {
      districtId: context.districtId, kind: input.newKind!, year: publishedOn ? publishedOn.getUTCFullYear() : context.year,
      title: input.newTitle, publishedOn, url: input.newUrl || null, fullText: input.newText, via: 'form',
    });
  }
  const quoteStart = document.fullText.indexOf(input.quote);
  if (quoteStart < 0) throw fieldError('quote', 'quote_not_found');
  return { documentId: document.id, quote: input.quote, quoteStart, quoteEnd: quoteStart + input.quote.length };
}

/** Document URLs are links on the pages: only http(s) is accepted. */
export function isHttpUrl(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url);
}
