// Benchmarks the budgets of DESIGN.md ("Budgets") that a browser can measure: initial
// renderer JavaScript, keystroke to next paint, keystroke to committed in IndexedDB, and an
// add-block shortcut to its new block's focus; and, in Node, the four exports and a cold
// command-line export of one file.
// It reports and exits 0 even when a figure is over budget (tests assert, benchmarks
// report); it exits 1 only when something fails to run.
// Usage: npm run bench [-- --no-build]   (--no-build measures the dist/renderer already built)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { benchBackup } from '../bench/backup.mjs';
import { benchCliCold } from '../bench/cli-cold.mjs';
import { benchExports } from '../bench/exports.mjs';
import { initialJs } from '../bench/initial-js.mjs';
import { installProbes } from '../bench/in-page.mjs';
import { serve } from '../bench/serve.mjs';
import { benchShortcutFocus } from '../bench/shortcut-focus.mjs';
import { printTable, summary } from '../bench/stats.mjs';
import { keyCount, seedMeeting, seedParagraphs, typeIntoItem } from '../bench/typing.mjs';

const root = join(import.meta.dirname, '..');
// MINUTEBOOK_BENCH_DIST measures another build folder (with --no-build), e.g. one's own.
const renderer = process.env.MINUTEBOOK_BENCH_DIST ?? join(root, 'dist', 'renderer');
// Same browser and flags as the end-to-end tests (tests/e2e/support/browser.ts).
const chromiumPath = process.env.MINUTEBOOK_CHROMIUM ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
// DESIGN.md, "Budgets".
const budgets = { initialJsKb: 350, keystrokePaintMs: 16, keystrokeCommitMs: 100 };

const fmt = (s) => `p50 ${s.p50} p95 ${s.p95} max ${s.max} (n=${s.n})`;

/**
 * Event Timing reports only keydowns of 16 ms or more, yet that is enough for the p95 of
 * all keys: the p95 is the (5% of keys + 1)-th longest, known iff that many were reported.
 */
function eventTimingFigures(durations) {
  const rank = Math.floor(keyCount * 0.05) + 1;
  const longest = [...durations].sort((a, b) => b - a);
  const share = durations.length / keyCount;
  return { share, p95: longest.length >= rank ? longest[rank - 1] : '< 16' };
}

async function main() {
  if (!process.argv.includes('--no-build') || !existsSync(join(renderer, 'index.html'))) {
    console.log('Building the renderer (npx vite build)…');
    const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  if (!existsSync(chromiumPath))
    throw new Error(`no Chromium at ${chromiumPath}; set MINUTEBOOK_CHROMIUM`);

  const rows = [];
  // All four exports of the reference meeting in this warm process, LibreOffice for scale.
  rows.push(...(await benchExports()));
  // One file from the command line, in a new Node process each time.
  rows.push(...benchCliCold());
  const js = initialJs(renderer);
  for (const f of js.files) console.log(`  ${f.file}: ${(f.gzipBytes / 1000).toFixed(1)} kB gzip`);
  console.log(`initial_js_gzip_kb ${js.gzipKb.toFixed(1)} (budget ${budgets.initialJsKb})`);
  rows.push({
    name: 'initial_js_gzip_kb',
    value: js.gzipKb,
    budget: budgets.initialJsKb,
    unit: 'kB',
  });

  const server = await serve(renderer);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  try {
    let commit;
    for (const items of [10, 120]) {
      // A fresh context is a fresh, empty IndexedDB.
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(installProbes);
      const seeding = Date.now();
      await seedMeeting(page, server.url, items);
      await seedParagraphs(page, items);
      console.log(`\n${items} items seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);

      const middle = Math.ceil(items / 2);
      const run = await typeIntoItem(page, middle);
      const paint = summary(run.paint);
      const et = eventTimingFigures(run.eventTiming);
      console.log(`keystroke_paint_ms_${items}items ${fmt(paint)}`);
      console.log(`keystroke_paint_p95_ms_${items}items ${paint.p95}`);
      console.log(
        `event_timing_over16ms_share_${items}items ${et.share.toFixed(3)}` +
          ` (${run.eventTiming.length}/${keyCount} keydowns ≥ 16 ms;` +
          ` those: ${run.eventTiming.length ? fmt(summary(run.eventTiming)) : 'none'})`,
      );
      console.log(`event_timing_p95_ms_${items}items ${et.p95}`);
      rows.push(
        {
          name: `event_timing_p95_ms_${items}items`,
          value: et.p95,
          budget: budgets.keystrokePaintMs,
          unit: 'ms',
          ok: typeof et.p95 === 'string' || et.p95 <= budgets.keystrokePaintMs,
        },
        {
          name: `keystroke_paint_p95_ms_${items}items`,
          value: paint.p95,
          budget: budgets.keystrokePaintMs,
          unit: 'ms',
        },
      );

      // Commits are timed on the reference-sized meeting, in a run of their own so that
      // the IndexedDB poller does not weigh on the paint figures above.
      if (items === 10) {
        commit = summary((await typeIntoItem(page, middle + 1, { commits: true })).commit);
        console.log(`keystroke_commit_ms ${fmt(commit)}`);
        console.log(`keystroke_commit_p95_ms ${commit.p95} (budget ${budgets.keystrokeCommitMs})`);
      }
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
      await context.close();
    }
    rows.push(...(await benchShortcutFocus(browser, server.url)));
    await benchBackup(browser, server.url);
    rows.push({
      name: 'keystroke_commit_p95_ms',
      value: commit.p95,
      budget: budgets.keystrokeCommitMs,
      unit: 'ms',
    });
  } finally {
    await browser.close();
    await server.close();
  }
  printTable(rows);
}

main().catch((error) => {
  console.error(`bench: failed to run: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
