// Stored pace verdicts (序时进度): each target's computePace output for every in-year
// period (1—N月, N 1..11) in which its series, or for a relative target the reference
// series, has a figure. computePace stays the only decider; this module gathers its
// inputs from the database (in the caller's transaction) and keeps its output. A
// period without a figure is 待填报 and has no row, so a national year without
// in-year data costs no rows at all.
import type { Measure, Qualifier, Vintage } from '@/lib/domain/types';
import { Exact, toExact } from '@/lib/numbers/parse-decimal';
import { settingValue } from '@/lib/settings/definitions';
import { computePace, type PaceCode, type PaceFigure, type PaceRule, type PaceVerdict } from '@/lib/verdict/pace';
import { isProvisional, selectRevision } from '@/lib/verdict/select-revision';
import type { OutcomeRevision } from '@/lib/verdict/types';
import type { Sql } from './stored-verdicts';

/** One row of pace_verdict, as written and as read back for comparison (decimals as trimmed text). */
export type StoredPace = {
  targetId: number; periodMonths: number; districtId: number; indicatorId: number; year: number;
  code: PaceCode; rule: PaceRule; outcomeId: number | null; referenceOutcomeId: number | null; provisional: boolean;
  actualValue: string | null; actualUnit: string | null; completedPercent: string | null; paceLine: string | null;
  /** The latest review (verified/disputed) of the revision the verdict rests on, as target_verdict keeps it for the annual one; null: unreviewed. */
  outcomeReviewState: 'verified' | 'disputed' | null;
};

type TargetRecord = {
  id: number; districtId: number; indicatorId: number; year: number; measure: Measure; qualifier: Qualifier; value: string | null; valueHigh: string | null;
  unit: string | null; tolerance: string | null; asWritten: string; relativeToIndicatorId: number | null;
  key: string; higherIsBetter: boolean; growthTolerancePp: string | null; levelToleranceRatio: string | null; relativeKey: string | null;
  toleranceDefaults: unknown;
};
type InYearRecord = {
  id: number; indicatorId: number; districtId: number; year: number; periodMonths: number; measure: Measure; value: string; unit: string; vintage: Vintage; recordedAt: Date;
  reviewState: 'verified' | 'disputed' | null;
};

/** Recomputes the pace verdicts of these targets, every period with in-year data. A fixed number of queries per call. */
export async function computeStoredPace(sql: Sql, targetIds: readonly number[]): Promise<StoredPace[]> {
  return (await computePaceVerdicts(sql, targetIds)).map((entry) => entry.row);
}

/**
 * An in-year figure not yet recorded (a proposal on the ingestion review screen), read as
 * the newest revision of its series and period, so that the pace verdict it would give is
 * decided here like every stored one. Never written anywhere.
 */
export type ProposedInYear = Omit<InYearRecord, 'id' | 'recordedAt'>;

/**
 * As computeStoredPace, with computePace's full output beside each row (its explanation,
 * for the target page); `proposed` figures count as recorded now (their rows' outcomeId is 0).
 */
