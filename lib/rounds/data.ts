// Reads of reporting rounds. loadRoundSummary is the one read behind the round page,
// the 考评 table and the 推进情况汇总表 exports: a fixed number of queries per round,
// whatever its size; pace comes from the stored pace_verdict rows, the rest of the
// deciding is buildRoundSummary's (summary.ts, pure).
import 'server-only';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import type { Measure, Vintage } from '@/lib/domain/types';
import { settingValue } from '@/lib/settings/definitions';
import type { PaceCode, TaskJudgment } from '@/lib/verdict/pace';
import { beijingDate, isoDate } from './deadline';
import { buildRoundSummary, type RoundSummary, type SummaryFacts, type UnitRef } from './summary';
import type { RoundItemState, RoundState } from './types';

const unitRef = { id: true, name: true, shortName: true } as const;
type FigureRow = {
  targetId: number; id: number; measure: Measure; value: string; unit: string; vintage: Vintage; quote: string; recordedAt: Date; documentId: number; title: string;
};
type Assignment = { role: 'lead' | 'co'; unit: UnitRef };
type StoredPaceRow = {
  targetId: number; code: PaceCode; figureMeasure: Measure | null; figureValue: string | null; figureUnit: string | null;
  referenceMeasure: Measure | null; referenceValue: string | null; referenceUnit: string | null;
};

function splitRoles(rows: Assignment[]): { lead: UnitRef | null; co: UnitRef[] } {
  return {
    lead: rows.find((row) => row.role === 'lead')?.unit ?? null,
    co: rows.filter((row) => row.role === 'co').map((row) => row.unit).sort((a, b) => a.id - b.id),
  };
}

