import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

const titles = [
  'Minutes and Actions Outstanding',
  'Event of Default Update',
  'Modification P344',
  'Any Other Business',
];
const planned = ['5', '10', '15', '5'];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A meeting with four items, each with planned minutes, and a presenter and paper on item 3. */
async function prepareAgenda(page: Page): Promise<void> {
  await createBodyAndMeeting(page);
  await addItems(page, titles);
  for (const [index, minutes] of planned.entries()) {
    const field = page.getByLabel('Planned minutes').nth(index);
    await field.fill(minutes);
    await field.press('Tab');
    await expect(field).toHaveValue(minutes);
  }
  const presenter = page.getByLabel('Presenter').nth(2);
  await presenter.fill('ELEXON (JL)');
  await presenter.press('Tab');
}

/** Opens the Chair view from the Agenda page: a second tab of the same origin in a browser. */
async function openChairView(page: Page): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Open Chair view' }).click();
  const chair = await opened;
  await chair.waitForLoadState();
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('SEC Panel meeting 30');
  return chair;
}

const row = (page: Page, number: number) => page.getByTestId('chair-agenda-item').nth(number - 1);

test('the Chair drives a meeting', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2016-03-10T10:00:00') });
  await prepareAgenda(page);
  const lifecycle = page.getByTestId('lifecycle');
  await expect(lifecycle.getByTestId('meeting-status')).toHaveText('Draft agenda');

  const chair = await openChairView(page);
  await expect(chair).toHaveURL(/#\/meetings\/[^/]+\/chair$/);
  await expect(chair.getByRole('heading', { name: 'Not started' })).toBeVisible();
  await expect(chair.getByText('It is due at 10:00. Planned: 35 minutes.')).toBeVisible();
  await expect(chair.getByTestId('projected-finish')).toHaveText(/^10:3[5-9]$/);
  await chair.setViewportSize({ width: 1280, height: 800 });
  await chair.screenshot({ path: 'test-results/screenshots/chair-view-not-started.png' });
  await chair.getByRole('button', { name: 'Start meeting' }).click();

  // Item 1 runs; the secretary's agenda, in the other tab, follows at once.
  const current = chair.getByTestId('current-item');
  await expect(current.getByRole('heading', { level: 2 })).toHaveText(`Item 1: ${titles[0]}`);
  await expect(chair.getByTestId('item-state')).toHaveText(/^On time · 0[45]:\d\d left$/);
  await expect(lifecycle.getByTestId('meeting-status')).toHaveText('Live');
  await expect(lifecycle.getByTestId('lifecycle-current')).toContainText(`item 1 ${titles[0]}`);

  // Time moves: amber from 80 % of the five planned minutes, red beyond them.
  await chair.clock.fastForward('04:10');
  await expect(chair.getByTestId('item-timer')).toHaveAttribute('data-state', 'amber');
  await expect(chair.getByTestId('item-state')).toHaveText(/^Nearly out of time · 00:\d\d left$/);
  await expect(chair.getByTestId('item-clock')).toHaveText(/^04:\d\d$/);
  await chair.clock.fastForward('01:00');
  await expect(chair.getByTestId('item-timer')).toHaveAttribute('data-state', 'red');
  await expect(chair.getByTestId('item-state')).toHaveText(/^Over time by 00:\d\d$/);
  await expect(chair.getByTestId('meeting-clock')).toContainText(/^05:\d\d/);
  await chair.screenshot({ path: 'test-results/screenshots/chair-view-over-time.png' });

  // N finishes item 1 (ticked, with its time) and starts item 2.
  await chair.keyboard.press('n');
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'done');
  await expect(row(chair, 1)).toContainText(
    /✓\s*1\s*Minutes and Actions Outstanding\s*Done\s*05:\d\d/,
  );
  await expect(row(chair, 2)).toHaveAttribute('aria-current', 'step');
  await expect(chair.getByTestId('item-clock')).toHaveText(/^00:0\d$/);
  await expect(lifecycle.getByTestId('lifecycle-current')).toContainText(`item 2 ${titles[1]}`);

  // D defers item 2; item 3 starts, with its presenter shown.
  await chair.keyboard.press('d');
  await expect(row(chair, 2)).toHaveAttribute('data-status', 'deferred');
  await expect(row(chair, 2)).toContainText('Deferred');
  await expect(chair.getByText('Item 2 “Event of Default Update” deferred.')).toBeVisible();
  await chair.screenshot({ path: 'test-results/screenshots/chair-view-notice.png' });
  await expect(current.getByRole('heading', { level: 2 })).toHaveText(`Item 3: ${titles[2]}`);
  await expect(current).toContainText('PresenterELEXON (JL)');
  await expect(lifecycle.getByTestId('lifecycle-current')).toContainText(`item 3 ${titles[2]}`);
  await expect(lifecycle.getByTestId('progress-item')).toHaveText([
    '1 Done',
    '2 Deferred',
    '3 Now',
    '4 To come',
  ]);
  await lifecycle.screenshot({ path: 'test-results/screenshots/lifecycle-live.png' });

  // Three minutes into item 3: 12 of its 15 minutes left, plus item 4's 5 minutes.
  await chair.clock.fastForward('03:00');
  await expect(chair.getByTestId('item-clock')).toHaveText(/^03:0\d$/);
  const now = await chair.evaluate(() => Date.now());
  const shown = (await chair.getByTestId('projected-finish').textContent()) ?? '';
  const [h, m] = shown.split(':').map(Number) as [number, number];
  const expected = new Date(now + 17 * 60_000);
  const minutesOff = Math.abs(h * 60 + m - (expected.getHours() * 60 + expected.getMinutes()));
  expect(minutesOff).toBeLessThanOrEqual(1);
  await expect(chair.getByTestId('up-next')).toHaveText(`Next: 4 ${titles[3]} · 5 min`);

  // The confirmation of the deferral went by itself in those three minutes.
  await expect(chair.getByText('Item 2 “Event of Default Update” deferred.')).toHaveCount(0);
  await chair.screenshot({ path: 'test-results/screenshots/chair-view.png' });
  expect(await seriousViolations(chair)).toEqual([]);
  await chair.emulateMedia({ colorScheme: 'dark' });
  await chair.screenshot({ path: 'test-results/screenshots/chair-view-dark.png' });
  expect(await seriousViolations(chair)).toEqual([]);

  // A projector in a bright room: the Chair forces light whatever the laptop's theme.
  const theme = chair.getByLabel('Theme');
  await theme.selectOption('light');
  await expect(chair.locator('.chair-view')).toHaveCSS('background-color', 'rgb(246, 247, 249)');
  await theme.selectOption('dark');
  await chair.emulateMedia({ colorScheme: 'light' });
  await expect(chair.locator('.chair-view')).toHaveCSS('background-color', 'rgb(21, 24, 28)');
  expect(await seriousViolations(chair)).toEqual([]);
  // A key typed into a field is not a command.
  await theme.press('n');
  await expect(row(chair, 3)).toHaveAttribute('data-status', 'current');
  await theme.selectOption('system');

  // Closing asks first; cancelling changes nothing.
  await chair.getByRole('button', { name: 'Close meeting…' }).click();
  const dialog = chair.getByRole('dialog', { name: 'Close the meeting?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await chair.keyboard.press('n'); // shortcuts are off while the dialog is open
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row(chair, 3)).toHaveAttribute('data-status', 'current');
  await chair.getByRole('button', { name: 'Close meeting…' }).click();
  await dialog.getByRole('button', { name: 'Close meeting' }).click();
  await expect(chair.getByRole('heading', { name: 'Meeting closed' })).toBeVisible();
  await expect(row(chair, 3)).toHaveAttribute('data-status', 'done');

  // The secretary's agenda shows where every item ended.
  await expect(lifecycle.getByTestId('meeting-status')).toHaveText('Held');
  await expect(lifecycle.getByTestId('progress-item')).toHaveText([
    '1 Done',
    '2 Deferred',
    '3 Done',
    '4 Not taken',
  ]);
  await page.screenshot({ path: 'test-results/screenshots/agenda-lifecycle-held.png' });
});

