import 'server-only';
import { can, districtWhere } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';
import { db } from '@/lib/db';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';
import { readDocument } from '@/lib/ingest/extract-document';
import { loadExistingRecords } from '@/lib/ingest/existing';
import { paceSettlements } from '@/lib/ingest/pace-settlements';
import { type ReviewItem, reviewItems, unknownIndicatorItems } from '@/lib/ingest/proposals';
import { findTargets, type ProposedOutcome } from '@/lib/targets/data';
import type { Verdict } from '@/lib/verdict/types';

/** The stored target an outcome proposal settles, and the verdict it gives: with the proposal for an open one, as recorded otherwise. */
export type Settlement = { targetId: number; asWritten: string; verdict: Verdict; hypothetical: boolean };

/** The district of a document, for the page's scope check (requireInScope); null when there is no such document. */
export async function findDocumentDistrictId(documentId: number): Promise<number | null> {
  const document = await db.sourceDocument.findUnique({ where: { id: documentId }, select: { districtId: true } });
  return document?.districtId ?? null;
}

/** True when a document's stored text is past the limit (stored before it was lowered): the review page says so instead of extracting it. */
export async function tooLongToExtractById(documentId: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ chars: number }[]>`SELECT char_length(full_text)::int AS chars FROM source_document WHERE id = ${documentId}`;
  return (rows[0]?.chars ?? 0) > MAX_TEXT_CHARS;
}

/** The review screen of a document, or null when it is missing or outside the user's districts. */
export async function getIngestReview(user: SessionUser, documentId: number) {
  const document = await db.sourceDocument.findFirst({
    where: { id: documentId, ...districtWhere(user, 'record:outcome') },
    select: { id: true, title: true, year: true, kind: true, fullText: true, publishedOn: true, districtId: true, district: { select: { nameZh: true, nameEn: true, code: true } } },
  });
  if (!document) return null;
  const [{ extraction, inYear }, existing, indicators] = await Promise.all([
    readDocument(db, document),
    loadExistingRecords(db, document.id, document.districtId),
    db.indicator.findMany({ select: { id: true, key: true, nameZh: true, nameEn: true }, orderBy: { id: 'asc' } }),
  ]);
  const items = reviewItems(extraction, existing, inYear.proposals);
  const indicatorByKey = new Map(indicators.map((row) => [row.key, row]));
  // A part-year figure proposed as in-year progress is no longer "not read"; one that could not be stays, with why.
  const proposedSpans = new Set(inYear.proposals.map((p) => `${p.start}-${p.end}`));
  const skipReasons = new Map(inYear.skipped.map(({ flag, reason }) => [`${flag.start}-${flag.end}`, reason]));
  return {
    document,
    items,
    unknownItems: unknownIndicatorItems(extraction, existing),
    flags: extraction.flags
      .filter((flag) => flag.code !== 'in_year_period' || !proposedSpans.has(`${flag.start}-${flag.end}`))
      .map((flag) => ({ ...flag, inYearSkip: flag.code === 'in_year_period' ? (skipReasons.get(`${flag.start}-${flag.end}`) ?? null) : null })),
    indicators: indicatorByKey,
    settlements: await settlements(items, document, indicatorByKey),
    paceSettlements: await paceSettlements(db, items, document.districtId, indicatorByKey),
    canMapIndicators: can(user, 'admin'),
  };
}

/**
 * For each outcome proposal with a stored target of its series: the verdict the
 * target would have once the (open) proposal is recorded, decided by findTargets
 * and so by lib/verdict like every stored verdict. Proposals of the same series are
 * asked in separate rounds, each alone as the newest revision.
 */
async function settlements(items: ReviewItem[], document: { id: number; title: string; districtId: number }, indicators: Map<string, { id: number }>): Promise<Map<string, Settlement>> {
  const result = new Map<string, Settlement>();
  const settling = items.flatMap((item) => (item.kind === 'outcome' && item.settles ? [{ item, target: item.settles }] : []));
  if (settling.length === 0) return result;
  const asRecorded = settling.filter(({ item }) => item.status !== 'open');
  const rounds: (typeof settling)[] = [];
  for (const entry of settling.filter(({ item }) => item.status === 'open')) {
    const round = rounds.find((candidate) => candidate.every((other) => other.target.id !== entry.target.id));
    if (round) round.push(entry);
    else rounds.push([entry]);
  }
  const proposed = (entry: (typeof settling)[number]): ProposedOutcome[] => {
    const indicator = indicators.get(entry.item.proposal.indicatorKey);
    if (!indicator || entry.item.kind !== 'outcome') return [];
    const p = entry.item.proposal;
    return [{
      districtId: document.districtId, indicatorId: indicator.id, year: p.year, measure: p.measure, value: p.value, unit: p.unit, vintage: p.vintage,
      sourceDocumentId: document.id, sourceTitle: document.title, quote: p.quote, quoteStart: p.start, quoteEnd: p.end,
    }];
  };
  const answers = await Promise.all([
    asRecorded.length ? findTargets({ targetIds: asRecorded.map(({ target }) => target.id) }).then((rows) => ({ entries: asRecorded, rows, hypothetical: false })) : null,
    ...rounds.map((round) => findTargets({ targetIds: round.map(({ target }) => target.id) }, undefined, round.flatMap(proposed)).then((rows) => ({ entries: round, rows, hypothetical: true }))),
  ]);
  for (const answer of answers) {
    if (!answer) continue;
    const rows = new Map(answer.rows.map((row) => [row.id, row]));
    for (const { item, target } of answer.entries) {
      const row = rows.get(target.id);
      if (row) result.set(item.key, { targetId: row.id, asWritten: row.asWritten, verdict: row.verdict, hypothetical: answer.hypothetical });
    }
  }
  return result;
}