/** Null when there is no such round. `now` decides which open items are overdue (tests pass it). */
export async function loadRoundSummary(roundId: number, options: { now?: Date; sql?: Db } = {}): Promise<RoundSummary | null> {
  const sql = options.sql ?? db;
  if (!Number.isInteger(roundId) || roundId <= 0 || roundId > 2_147_483_647) return null;
  const round = await sql.reportingRound.findUnique({
    where: { id: roundId },
    select: {
      id: true, year: true, title: true, periodMonths: true, dueOn: true, state: true, openedAt: true, closedAt: true, version: true,
      district: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    },
  });
  if (!round) return null;
  const [items, toleranceSetting] = await Promise.all([
    sql.roundItem.findMany({
      where: { roundId },
      select: {
        id: true, targetId: true, keyTaskId: true, unitRole: true, state: true, acknowledgedAt: true, firstSubmittedAt: true, submittedAt: true,
        returnReason: true, returnCount: true, version: true, unit: { select: unitRef },
      },
      orderBy: { id: 'asc' },
    }),
    sql.appSetting.findUnique({ where: { key: 'toleranceDefaults' }, select: { value: true } }),
  ]);
  const targetIds = [...new Set(items.flatMap((item) => (item.targetId === null ? [] : [item.targetId])))];
  const keyTaskIds = [...new Set(items.flatMap((item) => (item.keyTaskId === null ? [] : [item.keyTaskId])))];

  const [targets, keyTasks, outcomes, narratives, judgments, storedPace] = await Promise.all([
    sql.target.findMany({
      where: { id: { in: targetIds } },
      select: {
        id: true, quote: true, asWritten: true, measure: true, qualifier: true, value: true, valueHigh: true, unit: true, tolerance: true,
        relativeToIndicator: { select: { key: true } },
        indicator: { select: { key: true, nameZh: true, nameEn: true, higherIsBetter: true, growthTolerancePp: true, levelToleranceRatio: true } },
        unitAssignments: { select: { role: true, unit: { select: unitRef } } },
      },
      orderBy: [{ indicatorId: 'asc' }, { measure: 'asc' }],
    }),
    sql.keyTask.findMany({
      where: { id: { in: keyTaskIds } },
      select: { id: true, seq: true, wording: true, withdrawnAt: true, units: { select: { role: true, unit: { select: unitRef } } } },
      orderBy: { seq: 'asc' },
    }),
    // The figure of the period: the revision the stored pace verdict rests on (the revision
    // rule prefers a final figure to a later preliminary one), so 推进情况 and 序时进度判定
    // speak of the same figure; without a stored verdict, the newest revision of the series
    // for the round's period (a reviewer's correction after closing included).
    sql.$queryRawUnsafe<FigureRow[]>(`
      SELECT DISTINCT ON (t.id) t.id AS "targetId", o.id, o.measure::text AS measure, trim_scale(o.value)::text AS value, o.unit, o.vintage::text AS vintage,
             o.quote, o.recorded_at AS "recordedAt", d.id AS "documentId", d.title
      FROM target t
      JOIN outcome o ON o.district_id = t.district_id AND o.indicator_id = t.indicator_id AND o.year = t.year AND o.measure = t.measure AND o.period_months = $2
      JOIN source_document d ON d.id = o.source_document_id
      LEFT JOIN pace_verdict p ON p.target_id = t.id AND p.period_months = $2
      WHERE t.id = ANY($1::int[])
      ORDER BY t.id, (o.id = p.outcome_id) IS TRUE DESC, o.revision DESC`, targetIds, round.periodMonths),
    sql.progressNarrative.findMany({
      where: { periodMonths: round.periodMonths, OR: [{ targetId: { in: targetIds } }, { keyTaskId: { in: keyTaskIds } }] },
      select: { targetId: true, keyTaskId: true, text: true, revision: true, correctionReason: true, recordedAt: true, unit: { select: unitRef } },
      orderBy: [{ revision: 'desc' }],
    }),
    sql.keyTaskJudgment.findMany({
      where: { keyTaskId: { in: keyTaskIds }, periodMonths: round.periodMonths },
      select: { keyTaskId: true, status: true, reason: true, createdAt: true, reviewer: { select: { displayName: true } } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
    // The stored pace verdict of the period (pace_verdict, kept by lib/verdicts/refresh.ts)
    // with the revisions it rests on, so the summary shows the verdict every other page
    // shows. No row: no in-year figure for the period, 待填报.
    sql.$queryRawUnsafe<StoredPaceRow[]>(`
      SELECT p.target_id AS "targetId", p.code::text AS code,
             o.measure::text AS "figureMeasure", trim_scale(o.value)::text AS "figureValue", o.unit AS "figureUnit",
             r.measure::text AS "referenceMeasure", trim_scale(r.value)::text AS "referenceValue", r.unit AS "referenceUnit"
      FROM pace_verdict p
      LEFT JOIN outcome o ON o.id = p.outcome_id
      LEFT JOIN outcome r ON r.id = p.reference_outcome_id
      WHERE p.target_id = ANY($1::int[]) AND p.period_months = $2`, targetIds, round.periodMonths),
  ]);
  const storedOf = new Map(storedPace.map((row) => [row.targetId, row]));

  const figureOf = new Map(outcomes.map((row) => [row.targetId, row]));
  const latestNarrative = new Map<string, (typeof narratives)[number]>();
  for (const narrative of narratives) {
    const key = `${narrative.targetId ?? ''}:${narrative.keyTaskId ?? ''}:${narrative.unit.id}`;
    if (!latestNarrative.has(key)) latestNarrative.set(key, narrative);
  }
  const latestJudgment = new Map<number, (typeof judgments)[number]>();
  for (const judgment of judgments) if (!latestJudgment.has(judgment.keyTaskId)) latestJudgment.set(judgment.keyTaskId, judgment);

  const facts: SummaryFacts = {
    round: {
      id: round.id, district: round.district, year: round.year, title: round.title, periodMonths: round.periodMonths,
      dueOn: isoDate(round.dueOn), state: round.state as RoundState, openedAt: round.openedAt, closedAt: round.closedAt, version: round.version,
    },
    asOf: beijingDate(round.closedAt ?? options.now ?? new Date()),
    targets: targets.map((target) => {
      const figure = figureOf.get(target.id);
      const stored = storedOf.get(target.id);
      const figureIn = (measure: Measure | null, value: string | null, unit: string | null) => (measure && value !== null ? { measure, value, unit } : null);
      return {
        id: target.id, quote: target.quote, asWritten: target.asWritten, measure: target.measure,
        verdictTarget: {
          qualifier: target.qualifier, measure: target.measure, value: target.value?.toFixed() ?? null, valueHigh: target.valueHigh?.toFixed() ?? null,
          unit: target.unit, tolerance: target.tolerance?.toFixed() ?? null, asWritten: target.asWritten,
        },
        indicator: {
          key: target.indicator.key, nameZh: target.indicator.nameZh, nameEn: target.indicator.nameEn, higherIsBetter: target.indicator.higherIsBetter,
          growthTolerancePp: target.indicator.growthTolerancePp?.toFixed() ?? null, levelToleranceRatio: target.indicator.levelToleranceRatio?.toFixed() ?? null,
        },
        ...splitRoles(target.unitAssignments),
        figure: figure ? {
          outcomeId: figure.id, measure: figure.measure, value: figure.value, unit: figure.unit, vintage: figure.vintage,
          source: { documentId: figure.documentId, title: figure.title, quote: figure.quote }, recordedAt: figure.recordedAt,
        } : null,
        storedPace: stored ? {
          code: stored.code,
          figure: figureIn(stored.figureMeasure, stored.figureValue, stored.figureUnit),
          reference: target.relativeToIndicator ? { indicatorKey: target.relativeToIndicator.key, figure: figureIn(stored.referenceMeasure, stored.referenceValue, stored.referenceUnit) } : null,
        } : null,
      };
    }),
    keyTasks: keyTasks.map((task) => {
      const judgment = latestJudgment.get(task.id);
      return {
        id: task.id, seq: task.seq, wording: task.wording, withdrawn: task.withdrawnAt !== null, ...splitRoles(task.units),
        judgment: judgment ? { status: judgment.status as TaskJudgment, reason: judgment.reason, reviewer: judgment.reviewer.displayName, at: judgment.createdAt } : null,
      };
    }),
    items: items.map((item) => ({
      id: item.id, targetId: item.targetId, keyTaskId: item.keyTaskId, unit: item.unit, role: item.unitRole, state: item.state as RoundItemState,
      acknowledgedAt: item.acknowledgedAt, firstSubmittedAt: item.firstSubmittedAt, submittedAt: item.submittedAt,
      returnReason: item.returnReason, returnCount: item.returnCount, version: item.version,
    })),
    narratives: [...latestNarrative.values()].map((n) => ({
      targetId: n.targetId, keyTaskId: n.keyTaskId, unit: n.unit, text: n.text, revision: n.revision, correctionReason: n.correctionReason, recordedAt: n.recordedAt,
    })),
    toleranceDefaults: settingValue('toleranceDefaults', toleranceSetting?.value),
  };
  return buildRoundSummary(facts);
}

/** One item with what its page needs: the round, the subject, the latest figure revision of the period (for the stale check). */
export async function loadRoundItem(itemId: number) {
  if (!Number.isInteger(itemId) || itemId <= 0 || itemId > 2_147_483_647) return null;
  const item = await db.roundItem.findUnique({
    where: { id: itemId },
    select: {
      id: true, roundId: true, targetId: true, keyTaskId: true, unitRole: true, state: true, version: true, returnReason: true, returnCount: true,
      acknowledgedAt: true, submittedAt: true, acceptedAt: true,
      unit: { select: unitRef },
      round: { select: { id: true, title: true, year: true, periodMonths: true, dueOn: true, state: true, districtId: true, district: { select: { code: true, nameZh: true, nameEn: true } } } },
      target: { select: { id: true, quote: true, asWritten: true, measure: true, unit: true, indicatorId: true, indicator: { select: { nameZh: true, nameEn: true, levelUnit: true } } } },
      keyTask: { select: { id: true, wording: true, withdrawnAt: true, withdrawalReason: true } },
      outcome: { select: { value: true, unit: true, quote: true, sourceDocument: { select: { title: true } } } },
      narrative: { select: { text: true, revision: true } },
    },
  });
  if (!item) return null;
  const latest = item.target
    ? await db.outcome.findFirst({
      where: { districtId: item.round.districtId, indicatorId: item.target.indicatorId, year: item.round.year, measure: item.target.measure, periodMonths: item.round.periodMonths },
      select: { revision: true }, orderBy: { revision: 'desc' },
    })
    : null;
  const documents = item.target
    ? await db.sourceDocument.findMany({ where: { districtId: item.round.districtId, year: { gte: item.round.year } }, select: { id: true, title: true, year: true }, orderBy: { id: 'desc' }, take: 50 })
    : [];
  return { ...item, dueOn: isoDate(item.round.dueOn), baseRevision: latest?.revision ?? 0, documents };
}

export type RoundHistoryRow = {
  id: number; year: number; title: string; periodMonths: number; dueOn: string; state: RoundState; openedAt: Date;
  units: { unitId: number; shortName: string; items: number; submitted: number; onTime: number; returned: number }[];
};

/** A district's rounds, newest first, with each unit's record in each (submitted, on time, returned). */
export async function listDistrictRounds(districtId: number): Promise<RoundHistoryRow[]> {
  const [rounds, records] = await Promise.all([
    db.reportingRound.findMany({
      where: { districtId },
      select: { id: true, year: true, title: true, periodMonths: true, dueOn: true, state: true, openedAt: true },
      orderBy: [{ year: 'desc' }, { periodMonths: 'desc' }],
    }),
    db.$queryRawUnsafe<{ roundId: number; unitId: number; shortName: string; items: number; submitted: number; onTime: number; returned: number }[]>(`
      SELECT i.round_id AS "roundId", u.id AS "unitId", u.short_name AS "shortName", count(*)::int AS items,
             count(*) FILTER (WHERE i.state IN ('submitted', 'accepted'))::int AS submitted,
             -- On time: first submitted on or before the due date, in Beijing time (deadline.ts).
             count(*) FILTER (WHERE (i.first_submitted_at AT TIME ZONE 'Asia/Shanghai')::date <= r.due_on)::int AS "onTime",
             count(*) FILTER (WHERE i.return_count > 0)::int AS returned
      FROM round_item i JOIN reporting_round r ON r.id = i.round_id JOIN responsible_unit u ON u.id = i.unit_id
      WHERE r.district_id = $1
      GROUP BY i.round_id, u.id, u.short_name
      ORDER BY u.id`, districtId),
  ]);
  return rounds.map((round) => ({
    ...round, dueOn: isoDate(round.dueOn), state: round.state as RoundState,
    units: records.filter((record) => record.roundId === round.id).map(({ roundId: _roundId, ...record }) => record),
  }));
}

export async function reportsForUnit(userId: number, unitId: number): Promise<boolean> {
  return (await db.userUnit.count({ where: { userId, unitId } })) > 0;
}