export async function computePaceVerdicts(sql: Sql, targetIds: readonly number[], proposed: readonly ProposedInYear[] = []): Promise<{ row: StoredPace; verdict: PaceVerdict }[]> {
  if (targetIds.length === 0) return [];
  const ids = [...targetIds];
  // In-year figures first: most targets have none, and then the targets need not be read.
  const stored = await sql.$queryRawUnsafe<InYearRecord[]>(`
      SELECT o.id, o.indicator_id AS "indicatorId", o.district_id AS "districtId", o.year, o.period_months AS "periodMonths", o.measure::text AS measure,
             trim_scale(o.value)::text AS value, o.unit, o.vintage::text AS vintage, o.recorded_at AS "recordedAt",
             (SELECT state::text FROM outcome_review WHERE outcome_id = o.id ORDER BY created_at DESC, id DESC LIMIT 1) AS "reviewState"
      FROM outcome o
      JOIN (SELECT DISTINCT district_id, year, unnest(ARRAY[indicator_id, relative_to_indicator_id]) AS indicator_id FROM target WHERE id = ANY($1::int[])) k
        ON o.district_id = k.district_id AND o.year = k.year AND o.indicator_id = k.indicator_id
      WHERE o.period_months < 12
      ORDER BY o.revision`, ids);
  const now = new Date();
  const outcomes = [...stored, ...proposed.map((figure) => ({ ...figure, id: 0, recordedAt: now }))];
  if (outcomes.length === 0) return [];
  const targets = await sql.$queryRawUnsafe<TargetRecord[]>(`
      SELECT t.id, t.district_id AS "districtId", t.indicator_id AS "indicatorId", t.year, t.measure::text AS measure, t.qualifier::text AS qualifier,
             trim_scale(t.value)::text AS value, trim_scale(t.value_high)::text AS "valueHigh", t.unit, trim_scale(t.tolerance)::text AS tolerance,
             t.as_written AS "asWritten", t.relative_to_indicator_id AS "relativeToIndicatorId",
             i.key, i.higher_is_better AS "higherIsBetter", trim_scale(i.growth_tolerance_pp)::text AS "growthTolerancePp",
             trim_scale(i.level_tolerance_ratio)::text AS "levelToleranceRatio", r.key AS "relativeKey",
             (SELECT value FROM app_setting WHERE key = 'toleranceDefaults') AS "toleranceDefaults"
      FROM target t JOIN indicator i ON i.id = t.indicator_id LEFT JOIN indicator r ON r.id = t.relative_to_indicator_id
      WHERE t.id = ANY($1::int[]) ORDER BY t.id`, ids);
  const toleranceDefaults = settingValue('toleranceDefaults', targets[0]?.toleranceDefaults);
  const reviewStateOf = new Map(outcomes.map((outcome) => [outcome.id, outcome.reviewState]));
  const byPeriod = new Map<string, InYearRecord[]>();
  const periodsOf = new Map<string, Set<number>>();
  for (const outcome of outcomes) {
    const series = `${outcome.districtId}:${outcome.indicatorId}:${outcome.year}`;
    const key = `${series}:${outcome.periodMonths}`;
    const list = byPeriod.get(key);
    if (list) list.push(outcome);
    else byPeriod.set(key, [outcome]);
    periodsOf.set(series, (periodsOf.get(series) ?? new Set()).add(outcome.periodMonths));
  }
  const rows: { row: StoredPace; verdict: PaceVerdict }[] = [];
  for (const target of targets) {
    const periods = new Set([
      ...(periodsOf.get(`${target.districtId}:${target.indicatorId}:${target.year}`) ?? []),
      ...(target.relativeToIndicatorId ? (periodsOf.get(`${target.districtId}:${target.relativeToIndicatorId}:${target.year}`) ?? []) : []),
    ]);
    for (const periodMonths of [...periods].sort((a, b) => a - b)) {
      const own = pick(byPeriod.get(`${target.districtId}:${target.indicatorId}:${target.year}:${periodMonths}`) ?? [], target.measure);
      const reference = target.relativeToIndicatorId
        ? pick(byPeriod.get(`${target.districtId}:${target.relativeToIndicatorId}:${target.year}:${periodMonths}`) ?? [], 'growth')
        : null;
      const pace = computePace({
        target: { qualifier: target.qualifier, measure: target.measure, value: target.value, valueHigh: target.valueHigh, unit: target.unit, tolerance: target.tolerance, asWritten: target.asWritten },
        indicator: { key: target.key, higherIsBetter: target.higherIsBetter, growthTolerancePp: target.growthTolerancePp, levelToleranceRatio: target.levelToleranceRatio },
        period: { months: periodMonths },
        figure: own && figureOf(own),
        reference: target.relativeKey ? { indicatorKey: target.relativeKey, figure: reference && figureOf(reference) } : null,
        toleranceDefaults,
      });
      rows.push({ verdict: pace, row: {
        targetId: target.id, periodMonths, districtId: target.districtId, indicatorId: target.indicatorId, year: target.year,
        code: pace.code, rule: pace.rule, outcomeId: own ? Number(own.id) : null, referenceOutcomeId: reference ? Number(reference.id) : null,
        provisional: isProvisional(own) || isProvisional(reference),
        actualValue: pace.actual?.value ?? null, actualUnit: pace.actual?.unit ?? null,
        completedPercent: pace.share && pace.share.completed !== '—' ? pace.share.completed : null, paceLine: paceLineOf(pace, target, reference),
        outcomeReviewState: own ? (reviewStateOf.get(Number(own.id)) ?? null) : null,
      } });
    }
  }
  return rows;
}

