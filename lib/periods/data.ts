import 'server-only';
// The reads of in-year periods for the pages: a target's in-year series (its page) and
// a district's year in one period (the district page).
import { db } from '@/lib/db';
import { plainRows } from '@/lib/db/plain-rows';
import type { Vintage } from '@/lib/domain/types';
import type { PaceCode, PaceVerdict } from '@/lib/verdict/pace';
import { computePaceVerdicts, type StoredPace } from '@/lib/verdicts/stored-pace';
import type { Sql } from '@/lib/verdicts/stored-verdicts';

// A target's in-year series for its page: for every period with a figure, the pace
// verdict computePace gives (with its explanation) and the figure it rests on, as
// recorded with its source. One target, so computed on the page (as its annual
// verdict is); stored-pace.ts gathers the inputs for both, so they cannot differ.

export type InYearFigure = {
  id: number; revision: number; value: string; unit: string; vintage: Vintage; quote: string;
  sourceDocumentId: number; sourceTitle: string; recordedAt: Date;
};
export type InYearPoint = { periodMonths: number; pace: StoredPace; verdict: PaceVerdict; figure: InYearFigure | null };

// The page's reads go through the pg pool (plainRows; not in a transaction here): Prisma's
// query path cost ~0.9 ms of CPU a statement against ~0.25, and this runs on every target page view.
const pooled: Sql = { $queryRawUnsafe: async <T,>(query: string, ...values: unknown[]) => (await plainRows(db, query, values)) as T };

export async function getInYearProgress(targetId: number): Promise<InYearPoint[]> {
  const verdicts = await computePaceVerdicts(pooled, [targetId]);
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

// A district's targets of one year judged against 序时进度 for one in-year period, read
// from the stored pace verdicts (pace_verdict): one query for the rows, one GROUP BY
// for the counts (the index on (district_id, year, period_months) serves both). A target with no stored row for the period has no figure yet: 待填报.

export type DistrictPaceRow = {
  targetId: number; indicatorKey: string; nameZh: string; nameEn: string; asWritten: string;
  code: PaceCode; provisional: boolean; actualValue: string | null; actualUnit: string | null; paceLine: string | null; completedPercent: string | null;
};
export type DistrictPace = { periodMonths: number; rows: DistrictPaceRow[]; counts: Record<PaceCode, number>; total: number };

export async function getDistrictPace(districtId: number, year: number, periodMonths: number): Promise<DistrictPace> {
  const [rows, grouped] = await Promise.all([db.$queryRaw<DistrictPaceRow[]>`
    SELECT t.id AS "targetId", i.key AS "indicatorKey", i.name_zh AS "nameZh", i.name_en AS "nameEn", t.as_written AS "asWritten",
           COALESCE(p.code::text, 'pending') AS code, COALESCE(p.provisional, false) AS provisional,
           trim_scale(p.actual_value)::text AS "actualValue", p.actual_unit AS "actualUnit", trim_scale(p.pace_line)::text AS "paceLine",
           trim_scale(p.completed_percent)::text AS "completedPercent"
    FROM target t JOIN indicator i ON i.id = t.indicator_id
    LEFT JOIN pace_verdict p ON p.target_id = t.id AND p.period_months = ${periodMonths}
    WHERE t.district_id = ${districtId} AND t.year = ${year}
    ORDER BY t.indicator_id, t.measure, t.id`,
  db.$queryRaw<{ code: PaceCode; count: number }[]>`
    SELECT COALESCE(p.code::text, 'pending') AS code, count(*)::int AS count
    FROM target t LEFT JOIN pace_verdict p ON p.target_id = t.id AND p.period_months = ${periodMonths}
    WHERE t.district_id = ${districtId} AND t.year = ${year}
    GROUP BY 1`,
  ]);
  const counts: Record<PaceCode, number> = { on_pace: 0, behind_pace: 0, done: 0, lagging: 0, pending: 0, not_comparable: 0 };
  for (const row of grouped) counts[row.code] = row.count;
  return { periodMonths, rows, counts, total: rows.length };
}
