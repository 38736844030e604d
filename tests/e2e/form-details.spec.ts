import { expect, test } from '@playwright/test';
import type { Meeting } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

test('Tab goes through an agenda row’s fields first, then its commands and drag handle', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding', 'Privacy Assessment', 'AOB']);
  const row = page.getByTestId('agenda-item').nth(1);

  // Two Tabs from the planned time and the paper numbers go into Papers, not onto a button.
  await row.getByLabel('Planned minutes').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('SECP_30_1003_04');
  await expect(row.getByRole('textbox', { name: 'Papers' })).toHaveValue('SECP_30_1003_04');

  await row.getByLabel('Title of item 2').focus();
  const order = [
    row.getByLabel('Presenter'),
    row.getByLabel('Planned minutes'),
    row.getByLabel('Classification'),
    row.getByRole('textbox', { name: 'Papers' }),
    row.getByLabel('Standing item'),
    page.getByRole('button', { name: 'Move item 2 up' }),
    page.getByRole('button', { name: 'Move item 2 down' }),
    row.getByRole('button', { name: 'Add sub-item' }),
    page.getByRole('button', { name: 'Delete item 2' }),
    page.getByRole('button', { name: 'Drag item 2 to reorder' }),
    page.getByLabel('Title of item 3'),
  ];
  for (const next of order) {
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
  }
  // The commands still sit at the top right of the card, beside the title.
  const title = await row.getByLabel('Title of item 2').boundingBox();
  const up = await page.getByRole('button', { name: 'Move item 2 up' }).boundingBox();
  expect(up && title && up.x > title.x && up.y < title.y + title.height).toBe(true);
  // And the drag handle, last in tab order, still sits at the left of the card.
  const drag = await page.getByRole('button', { name: 'Drag item 2 to reorder' }).boundingBox();
  expect(drag && title && drag.x < title.x).toBe(true);
});

test('a bad date says what to enter, written as the date field takes it', async ({ page }) => {
  await page.goto('/');
  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name').fill('SEC Panel');
  await newBody.getByLabel('Secretariat').fill('SECAS');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  const form = page.getByRole('form', { name: 'New meeting' });
  const date = form.getByLabel('Date');
  await date.fill('');
  await form.getByRole('button', { name: 'Create meeting' }).click();
  // "11/03/2016" in a British browser, "03/11/2016" in an American one (as this test's is).
  const said = /Enter a date such as (\d\d)\W(\d\d)\W(\d{4})\./;
  await expect(date).toHaveAccessibleDescription(said);
  const example = said.exec(await form.innerText());
  expect(example).not.toBeNull();
  // Typed in as the message shows it, the date field reads 11 March 2016.
  await date.focus();
  await page.keyboard.type(example?.slice(1).join('') ?? '');
  await expect(date).toHaveValue('2016-03-11');
});

test('the close-meeting question reads as sentences, naming the item it will finish', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Privacy Assessment']);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const lifecycle = page.getByTestId('lifecycle');
  await lifecycle.getByRole('button', { name: 'Close meeting…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close the meeting?' });
  await expect(dialog).toHaveAccessibleDescription(
    'Item 1 is marked done and the meeting clock stops. Items not taken stay on the agenda as they are.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('the app has an icon that its content security policy lets load', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('./favicon.svg');
  const response = await page.request.get(new URL(href ?? '', page.url()).href);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<svg');
  // An image from the same place loads under the page's own policy (img-src).
  const loaded = await page.evaluate(
    (src) =>
      new Promise<{ width: number }>((resolve, reject) => {
        const img = new Image();
        img.onload = () => resolve({ width: img.naturalWidth });
        img.onerror = () => reject(new Error('the icon did not load'));
        img.src = src;
      }),
    href ?? '',
  );
  expect(loaded.width).toBeGreaterThan(0);
  expect(refused).toEqual([]);
});

test('a meeting date cleared and set again is stored, the cleared date never written', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await page.getByText('Meeting details').click();
  const date = page.getByRole('textbox', { name: 'Date', exact: true });
  await date.fill('');
  await date.fill('2016-03-11');
  await date.blur();
  await expect
    .poll(async () => (await storedRows<Meeting>(page, 'meetings'))[0]?.date)
    .toBe('2016-03-11');
  await date.fill('');
  await date.fill('2016-04-14');
  await date.blur();
  await expect
    .poll(async () => (await storedRows<Meeting>(page, 'meetings'))[0]?.date)
    .toBe('2016-04-14');
});
