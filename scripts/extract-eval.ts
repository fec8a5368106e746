// Scores the extractor on the labelled corpus halves present on this branch (dev: the
// texts the rules were tuned on; eval and eval2: texts written separately, never tuned
// to) and on the five seed reports:   npm run extract:eval [-- --verbose]
import { formatTable, evaluateCorpus } from '@/lib/extraction/corpus-evaluation';
import { readCorpusHalf } from '@/lib/extraction/corpus-files';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { evaluateAgainstSeeds } from '@/lib/extraction/seed-evaluation';
import { INDICATORS } from '@/lib/indicators/catalog';
import { seedReportFiles } from './seed-report-files';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  for (const half of ['dev', 'eval', 'eval2']) {
    const documents = readCorpusHalf(half);
    if (documents.length === 0) {
      process.stdout.write(`\n## ${half}: not on this branch\n`);
      continue;
    }
    const evaluation = evaluateCorpus(documents, (text, options) => extractProposals(text, { ...options, indicators: INDICATORS }));
    process.stdout.write(`\n## ${half} (${documents.length} texts)\n\n${formatTable(evaluation)}\n`);
    for (const bad of evaluation.badLabels) process.stdout.write(`label quote not in text: ${bad}\n`);
    // The held-out halves' misses stay unprinted: rules are tuned on the dev half only.
    if (verbose && half === 'dev') for (const problem of evaluation.problems) process.stdout.write(`${problem}\n`);
  }
  const reports = seedReportFiles();
  const seeds = evaluateAgainstSeeds(reports, { targets: SEED_TARGETS, outcomes: SEED_OUTCOMES, skipped: SEED_SKIPPED });
  process.stdout.write(`\n## seed reports\n\n${seeds.line}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
