// The round summary as plain data: everything the round page, the 考评 table and the
// 推进情况汇总表 (DOCX/XLSX, 督查通报) need, decided here once. Pure: rows in, summary
// out; lib/rounds/data.ts reads the rows. A target's pace is its stored verdict
// (pace_verdict, as every other page shows it), explained by lib/verdict/pace.ts over
// the revisions that verdict rests on; lights and deadlines from ./light.ts and ./deadline.ts.
import type { Measure, Vintage } from '@/lib/domain/types';
import { targetWording } from '@/lib/targets/display-wording';
import { computePace, PACE_LABELS, type PaceCode, type PaceFigure, type PaceInput, type PaceVerdict, type TaskJudgment } from '@/lib/verdict/pace';
import { periodName } from '@/lib/verdict/period';
import type { Bilingual, VerdictIndicator, VerdictTarget } from '@/lib/verdict/types';
import type { ToleranceDefaults } from '@/lib/verdict/tolerance';
import { deadline, submittedOnTime } from './deadline';
import { roundItemLight, type Light } from './light';
import { isOpenItem, itemKind, type RoundItemKind, type RoundItemState, type RoundState } from './types';

export type UnitRef = { id: number; name: string; shortName: string };

export type SummaryRound = {
  id: number;
  district: { id: number; code: string; nameZh: string; nameEn: string };
  year: number;
  title: string;
  periodMonths: number;
  /** YYYY-MM-DD (Beijing date). */
  dueOn: string;
  state: RoundState;
  openedAt: Date;
  closedAt: Date | null;
  /** For closing: the version the close form was based on. */
  version: number;
};

/** The figure of the period as submitted, in its own unit, with its source. */
export type SummaryFigure = {
  outcomeId: number;
  value: string;
  unit: string;
  vintage: Vintage;
  source: { documentId: number; title: string; quote: string };
  recordedAt: Date;
};

export type SummaryNarrative = { unit: UnitRef; text: string; revision: number; correctionReason: string | null; recordedAt: Date };

/** One item as the summary shows it: its stored facts (ItemFacts) and what the rules decide of them. */
export type SummaryItem = Omit<ItemFacts, 'id' | 'targetId' | 'keyTaskId'> & {
  itemId: number;
  kind: RoundItemKind;
  onTime: boolean;
  daysLeft: number;
  overdueDays: number;
  light: Light;
};

export type SummaryRow = {
  /** 序号 within its group, from 1. */
  seq: number;
  subject: { kind: 'target'; targetId: number; indicatorKey: string; indicatorName: Bilingual } | { kind: 'key_task'; keyTaskId: number; withdrawn: boolean };
  /** 目标任务: a target's display wording (targetWording, never the raw quote), a key task's wording. */
  wording: string;
  lead: UnitRef | null;
  co: UnitRef[];
  /** 推进情况: the figure (targets) and every unit's narrative of the period, lead first. */
  figure: SummaryFigure | null;
  narratives: SummaryNarrative[];
  judgment: { status: TaskJudgment; reason: string; reviewer: string; at: Date } | null;
  pace: PaceVerdict;
  /** The row's light: the worst of its items'. */
  light: Light;
  /** Days late of its latest open item (0: none late). */
  overdueDays: number;
  items: SummaryItem[];
};

export type UnitRecord = {
  unit: UnitRef;
  items: number;
  submitted: number;
  onTime: number;
  overdue: number;
  returned: number;
  accepted: number;
  /** Items whose target or key task is on pace or done. */
  onPace: number;
  /** 考评 rank: by submissions on time, then items on pace (1 = best; ties share a rank). */
  rank: number;
};

export type RoundSummary = {
  round: SummaryRound;
  period: Bilingual;
  /** The day the deadlines were counted on (Beijing date; a closed round: the day it closed). */
  asOf: string;
  groups: { targets: SummaryRow[]; keyTasks: SummaryRow[] };
  totals: { items: number; submitted: number; overdue: number; returned: number; accepted: number; acknowledged: number };
  units: UnitRecord[];
};

// ---- the rows data.ts reads ------------------------------------------------------

