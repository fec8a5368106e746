import 'server-only';
// A target's in-year series for its page: for every period with a figure, the pace
// verdict computePace gives (with its explanation) and the figure it rests on, as
// recorded with its source. One target, so computed on the page (as its annual
// verdict is); stored-pace.ts gathers the inputs for both, so they cannot differ.
import { db } from '@/lib/db';
import type { Vintage } from '@/lib/domain/types';
import type { PaceVerdict } from '@/lib/verdict/pace';
import { computePaceVerdicts, type StoredPace } from '@/lib/verdicts/stored-pace';

export type InYearFigure = {
  id: number; revision: number; value: string; unit: string; vintage: Vintage; quote: string;
  sourceDocumentId: number; sourceTitle: string; recordedAt: Date;
};
export type InYearPoint = { periodMonths: number; pace: StoredPace; verdict: PaceVerdict; figure: InYearFigure | null };

export async function getInYearProgress(targetId: number): Promise<InYearPoint[]> {
  const verdicts = await computePaceVerdicts(db, [targetId]);
  const ids = verdicts.flatMap((entry) => (entry.row.outcomeId === null ? [] : [entry.row.outcomeId]));
  const figures = ids.length === 0 ? [] : await db.$queryRaw<InYearFigure[]>`
    SELECT o.id, o.revision, trim_scale(o.value)::text AS value, o.unit, o.vintage::text AS vintage, o.quote, o.source_document_id AS "sourceDocumentId",
           d.title AS "sourceTitle", o.recorded_at AS "recordedAt"
    FROM outcome o JOIN source_document d ON d.id = o.source_document_id WHERE o.id = ANY(${ids})`;
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  return verdicts.map(({ row, verdict }) => ({
    periodMonths: row.periodMonths, pace: row, verdict, figure: row.outcomeId === null ? null : (byId.get(row.outcomeId) ?? null),
  }));
}

/** The latest revision of each period of a series (for the record form's stale-revision check), the year included. */
export async function latestRevisionsByPeriod(series: { districtId: number; indicatorId: number; year: number; measure: string }) {
  const rows = await db.$queryRaw<{ periodMonths: number; revision: number; value: string; unit: string; vintage: Vintage }[]>`
    SELECT DISTINCT ON (period_months) period_months AS "periodMonths", revision, trim_scale(value)::text AS value, unit, vintage::text AS vintage
    FROM outcome
    WHERE district_id = ${series.districtId} AND indicator_id = ${series.indicatorId} AND year = ${series.year} AND measure = ${series.measure}::"Measure"
    ORDER BY period_months, revision DESC`;
  return Object.fromEntries(rows.map((row) => [row.periodMonths, { revision: row.revision, value: row.value, unit: row.unit, vintage: row.vintage }]));
}
