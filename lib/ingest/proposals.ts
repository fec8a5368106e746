// What the review screen shows for each proposal of a document: open, already
// recorded (a target of the same district/indicator/year/measure exists, the latest
// outcome revision has the same figure, or a record already quotes this exact span
// of this document), or rejected. Pure: extraction result and existing rows in.
import type { ExtractionResult, OutcomeProposal, TargetProposal } from '@/lib/extraction/types';
import type { Measure } from '@/lib/domain/types';
import { toExact } from '@/lib/numbers/parse-decimal';
import { parseUnit } from '@/lib/units/units';

export type ProposalKind = 'target' | 'outcome';
export type ReviewStatus = 'open' | 'recorded' | 'rejected';

type Series = { indicatorKey: string; year: number; measure: Measure };
type Span = { kind: ProposalKind; indicatorKey: string; measure: Measure; start: number; end: number };

/** Stable across re-runs of the (deterministic) extractor on the same text. */
export function proposalKey(kind: ProposalKind, p: Series & { start: number; end: number }): string {
  return `${kind}:${p.indicatorKey}:${p.year}:${p.measure}:${p.start}-${p.end}`;
}

export type ExistingRecords = {
  targets: (Series & { id: number })[];
  /** The latest revision of each outcome series of the district. */
  latestOutcomes: (Series & { id: number; revision: number; value: string; unit: string })[];
  /** Records whose quote comes from this document. */
  quotedSpans: (Span & { id: number })[];
  rejectedKeys: readonly string[];
};

export type ReviewItem =
  | { kind: 'target'; key: string; proposal: TargetProposal; status: ReviewStatus; recordId: number | null }
  | { kind: 'outcome'; key: string; proposal: OutcomeProposal; status: ReviewStatus; recordId: number | null; seriesRevision: number };

const seriesKey = (s: Series) => `${s.indicatorKey}:${s.year}:${s.measure}`;

/** Same figure: equal values in the same unit (1.39万人 and 13900人 are different wordings, kept apart). */
export function sameFigure(a: { value: string; unit: string }, b: { value: string; unit: string }): boolean {
  const [x, y] = [toExact(a.value), toExact(b.value)];
  const [u, v] = [parseUnit(a.unit), parseUnit(b.unit)];
  const unitsEqual = u.ok && v.ok ? u.unit.symbol === v.unit.symbol : a.unit === b.unit;
  return x !== null && y !== null && x.eq(y) && unitsEqual;
}

export function reviewItems(extraction: ExtractionResult, existing: ExistingRecords): ReviewItem[] {
  const targets = new Map(existing.targets.map((row) => [seriesKey(row), row.id]));
  const outcomes = new Map(existing.latestOutcomes.map((row) => [seriesKey(row), row]));
  const rejected = new Set(existing.rejectedKeys);
  const quoted = (span: Span) => existing.quotedSpans.find((row) => row.kind === span.kind && row.indicatorKey === span.indicatorKey && row.measure === span.measure && row.start === span.start && row.end === span.end)?.id ?? null;
  const status = (key: string, recordId: number | null): ReviewStatus => (recordId !== null ? 'recorded' : rejected.has(key) ? 'rejected' : 'open');

  const items: ReviewItem[] = [];
  for (const proposal of extraction.targets) {
    const key = proposalKey('target', proposal);
    const recordId = targets.get(seriesKey(proposal)) ?? quoted({ kind: 'target', ...proposal });
    items.push({ kind: 'target', key, proposal, status: status(key, recordId), recordId });
  }
  for (const proposal of extraction.outcomes) {
    const key = proposalKey('outcome', proposal);
    const latest = outcomes.get(seriesKey(proposal));
    const recordId = (latest && sameFigure(latest, proposal) ? latest.id : null) ?? quoted({ kind: 'outcome', ...proposal });
    items.push({ kind: 'outcome', key, proposal, status: status(key, recordId), recordId, seriesRevision: latest?.revision ?? 0 });
  }
  return items.sort((a, b) => a.proposal.start - b.proposal.start || a.kind.localeCompare(b.kind));
}
