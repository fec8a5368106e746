// Scores the extractor against hand-made ground truth (prisma/seed/figures.ts) for the
// seed reports. Pure: the caller reads the files and passes the figures, so the same
// function serves the test and `scripts/extract.ts --seeds`, and the README can quote
// its one-line summary.
import { extractProposals } from './extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
import type { ExtractionResult } from './types';

type SeedFigure = { file: string; indicatorKey: string; year: number; measure: string; quote: string; quoteStart: number };
export type SeedTargetLike = SeedFigure & { qualifier: string; value: string | null; valueHigh: string | null; unit: string | null };
export type SeedOutcomeLike = SeedFigure & { value: string; unit: string };
export type SeedData = { targets: readonly SeedTargetLike[]; outcomes: readonly SeedOutcomeLike[]; skipped: readonly SeedFigure[] };
export type SeedReport = { file: string; text: string };

export type SeedEvaluation = {
  results: Map<string, ExtractionResult>;
  targets: { expected: number; found: number };
  outcomes: { expected: number; found: number };
  proposals: number;
  correct: number;
  precision: number;
  recall: number;
  /** Seed figures not proposed with the same indicator, year, measure, value, qualifier and unit at the same place. */
  misses: string[];
  /** Proposals that match no seed figure. */
  extras: string[];
  /** Skipped seed figures for which a proposal was made anyway (a guess). */
  guessed: string[];
  flagged: { expected: number; found: number };
  elapsedMs: number;
  largest: { file: string; bytes: number; ms: number };
  line: string;
};

type Located = { indicatorKey: string; year: number; measure: string; start: number; end: number };

export function evaluateAgainstSeeds(reports: readonly SeedReport[], seeds: SeedData): SeedEvaluation {
  const results = new Map<string, ExtractionResult>();
  let elapsedMs = 0;
  let largest = { file: '', bytes: 0, ms: 0 };
  for (const report of reports) {
    const started = performance.now();
    results.set(report.file, extractProposals(report.text, { indicators: INDICATORS }));
    const ms = performance.now() - started;
    elapsedMs += ms;
    const bytes = new TextEncoder().encode(report.text).length;
    if (bytes > largest.bytes) largest = { file: report.file, bytes, ms };
  }
  const inReports = (seed: SeedFigure) => results.has(seed.file);
  const targets = seeds.targets.filter(inReports);
  const outcomes = seeds.outcomes.filter(inReports);

  const targetFound = targets.filter((seed) => (results.get(seed.file)?.targets ?? []).some((p) => sameTarget(p, seed)));
  const outcomeFound = outcomes.filter((seed) => (results.get(seed.file)?.outcomes ?? []).some((p) => sameOutcome(p, seed)));
  const extras: string[] = [];
  let proposals = 0;
  for (const [file, result] of results) {
    for (const p of result.targets) {
      proposals += 1;
      if (!targets.some((seed) => seed.file === file && sameTarget(p, seed))) extras.push(`${file} target ${label(p)} ${p.qualifier} ${p.value}${p.unit ?? ''}`);
    }
    for (const p of result.outcomes) {
      proposals += 1;
      if (!outcomes.some((seed) => seed.file === file && sameOutcome(p, seed))) extras.push(`${file} outcome ${label(p)} ${p.value}${p.unit}`);
    }
  }
  const skipped = seeds.skipped.filter(inReports);
  const guessed = skipped
    .filter((seed) => {
      const result = results.get(seed.file);
      return [...(result?.targets ?? []), ...(result?.outcomes ?? [])].some((p) => sameSlot(p, seed));
    })
    .map((seed) => `${seed.file} ${label(seedLocated(seed))}`);
  const flaggedFound = skipped.filter((seed) => (results.get(seed.file)?.flags ?? []).some((flag) => flag.indicatorKey !== null && sameSlot({ ...flag, indicatorKey: flag.indicatorKey, year: flag.year ?? 0, measure: flag.measure ?? '' }, seed))).length;

  const expected = targets.length + outcomes.length;
  const correct = proposals - extras.length;
  const found = targetFound.length + outcomeFound.length;
  const precision = proposals === 0 ? 1 : correct / proposals;
  const recall = expected === 0 ? 1 : found / expected;
  const misses = [...targets.filter((seed) => !targetFound.includes(seed)), ...outcomes.filter((seed) => !outcomeFound.includes(seed))].map(
    (seed) => `${seed.file} ${label(seedLocated(seed))} ${seed.value}${seed.unit ?? ''}`,
  );
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const line =
    `seed reports: recall ${found}/${expected} = ${percent(recall)} (targets ${targetFound.length}/${targets.length}, outcomes ${outcomeFound.length}/${outcomes.length}), ` +
    `precision ${correct}/${proposals} = ${percent(precision)}, skipped figures flagged ${flaggedFound}/${skipped.length}, guessed ${guessed.length}; ` +
    `${reports.length} reports in ${elapsedMs.toFixed(1)} ms (largest ${largest.file}, ${(largest.bytes / 1024).toFixed(0)} KB, ${largest.ms.toFixed(1)} ms)`;
  return {
    results,
    targets: { expected: targets.length, found: targetFound.length },
    outcomes: { expected: outcomes.length, found: outcomeFound.length },
    proposals,
    correct,
    precision,
    recall,
    misses,
    extras,
    guessed,
    flagged: { expected: skipped.length, found: flaggedFound },
    elapsedMs,
    largest,
    line,
  };
}

function seedLocated(seed: SeedFigure): Located {
  return { ...seed, start: seed.quoteStart, end: seed.quoteStart + seed.quote.length };
}

/** Same indicator, year and measure, quoted from an overlapping stretch of the text. */
function sameSlot(p: Located, seed: SeedFigure): boolean {
  const s = seedLocated(seed);
  return p.indicatorKey === s.indicatorKey && p.year === s.year && p.measure === s.measure && p.start < s.end && s.start < p.end;
}

function sameTarget(p: ExtractionResult['targets'][number], seed: SeedTargetLike): boolean {
  return sameSlot(p, seed) && p.qualifier === seed.qualifier && p.value === seed.value && p.valueHigh === seed.valueHigh && p.unit === seed.unit;
}

function sameOutcome(p: ExtractionResult['outcomes'][number], seed: SeedOutcomeLike): boolean {
  return sameSlot(p, seed) && p.value === seed.value && p.unit === seed.unit;
}

function label(p: Located): string {
  return `${p.indicatorKey} ${p.year} ${p.measure} @${p.start}`;
}
