// Scores the extractor on the labelled corpus halves present on this branch (dev: the
// texts the rules are tuned on; eval7 and the newest: the held-out halves written separately, never tuned to)
// and on the five seed reports:   npm run extract:eval [-- --verbose] [-- --half dev] (the dev half prints the seeds and the worst case too)
// `--half dev` scores the dev half only: whoever tunes the rules runs that, so the held-out
// halves' figures do not steer a rule round (the lead scores them once, at a round's end).
import { formatTable, evaluateCorpus } from '@/lib/extraction/corpus-evaluation';
import { corpusHalves, DEV_HALF, isHeldOut, readCorpusHalf } from '@/lib/extraction/corpus-files';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { evaluateAgainstSeeds } from '@/lib/extraction/seed-evaluation';
import { INDICATORS } from '@/lib/indicators/catalog';
import { seedReportFiles } from './seed-report-files';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';
import { MAX_TEXT_CHARS } from '@/lib/documents/limits';

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const only = argv.includes('--half') ? argv[argv.indexOf('--half') + 1] : undefined;
  for (const half of corpusHalves().filter((name) => only === undefined || name === only)) {
    const documents = readCorpusHalf(half);
    if (documents.length === 0) {
      process.stdout.write(`\n## ${half}: not on this branch\n`);
      continue;
    }
    const evaluation = evaluateCorpus(documents, (text, options) => extractProposals(text, { ...options, indicators: INDICATORS }));
    process.stdout.write(`\n## ${half} (${documents.length} texts)\n\n${formatTable(evaluation)}\n`);
    for (const bad of evaluation.badLabels) process.stdout.write(`label quote not in text: ${bad}\n`);
    // The held-out half's misses stay unprinted: whoever tunes the rules must not read them.
    if (verbose && !isHeldOut(half)) for (const problem of evaluation.problems) process.stdout.write(`${problem}\n`);
  }
  // Whoever tunes the rules runs `--half dev`: the seeds and the worst case are tuning figures too.
  if (only !== undefined && only !== DEV_HALF) return 0;
  const reports = seedReportFiles();
  const seeds = evaluateAgainstSeeds(reports, { targets: SEED_TARGETS, outcomes: SEED_OUTCOMES, skipped: SEED_SKIPPED });
  process.stdout.write(`\n## seed reports\n\n${seeds.line}\n`);
  process.stdout.write(`\n## worst case\n\n${worstCaseLine()}\n`);
  return 0;
}

/**
 * The longest text a document may hold, as one run of headline clauses without a stop: every
 * figure's sentence reaches back to the start, which made extraction quadratic (13 s of CPU
 * for this text before session 6, with the server answering nothing meanwhile).
 */
function worstCaseLine(): string {
  const clause = '2025年主要预期目标:地区生产总值增长6%左右,';
  const text = clause.repeat(Math.floor(MAX_TEXT_CHARS / clause.length));
  const started = performance.now();
  extractProposals(text, { indicators: INDICATORS });
  return `${text.length.toLocaleString('en')} characters without a stop (the text limit): ${(performance.now() - started).toFixed(0)} ms`;
}

process.exitCode = main(process.argv.slice(2));