/**
 * The figure a period's verdict rests on, chosen as the annual verdict chooses (latest
 * final, else preliminary, else estimate) among the target's measure; when the period
 * holds only the other measure, its latest, so that computePace says "growth vs level".
 */
function pick(records: readonly InYearRecord[], measure: Measure): OutcomeRevision | null {
  const revisions: OutcomeRevision[] = records.map((r) => ({ id: r.id, measure: r.measure, value: r.value, unit: r.unit, vintage: r.vintage, recordedAt: r.recordedAt }));
  const same = revisions.filter((revision) => revision.measure === measure);
  return selectRevision(same.length ? same : revisions);
}

/**
 * The pace line at this period, in the target's unit, for the chart and tables: for the
 * share rule the cumulative amount the pace needs (kept to 6 decimals, the scale of
 * recorded figures: 5000 × 11/12 does not end); otherwise the annual line itself — the
 * target (−X for 下降X%, a range's floor or, lower being better, its ceiling), or for a
 * relative target the reference indicator's cumulative growth. Display only: the verdict
 * was decided exactly by computePace, tolerance included. Null when nothing was compared.
 */
function paceLineOf(pace: PaceVerdict, target: TargetRecord, reference: OutcomeRevision | null): string | null {
  if (pace.share) return toExact(pace.share.needed)?.toDecimalPlaces(6, Exact.ROUND_HALF_UP).toFixed() ?? null;
  if (!pace.actual || pace.rule === 'judgment') return null;
  if (target.qualifier === 'relative') return reference?.value ?? null;
  const value = toExact(target.qualifier === 'range' && !target.higherIsBetter ? target.valueHigh : target.value);
  if (!value) return null;
  return (target.qualifier === 'reduction' ? value.negated() : value).toFixed();
}

function figureOf(revision: OutcomeRevision): PaceFigure {
  return { measure: revision.measure, value: revision.value, unit: revision.unit };
}

/** The stored rows of these targets (of one period, if given), shaped like computeStoredPace's output, in (target, period) order. */
export async function readStoredPace(sql: Sql, targetIds: readonly number[], periodMonths?: number): Promise<StoredPace[]> {
  if (targetIds.length === 0) return [];
  return sql.$queryRawUnsafe<StoredPace[]>(`
    SELECT target_id AS "targetId", period_months AS "periodMonths", district_id AS "districtId", indicator_id AS "indicatorId", year,
           code::text AS code, rule, outcome_id AS "outcomeId", reference_outcome_id AS "referenceOutcomeId", provisional,
           trim_scale(actual_value)::text AS "actualValue", actual_unit AS "actualUnit",
           trim_scale(completed_percent)::text AS "completedPercent", trim_scale(pace_line)::text AS "paceLine",
           outcome_review_state::text AS "outcomeReviewState"
    FROM pace_verdict WHERE target_id = ANY($1::int[]) AND ($2::int IS NULL OR period_months = $2) ORDER BY target_id, period_months`, [...targetIds], periodMonths ?? null);
}