test('the Chair and the secretary write to the same item at once; neither loses the other’s edit', async ({
  page,
}) => {
  await prepareAgenda(page);
  const chair = await openChairView(page);
  await chair.getByRole('button', { name: 'Start meeting' }).click();
  await expect(row(chair, 1)).toHaveAttribute('aria-current', 'step');

  // The secretary retitles item 1 while the Chair finishes it: one row, two windows, two fields.
  const title = page.getByLabel('Title of item 1');
  await title.fill('');
  const typedFirst = 'Minutes, Actions';
  const retitled = `${typedFirst} Outstanding and the Panel Information Policy`;
  await title.pressSequentially(typedFirst);
  // The Chair presses N while the secretary is still typing the rest of the title.
  await Promise.all([
    title.pressSequentially(retitled.slice(typedFirst.length), { delay: 15 }),
    chair.keyboard.press('n'),
  ]);
  await expect(title).toHaveValue(retitled);
  await title.blur();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'done');
  await expect(row(chair, 1)).toContainText(retitled);

  await page.reload();
  await chair.reload();
  await expect(page.getByLabel('Title of item 1')).toHaveValue(retitled);
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'done');
  await expect(row(chair, 2)).toHaveAttribute('aria-current', 'step');
});

test('withdrawing can be undone, and a deferred item taken up again', async ({ page }) => {
  await prepareAgenda(page);
  const chair = await openChairView(page);
  await chair.getByRole('button', { name: 'Start meeting' }).click();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'current');

  await chair.getByRole('button', { name: /^Withdraw/ }).click();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'withdrawn');
  await expect(row(chair, 2)).toHaveAttribute('data-status', 'current');
  await chair.getByRole('button', { name: 'Undo' }).click();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'current');
  await expect(row(chair, 2)).toHaveAttribute('data-status', 'pending');

  await chair.getByRole('button', { name: /^Defer/ }).click();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'deferred');
  await chair.getByRole('button', { name: 'Take up item 1 now' }).click();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'current');
  await chair.getByRole('button', { name: /^Next item/ }).click();
  await expect(row(chair, 1)).toHaveAttribute('data-status', 'done');
  await expect(row(chair, 2)).toHaveAttribute('data-status', 'current');
});

