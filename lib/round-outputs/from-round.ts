// The rounds module's summary (lib/rounds/summary.ts, the one decided view of a round)
// turned into what the 汇总表 and the 督查通报 print. Pure. The figure is shown in the
// target's unit as the pace rule compared it (pace.actual), with its document; a key
// task's progress is its units' narratives, lead first; a co-unit's words on a target
// follow the figure as notes.
import type { Measure } from '@/lib/domain/types';
import type { RoundSummary as DecidedRound, SummaryNarrative, SummaryRow } from '@/lib/rounds/summary';
import type { RoundProgress, RoundSummary, RoundSummaryItem } from './types';

/** `measures`: each target's measure (growth or level) by target id, which the decided rows do not carry. */
export function outputSummary(decided: DecidedRound, measures: ReadonlyMap<number, Measure>, generatedAt: Date): RoundSummary {
  const { round } = decided;
  return {
    round: { id: round.id, year: round.year, period: { months: round.periodMonths }, dueDate: new Date(`${round.dueOn}T00:00:00Z`) },
    district: { code: round.district.code, nameZh: round.district.nameZh, nameEn: round.district.nameEn },
    items: [
      ...decided.groups.targets.map((row) => item(row, 'target', measures)),
      ...decided.groups.keyTasks.map((row) => item(row, 'task', measures)),
    ],
    ranking: decided.units.map((record) => ({ rank: record.rank, shortName: record.unit.shortName, items: record.items, onTime: record.onTime, onPace: record.onPace })),
    generatedAt,
  };
}

function item(row: SummaryRow, group: RoundSummaryItem['group'], measures: ReadonlyMap<number, Measure>): RoundSummaryItem {
  const units: RoundSummaryItem['units'] = [
    ...(row.lead ? [{ name: row.lead.name, shortName: row.lead.shortName, role: 'lead' as const }] : []),
    ...row.co.map((unit) => ({ name: unit.name, shortName: unit.shortName, role: 'co' as const })),
  ];
  const label = row.subject.kind === 'target' ? row.subject.indicatorName : { zh: row.wording, en: row.wording };
  let progress: RoundProgress | null = null;
  let notes: string[] = [];
  if (row.subject.kind === 'target') {
    const measure = measures.get(row.subject.targetId);
    if (row.figure && measure) {
      const shown = row.pace.actual ?? { value: row.figure.value, unit: row.figure.unit };
      progress = { kind: 'figure', measure, value: shown.value, unit: shown.unit, source: row.figure.source.title };
    }
    notes = row.narratives.map(byUnit);
  } else if (row.narratives.length > 0) {
    const [only] = row.narratives;
    progress = { kind: 'narrative', text: row.narratives.length === 1 && only ? only.text : row.narratives.map(byUnit).join('\n'), source: null };
  }
  const withdrawn = row.subject.kind === 'key_task' && row.subject.withdrawn;
  // A returned submission still shows as the unit's progress (it is what the unit said), so the
  // files name it as returned: a reader must not take it for accepted progress.
  const returned = row.items.filter((unitItem) => unitItem.state === 'returned').map((unitItem) => unitItem.unit.shortName);
  return {
    group, label, asWritten: row.wording, units, progress, notes, pace: { code: row.pace.code, label: row.pace.label, explanation: row.pace.explanation },
    ...(withdrawn ? { withdrawn } : {}), ...(row.overdueDays > 0 ? { overdueDays: row.overdueDays } : {}), ...(returned.length > 0 ? { returned } : {}),
  };
}

function byUnit(narrative: SummaryNarrative): string {
  return `${narrative.unit.shortName}：${narrative.text}`;
}
