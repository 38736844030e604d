import { expect, test } from '@playwright/test';
import type { Body } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { createBodyAndMeeting } from './support/ui';

/** The body as stored (there is one in these tests). */
async function storedBody(page: Parameters<typeof storedRows>[0]): Promise<Body | undefined> {
  return (await storedRows<Body>(page, 'bodies'))[0];
}

test('the item lines, curly quotes and the minutes for an unplanned item are set in the body’s settings', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'SEC Panel' })
    .click();
  await page.getByRole('link', { name: 'Settings and members' }).click();
  const card = page.getByRole('region', { name: 'Minutes and timing' });

  // A new body starts with the defaults.
  await expect(card.getByLabel('Line under a deferred item')).toHaveValue(
    'This item was deferred to a later meeting.',
  );
  await expect(card.getByLabel('Line under a withdrawn item')).toHaveValue(
    'This item was withdrawn.',
  );
  await expect(card.getByLabel('Curly quotes in documents')).toBeChecked();
  const minutes = card.getByLabel('Minutes for an item with no planned time');
  await expect(minutes).toHaveValue('10');

  await card.getByLabel('Line under a deferred item').fill('Deferred to the April meeting.');
  await card.getByLabel('Curly quotes in documents').uncheck();
  await minutes.fill('300');
  await expect(card.getByText('A whole number from 0 to 240. Not saved.')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await minutes.fill('15');
  await expect(card.getByText('A whole number from 0 to 240. Not saved.')).toHaveCount(0);
  await minutes.blur();

  await expect
    .poll(async () => {
      const body = await storedBody(page);
      return body && [body.deferredItemLine, body.curlyQuotes, body.unplannedItemMinutes];
    })
    .toEqual(['Deferred to the April meeting.', false, 15]);
  await page.reload();
  await expect(card.getByLabel('Line under a deferred item')).toHaveValue(
    'Deferred to the April meeting.',
  );
  await expect(card.getByLabel('Curly quotes in documents')).not.toBeChecked();
  await expect(minutes).toHaveValue('15');
});