test('approved minutes take amendments only', async ({ page }) => {
  await prepareAgenda(page);
  const lifecycle = page.getByTestId('lifecycle');
  await lifecycle.getByRole('button', { name: 'Start meeting' }).click();
  await lifecycle.getByRole('button', { name: 'Close meeting…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close meeting' }).click();
  await expect(lifecycle.getByTestId('meeting-status')).toHaveText('Held');
  await lifecycle.getByRole('button', { name: 'Mark minutes approved…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark minutes approved' }).click();
  await expect(lifecycle.getByTestId('meeting-status')).toHaveText('Minutes approved');
  await expect(page.getByLabel('New agenda item')).toHaveCount(0);

  await lifecycle.getByLabel('Date of the amendment').fill('2016-04-14');
  await lifecycle.getByLabel('Reason').fill('Agreed at meeting 31');
  await lifecycle.getByLabel('Amended wording').fill('The Panel NOTED the update — “as amended”.');
  await lifecycle.getByRole('button', { name: 'Record amendment' }).click();
  const list = lifecycle.getByRole('list', { name: 'Amendments' });
  await expect(list).toContainText(
    'Thursday 14 April 2016, the minutes as a whole — Agreed at meeting 31',
  );
  await expect(list).toContainText('The Panel NOTED the update — “as amended”.');
  await expect(lifecycle.getByLabel('Reason')).toHaveValue('');
  await lifecycle.screenshot({ path: 'test-results/screenshots/lifecycle-amendments.png' });
  expect(await seriousViolations(page)).toEqual([]);
});
