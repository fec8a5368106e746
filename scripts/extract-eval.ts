// Scores the extractor on the labelled corpus halves present on this branch (dev: the
// texts the rules are tuned on; eval4: the held-out half written separately, never tuned to)
// and on the five seed reports:   npm run extract:eval [-- --verbose] [-- --half dev]
// `--half dev` scores the dev half only: whoever tunes the rules runs that, so the held-out
// halves' figures do not steer a rule round (the lead scores them once, at a round's end).
import { formatTable, evaluateCorpus } from '@/lib/extraction/corpus-evaluation';
import { corpusHalves, isHeldOut, readCorpusHalf } from '@/lib/extraction/corpus-files';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { evaluateAgainstSeeds } from '@/lib/extraction/seed-evaluation';
import { INDICATORS } from '@/lib/indicators/catalog';
import { seedReportFiles } from './seed-report-files';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';

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
  if (only !== undefined) return 0;
  const reports = seedReportFiles();
  const seeds = evaluateAgainstSeeds(reports, { targets: SEED_TARGETS, outcomes: SEED_OUTCOMES, skipped: SEED_SKIPPED });
  process.stdout.write(`\n## seed reports\n\n${seeds.line}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
