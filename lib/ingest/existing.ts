// The rows a document's proposals are compared with: the district's targets (with
// their wording and source, shown beside a conflicting proposal) and latest outcome
// revisions, records quoting this document, and the decisions staff recorded on it
// (rejections, stored targets kept, new indicators mapped).
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
import type { Db } from '@/lib/db/client';
import type { ExistingRecords } from '@/lib/ingest/proposals';

/** Audit actions that record a decision on one proposal of a document (after.proposalKey). */
export const PROPOSAL_DECISIONS = { reject: 'proposal.reject', keep: 'proposal.keep_stored', map: 'proposal.map_indicator' } as const;

export async function loadExistingRecords(db: Db, documentId: number, districtId: number): Promise<ExistingRecords> {
  const [targets, outcomes, decisions] = await db.$transaction([
    db.target.findMany({
      where: { districtId },
      select: {
        id: true, year: true, measure: true, version: true, qualifier: true, value: true, valueHigh: true, unit: true, asWritten: true,
        sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true, indicator: { select: { key: true } }, sourceDocument: { select: { title: true } },
      },
    }),
    db.outcome.findMany({
      where: { districtId }, orderBy: [{ indicatorId: 'asc' }, { year: 'asc' }, { measure: 'asc' }, { periodMonths: 'asc' }, { revision: 'desc' }],
      select: {
        id: true, year: true, measure: true, periodMonths: true, revision: true, value: true, unit: true, sourceDocumentId: true, quote: true, quoteStart: true, quoteEnd: true,
        indicator: { select: { key: true } }, sourceDocument: { select: { title: true } },
      },
    }),
    db.auditLog.findMany({ where: { entityType: 'source_document', entityId: String(documentId), action: { in: Object.values(PROPOSAL_DECISIONS) } }, select: { action: true, after: true } }),
  ]);
  // The year's figures settle annual verdicts; 1—N月 ones are in-year progress, kept apart per period.
  const [annual, inYear] = [outcomes.filter((row) => row.periodMonths === ANNUAL_PERIOD), outcomes.filter((row) => row.periodMonths !== ANNUAL_PERIOD)];
  const latest = new Map<string, (typeof outcomes)[number]>();
  const latestInYear = new Map<string, (typeof outcomes)[number]>();
  for (const row of outcomes) {
    const key = `${row.indicator.key}:${row.year}:${row.measure}`;
    const into = row.periodMonths === ANNUAL_PERIOD ? latest : latestInYear;
    const seriesKey = row.periodMonths === ANNUAL_PERIOD ? key : `${key}:${row.periodMonths}`;
    if (!into.has(seriesKey)) into.set(seriesKey, row);
  }
  const span = <R extends { measure: 'growth' | 'level'; sourceDocumentId: number; quoteStart: number; quoteEnd: number; id: number; indicator: { key: string } }>(kind: 'target' | 'outcome' | 'in_year', rows: R[]) =>
    rows.filter((row) => row.sourceDocumentId === documentId).map((row) => ({ kind, id: row.id, indicatorKey: row.indicator.key, measure: row.measure, start: row.quoteStart, end: row.quoteEnd }));
  const keys = (action: string) => decisions.filter((row) => row.action === action).flatMap((row) => {
    const key = (row.after as { proposalKey?: unknown } | null)?.proposalKey;
    return typeof key === 'string' ? [key] : [];
  });
  return {
    targets: targets.map((row) => ({
      id: row.id, indicatorKey: row.indicator.key, year: row.year, measure: row.measure, version: row.version, qualifier: row.qualifier,
      value: row.value?.toString() ?? null, valueHigh: row.valueHigh?.toString() ?? null, unit: row.unit, asWritten: row.asWritten,
      source: { documentId: row.sourceDocumentId, title: row.sourceDocument.title, quote: row.quote },
    })),
    latestOutcomes: [...latest.values()].map((row) => ({ id: row.id, indicatorKey: row.indicator.key, year: row.year, measure: row.measure, revision: row.revision, value: row.value.toString(), unit: row.unit })),
    latestInYear: [...latestInYear.values()].map((row) => ({
      id: row.id, indicatorKey: row.indicator.key, year: row.year, measure: row.measure, periodMonths: row.periodMonths, revision: row.revision, value: row.value.toString(), unit: row.unit,
      source: { documentId: row.sourceDocumentId, title: row.sourceDocument.title, quote: row.quote },
    })),
    quotedSpans: [...span('target', targets), ...span('outcome', annual), ...span('in_year', inYear)],
    rejectedKeys: keys(PROPOSAL_DECISIONS.reject),
    keptKeys: keys(PROPOSAL_DECISIONS.keep),
    mappedKeys: keys(PROPOSAL_DECISIONS.map),
  };
}
