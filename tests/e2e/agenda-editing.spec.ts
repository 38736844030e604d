import { expect, test } from '@playwright/test';
import { holdWrites } from './support/hold';
import { storedItem } from './support/stored';
import { addItems, agendaNames, createBodyAndMeeting } from './support/ui';

test.beforeEach(async ({ page }) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Alpha', 'Bravo', 'Charlie']);
});

test('edits save themselves and survive a reload', async ({ page }) => {
  const title = page.getByLabel('Title of item 2');
  await title.fill('Bravo — Ŵŷ Ελληνικά Кириллица');
  await page.getByLabel('Presenter').nth(1).fill('SECAS');
  await page.getByLabel('Minutes').nth(1).fill('15');
  await page.getByLabel('Classification').nth(1).selectOption('confidential');
  const summary = page.getByLabel('Public summary');
  await summary.fill('The Panel were provided with a confidential paper.');
  // No blur, no save button: the edit is committed as it is typed.
  await expect
    .poll(() => storedItem(page, 'Bravo — Ŵŷ Ελληνικά Кириллица'))
    .toMatchObject({
      presenter: 'SECAS',
      plannedMinutes: 15,
      classification: 'confidential',
      publicSummary: 'The Panel were provided with a confidential paper.',
    });
  await page.reload();

  await expect(page.getByLabel('Title of item 2')).toHaveValue('Bravo — Ŵŷ Ελληνικά Кириллица');
  await expect(page.getByLabel('Presenter').nth(1)).toHaveValue('SECAS');
  await expect(page.getByLabel('Minutes').nth(1)).toHaveValue('15');
  await expect(page.getByLabel('Classification').nth(1)).toHaveValue('confidential');
  await expect(page.getByLabel('Public summary')).toHaveValue(
    'The Panel were provided with a confidential paper.',
  );
});

test('typing right up to a reload loses nothing', async ({ page }) => {
  const title = page.getByLabel('Title of item 1');
  await title.fill('');
  await title.pressSequentially('Minutes and Actions Outstanding', { delay: 5 });
  // Reload at once: the page-hide flush commits what the throttle has not yet written.
  await page.reload();
  await expect(page.getByLabel('Title of item 1')).toHaveValue('Minutes and Actions Outstanding');
});

test('items reorder with buttons and with Alt+arrow keys', async ({ page }) => {
  await page.getByRole('button', { name: 'Move item 3 up' }).click();
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Alpha', 'Item 2: Charlie', 'Item 3: Bravo']);

  await page.getByLabel('Title of item 1').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Charlie', 'Item 2: Alpha', 'Item 3: Bravo']);

  await page.reload();
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Charlie', 'Item 2: Alpha', 'Item 3: Bravo']);
  await expect(page.getByRole('button', { name: 'Move item 1 up' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move item 3 down' })).toBeDisabled();

  // Pressed twice while the first move is still being written (held back here): both count.
  await page.getByLabel('Title of item 1').focus();
  const hold = await holdWrites(page, ['agendaItems']);
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await hold.release();
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Alpha', 'Item 2: Bravo', 'Item 3: Charlie']);
});

test('sub-items are numbered under their parent', async ({ page }) => {
  await page
    .getByRole('group', { name: 'Commands for item 2' })
    .getByRole('button', { name: 'Add sub-item' })
    .click();
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Alpha', 'Item 2: Bravo', 'Item 2.1: New sub-item', 'Item 3: Charlie']);
  await page.getByLabel('Title of item 2.1').fill('Bravo detail');
  await page.getByLabel('Title of item 2.1').blur();
  await page.reload();
  await expect.poll(() => agendaNames(page)).toContain('Item 2.1: Bravo detail');
});

test('a deleted item can be brought back with Undo', async ({ page }) => {
  await page.getByRole('button', { name: 'Delete item 2' }).click();
  await expect.poll(() => agendaNames(page)).toEqual(['Item 1: Alpha', 'Item 2: Charlie']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(() => agendaNames(page))
    .toEqual(['Item 1: Alpha', 'Item 2: Bravo', 'Item 3: Charlie']);
  await page.getByRole('button', { name: 'Delete item 3' }).click();
  // The list shows the delete only once IndexedDB has committed it.
  await expect.poll(() => agendaNames(page)).toEqual(['Item 1: Alpha', 'Item 2: Bravo']);
  await page.reload();
  await expect.poll(() => agendaNames(page)).toEqual(['Item 1: Alpha', 'Item 2: Bravo']);
});

test('a body form with missing fields says what is missing and creates nothing', async ({
  page,
}) => {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'New body' });
  await form.getByLabel('Action prefix').fill('SE CP!');
  await form.getByRole('button', { name: 'Create body' }).click();
  await expect(form.getByText('Name is required.')).toBeVisible();
  await expect(form.getByText('Secretariat is required.')).toBeVisible();
  await expect(form.getByText(/The action prefix is up to 20 letters/)).toBeVisible();
  await expect(page.getByRole('link', { name: /SEC Panel/ })).toHaveCount(1);
});
