// Reads a round for its outputs: the rounds module's one read (loadRoundSummary) plus
// the measure of each target (growth or level, which decides "增长2.9%" or "0.8万人"),
// in one more query.
import 'server-only';
import { db } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locale';
import { loadRoundSummary } from '@/lib/rounds/data';
import { withoutDirectionControls } from '@/lib/text/direction-controls';
import type { RoundSummary as DecidedRound } from '@/lib/rounds/summary';
import { briefingText } from './briefing';
import { outputSummary } from './from-round';
import type { RoundSummary } from './types';

export type RoundOutputs = { summary: RoundSummary; districtId: number };

async function outputsOf(decided: DecidedRound, options: { now?: Date; sql?: Db }): Promise<RoundOutputs> {
  const targetIds = decided.groups.targets.flatMap((row) => (row.subject.kind === 'target' ? [row.subject.targetId] : []));
  const targets = await (options.sql ?? db).target.findMany({ where: { id: { in: targetIds } }, select: { id: true, measure: true } });
  const measures = new Map(targets.map((target) => [target.id, target.measure]));
  // Names stored before direction controls were refused must not reorder the files' text.
  return { summary: withoutDirectionControls(outputSummary(decided, measures, options.now ?? new Date())), districtId: decided.round.district.id };
}

/** Null when there is no such round. */
export async function loadRoundOutputs(roundId: number, options: { now?: Date; sql?: Db } = {}): Promise<RoundOutputs | null> {
  const decided = await loadRoundSummary(roundId, options);
  return decided ? outputsOf(decided, options) : null;
}

/** The 督查通报 text of a round the caller has loaded already (the round page). */
export async function roundBriefing(decided: DecidedRound, locale: Locale, options: { sql?: Db } = {}): Promise<string> {
  return briefingText((await outputsOf(decided, options)).summary, locale);
}
