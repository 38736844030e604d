/* global document, indexedDB */
// Seeds a meeting through the UI and types into one paragraph of the minutes editor like a
// person.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  findParagraphId,
  installProbes,
  readProbes,
  resetProbes,
  startCommitPoller,
  stopCommitPoller,
} from './in-page.mjs';

export const keyCount = 300;
const seedTitle = (n) => `Seeded agenda item ${n}`;

/** Creates a body, a meeting and `items` agenda items; leaves the page on the agenda. */
export async function seedMeeting(page, baseUrl, items) {
  await page.goto(baseUrl);
  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name', { exact: true }).fill('Bench Panel');
  await newBody.getByLabel('Action prefix').fill('BENCH');
  await newBody.getByLabel('Secretariat').fill('BENCHSEC');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Number').fill('30');
  await newMeeting.getByLabel('Date').fill('2016-03-10');
  await newMeeting.getByLabel('Time').fill('10:00');
  await newMeeting.getByLabel('Venue').fill('8 Fenchurch Place, London');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await page.getByRole('heading', { level: 1, name: /Bench Panel meeting 30/ }).waitFor();

  // The add form clears at once and queues each write in order, so there is no need to
  // wait for each row: wait once for all of them.
  const field = page.getByLabel('New agenda item');
  for (let n = 1; n <= items; n++) {
    await field.fill(seedTitle(n));
    await field.press('Enter');
  }
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="agenda-item"]').length === count,
    items,
    { timeout: 60_000 },
  );
}

/** Opens the meeting's minutes and gives each of its `items` items an empty paragraph. */
export async function seedParagraphs(page, items) {
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page
    .getByTestId('minutes-item')
    .nth(items - 1)
    .waitFor();
  for (let n = 1; n <= items; n++) {
    await page.getByRole('button', { name: `Add paragraph to item ${n}`, exact: true }).click();
  }
  // The editor draws only the items near the window, so count what is stored.
  await page.waitForFunction(countParagraphs, items, { timeout: 60_000, polling: 100 });
}

/** In the page: whether IndexedDB holds `count` paragraph blocks. */
function countParagraphs(count) {
  return new Promise((resolve) => {
    const request = indexedDB.open('minutebook');
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('itemMinutes').objectStore('itemMinutes').getAll();
      all.onerror = () => (db.close(), resolve(false));
      all.onsuccess = () => {
        db.close();
        const blocks = all.result.flatMap((row) => row.blocks);
        resolve(blocks.filter((b) => b.kind === 'paragraph').length === count);
      };
    };
  });
}

/** A small deterministic PRNG, so every run types with the same rhythm. */
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const prose = 'The Panel noted the update and agreed the revised timetable. ';

/**
 * Once the frames of the click that focused the field have passed, forgets what the probes
 * saw and types `keyCount` characters of prose into the focused field, one key every 60–120
 * ms in the rhythm of `seed`; then waits `settleMs` for what the keys set going.
 */
export async function typeProse(page, seed, settleMs) {
  await sleep(300);
  await page.evaluate(resetProbes);
  const random = mulberry32(seed);
  for (let i = 0; i < keyCount; i++) {
    await page.keyboard.type(prose[i % prose.length]);
    await sleep(60 + random() * 60);
  }
  await sleep(settleMs);
}

/**
 * Types `keyCount` characters into the paragraph of item `n` in the minutes editor, one key
 * every 60–120 ms. With `commits`, also polls IndexedDB and returns each key's
 * keystroke-to-committed time. Returns { paint, eventTiming, commit } (ms); eventTiming holds
 * only entries ≥ 16 ms.
 */
export async function typeIntoItem(page, n, { commits = false } = {}) {
  // The editor draws an item's fields once it is near the window: go to it first.
  await page
    .getByTestId('minutes-item')
    .nth(n - 1)
    .scrollIntoViewIfNeeded();
  const field = page.getByLabel(`Paragraph, item ${n}, block 1`, { exact: true });
  // As a person would, type with the field in view. A click alone scrolls it just inside the
  // bottom edge, where the growing last line is clipped: Chromium then reports no
  // presentation for those keys until a later frame, and Event Timing reads seconds although
  // frames keep coming every ~11 ms (the paint probe shows it).
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.click();
  await page.keyboard.press('End');
  const startLength = (await field.inputValue()).length;
  if (commits)
    await page.evaluate(startCommitPoller, await page.evaluate(findParagraphId, seedTitle(n)));
  // The last write lands ≤ 150 ms after the last key; Event Timing entries arrive late too.
  await typeProse(page, n, 1000);
  const seen = commits ? await page.evaluate(stopCommitPoller) : [];
  const { keys, paint, eventTiming } = await page.evaluate(readProbes);
  const typed = await field.inputValue();
  if (keys.length !== keyCount || paint.length !== keyCount)
    throw new Error(`saw ${keys.length} keydowns and ${paint.length} paints, not ${keyCount}`);
  if (typed.length !== startLength + keyCount)
    throw new Error(
      `item ${n}'s paragraph is ${typed.length} characters, not ${startLength + keyCount}`,
    );

  const commit = [];
  if (commits) {
    for (const [i, keyTime] of keys.entries()) {
      // Key i is committed once the stored paragraph holds at least startLength + i + 1 chars.
      const hit = seen.find(([, length]) => length >= startLength + i + 1);
      if (!hit) throw new Error(`key ${i + 1} of ${keyCount} never reached IndexedDB`);
      commit.push(hit[0] - keyTime);
    }
  }
  return { paint, eventTiming, commit };
}

/**
 * The same keys typed into a bare textarea on a page of its own, with the same probes: the
 * floor this machine and browser set under every keystroke figure (no app at all).
 */
export async function typeIntoPlainTextarea(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes);
    await page.route('http://plain.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><textarea aria-label="Plain" rows="4" cols="60"></textarea>',
      }),
    );
    await page.goto('http://plain.test/');
    const field = page.getByLabel('Plain');
    await field.click();
    await typeProse(page, 1, 500);
    const { paint } = await page.evaluate(readProbes);
    if (paint.length !== keyCount) throw new Error(`saw ${paint.length} paints, not ${keyCount}`);
    return paint;
  } finally {
    await context.close();
  }
}
