// Times `npm run export-minutes` writing one file (the public PDF of the reference meeting) in
// a cold Node process each time, as a script calling it would: start, load the bundle kept by
// scripts/cli/bundle-cache.mjs, read the archive, write and check the PDF, exit. The first run
// (re)builds the bundle if the sources changed and is reported apart; the figure is the worst
// of the runs after it. DESIGN.md budget: command-line export, cold process, one file ≤ 1.5 s.
// Run alone with `node bench/cli-cold.mjs`, or as part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { printTable, summary } from './stats.mjs';

const root = join(import.meta.dirname, '..');
const fixture = join(root, 'tests', 'fixtures', 'sec-panel-30.archive.json');
export const cliColdBudgetMs = 1500;
const runs = 5;

/** One cold `node scripts/export-minutes.mjs …` (what npm run adds is npm's, not ours). */
function exportOnce(out) {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      'scripts/export-minutes.mjs',
      ...['--archive', fixture, '--meeting', '30', '--variant', 'public'],
      ...['--format', 'pdf', '--out', out],
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`export-minutes failed: ${run.stderr}`);
  return Math.round(ms * 10) / 10;
}

/** Runs the benchmark, prints its figures and returns its budget row for the table. */
export function benchCliCold() {
  const work = mkdtempSync(join(tmpdir(), 'minutebook-cli-cold-'));
  try {
    const out = join(work, 'public.pdf');
    const first = exportOnce(out);
    const times = Array.from({ length: runs }, () => exportOnce(out));
    const worst = Math.max(...times);
    console.log(
      `cli_first_ms ${first} (the bundle built if the sources changed since the last run)`,
    );
    console.log(
      `cli_cold_ms ${worst} (worst of ${String(runs)}; ${JSON.stringify(summary(times))})`,
    );
    return [{ name: 'cli_cold_ms', value: worst, budget: cliColdBudgetMs, unit: 'ms' }];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    printTable(benchCliCold());
  } catch (error) {
    console.error(`bench: failed to run: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  }
}
