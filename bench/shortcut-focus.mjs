/* global document, window, HTMLTextAreaElement, HTMLInputElement */
// Times an add-block shortcut (Alt+P / D / A / N) in the minutes editor: key down → the new
// block's field has the focus (shortcut_focus), and key down → the stored block's own field
// has taken over (shortcut_stored, for information). A live copy of the reference meeting (25
// items) and one of 120 items with 200 actions. DESIGN/issue budget: focus p95 ≤ 50 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBundled } from './bundle.mjs';
import { summary } from './stats.mjs';

const root = join(import.meta.dirname, '..');
export const shortcutFocusBudgetMs = 50;
const rounds = 40;
const keys = ['Alt+P', 'Alt+D', 'Alt+A', 'Alt+N'];

/** The live-archive maker the end-to-end tests use, bundled for Node. */
async function loadLiveArchive() {
  const bundled = await importBundled('live-archive', {
    entryPoints: [join(root, 'tests', 'e2e', 'support', 'live-archive.ts')],
  });
  return bundled.liveArchive;
}

/** In the page: when a shortcut went down, and when a new block's field, then the stored one, took focus. */
function installFocusProbe() {
  const probe = { down: null, focus: [], stored: [] };
  window.__shortcutProbe = probe;
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.altKey && ['p', 'd', 'a', 'n'].includes(e.key.toLowerCase()))
        probe.down = performance.now();
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (e) => {
      const field = e.target;
      if (probe.down === null) return;
      if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
      const pending = field.closest('[data-testid="pending-block"]') !== null;
      const stored = field.closest('[data-block-id]') !== null;
      if (!pending && !stored) return;
      const elapsed = performance.now() - probe.down;
      if (probe.focus.length === probe.stored.length) probe.focus.push(elapsed);
      if (stored) {
        probe.stored.push(elapsed);
        probe.down = null;
      }
    },
    true,
  );
}

async function measure(browser, baseUrl, liveArchive, items, actions) {
  const fixture = readFileSync(join(root, 'tests', 'fixtures', 'sec-panel-30.archive.json'));
  const { file, meetingId } = liveArchive(items, actions, fixture);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name', { exact: true }).fill('Bench Board');
  await newBody.getByLabel('Action prefix').fill('BENCH');
  await newBody.getByLabel('Secretariat').fill('BENCHSEC');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  // The new body's page, where an archive is imported.
  await page.getByRole('form', { name: 'New meeting' }).waitFor();
  await page.getByLabel('Archive file to import').setInputFiles({
    name: 'live.json',
    mimeType: 'application/json',
    buffer: file,
  });
  await page.getByRole('heading', { level: 1, name: /SEC Panel/ }).waitFor();
  await page.goto(`${baseUrl}#/meetings/${meetingId}/minutes`);
  await page
    .getByTestId('minutes-item')
    .nth(items - 1)
    .waitFor({ timeout: 60_000 });
  await page.evaluate(installFocusProbe);
  const item = Math.ceil(items / 2);
  for (let round = 0; round < rounds; round++) {
    await page
      .getByRole('button', { name: `Add paragraph to item ${String(item)}`, exact: true })
      .focus();
    await page.keyboard.press(keys[round % keys.length]);
    await page.keyboard.type('ok');
    await page.waitForFunction((n) => window.__shortcutProbe.stored.length >= n, round + 1);
  }
  const probe = await page.evaluate(() => window.__shortcutProbe);
  await context.close();
  return { focus: summary(probe.focus), stored: summary(probe.stored) };
}

/** Rows for the budget table, with the figures printed as they come. */
export async function benchShortcutFocus(browser, baseUrl) {
  const liveArchive = await loadLiveArchive();
  const rows = [];
  for (const [label, items, actions] of [
    ['reference', 25, 16],
    ['120items', 120, 200],
  ]) {
    const { focus, stored } = await measure(browser, baseUrl, liveArchive, items, actions);
    const fmt = (s) => `p50 ${s.p50} p95 ${s.p95} max ${s.max} (n=${s.n})`;
    console.log(`shortcut_focus_ms_${label} ${fmt(focus)}`);
    console.log(`shortcut_focus_p95_ms_${label} ${focus.p95}`);
    console.log(`shortcut_stored_ms_${label} ${fmt(stored)} (the stored block takes over)`);
    rows.push({
      name: `shortcut_focus_p95_ms_${label}`,
      value: focus.p95,
      budget: shortcutFocusBudgetMs,
      unit: 'ms',
    });
  }
  return rows;
}
