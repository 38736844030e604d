/* global document, window, requestAnimationFrame */
// The long lists and the minutes editor at fifteen years: the action log opened and filtered,
// a meeting's minutes opened, and keys typed into a meeting of the archive and into a
// 120-item meeting.
//
// Contract (scripts/bench.mjs wires these in):
// - `page` is a Playwright page of the served build whose IndexedDB already holds the
//   fifteen-year archive (imported, or written by the generator's loader), on any screen.
// - `ids` may name `{ bodyId, meetingId }`. Without them {@link findArchiveIds} picks, from
//   the stored rows, the body with the most actions and its highest-numbered meeting whose
//   minutes are not approved (typing needs an editable meeting holding a paragraph); when
//   every meeting is approved, its highest-numbered one, and typing is then skipped (null).
// - Every function navigates by the hash (#/bodies/…/actions, #/meetings/…/minutes) and
//   leaves the page on the last screen it measured. Times are on the page's clock: from the
//   navigation to the end of the first frame painted with the screen complete.
import { installProbes, readProbes } from './in-page.mjs';
import { summary } from './stats.mjs';
import { keyCount, seedMeeting, seedParagraphs, typeIntoItem, typeProse } from './typing.mjs';

const openRuns = 5;
const filterRounds = 3;

/** In the page: the body with the most actions and the meeting to open (see the contract). */
export async function findArchiveIds(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = window.indexedDB.open('minutebook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open minutebook'));
    });
    const all = (store) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot read ${store}`));
      });
    try {
      const counts = new Map();
      for (const a of await all('actions')) counts.set(a.bodyId, (counts.get(a.bodyId) ?? 0) + 1);
      const bodyId = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
      const meetings = (await all('meetings'))
        .filter((m) => m.bodyId === bodyId)
        .sort((a, b) => b.number - a.number);
      const editable = meetings.find((m) => m.status !== 'approved');
      return { bodyId, meetingId: (editable ?? meetings[0])?.id, editable: editable !== undefined };
    } finally {
      db.close();
    }
  });
}

/**
 * In the page: goes to `hash` and resolves with the ms until a frame has painted with
 * `ready()` true (a selector of the complete screen, and nothing marked busy).
 */
function timeScreen({ hash, selector }) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    window.location.hash = hash;
    const ready = () =>
      document.querySelector(selector) !== null &&
      document.querySelector('main [aria-busy="true"], .page [aria-busy="true"]') === null;
    const check = () => {
      if (performance.now() - start > 60_000) return reject(new Error(`${hash} never settled`));
      if (!ready()) return requestAnimationFrame(check);
      // The frame that shows it: the next animation frame, then a task after its paint.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    };
    check();
  });
}

/** Median of a few runs of `hash`, each after leaving for the bodies list. */
async function openTimes(page, hash, selector) {
  const times = [];
  for (let i = 0; i < openRuns; i++) {
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    times.push(await page.evaluate(timeScreen, { hash, selector }));
  }
  return summary(times);
}

/**
 * In the page: chooses each value of the select labelled `label` in turn and back to '',
 * timing each change to the frame painted with the log's "Showing …" line changed.
 */
function timeFilters({ label, values }) {
  const select = [...document.querySelectorAll('label')]
    .find((l) => l.textContent?.trim() === label)
    ?.control?.closest('select');
  const status = document.querySelector('.action-log [role="status"]');
  if (!select || !status) throw new Error(`no ${label} filter on the action log`);
  const times = [];
  const choose = (value) =>
    new Promise((resolve) => {
      const before = status.textContent;
      const start = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const check = () => {
        if (status.textContent === before && value !== '') return requestAnimationFrame(check);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      };
      check();
    });
  return (async () => {
    for (const value of values) {
      times.push(await choose(value));
      times.push(await choose(''));
    }
    return times;
  })();
}

/** `{ action_log_open_ms, action_log_filter_p95_ms }` for the body's action log. */
export async function benchActionLog(page, ids) {
  const { bodyId } = ids ?? (await findArchiveIds(page));
  const open = await openTimes(page, `#/bodies/${bodyId}/actions`, '[data-testid="log-row"]');
  const owners = await page
    .getByRole('search', { name: 'Filter the action log' })
    .getByLabel('Owner', { exact: true })
    .evaluate((el) => [...el.options].map((o) => o.value).filter((v) => v !== ''));
  const times = [];
  for (let round = 0; round < filterRounds; round++)
    times.push(...(await page.evaluate(timeFilters, { label: 'Owner', values: owners })));
  const filter = summary(times);
  console.log(`action_log_open_ms p50 ${open.p50} p95 ${open.p95} (n=${open.n})`);
  console.log(`action_log_filter_ms p50 ${filter.p50} p95 ${filter.p95} (n=${filter.n})`);
  return { action_log_open_ms: open.p50, action_log_filter_p95_ms: filter.p95 };
}

/** Types `keyCount` keys into the first paragraph of the open minutes; key-to-paint times. */
async function typeIntoFirstParagraph(page) {
  if (!(await page.evaluate(() => window.__bench !== undefined)))
    await page.evaluate(installProbes);
  const field = page.locator('textarea[aria-label^="Paragraph, item"]').first();
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.click();
  await page.keyboard.press('End');
  await typeProse(page, 15, 1000);
  const { paint } = await page.evaluate(readProbes);
  if (paint.length !== keyCount) throw new Error(`saw ${paint.length} paints, not ${keyCount}`);
  return summary(paint);
}

/**
 * `{ minutes_open_ms, keystroke_paint_p95_ms_15y }`: the archive's meeting opened in the
 * minutes editor, then keys typed into it.
 */
export async function benchMinutes(page, ids) {
  const found = ids ?? (await findArchiveIds(page));
  const open = await openTimes(
    page,
    `#/meetings/${found.meetingId}/minutes`,
    '[data-testid="minutes-item"] .block-list, [data-testid="minutes-item"] .empty',
  );
  console.log(`minutes_open_ms p50 ${open.p50} p95 ${open.p95} (n=${open.n})`);
  let typed15y = null;
  if (found.editable !== false) {
    typed15y = await typeIntoFirstParagraph(page);
    console.log(`keystroke_paint_ms_15y p50 ${typed15y.p50} p95 ${typed15y.p95}`);
  }
  return { minutes_open_ms: open.p50, keystroke_paint_p95_ms_15y: typed15y?.p95 ?? null };
}

/**
 * `keystroke_paint_p95_ms_120_items`: keys typed into a 120-item meeting seeded through the
 * screens (as bench/typing.mjs seeds its meeting) in a fresh context of `browser`. Run it
 * with no other page of the app open, as the reference meeting is typed: a page of the
 * fifteen-year archive left open runs its scheduled backup of the keys typed into it, and
 * that contention is what `backup_max_frame_gap_ms` measures, not the editor's length.
 */
export async function benchTyping120Items(browser, baseUrl) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    await seedMeeting(page, baseUrl, 120);
    await seedParagraphs(page, 120);
    const typed = summary((await typeIntoItem(page, 60)).paint);
    console.log(`keystroke_paint_ms_120_items p50 ${typed.p50} p95 ${typed.p95}`);
    return typed.p95;
  } finally {
    await context.close();
  }
}
