// What the review screen shows for each proposal of a document. Pure: extraction
// result and existing rows in.
// - A target proposal is recorded when a record already quotes this exact span of
//   this document or the district's stored target of the same series says the same;
//   when the stored target says something else it is a conflict for staff to settle
//   (keep the stored one, or record the new wording as its revision), never a silent
//   "already recorded"; a kept decision takes it off the open list.
// - An outcome proposal names the stored target it will settle (same district,
//   indicator, year and measure), or none; it is recorded when the latest revision of
//   its series has the same figure or a record quotes the same span.
// - An in-year proposal (a 1—N月 figure, lib/ingest/in-year.ts) names the stored target of
//   its series like an outcome; it is recorded when the latest revision of its series and
//   period has the same figure or a record quotes the same span, and a conflict when that
//   revision holds another figure (both shown; recording it appends a revision, rejecting
//   it keeps the stored one).
// - A figure for an indicator the catalogue does not know is a "new indicator?" item.
import type { ExtractionResult, OutcomeProposal, TargetProposal } from '@/lib/extraction/types';
import type { Measure, Qualifier } from '@/lib/domain/types';
import { toExact } from '@/lib/numbers/parse-decimal';
import { parseUnit } from '@/lib/units/units';
import type { InYearProposal } from '@/lib/ingest/in-year';

export type ProposalKind = 'target' | 'outcome' | 'in_year';
export type ReviewStatus = 'open' | 'recorded' | 'rejected' | 'conflict' | 'kept';

type Series = { indicatorKey: string; year: number; measure: Measure };
type Span = { kind: ProposalKind; indicatorKey: string; measure: Measure; start: number; end: number };

/** Stable across re-runs of the (deterministic) extractor on the same text. */
export function proposalKey(kind: ProposalKind, p: Series & { start: number; end: number; periodMonths?: number }): string {
  const period = kind === 'in_year' ? `m${p.periodMonths}:` : '';
  return `${kind}:${p.indicatorKey}:${p.year}:${p.measure}:${period}${p.start}-${p.end}`;
}

/** A stored target of the district, with what a conflict shows of it. */
export type StoredTarget = Series & {
  id: number;
  version: number;
  qualifier: Qualifier;
  value: string | null;
  valueHigh: string | null;
  unit: string | null;
  asWritten: string;
  source: { documentId: number; title: string; quote: string };
};

export type ExistingRecords = {
  targets: StoredTarget[];
  /** The latest revision of each outcome series of the district. */
  latestOutcomes: (Series & { id: number; revision: number; value: string; unit: string })[];
  /** The latest revision of each in-year outcome series and period (1..11) of the district, with its source. */
  latestInYear: (Series & { periodMonths: number; id: number; revision: number; value: string; unit: string; source: { documentId: number; title: string; quote: string } })[];
  /** Records whose quote comes from this document. */
  quotedSpans: (Span & { id: number })[];
  rejectedKeys: readonly string[];
  /** Conflicting target proposals where staff kept the stored target. */
  keptKeys: readonly string[];
  /** "New indicator?" items mapped to an existing indicator (its alias now). */
  mappedKeys: readonly string[];
};

export type ReviewItem =
  | { kind: 'target'; key: string; proposal: TargetProposal; status: ReviewStatus; recordId: number | null; stored: StoredTarget | null }
  | { kind: 'outcome'; key: string; proposal: OutcomeProposal; status: ReviewStatus; recordId: number | null; seriesRevision: number; settles: StoredTarget | null }
  | { kind: 'in_year'; key: string; proposal: InYearProposal; status: ReviewStatus; recordId: number | null; seriesRevision: number; settles: StoredTarget | null; stored: ExistingRecords['latestInYear'][number] | null };

const seriesKey = (s: Series) => `${s.indicatorKey}:${s.year}:${s.measure}`;

/** Same figure: equal values in the same unit (1.39万人 and 13900人 are different wordings, kept apart). */
export function sameFigure(a: { value: string; unit: string }, b: { value: string; unit: string }): boolean {
  const [x, y] = [toExact(a.value), toExact(b.value)];
  return x !== null && y !== null && x.eq(y) && sameUnit(a.unit, b.unit);
}

/** The same target: qualifier, bounds and unit (a growth figure without a unit is in %). */
export function sameTarget(stored: Omit<StoredTarget, 'id' | 'version' | 'asWritten' | 'source'>, proposal: TargetProposal): boolean {
  const unit = (t: { unit: string | null; measure: Measure; value: string | null }) => t.unit ?? (t.measure === 'growth' && t.value !== null ? '%' : null);
  const [u, v] = [unit(stored), unit(proposal)];
  return stored.qualifier === proposal.qualifier && sameDecimal(stored.value, proposal.value) && sameDecimal(stored.valueHigh, proposal.valueHigh)
    && (u === null || v === null ? u === v : sameUnit(u, v));
}

