// The rows a document's proposals are compared with: the district's targets and
// latest outcome revisions, records quoting this document, and rejections.
import type { Db } from '@/lib/db/client';
import type { ExistingRecords } from '@/lib/ingest/proposals';

export async function loadExistingRecords(db: Db, documentId: number, districtId: number): Promise<ExistingRecords> {
  const [targets, outcomes, rejections] = await db.$transaction([
    db.target.findMany({ where: { districtId }, select: { id: true, year: true, measure: true, sourceDocumentId: true, quoteStart: true, quoteEnd: true, indicator: { select: { key: true } } } }),
    db.outcome.findMany({
      where: { districtId }, orderBy: [{ indicatorId: 'asc' }, { year: 'asc' }, { measure: 'asc' }, { revision: 'desc' }],
      select: { id: true, year: true, measure: true, revision: true, value: true, unit: true, sourceDocumentId: true, quoteStart: true, quoteEnd: true, indicator: { select: { key: true } } },
    }),
    db.auditLog.findMany({ where: { entityType: 'source_document', entityId: String(documentId), action: 'proposal.reject' }, select: { after: true } }),
  ]);
  const latest = new Map<string, (typeof outcomes)[number]>();
  for (const row of outcomes) {
    const key = `${row.indicator.key}:${row.year}:${row.measure}`;
    if (!latest.has(key)) latest.set(key, row);
  }
  const span = <R extends { measure: 'growth' | 'level'; sourceDocumentId: number; quoteStart: number; quoteEnd: number; id: number; indicator: { key: string } }>(kind: 'target' | 'outcome', rows: R[]) =>
    rows.filter((row) => row.sourceDocumentId === documentId).map((row) => ({ kind, id: row.id, indicatorKey: row.indicator.key, measure: row.measure, start: row.quoteStart, end: row.quoteEnd }));
  return {
    targets: targets.map((row) => ({ id: row.id, indicatorKey: row.indicator.key, year: row.year, measure: row.measure })),
    latestOutcomes: [...latest.values()].map((row) => ({ id: row.id, indicatorKey: row.indicator.key, year: row.year, measure: row.measure, revision: row.revision, value: row.value.toString(), unit: row.unit })),
    quotedSpans: [...span('target', targets), ...span('outcome', outcomes)],
    rejectedKeys: rejections.flatMap((row) => {
      const key = (row.after as { proposalKey?: unknown } | null)?.proposalKey;
      return typeof key === 'string' ? [key] : [];
    }),
  };
}
