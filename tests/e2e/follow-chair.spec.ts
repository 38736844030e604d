import { expect, test } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

// The secretary follows the Chair: the Minutes screen marks the current item and what became
// of each, live; Alt+G goes to the current item; "Follow the Chair" keeps it in view.
test('the minutes screen shows where the Chair is, goes there on Alt+G and can follow', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  const titles = Array.from({ length: 12 }, (_, i) => `Agenda item number ${String(i + 1)}`);
  await addItems(page, titles);
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: 'Open Chair view' }).click();
  const chair = await opened;
  await chair.getByRole('button', { name: 'Start meeting' }).click();

  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  const section = (n: number) => page.getByTestId('minutes-item').nth(n - 1);
  await expect(section(1)).toContainText('Current item');
  await chair.getByRole('button', { name: /^Next item/ }).click();
  await expect(section(2)).toContainText('Current item');
  await expect(section(1)).toContainText('Taken');
  await chair.getByRole('button', { name: /^Defer/ }).click();
  await expect(section(2)).toContainText('Deferred');

  // The deferral moved the Chair on to item 3. Alt+G from anywhere: its heading, in view,
  // with the focus.
  await expect(section(3)).toContainText('Current item');
  await page.getByLabel('Your name').focus();
  await page.keyboard.press('Alt+g');
  const heading3 = section(3).getByRole('heading', { name: /Agenda item number 3$/ });
  await expect(heading3).toBeFocused();
  await expect(heading3).toBeInViewport();

  // Following: the Chair moves on, the screen moves with it; the focus stays where it was.
  await page.getByLabel('Follow the Chair').check();
  for (let n = 4; n <= 11; n++) await chair.getByRole('button', { name: /^Next item/ }).click();
  await expect(section(11)).toContainText('Current item');
  await expect(section(11).getByRole('heading')).toBeInViewport();
  await expect(page.getByLabel('Follow the Chair')).toBeFocused();
});
