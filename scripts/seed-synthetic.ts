// `npm run seed:synthetic`: loads the SYNTHETIC national-scale data set (issue 8)
// into its own database — SYNTHETIC_DATABASE_URL, or an embedded PostgreSQL under
// .data/synthetic (never the app's database). Refuses a database with real data.
import fs from 'node:fs';
import path from 'node:path';
import { generateSynthetic } from '@/lib/synthetic/generate';
import { SyntheticRefusal } from '@/lib/synthetic/guard';
import { openSyntheticDatabase } from '@/lib/synthetic/database';

const districts = Number(process.env.SYNTHETIC_DISTRICTS ?? 2850);
const fromYear = Number(process.env.SYNTHETIC_FROM_YEAR ?? 2015);
const toYear = Number(process.env.SYNTHETIC_TO_YEAR ?? 2026);

const database = await openSyntheticDatabase();
console.log(`[synthetic] Generating ${districts} districts × ${fromYear}–${toYear} into ${database.label} …`);
try {
  const summary = await generateSynthetic(database.url, { districts, fromYear, toYear, log: (line) => console.log(`[synthetic] ${line}`) });
  console.log(`[synthetic] Created (SYNTHETIC data, not real): ${summary.districts} districts in ${summary.provinces} provinces / ${summary.cities} cities, ` +
    `${summary.documents} documents, ${summary.targets} targets, ${summary.outcomes} outcome revisions, ${summary.outcomeReviews} outcome reviews, ` +
    `${summary.verdictReviews} verdict reviews, ${summary.auditRows} audit rows in ${summary.seconds.toFixed(1)} s.`);
  // The benchmark report quotes the generator's last run.
  fs.writeFileSync(path.join('bench', 'last-generator-run.json'), `${JSON.stringify({ ...summary, seconds: Number(summary.seconds.toFixed(1)) }, null, 2)}\n`);
  console.log(`[synthetic] Database URL: ${database.url}`);
} catch (error) {
  console.error(`[synthetic] ${error instanceof SyntheticRefusal ? error.message : (error as Error).stack}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
