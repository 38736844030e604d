import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { importArchiveFile } from './support/ui';

// The Chair view on a laptop (1366×768) and a projector (1920×1080), in light and dark, with
// the 25 items of the reference meeting (SEC Panel meeting 30): the current item, its timer,
// the clocks and the commands are in the window without scrolling; the agenda scrolls alone.

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

interface ArchiveItem {
  title: string;
  presenter: string;
  paperRefs: string[];
  parentId: string | null;
  plannedMinutes: number | null;
  status: string;
  startedAt: string | null;
  spentSeconds: number;
}
interface ArchiveMeeting {
  id: string;
  status: string;
  startedAt: string | null;
  closedAt: string | null;
  agendaItems: ArchiveItem[];
}
interface Archive {
  bodies: { meetings: ArchiveMeeting[] }[];
}

/** Items 15, 18 and 21 of the reference agenda lose their planned time. */
const unplanned = new Set([15, 18, 21]);

/**
 * The reference meeting as if it were running now: live, items before `at` done, item `at`
 * current since three minutes ago (or, with `current: false`, waiting to be taken up), the
 * rest pending; items 15, 18 and 21 with no planned time.
 */
function liveMeeting(
  at: number,
  current: boolean,
  change: (item: ArchiveItem) => void = () => undefined,
): { meetingId: string; file: Buffer } {
  const archive = JSON.parse(readFileSync(fixture, 'utf8')) as Archive;
  const meeting = archive.bodies[0]?.meetings[0];
  if (meeting === undefined) throw new Error('the reference archive has no meeting');
  const now = Date.now();
  meeting.status = 'live';
  meeting.startedAt = new Date(now - 95 * 60_000).toISOString();
  meeting.closedAt = null;
  const top = meeting.agendaItems.filter((item) => item.parentId === null);
  expect(top).toHaveLength(25);
  top.forEach((item, index) => {
    const number = index + 1;
    if (unplanned.has(number)) item.plannedMinutes = null;
    if (number < at) return; // done, with its time kept
    item.status = number === at && current ? 'current' : 'pending';
    item.startedAt = number === at && current ? new Date(now - 3 * 60_000).toISOString() : null;
    item.spentSeconds = 0;
    if (number === at) change(item);
  });
  return { meetingId: meeting.id, file: Buffer.from(JSON.stringify(archive)) };
}

/** Imports the archive through the body page, as a secretary would, and opens the Chair view. */
async function openChair(page: Page, meetingId: string, file: Buffer): Promise<void> {
  await importArchiveFile(page, file, 'sec-panel-30-live.json');
  await page.goto(`/#/meetings/${meetingId}/chair`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SEC Panel meeting 30');
  await dismissNotices(page);
}

/** Clears the messages shown so far (the import's), so the screenshots show the view alone. */
async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/**
 * Minutes still to run with item `at` current for `elapsed` minutes: what is left of its plan,
 * then every later item's plan, 10 minutes for one without.
 */
function minutesToGo(file: Buffer, at: number, elapsed: number): number {
  const archive = JSON.parse(file.toString('utf8')) as Archive;
  const top = (archive.bodies[0]?.meetings[0]?.agendaItems ?? []).filter(
    (i) => i.parentId === null,
  );
  return top.reduce((sum, item, index) => {
    const planned = item.plannedMinutes ?? 10;
    if (index + 1 === at) return sum + Math.max(0, planned - elapsed);
    return index + 1 > at ? sum + planned : sum;
  }, 0);
}

/** The projected finish shown is the page's time now plus `minutes`, give or take a minute. */
async function expectFinish(page: Page, minutes: number): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  const shown = (await page.getByTestId('projected-finish').textContent()) ?? '';
  const [h = NaN, m = NaN] = shown.split(':').map(Number);
  const expected = new Date(now + minutes * 60_000);
  const off = Math.abs(h * 60 + m - (expected.getHours() * 60 + expected.getMinutes()));
  expect(Math.min(off, 24 * 60 - off), `projected finish ${shown}`).toBeLessThanOrEqual(1);
}

/** Asserts by its bounding box that an element lies wholly inside the window. */
async function expectInWindow(page: Page, what: string, locator: Locator): Promise<void> {
  await expect(locator, what).toBeVisible();
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (box === null || size === null) throw new Error(`${what}: no box or no window size`);
  const where = `${what} at x ${box.x.toFixed(0)}–${(box.x + box.width).toFixed(0)}, y ${box.y.toFixed(0)}–${(box.y + box.height).toFixed(0)} in ${String(size.width)}×${String(size.height)}`;
  expect(box.x >= 0 && box.y >= 0, where).toBe(true);
  expect(box.x + box.width <= size.width && box.y + box.height <= size.height, where).toBe(true);
}

