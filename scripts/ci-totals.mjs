// Sums the JSON reports of vitest and Playwright into the plain
// "N passed, N failed" line that CI's log reader counts.
import fs from 'node:fs';

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

// npm test writes vitest.json; npm run test:stress writes vitest-stress.json.
for (const [file, required] of [['test-results/vitest.json', true], ['test-results/vitest-stress.json', false]]) {
  const vitest = read(file);
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
    skipped += vitest.numPendingTests + vitest.numTodoTests;
  } else if (required) {
    console.log(`${file}: no report (did not run)`);
    failed += 1;
  }
}

const playwright = read('test-results/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  // Errors outside tests (e.g. the web server did not start) count as failures too.
  failed += playwright.stats.unexpected + (playwright.errors?.length ?? 0);
  skipped += playwright.stats.skipped;
} else {
  console.log('playwright: no report (did not run)');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
