import 'server-only';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
import { loadExistingRecords } from '@/lib/ingest/existing';
import { reviewItems } from '@/lib/ingest/proposals';

/** The review screen of a document, or null when it is missing or outside the user's districts. */
export async function getIngestReview(user: SessionUser, documentId: number) {
  const scope = user.role === 'staff' ? user.districtIds : undefined;
  const document = await db.sourceDocument.findFirst({
    where: { id: documentId, ...(scope ? { districtId: { in: scope } } : {}) },
    select: { id: true, title: true, year: true, kind: true, fullText: true, districtId: true, district: { select: { nameZh: true, nameEn: true, code: true } } },
  });
  if (!document) return null;
  const extraction = extractProposals(document.fullText, { reportYear: document.year, indicators: INDICATORS });
  const [existing, indicators] = await Promise.all([
    loadExistingRecords(db, document.id, document.districtId),
    db.indicator.findMany({ select: { key: true, nameZh: true, nameEn: true } }),
  ]);
  return { document, items: reviewItems(extraction, existing), flags: extraction.flags, indicators: new Map(indicators.map((row) => [row.key, row])) };
}