/**
 * Asserts by bounding boxes that an element lies wholly inside the panel holding it: a panel
 * that clips what overflows it could otherwise hide an element that is "in the window".
 */
async function expectWithin(what: string, inner: Locator, outer: Locator): Promise<void> {
  const [box, panel] = [await inner.boundingBox(), await outer.boundingBox()];
  if (box === null || panel === null) throw new Error(`${what}: no box`);
  const where = `${what} at y ${box.y.toFixed(0)}–${(box.y + box.height).toFixed(0)} in its panel at y ${panel.y.toFixed(0)}–${(panel.y + panel.height).toFixed(0)}`;
  expect(box.y >= panel.y && box.x >= panel.x, where).toBe(true);
  const inside =
    box.y + box.height <= panel.y + panel.height && box.x + box.width <= panel.x + panel.width;
  expect(inside, where).toBe(true);
}

/** The title, timer, clock and state of the current item, each inside the window and its panel. */
async function expectCurrentItemInSight(page: Page): Promise<void> {
  const panel = page.getByTestId('current-item');
  const parts = {
    'current item title': panel.getByRole('heading', { level: 2 }),
    'item timer': page.getByTestId('item-timer'),
    'item clock': page.getByTestId('item-clock'),
    'item state': page.getByTestId('item-state'),
  };
  for (const [what, part] of Object.entries(parts)) {
    await expectInWindow(page, what, part);
    await expectWithin(what, part, panel);
  }
}

/** The page itself does not scroll: everything is in the window, the agenda scrolls alone. */
async function expectNoPageScroll(page: Page): Promise<void> {
  const page_ = await page.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    height: window.innerHeight,
    y: window.scrollY,
  }));
  expect(page_.scroll, 'the page is no higher than the window').toBeLessThanOrEqual(page_.height);
  expect(page_.y).toBe(0);
}

