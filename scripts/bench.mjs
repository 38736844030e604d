// Benchmarks the budgets of DESIGN.md ("Budgets") and of a fifteen-year archive: initial
// renderer JavaScript, keystroke to next paint and to committed in IndexedDB, an add-block
// shortcut to its new block's focus; the generated fifteen-year archive (scripts/archive-gen)
// imported through the UI, the body's screen reopened, search, the action log, the minutes
// editor, typing in it and in a 120-item meeting, and backups while typing; and, in Node, the
// four exports (of the reference meeting and of a meeting of the archive) and a cold
// command-line export of one file. It ends with one JSON line of every figure, also written
// to bench/results.json with the machine's cores, memory and Chromium version.
// It reports and exits 0 even when a figure is over budget (tests assert, benchmarks
// report); it exits 1 only when something fails to run.
// Usage: npm run bench [-- --no-build]   (--no-build measures the dist/renderer already built)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { backUpNowSettled, benchBackup, fifteenYearArchive } from '../bench/backup.mjs';
import { benchCliCold } from '../bench/cli-cold.mjs';
import { benchExports, benchExportsAtScale } from '../bench/exports.mjs';
import { benchImport15y } from '../bench/import-15y.mjs';
import {
  benchActionLog,
  benchMinutes,
  benchTyping120Items,
  findArchiveIds,
} from '../bench/lists.mjs';
import { benchOpen, openBudgetMs } from '../bench/open.mjs';
import { measureSearch, searchBudgetMs } from '../bench/search.mjs';
import { initialJs } from '../bench/initial-js.mjs';
import { installProbes } from '../bench/in-page.mjs';
import { serve } from '../bench/serve.mjs';
import { benchShortcutFocus } from '../bench/shortcut-focus.mjs';
import { printTable, summary } from '../bench/stats.mjs';
import {
  keyCount,
  seedMeeting,
  seedParagraphs,
  typeIntoItem,
  typeIntoPlainTextarea,
} from '../bench/typing.mjs';

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
const budgets = {
  initialJsKb: 350,
  keystrokePaintMs: 16,
  keystrokeCommitMs: 100,
  actionLogOpenMs: 500,
  actionLogFilterMs: 50,
  minutesOpenMs: 500,
  import15yMs: 15_000,
};

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
  const started = Date.now();
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

  // The generated fifteen-year archive of one body (scripts/archive-gen, seed 1).
  console.log('\nGenerating the fifteen-year archive…');
  const archive = await fifteenYearArchive();
  const work = mkdtempSync(join(tmpdir(), 'minutebook-bench-'));
  const archivePath = join(work, 'fifteen-years.json');
  writeFileSync(archivePath, archive);
  console.log(`  ${(Buffer.byteLength(archive) / 1e6).toFixed(1)} MB`);
  rows.push(...(await benchExportsAtScale(archive)));

  const server = await serve(renderer);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  try {
    rows.push(await benchPlainTyping(browser));
    rows.push(...(await benchReferenceTyping(browser)));
    rows.push(...(await benchShortcutFocus(browser, server.url)));
    rows.push(...(await benchFifteenYears(browser, archivePath)));
    rows.push({
      name: 'keystroke_paint_p95_ms_120_items',
      value: await benchTyping120Items(browser, server.url),
      budget: budgets.keystrokePaintMs,
      unit: 'ms',
    });
    rows.push(...(await benchBackup(browser, server.url, { archive })));
    const figures = Object.fromEntries(rows.map((r) => [r.name, r.value]));
    figures.shortcut_focus_p95_ms = Math.max(
      ...rows.filter((r) => r.name.startsWith('shortcut_focus_p95_ms_')).map((r) => r.value),
    );
    figures.bench_minutes = Math.round((Date.now() - started) / 600) / 100;
    const machine = {
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      chromium: browser.version(),
      node: process.version,
    };
    printTable(rows);
    const over = rows.filter((r) => !(r.ok ?? r.value <= r.budget)).map((r) => r.name);
    console.log(
      over.length === 0
        ? '\nEvery figure is within its budget.'
        : `\nOver budget: ${over.join(', ')}`,
    );
    const results = { ...figures, machine, over };
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify(results));
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }

  /** The machine's floor: the same keys into a bare textarea, no app (reported). */
  async function benchPlainTyping(browser) {
    const paint = summary(await typeIntoPlainTextarea(browser));
    console.log(`keystroke_paint_ms_plain_textarea ${fmt(paint)}`);
    return {
      name: 'keystroke_paint_p95_ms_plain_textarea',
      value: paint.p95,
      budget: '(reported; the floor)',
      unit: 'ms',
      ok: true,
    };
  }

  /** Keys typed into the reference-sized meeting (10 items): paint and commit figures. */
  async function benchReferenceTyping(browser) {
    // A fresh context is a fresh, empty IndexedDB.
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(installProbes);
      const items = 10;
      await seedMeeting(page, server.url, items);
      await seedParagraphs(page, items);
      const middle = Math.ceil(items / 2);
      const run = await typeIntoItem(page, middle);
      const paint = summary(run.paint);
      const et = eventTimingFigures(run.eventTiming);
      console.log(`keystroke_paint_ms_reference ${fmt(paint)}`);
      console.log(
        `event_timing_p95_ms_reference ${et.p95} (${run.eventTiming.length}/${keyCount} keydowns ≥ 16 ms)`,
      );
      // Commits in a run of their own, so that the IndexedDB poller does not weigh on paints.
      const commit = summary((await typeIntoItem(page, middle + 1, { commits: true })).commit);
      console.log(`keystroke_commit_ms ${fmt(commit)}`);
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
      return [
        {
          name: 'keystroke_paint_p95_ms_reference',
          value: paint.p95,
          budget: budgets.keystrokePaintMs,
          unit: 'ms',
        },
        {
          name: 'event_timing_p95_ms_reference',
          value: et.p95,
          budget: budgets.keystrokePaintMs,
          unit: 'ms',
          ok: typeof et.p95 === 'string' || et.p95 <= budgets.keystrokePaintMs,
        },
        {
          name: 'keystroke_commit_p95_ms',
          value: commit.p95,
          budget: budgets.keystrokeCommitMs,
          unit: 'ms',
        },
      ];
    } finally {
      await context.close();
    }
  }

  /** The fifteen-year archive imported through the UI, then every screen that reads it. */
  async function benchFifteenYears(browser, path) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      const imported = await benchImport15y(page, path);
      console.log(
        `import_15y_ms ${imported.import_15y_ms} (longest frame ${imported.import_15y_longest_frame_ms} ms)`,
      );
      const ids = await findArchiveIds(page);
      const opened = await benchOpen(page, server.url, ids.bodyId);
      // Backed up once, as an app in use has been: the schedule's backups of this page load
      // then find nothing written and read nothing, so no backup of the archive runs while
      // the screens below are timed (the backup bench times typing during backups).
      console.log(`backed up the archive in ${await backUpNowSettled(page)} ms`);
      const search = await measureSearch(page, { log: (line) => console.log(line) });
      console.log(
        `search_ms p50 ${search.search_median_ms} p95 ${search.search_p95_ms} (${search.search_queries} queries; index built in ${search.search_index_ms} ms)`,
      );
      const log = await benchActionLog(page, ids);
      const minutes = await benchMinutes(page, ids);
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
      const row = (name, value, budget, extra = {}) => ({
        name,
        value,
        budget,
        unit: 'ms',
        ...extra,
      });
      return [
        row('import_15y_ms', imported.import_15y_ms, budgets.import15yMs),
        row('open_ms', opened.open_p95_ms, openBudgetMs),
        {
          name: 'heap_mb_15y',
          value: opened.heap_mb_15y,
          budget: '(reported)',
          unit: 'MB',
          ok: true,
        },
        row('search_p95_ms', search.search_p95_ms, searchBudgetMs),
        row('action_log_open_ms', log.action_log_open_ms, budgets.actionLogOpenMs),
        row('action_log_filter_p95_ms', log.action_log_filter_p95_ms, budgets.actionLogFilterMs),
        row('minutes_open_ms', minutes.minutes_open_ms, budgets.minutesOpenMs),
        row(
          'keystroke_paint_p95_ms_15y',
          minutes.keystroke_paint_p95_ms_15y,
          budgets.keystrokePaintMs,
        ),
      ];
    } finally {
      await context.close();
    }
  }
}

main().catch((error) => {
  console.error(`bench: failed to run: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
