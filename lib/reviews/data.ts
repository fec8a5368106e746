import 'server-only';
import { ANNUAL_PERIOD } from '@/lib/verdict/period';
// The review queue: one item per target (or, for figures no target matches, per
// series), newest first. An item is there for any of three reasons: a figure
// nobody has checked — the year's or an in-year cumulative one (1—N月, which the
// pace verdicts rest on), each labelled with its period — a qualitative target
// waiting for a judgment (需研判), or a verdict a later revision flipped that no
// reviewer has confirmed since.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { findTargets, type OutcomeRow } from '@/lib/targets/data';
import type { PaceCode } from '@/lib/verdict/pace';
import type { VerdictCode } from '@/lib/verdict/types';
import { readStoredPace } from '@/lib/verdicts/stored-pace';
import { encodeSelection } from './queue-item';

export type QueueReason = 'outcome' | 'judgment' | 'flipped';

export type QueueFigure = {
  /** 12: the year's figure; 1..11: cumulative 1—N月. */
  periodMonths: number;
  id: number; revision: number; value: string; unit: string; vintage: string; quote: string;
  /** The recorder's reason when the quote does not state the figure directly. */
  figureNotInQuoteReason: string | null;
  sourceDocumentId: number; sourceTitle: string; recordedAt: Date; recordedBy: string | null;
  /** An in-year figure's stored pace verdict (序时进度) when it rests on this revision; null otherwise (and for the year's figures). */
  pace: PaceCode | null;
};

export type QueueItem = {
  key: string;
  targetId: number | null;
  district: { id: number; code: string; nameZh: string; nameEn: string };
  indicator: { nameZh: string; nameEn: string };
  year: number;
  asWritten: string | null;
  reasons: QueueReason[];
  /** Revisions nobody has verified or disputed, newest first. */
  figures: QueueFigure[];
  verdict: { code: VerdictCode; computed: VerdictCode; flippedFrom: VerdictCode | null; basisRevision: number | null } | null;
  /** The checkbox value of a bulk confirmation; null when the item needs a judgment, which a tick cannot give. */
  selection: string | null;
  newestAt: Date;
};

export type QueueFilter = { districtId?: number; year?: number; /** null: every district. */ scope: number[] | null };

// The queue shows the newest items; older ones come as these are cleared.
const LIMIT = 200;
const DECIDED: readonly VerdictCode[] = ['exceeded', 'met', 'met_within_tolerance', 'missed'];