export type TargetFacts = {
  id: number;
  quote: string;
  asWritten: string;
  measure: Measure;
  verdictTarget: VerdictTarget;
  indicator: VerdictIndicator & { nameZh: string; nameEn: string };
  lead: UnitRef | null;
  co: UnitRef[];
  figure: (SummaryFigure & { measure: Measure }) | null;
  /** The target's row of pace_verdict for the round's period, with the revisions it rests on; null: none (no in-year figure). */
  storedPace: { code: PaceCode; figure: PaceFigure | null; reference: PaceInput['reference'] } | null;
};

export type KeyTaskFacts = {
  id: number;
  seq: number;
  wording: string;
  lead: UnitRef | null;
  co: UnitRef[];
  judgment: SummaryRow['judgment'];
  /** Withdrawn (撤销) after this round closed: the round keeps it, shown as withdrawn. */
  withdrawn?: boolean;
};

export type ItemFacts = {
  id: number;
  targetId: number | null;
  keyTaskId: number | null;
  unit: UnitRef;
  role: 'lead' | 'co';
  state: RoundItemState;
  acknowledgedAt: Date | null;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  returnReason: string | null;
  returnCount: number;
  version: number;
};

export type SummaryFacts = {
  round: SummaryRound;
  asOf: string;
  targets: TargetFacts[];
  keyTasks: KeyTaskFacts[];
  items: ItemFacts[];
  /** Latest narrative per subject × unit for the round's period. */
  narratives: (SummaryNarrative & { targetId: number | null; keyTaskId: number | null })[];
  toleranceDefaults?: ToleranceDefaults;
};

const SEVERITY = { green: 0, yellow: 1, red: 2 } as const;

