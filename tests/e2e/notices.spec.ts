import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

// How long a plain confirmation and one with Undo stay (src-renderer/state/notices.ts).
const plainLifetimeMs = 6000;
const undoLifetimeMs = 10_000;

const notice = (page: Page, text: string | RegExp) =>
  page.getByTestId('notice').filter({ hasText: text });

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Meeting' }).getByRole('link', { name }).click();
}

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** The box of an element, which must be on screen. */
async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (box === null) throw new Error(`${locator.toString()} has no box`);
  return box;
}

/** True when two boxes share any area. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = [await boxOf(a), await boxOf(b)];
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

test.beforeEach(async ({ page }) => {
  // Time runs as usual until a test moves it on: no test waits for a notice's lifetime.
  await page.clock.install({ time: new Date('2016-03-10T09:30:00') });
  await createBodyAndMeeting(page);
});

test('a confirmation goes by itself, later when it offers Undo, and waits while hovered', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  const added = notice(page, '“Minutes and Actions Outstanding” added as item 1.');
  await expect(added).toBeVisible();
  // Read out politely, in the live region that was there before it.
  await expect(page.getByRole('status').filter({ has: added })).toHaveAttribute(
    'aria-live',
    'polite',
  );
  await page.clock.runFor(plainLifetimeMs);
  await expect(added).toHaveCount(0);

  // Delete offers Undo and stays longer; hovering holds it, so the Undo can be reached.
  await page.getByRole('button', { name: 'Delete item 1' }).click();
  const deleted = notice(page, 'deleted.');
  await expect(deleted).toBeVisible();
  await page.clock.runFor(plainLifetimeMs);
  await expect(deleted).toBeVisible();
  await deleted.hover();
  await page.clock.runFor(60_000);
  await expect(deleted).toBeVisible();
  await page.mouse.move(0, 0);
  await page.clock.runFor(undoLifetimeMs);
  await expect(deleted).toHaveCount(0);

  // So does the focus on it: a keyboard user tabs to Undo in their own time.
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await page.getByRole('button', { name: 'Delete item 1' }).click();
  const undo = deleted.getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.clock.runFor(60_000);
  await page.keyboard.press('Enter');
  await expect(deleted).toHaveCount(0);
  await expect(page.getByTestId('agenda-item')).toHaveCount(1);
});

test('an error stays until dismissed, is read out at once and leaves the focus where it was', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await addItems(page, ['Privacy Assessment']);
  const title = page.getByLabel('Title of item 1');
  await title.focus();
  await paste(page, 'x'.repeat(600));
  const refused = notice(page, 'That paste was not made');
  await expect(refused).toBeVisible();
  await expect(title).toBeFocused();
  await expect(page.locator('[aria-live="assertive"]').filter({ has: refused })).toHaveCount(1);
  await page.clock.runFor(10 * 60_000);
  await expect(refused).toBeVisible();
  await refused.getByRole('button', { name: 'Dismiss message' }).click();
  await expect(refused).toHaveCount(0);
});

test('notices belong to their screen and go when the user moves to another', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await addItems(page, ['Privacy Assessment']);
  await page.getByLabel('Title of item 1').focus();
  await paste(page, 'x'.repeat(600));
  await page.getByRole('button', { name: 'Add Actions Outstanding item' }).click();
  await expect(page.getByTestId('notice')).toHaveCount(2);

  await openTab(page, 'Attendance');
  await expect(page.getByRole('heading', { name: 'Add a guest' })).toBeVisible();
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await openTab(page, 'Agenda');
  await expect(page.getByTestId('agenda-item')).toHaveCount(2);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Back and forward in the browser count as moving too.
  await page.getByRole('button', { name: 'Delete item 1' }).click();
  await expect(notice(page, 'deleted.')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Add a guest' })).toBeVisible();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a notice raised as the app moves to another screen goes along with it', async ({ page }) => {
  // Importing an archive opens the body it brought, and says what was imported there.
  await page.getByRole('link', { name: 'SEC Panel' }).click();
  await expect(page).toHaveURL(/#\/bodies\/[^/]+$/);
  const before = page.url();
  const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/#\/bodies\/[^/]+$/);
  await expect(
    notice(page, /^Imported “SEC Panel” from sec-panel-30\.archive\.json\./),
  ).toBeVisible();
});

test('a notice never covers the field being typed in', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A laptop's screen; the guest form sits at the bottom right, where notices usually go.
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTab(page, 'Attendance');
  const guest = page.getByRole('form', { name: 'Add a guest' });
  const organisation = guest.getByLabel('Organisation');
  const add = guest.getByRole('button', { name: 'Add guest' });
  await guest.getByLabel('Guest’s name').fill('Nick Blake');
  await add.scrollIntoViewIfNeeded();

  // A paste too long for Organisation: an error while the field has the focus.
  await organisation.focus();
  await paste(page, 'Electricity Network '.repeat(30));
  const refused = notice(page, 'That paste was not made');
  await expect(refused).toBeVisible();
  await expect(organisation).toBeFocused();
  const region = page.locator('.notices');
  await expect.poll(() => overlaps(region, organisation)).toBe(false);
  expect(await overlaps(region, add)).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/notice-clear-of-guest-form.png' });

  // The action's Due field, reached by Tab from the action's Owner, where an error arose.
  await openTab(page, 'Agenda');
  await addItems(page, ['Privacy Assessment']);
  await openTab(page, 'Minutes');
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  await page.keyboard.press('Alt+A');
  const actionText = page.getByLabel('Action SECP30/01: to …');
  await expect(actionText).toBeFocused();
  const due = page.getByLabel('Due');
  // A window just tall enough to show the Due field, at the bottom where notices usually go.
  const dueBox = await boxOf(due);
  await page.setViewportSize({ width: 1366, height: Math.round(dueBox.y + dueBox.height + 20) });
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByLabel('Owner')).toBeFocused();
  await paste(page, 'Electricity Network '.repeat(30));
  await expect(refused).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(due).toBeFocused();
  await expect(refused).toBeVisible();
  await expect.poll(() => overlaps(page.locator('.notices'), due)).toBe(false);
  await page.screenshot({ path: 'test-results/screenshots/notice-clear-of-due.png' });
});
