// A stored document's proposals, extracted with the database's indicator table, so the
// review screen and the accept/reject actions (which find the proposal again on the
// server) read with the same catalogue.
import type { Db } from '@/lib/db/client';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { loadIndicatorCatalogue } from '@/lib/indicators/data';

export async function extractDocument(db: Pick<Db, 'indicator'>, document: { fullText: string; year: number }) {
  return extractProposals(document.fullText, { reportYear: document.year, indicators: await loadIndicatorCatalogue(db) });
}