export function buildRoundSummary(facts: SummaryFacts): RoundSummary {
  const { round, asOf } = facts;
  const period = { months: round.periodMonths };
  const itemsOf = (key: (item: ItemFacts) => number | null, id: number) => facts.items.filter((item) => key(item) === id);
  const narrativesOf = (row: { lead: UnitRef | null }, matches: (n: SummaryFacts['narratives'][number]) => boolean) =>
    facts.narratives.filter(matches).sort((a, b) => Number(b.unit.id === row.lead?.id) - Number(a.unit.id === row.lead?.id) || a.unit.id - b.unit.id);

  const rowItems = (items: ItemFacts[], subject: 'target' | 'key_task', pace: PaceVerdict): SummaryItem[] =>
    items.map((item) => {
      const open = isOpenItem(item.state);
      const due = deadline(round.dueOn, asOf, open);
      return {
        itemId: item.id, unit: item.unit, role: item.role, kind: itemKind(subject, item.role), state: item.state,
        acknowledgedAt: item.acknowledgedAt, firstSubmittedAt: item.firstSubmittedAt, submittedAt: item.submittedAt,
        returnReason: item.returnReason, returnCount: item.returnCount, onTime: submittedOnTime(item.firstSubmittedAt, round.dueOn),
        daysLeft: due.daysLeft, overdueDays: due.overdueDays,
        // A narrative item of a target (a co-unit's part) does not carry the figure's pace.
        light: roundItemLight({ open, deadline: due, pace: subject === 'target' && item.role === 'co' ? null : pace }),
        version: item.version,
      };
    });
  const worst = (items: SummaryItem[], fallback: Light): Light =>
    items.reduce<Light | null>((current, item) => (!current || SEVERITY[item.light.color] > SEVERITY[current.color] ? item.light : current), null) ?? fallback;

  const targets: SummaryRow[] = facts.targets.map((target, index) => {
    const pace = storedPaceOf(target, period, facts.toleranceDefaults);
    const items = rowItems(itemsOf((item) => item.targetId, target.id), 'target', pace);
    const { measure: _measure, ...figure } = target.figure ?? { measure: null };
    return {
      seq: index + 1,
      subject: { kind: 'target', targetId: target.id, indicatorKey: target.indicator.key, indicatorName: { zh: target.indicator.nameZh, en: target.indicator.nameEn } },
      wording: targetWording(target.indicator.nameZh, target.measure, target.asWritten),
      lead: target.lead, co: target.co,
      figure: target.figure ? (figure as SummaryFigure) : null,
      narratives: narrativesOf(target, (n) => n.targetId === target.id),
      judgment: null,
      pace,
      light: worst(items, roundItemLight({ open: false, deadline: deadline(round.dueOn, asOf, false), pace })),
      overdueDays: Math.max(0, ...items.map((item) => item.overdueDays)),
      items,
    };
  });

  const keyTasks: SummaryRow[] = facts.keyTasks.map((task, index) => {
    const taskItems = itemsOf((item) => item.keyTaskId, task.id);
    const pace = computePace({
      target: { qualifier: 'qualitative', measure: null, value: null, valueHigh: null, unit: null, asWritten: task.wording },
      indicator: { key: 'key_task', higherIsBetter: true }, period,
      figure: null,
      judgment: task.judgment ? { status: task.judgment.status, reason: task.judgment.reason, reviewer: task.judgment.reviewer } : null,
      reported: taskItems.some((item) => item.state === 'submitted' || item.state === 'accepted'),
    });
    const items = rowItems(taskItems, 'key_task', pace);
    return {
      seq: index + 1,
      subject: { kind: 'key_task', keyTaskId: task.id, withdrawn: task.withdrawn ?? false },
      wording: task.wording,
      lead: task.lead, co: task.co,
      figure: null,
      narratives: narrativesOf(task, (n) => n.keyTaskId === task.id),
      judgment: task.judgment,
      pace,
      light: worst(items, roundItemLight({ open: false, deadline: deadline(round.dueOn, asOf, false), pace })),
      overdueDays: Math.max(0, ...items.map((item) => item.overdueDays)),
      items,
    };
  });

  const all = [...targets, ...keyTasks];
  const flat = all.flatMap((row) => row.items.map((item) => ({ row, item })));
  const submittedStates: RoundItemState[] = ['submitted', 'accepted'];
  const totals = {
    items: flat.length,
    submitted: flat.filter(({ item }) => submittedStates.includes(item.state)).length,
    overdue: flat.filter(({ item }) => item.overdueDays > 0).length,
    returned: flat.filter(({ item }) => item.state === 'returned').length,
    accepted: flat.filter(({ item }) => item.state === 'accepted').length,
    acknowledged: flat.filter(({ item }) => item.acknowledgedAt !== null).length,
  };

  const byUnit = new Map<number, UnitRecord>();
  for (const { row, item } of flat) {
    const record = byUnit.get(item.unit.id) ?? { unit: item.unit, items: 0, submitted: 0, onTime: 0, overdue: 0, returned: 0, accepted: 0, onPace: 0, rank: 0 };
    record.items += 1;
    if (submittedStates.includes(item.state)) record.submitted += 1;
    if (item.onTime) record.onTime += 1;
    if (item.overdueDays > 0) record.overdue += 1;
    if (item.state === 'returned') record.returned += 1;
    if (item.state === 'accepted') record.accepted += 1;
    if (row.pace.code === 'on_pace' || row.pace.code === 'done') record.onPace += 1;
    byUnit.set(item.unit.id, record);
  }
  const units = rankUnits([...byUnit.values()]);
  return { round, period: periodName(period), asOf, groups: { targets, keyTasks }, totals, units };
}

/**
 * The stored verdict decides; computePace only words it, over the very revisions the
 * stored row rests on (so the explanation, basis and share agree with it). Without a
 * row there is no in-year figure for the period: what computePace says of no figure
 * (待填报, or 无法判定 for a target that cannot be compared at all).
 */
function storedPaceOf(target: TargetFacts, period: { months: number }, toleranceDefaults: ToleranceDefaults | undefined): PaceVerdict {
  const stored = target.storedPace;
  const explained = computePace({
    target: target.verdictTarget, indicator: target.indicator, period,
    figure: stored?.figure ?? null, reference: stored?.reference ?? null, toleranceDefaults,
  });
  // Equal unless pace_verdict is stale (lib/verdicts/check.ts reports that); the stored code still wins.
  return !stored || explained.code === stored.code ? explained : { ...explained, code: stored.code, label: PACE_LABELS[stored.code] };
}

/** 考评: more submissions on time first, then more items on pace; equal records share a rank. */
export function rankUnits(records: UnitRecord[]): UnitRecord[] {
  const sorted = [...records].sort((a, b) => b.onTime - a.onTime || b.onPace - a.onPace || a.unit.id - b.unit.id);
  let rank = 0;
  return sorted.map((record, index) => {
    const previous = sorted[index - 1];
    if (!previous || previous.onTime !== record.onTime || previous.onPace !== record.onPace) rank = index + 1;
    return { ...record, rank };
  });
}
