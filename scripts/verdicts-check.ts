// `npm run verdicts:check [-- --fix]`: recomputes every target's verdict and
// compares it with the stored one (lib/verdicts/check.ts) on DATABASE_URL or the
// embedded database. Exits 1 on any difference, listing the first ones; `--fix`
// rewrites the differing rows (e.g. right after the migration that adds the table).
import { createDb } from '@/lib/db/client';
import { openDatabase } from '@/lib/runtime/database';
import { checkStoredVerdicts } from '@/lib/verdicts/check';

const fix = process.argv.includes('--fix');
let exitCode = 0;
const SHOWN = 20;
const database = await openDatabase();
const db = createDb(database.url);
try {
  const started = Date.now();
  let shown = 0;
  const result = await checkStoredVerdicts(db, {
    fix,
    onDifference: (difference) => {
      const what = difference.period === null ? `target ${difference.targetId}` : `target ${difference.targetId} pace 1—${difference.period}月`;
      if (shown++ < SHOWN) console.log(`${what}: ${difference.fields.join(', ')}  stored ${JSON.stringify(difference.stored)}  recomputed ${JSON.stringify(difference.fresh)}`);
    },
    onCountDifference: (difference) => {
      if (shown++ < SHOWN) console.log(`counts of district ${difference.districtId} in ${difference.year}: stored ${JSON.stringify(difference.stored)}  counted ${JSON.stringify(difference.fresh)}`);
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.checked} verdicts, ${result.paceChecked} pace verdicts and the counts of ${result.countPairs} district × year pairs checked in ${seconds} s: `
    + `${result.differences} differ (${result.paceDifferences} of them pace, ${result.countDifferences} counts)${fix ? `, ${result.fixed} rewritten` : ''}.`);
  if (result.differences > 0 && !fix) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}
// Explicitly: the embedded server's exit hooks end the process with status 0 otherwise.
process.exit(exitCode);
