// A stored document's proposals, extracted with the database's indicator table, so the
// review screen and the accept/reject actions (which find the proposal again on the
// server) read with the same catalogue, and an alias an admin adds counts at once.
import type { Db } from '@/lib/db/client';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import type { DocumentKind } from '@/lib/domain/types';
import { fieldError } from '@/lib/errors';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import type { ExtractOptions } from '@/lib/extraction/types';
import { loadIndicatorCatalogue } from '@/lib/indicators/data';
import { dateLineOf, inYearProposals } from '@/lib/ingest/in-year';

type StoredDocument = { fullText: string; year: number; kind: DocumentKind };

/**
 * The report year the extractor reads a document as. A work report's year is the year of
 * its targets (its review covers the year before); a statistical bulletin is stored under
 * the year its figures cover — staff type 2024 for 《2024年…统计公报》 — so it reads as the
 * review of the following year's report, the extractor's convention for bulletins.
 */
export function extractionYear(document: { year: number; kind: DocumentKind }): number {
  return document.kind === 'statistical_bulletin' ? document.year + 1 : document.year;
}

/** The options a document is extracted with: its year and the indicator table as it is now. */
export async function extractionOptions(db: Pick<Db, 'indicator'>, document: { year: number; kind: DocumentKind }): Promise<ExtractOptions> {
  return { reportYear: extractionYear(document), indicators: await loadIndicatorCatalogue(db) };
}

/** True for a text stored before the limit was lowered: extracting it would hold the server's one thread for minutes. */
export const tooLongToExtract = (text: string) => text.length > MAX_TEXT_CHARS;

function assertExtractable(text: string): void {
  if (tooLongToExtract(text)) throw fieldError('_form', 'ingest:text_too_long');
}

export async function extractDocument(db: Pick<Db, 'indicator'>, document: StoredDocument) {
  assertExtractable(document.fullText);
  return extractProposals(document.fullText, await extractionOptions(db, document));
}

/** The extraction, and its flagged part-year figures read as in-year progress proposals (lib/ingest/in-year.ts). */
export async function readDocument(db: Pick<Db, 'indicator'>, document: StoredDocument & { publishedOn: Date | null }) {
  assertExtractable(document.fullText);
  const options = await extractionOptions(db, document);
  const extraction = extractProposals(document.fullText, options);
  // A date column reads back as UTC midnight.
  const publishedOn = document.publishedOn ? { year: document.publishedOn.getUTCFullYear(), month: document.publishedOn.getUTCMonth() + 1 } : dateLineOf(document.fullText);
  const inYear = inYearProposals(extraction.flags, { text: document.fullText, indicators: options.indicators, publishedOn });
  return { extraction, inYear };
}