const backgrounds = { light: 'rgb(246, 247, 249)', dark: 'rgb(21, 24, 28)' } as const;

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const size of sizes) {
  const label = `${String(size.width)}x${String(size.height)}`;

  test(`at ${label} the Chair sees the item, its timer, the clocks and every command without scrolling, light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const { meetingId, file } = liveMeeting(13, true);
    await openChair(page, meetingId, file);

    const current = page.getByTestId('current-item');
    await expect(current.getByRole('heading', { level: 2 })).toHaveText('Item 13: DECC Update');
    const agenda = page.getByTestId('chair-agenda');
    const row13 = page.getByTestId('chair-agenda-item').nth(12);
    await expect(row13).toHaveAttribute('aria-current', 'step');

    // Three of the thirteen items still to run have no planned time: counted at 10 minutes.
    await expect(page.getByTestId('projected-finish-note')).toHaveText(
      'includes 3 items without a planned time at 10 min each',
    );
    await expectFinish(page, minutesToGo(file, 13, 3));

    for (const theme of ['light', 'dark'] as const) {
      await page.getByLabel('Theme').selectOption(theme);
      await expect(page.locator('.chair-view')).toHaveCSS('background-color', backgrounds[theme]);
      await expectNoPageScroll(page);
      await expectCurrentItemInSight(page);
      await expectInWindow(page, 'meeting clock', page.getByTestId('meeting-clock'));
      await expectInWindow(page, 'projected finish', page.getByTestId('projected-finish'));
      await expectInWindow(page, 'finish note', page.getByTestId('projected-finish-note'));
      for (const name of [/^Next item/, /^Defer/, /^Withdraw/, /^Close meeting/]) {
        await expectInWindow(page, String(name), page.getByRole('button', { name }));
      }
      // The agenda scrolls on its own, and shows the current item (13 of 25) in its box.
      const scroll = await agenda.evaluate((el) => ({
        own: el.scrollHeight > el.clientHeight,
        overflow: getComputedStyle(el).overflowY,
      }));
      expect(scroll).toEqual({ own: true, overflow: 'auto' });
      const box = await agenda.boundingBox();
      const rowBox = await row13.boundingBox();
      if (box === null || rowBox === null) throw new Error('no agenda or row box');
      expect(rowBox.y).toBeGreaterThanOrEqual(box.y);
      expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(box.y + box.height);
      await page.screenshot({ path: `test-results/screenshots/chair-${label}-${theme}.png` });
    }

    // The agenda is scrolled from the keyboard, and the page stays where it is. Home first:
    // keeping the current item in the middle can leave the list at its very bottom already.
    await agenda.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => agenda.evaluate((el) => el.scrollTop)).toBe(0);
    await page.keyboard.press('End');
    await expect
      .poll(() => agenda.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
      .toBeLessThanOrEqual(1);
    expect(await agenda.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expectNoPageScroll(page);
  });

  test(`at ${label}, between items the Chair is told so, with the next item and the way to start it`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const { meetingId, file } = liveMeeting(13, false);
    await openChair(page, meetingId, file);

    const idle = page.getByTestId('chair-idle');
    await expect(idle.getByRole('heading', { level: 2 })).toHaveText('Between items');
    await expect(page.getByTestId('chair-idle-next')).toHaveText('Next: 13. DECC Update · 5 min');
    const start = idle.getByRole('button', { name: 'Start item 13' });
    await expectNoPageScroll(page);
    await expectInWindow(page, 'between-items heading', idle.getByRole('heading', { level: 2 }));
    await expectInWindow(page, 'next item', page.getByTestId('chair-idle-next'));
    await expectInWindow(page, 'start button', start);
    await expectInWindow(page, 'Next item', page.getByRole('button', { name: /^Next item/ }));
    await expectInWindow(page, 'Close', page.getByRole('button', { name: 'Close meeting…' }));
    await page.screenshot({ path: `test-results/screenshots/chair-${label}-between.png` });

    await start.click();
    await expect(page.getByTestId('current-item').getByRole('heading', { level: 2 })).toHaveText(
      'Item 13: DECC Update',
    );
    await expect(page.getByTestId('chair-agenda-item').nth(12)).toHaveAttribute(
      'data-status',
      'current',
    );
  });
}

test('a long title, presenter and papers leave the timer and the commands in the window', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const title =
    'Modification Proposals: the nine Initial Modification Reports, their Working Groups, the Refinement Process and the Change Board’s view of each';
  const { meetingId, file } = liveMeeting(13, true, (item) => {
    item.title = title;
    item.presenter = 'SECAS with the DCC and the Change Board Chair';
    item.paperRefs = [
      'SECP_30_1003_11',
      'SECP_30_1003_11A',
      'SECP_30_1003_11B',
      'SECP_30_1003_11C',
    ];
  });
  await openChair(page, meetingId, file);
  const heading = page.getByTestId('current-item').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(`Item 13: ${title}`);
  await expectNoPageScroll(page);
  await expectCurrentItemInSight(page);
  for (const name of [/^Next item/, /^Defer/, /^Withdraw/, /^Close meeting/]) {
    await expectInWindow(page, String(name), page.getByRole('button', { name }));
  }
  await page.screenshot({ path: 'test-results/screenshots/chair-1366x768-long-title.png' });
});

test('after a deferral and the last item the agenda is done, and Close is offered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { meetingId, file } = liveMeeting(24, true);
  await openChair(page, meetingId, file);
  await expect(page.getByTestId('current-item')).toContainText('SEC Party Update');

  // D sets item 24 aside and item 25 starts; N on the last item leaves nothing to take up.
  await page.keyboard.press('d');
  await expect(page.getByTestId('current-item')).toContainText('Any Other Business');
  await expect(page.getByRole('button', { name: /^Finish item/ })).toBeVisible();
  // Nothing left but the current item, which has a planned time: no default was counted.
  await expect(page.getByTestId('projected-finish-note')).toHaveCount(0);
  await dismissNotices(page);
  await page.keyboard.press('n');

  const idle = page.getByTestId('chair-idle');
  await expect(idle.getByRole('heading', { level: 2 })).toHaveText('Agenda done');
  await expect(page.getByTestId('chair-idle-message')).toHaveText(
    'Every item has been taken up. Deferred: 24. SEC Party Update — take it up from the agenda, or close the meeting.',
  );
  const close = idle.getByRole('button', { name: 'Close meeting…' });
  await expectNoPageScroll(page);
  await expectInWindow(page, 'agenda done', idle.getByRole('heading', { level: 2 }));
  await expectInWindow(page, 'Close in the panel', close);
  await expect(page.getByRole('button', { name: 'Take up item 24 now' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/chair-1366x768-agenda-done.png' });

  await close.click();
  const dialog = page.getByRole('dialog', { name: 'Close the meeting?' });
  await expect(dialog).toContainText('The meeting clock stops.');
  await dialog.getByRole('button', { name: 'Close meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting closed' })).toBeVisible();
});