function sameUnit(a: string, b: string): boolean {
  const [u, v] = [parseUnit(a), parseUnit(b)];
  return u.ok && v.ok ? u.unit.symbol === v.unit.symbol : a === b;
}

function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const [x, y] = [toExact(a), toExact(b)];
  return x !== null && y !== null && x.eq(y);
}

export function reviewItems(extraction: ExtractionResult, existing: ExistingRecords, inYear: readonly InYearProposal[] = []): ReviewItem[] {
  const targets = new Map(existing.targets.map((row) => [seriesKey(row), row]));
  const outcomes = new Map(existing.latestOutcomes.map((row) => [seriesKey(row), row]));
  const rejected = new Set(existing.rejectedKeys);
  const kept = new Set(existing.keptKeys);
  const quoted = (span: Span) => existing.quotedSpans.find((row) => row.kind === span.kind && row.indicatorKey === span.indicatorKey && row.measure === span.measure && row.start === span.start && row.end === span.end)?.id ?? null;
  const status = (key: string, recordId: number | null): ReviewStatus => (recordId !== null ? 'recorded' : rejected.has(key) ? 'rejected' : 'open');

  const items: ReviewItem[] = [];
  for (const proposal of extraction.targets) {
    const key = proposalKey('target', proposal);
    const stored = targets.get(seriesKey(proposal)) ?? null;
    const quotedId = quoted({ kind: 'target', ...proposal });
    if (quotedId === null && stored && !sameTarget(stored, proposal)) {
      items.push({ kind: 'target', key, proposal, status: kept.has(key) ? 'kept' : 'conflict', recordId: stored.id, stored });
      continue;
    }
    const recordId = quotedId ?? stored?.id ?? null;
    items.push({ kind: 'target', key, proposal, status: status(key, recordId), recordId, stored });
  }
  for (const proposal of extraction.outcomes) {
    const key = proposalKey('outcome', proposal);
    const latest = outcomes.get(seriesKey(proposal));
    const recordId = (latest && sameFigure(latest, proposal) ? latest.id : null) ?? quoted({ kind: 'outcome', ...proposal });
    items.push({ kind: 'outcome', key, proposal, status: status(key, recordId), recordId, seriesRevision: latest?.revision ?? 0, settles: targets.get(seriesKey(proposal)) ?? null });
  }
  const inYearLatest = new Map(existing.latestInYear.map((row) => [`${seriesKey(row)}:${row.periodMonths}`, row]));
  for (const proposal of inYear) {
    const key = proposalKey('in_year', proposal);
    const latest = inYearLatest.get(`${seriesKey(proposal)}:${proposal.periodMonths}`) ?? null;
    const recordId = (latest && sameFigure(latest, proposal) ? latest.id : null) ?? quoted({ kind: 'in_year', ...proposal });
    const differs = recordId === null && latest !== null && !rejected.has(key);
    items.push({
      kind: 'in_year', key, proposal, status: differs ? 'conflict' : status(key, recordId), recordId, seriesRevision: latest?.revision ?? 0,
      settles: targets.get(seriesKey(proposal)) ?? null, stored: latest,
    });
  }
  return items.sort((a, b) => a.proposal.start - b.proposal.start || a.kind.localeCompare(b.kind));
}

/** A clear target form for an indicator the catalogue does not know ("XX增长Y%以上"). */
export type UnknownIndicatorProposal = { name: string; value: string | null; qualifier: string | null; quote: string; start: number; end: number };
export type UnknownStatus = 'open' | 'rejected' | 'mapped';
export type UnknownItem = { key: string; proposal: UnknownIndicatorProposal; status: UnknownStatus };

export function unknownKey(p: UnknownIndicatorProposal): string {
  return `unknown:${p.name}:${p.start}-${p.end}`;
}

/** The extractor's proposals for indicators the catalogue does not know, as the review screen shows them. */
export function unknownIndicatorsOf(extraction: ExtractionResult): UnknownIndicatorProposal[] {
  return (extraction.unknownIndicators ?? []).map(({ name, value, qualifier, quote, start, end }) => ({ name, value, qualifier, quote, start, end }));
}

export function unknownIndicatorItems(extraction: ExtractionResult, existing: Pick<ExistingRecords, 'rejectedKeys' | 'mappedKeys'>): UnknownItem[] {
  const [rejected, mapped] = [new Set(existing.rejectedKeys), new Set(existing.mappedKeys)];
  return unknownIndicatorsOf(extraction).map((proposal) => {
    const key = unknownKey(proposal);
    return { key, proposal, status: mapped.has(key) ? 'mapped' : rejected.has(key) ? 'rejected' : 'open' };
  });
}