export async function findReviewQueue(filter: QueueFilter): Promise<QueueItem[]> {
  const districtIds = filter.scope
    ? filter.scope.filter((id) => filter.districtId === undefined || id === filter.districtId)
    : filter.districtId !== undefined ? [filter.districtId] : undefined;
  if (districtIds && districtIds.length === 0) return [];
  const seriesWhere = { ...(districtIds ? { districtId: { in: districtIds } } : {}), ...(filter.year ? { year: filter.year } : {}) };
  // Flips are of the annual verdict only: they come from the year's figures.
  const annual = { periodMonths: ANNUAL_PERIOD };

  const [unchecked, qualitative, revised] = await Promise.all([
    // Every unchecked figure, annual and in-year: both feed a stored verdict (target_verdict, pace_verdict).
    db.outcome.findMany({
      where: { ...seriesWhere, reviews: { none: {} } },
      select: {
        id: true, periodMonths: true, districtId: true, indicatorId: true, year: true, measure: true, revision: true, value: true, unit: true, vintage: true, quote: true,
        figureNotInQuoteReason: true, sourceDocumentId: true, recordedAt: true, sourceDocument: { select: { title: true } }, recordedBy: { select: { displayName: true } },
        district: { select: { id: true, code: true, nameZh: true, nameEn: true } }, indicator: { select: { nameZh: true, nameEn: true } },
      },
      orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
      take: 2000,
    }),
    db.target.findMany({ where: { ...seriesWhere, qualifier: 'qualitative', verdictReviews: { none: { kind: 'judgment' } } }, select: { id: true } }),
    // Only a series with a second revision can have been flipped by one.
    db.outcome.groupBy({ by: ['districtId', 'indicatorId', 'year', 'measure'], where: { ...seriesWhere, ...annual, revision: { gt: 1 } } }),
  ]);

  const seriesOf = (row: { districtId: number; indicatorId: number; year: number; measure: string }) => `${row.districtId}:${row.indicatorId}:${row.year}:${row.measure}`;
  const seriesList = [...unchecked, ...revised];
  const seriesTargets = seriesList.length === 0 ? [] : await db.target.findMany({
    where: { OR: uniqueBy(seriesList, seriesOf).map((row) => ({ districtId: row.districtId, indicatorId: row.indicatorId, year: row.year, measure: row.measure })) } as Prisma.TargetWhereInput,
    select: { id: true, districtId: true, indicatorId: true, year: true, measure: true },
  });
  const targetBySeries = new Map(seriesTargets.map((target) => [seriesOf(target), target.id]));
  const targetIds = [...new Set([...seriesTargets.map((target) => target.id), ...qualitative.map((target) => target.id)])];
  const [targets, created] = await Promise.all([
    targetIds.length ? findTargets({ targetIds }) : Promise.resolve([]),
    db.target.findMany({ where: { id: { in: targetIds } }, select: { id: true, createdAt: true } }),
  ]);
  const createdAt = new Map(created.map((row) => [row.id, row.createdAt]));

  const rowFigure = (row: (typeof unchecked)[number]) => toFigure({ ...row, value: row.value.toString(), sourceTitle: row.sourceDocument.title, recordedBy: row.recordedBy?.displayName ?? null });
  const seriesOfTarget = new Map(seriesTargets.map((target) => [target.id, seriesOf(target)]));
  const inYearBySeries = new Map<string, typeof unchecked>();
  for (const row of unchecked) if (row.periodMonths !== ANNUAL_PERIOD) inYearBySeries.set(seriesOf(row), [...(inYearBySeries.get(seriesOf(row)) ?? []), row]);

  const items: QueueItem[] = [];
  for (const target of targets) {
    // findTargets reads the year's figures; the in-year ones come from the unchecked rows of the target's series.
    const series = seriesOfTarget.get(target.id);
    const inYear = (series ? (inYearBySeries.get(series) ?? []) : []).map(rowFigure);
    const figures = [
      ...target.outcomes.filter((outcome) => outcome.reviewState === 'unreviewed').map((outcome) => toFigure({ ...outcome, periodMonths: ANNUAL_PERIOD, id: Number(outcome.id), unit: outcome.unit ?? '' })),
      ...inYear,
    ].sort(newestFirst);
    const { verdict } = target;
    const flipped = verdict.flippedByRevision !== null && !verdict.confirmed && (!verdict.review || verdict.review.stale);
    const judgment = verdict.code === 'needs_judgment';
    const reasons: QueueReason[] = [...(figures.length ? ['outcome' as const] : []), ...(judgment ? ['judgment' as const] : []), ...(flipped ? ['flipped' as const] : [])];
    if (reasons.length === 0) continue;
    const trigger = flipped ? target.outcomes.find((outcome) => outcome.id === verdict.flippedByRevision?.revisionId) : undefined;
    const times = [...figures.map((figure) => figure.recordedAt), ...(trigger ? [trigger.recordedAt] : []), ...(judgment ? [createdAt.get(target.id) ?? new Date(0)] : [])];
    const basis = verdict.outcome && typeof verdict.outcome.id === 'number' ? verdict.outcome.id : null;
    const confirmsVerdict = DECIDED.includes(verdict.computed) && !verdict.confirmed;
    items.push({
      key: `t${target.id}`, targetId: target.id, district: target.district, indicator: target.indicator, year: target.year, asWritten: target.asWritten,
      reasons, figures,
      verdict: { code: verdict.code, computed: verdict.computed, flippedFrom: flipped ? (verdict.flippedByRevision?.from ?? null) : null, basisRevision: target.outcomes.find((o) => o.id === basis)?.revision ?? null },
      selection: judgment ? null : encodeSelection({ targetId: target.id, outcomeIds: figures.map((figure) => figure.id), basisOutcomeId: confirmsVerdict ? basis : null }),
      newestAt: new Date(Math.max(...times.map((time) => time.getTime()))),
    });
  }

  // Figures no target matches (a bulletin's headline outcome for a year without a target) are still checked.
  const orphans = new Map<string, typeof unchecked>();
  for (const outcome of unchecked) {
    if (targetBySeries.has(seriesOf(outcome))) continue;
    orphans.set(seriesOf(outcome), [...(orphans.get(seriesOf(outcome)) ?? []), outcome]);
  }
  for (const [series, rows] of orphans) {
    const first = rows[0]!;
    const figures = rows.map(rowFigure).sort(newestFirst);
    items.push({
      key: `s${series}`, targetId: null, district: first.district, indicator: first.indicator, year: first.year, asWritten: null, reasons: ['outcome'], figures, verdict: null,
      selection: encodeSelection({ targetId: null, outcomeIds: figures.map((figure) => figure.id), basisOutcomeId: null }),
      newestAt: figures[0]!.recordedAt,
    });
  }
  const shown = items.sort((a, b) => b.newestAt.getTime() - a.newestAt.getTime() || (b.targetId ?? 0) - (a.targetId ?? 0) || a.key.localeCompare(b.key)).slice(0, LIMIT);
  await attachPace(shown);
  return shown;
}

/** What each in-year figure shown decides: the stored pace verdict of its period, if it rests on that figure. One query. */
async function attachPace(items: QueueItem[]): Promise<void> {
  const targetIds = items.flatMap((item) => (item.targetId && item.figures.some((figure) => figure.periodMonths !== ANNUAL_PERIOD) ? [item.targetId] : []));
  if (targetIds.length === 0) return;
  const rows = await readStoredPace(db, targetIds);
  const byKey = new Map(rows.map((row) => [`${row.targetId}:${row.periodMonths}`, row]));
  for (const item of items) {
    for (const figure of item.figures) {
      const row = byKey.get(`${item.targetId}:${figure.periodMonths}`);
      figure.pace = row && row.outcomeId === figure.id ? row.code : null;
    }
  }
}

type FigureSource = Pick<OutcomeRow, 'revision' | 'value' | 'vintage' | 'quote' | 'figureNotInQuoteReason' | 'sourceDocumentId' | 'sourceTitle' | 'recordedAt' | 'recordedBy'> & { id: number; unit: string; periodMonths: number };

function toFigure(outcome: FigureSource): QueueFigure {
  return {
    // Rows read from the outcome table: ids are numbers, units are stored.
    periodMonths: outcome.periodMonths, id: outcome.id, revision: outcome.revision, value: outcome.value, unit: outcome.unit, vintage: outcome.vintage, quote: outcome.quote,
    figureNotInQuoteReason: outcome.figureNotInQuoteReason, sourceDocumentId: outcome.sourceDocumentId, sourceTitle: outcome.sourceTitle, recordedAt: outcome.recordedAt, recordedBy: outcome.recordedBy,
    pace: null,
  };
}

/** The year's figures first, then the longest in-year period; newest revision first within a period. */
function newestFirst(a: QueueFigure, b: QueueFigure): number {
  return b.periodMonths - a.periodMonths || b.revision - a.revision;
}

function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(key(row))) seen.set(key(row), row);
  return [...seen.values()];
}
