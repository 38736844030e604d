// Prints the slowest tests of the last run, from the JSON reports that vitest and Playwright
// write into test-results/, so that a test creeping towards its time limit is seen before it
// fails. Usage: node scripts/slowest-tests.mjs [COUNT]
import { existsSync, readFileSync } from 'node:fs';

const count = Number(process.argv[2] ?? 10);
const reports = {
  unit: 'test-results/unit-report.json',
  e2e: 'test-results/e2e-report.json',
};

/** @typedef {{ runner: string, name: string, ms: number, limitMs?: number }} Timing */

/** @returns {Timing[]} vitest's tests (its JSON report has Jest's shape). */
function unitTimings(report) {
  return (report.testResults ?? []).flatMap((file) =>
    (file.assertionResults ?? []).map((test) => ({
      runner: 'unit',
      name: `${relative(file.name)} › ${test.fullName ?? test.title}`,
      ms: test.duration ?? 0,
    })),
  );
}

/** @returns {Timing[]} Playwright's tests, each with its own time limit. */
function e2eTimings(report) {
  const timings = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const result of test.results ?? []) {
          timings.push({
            runner: `e2e ${test.projectName}`,
            name: `${spec.file}:${String(spec.line)} › ${spec.title}`,
            ms: result.duration ?? 0,
            limitMs: test.timeout,
          });
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return timings;
}

function relative(path) {
  const at = path.indexOf('/tests/');
  return at === -1 ? path : path.slice(at + 1);
}

function read(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.log(`slowest tests: ${path} is not a readable report`);
    return undefined;
  }
}

const timings = [];
const unit = read(reports.unit);
if (unit) timings.push(...unitTimings(unit));
const e2e = read(reports.e2e);
if (e2e) timings.push(...e2eTimings(e2e));

if (timings.length === 0) {
  console.log('slowest tests: no test report was written');
} else {
  const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
  console.log(`Slowest ${String(Math.min(count, timings.length))} tests:`);
  for (const t of timings.sort((a, b) => b.ms - a.ms).slice(0, count)) {
    const limit =
      t.limitMs === undefined || t.limitMs === 0
        ? ''
        : ` (${String(Math.round((100 * t.ms) / t.limitMs))}% of its ${String(t.limitMs / 1000)} s)`;
    console.log(`${seconds(t.ms)} s  ${t.runner.padEnd(9)}  ${t.name}${limit}`);
  }
}
