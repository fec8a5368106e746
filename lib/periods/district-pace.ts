import 'server-only';
// A district's targets of one year judged against 序时进度 for one in-year period, read
// from the stored pace verdicts (pace_verdict): one query for the rows, one GROUP BY
// for the counts (the index on (district_id, year, period_months) serves both). A target with no stored row for the period has no figure yet: 待填报.
import { db } from '@/lib/db';
import type { PaceCode } from '@/lib/verdict/pace';

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
