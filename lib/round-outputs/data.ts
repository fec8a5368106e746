// Reads a round for its outputs: the rounds module's one read (loadRoundSummary) plus
// the measure of each target, in one more query.
import 'server-only';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { loadRoundSummary } from '@/lib/rounds/data';
import { outputSummary } from './from-round';
import type { RoundSummary } from './types';

export type RoundOutputs = { summary: RoundSummary; districtId: number };

/** Null when there is no such round. */
export async function loadRoundOutputs(roundId: number, options: { now?: Date; sql?: Db } = {}): Promise<RoundOutputs | null> {
  const decided = await loadRoundSummary(roundId, options);
  if (!decided) return null;
  const targetIds = decided.groups.targets.flatMap((row) => (row.subject.kind === 'target' ? [row.subject.targetId] : []));
  const targets = await (options.sql ?? db).target.findMany({ where: { id: { in: targetIds } }, select: { id: true, measure: true } });
  const measures = new Map(targets.map((target) => [target.id, target.measure]));
  return { summary: outputSummary(decided, measures, options.now ?? new Date()), districtId: decided.round.district.id };
}
