// Prints the proposals the extractor finds in a report, as JSON (read with lib/indicators/catalog.ts):
//   npx tsx scripts/extract.ts path/to/report.txt [--year 2024] [--district 梁平区]
// or scores it against the seed figures (the line the README quotes):
//   npx tsx scripts/extract.ts --seeds
import fs from 'node:fs';
import { extractProposals } from '@/lib/extraction/extract-proposals';
import { INDICATORS } from '@/lib/indicators/catalog';
import { evaluateAgainstSeeds } from '@/lib/extraction/seed-evaluation';
import { seedReportFiles } from './seed-report-files';
import { SEED_OUTCOMES, SEED_SKIPPED, SEED_TARGETS } from '@/prisma/seed/figures';

const USAGE = 'Usage: npx tsx scripts/extract.ts path/to/report.txt [--year 2024] [--district 梁平区]\n       npx tsx scripts/extract.ts --seeds\n';

function main(argv: string[]): number {
  const args = [...argv];
  if (args.length === 1 && args[0] === '--seeds') return printSeedScore();
  const yearAt = args.indexOf('--year');
  let reportYear: number | undefined;
  if (yearAt >= 0) {
    reportYear = Number(args[yearAt + 1]);
    args.splice(yearAt, 2);
    if (!Number.isInteger(reportYear) || reportYear < 1949 || reportYear > 2200) {
      process.stderr.write('--year needs a four-digit year, e.g. --year 2024\n');
      return 2;
    }
  }
  const districtAt = args.indexOf('--district');
  let district: string | undefined;
  if (districtAt >= 0) {
    district = args[districtAt + 1]?.trim();
    args.splice(districtAt, 2);
    if (!district || district.startsWith('--')) {
      process.stderr.write('--district needs a name, e.g. --district 梁平区\n');
      return 2;
    }
  }
  const file = args[0];
  if (!file || args.length > 1 || file.startsWith('--')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const text = fs.readFileSync(file, 'utf8');
  const result = extractProposals(text, { reportYear, district, indicators: INDICATORS });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  // Nothing could be filed without a year: say how to give it rather than end on an empty list.
  if (result.reportYear === null) {
    process.stderr.write('No report year found in the text (no heading, session date, publication date or "20XX年是…之年"); give it with --year, e.g. --year 2025\n文中找不到报告年份，请用 --year 指定，例如 --year 2025\n');
    return 1;
  }
  return 0;
}

function printSeedScore(): number {
  const reports = seedReportFiles();
  const evaluation = evaluateAgainstSeeds(reports, { targets: SEED_TARGETS, outcomes: SEED_OUTCOMES, skipped: SEED_SKIPPED });
  process.stdout.write(`${evaluation.line}\n`);
  for (const miss of evaluation.misses) process.stdout.write(`missed: ${miss}\n`);
  for (const extra of evaluation.extras) process.stdout.write(`extra:  ${extra}\n`);
  return evaluation.misses.length === 0 && evaluation.extras.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
