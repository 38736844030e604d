// Prints one "N passed, N failed, N skipped" line summed over vitest's and Playwright's
// summaries in a test log. Usage: node scripts/ci-summary.mjs LOG EXIT_STATUS
import { readFileSync } from 'node:fs';

const [logPath, status = '0'] = process.argv.slice(2);
// Colour codes would hide the numbers from the patterns below.
// eslint-disable-next-line no-control-regex
const text = readFileSync(logPath ?? '', 'utf8').replace(/\u001b\[[0-9;]*m/g, '');

const totals = { passed: 0, failed: 0, skipped: 0 };
const count = (line, word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);

for (const line of text.split('\n')) {
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    totals.passed += count(vitest[1], 'passed');
    totals.failed += count(vitest[1], 'failed');
    totals.skipped += count(vitest[1], 'skipped') + count(vitest[1], 'todo');
    continue;
  }
  const playwright = /^\s*(\d+) (passed|failed|skipped|flaky|did not run)\b/.exec(line);
  if (playwright) {
    const n = Number(playwright[1]);
    if (playwright[2] === 'passed') totals.passed += n;
    else if (playwright[2] === 'skipped' || playwright[2] === 'did not run') totals.skipped += n;
    else totals.failed += n;
  }
}
if (status !== '0' && totals.failed === 0) totals.failed = 1; // lint, typecheck or build failed
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
