import { expect, test } from '@playwright/test';
import { storedItem } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

// An edit left in the journal by a window that went away, whose words another window has
// changed since, cannot simply go back: it is kept aside, the user is told at start, and the
// Backups screen shows what was typed until the user discards it.
test('an unsaved edit that cannot go back is kept aside and shown, never dropped', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes']);
  await expect.poll(() => storedItem(page, 'Minutes')).toBeDefined();
  const item = await storedItem(page, 'Minutes');
  await page.getByLabel('Title of item 1').fill('Minutes, as changed elsewhere');
  await expect.poll(() => storedItem(page, 'Minutes, as changed elsewhere')).toBeDefined();

  // What a window that went away mid-write left behind: "Minutes" → "Minutes of meeting 29".
  await page.evaluate((id) => {
    const write = {
      op: 'updateItem',
      id,
      patch: { title: 'Minutes of meeting 29' },
      expected: { title: 'Minutes' },
    };
    localStorage.setItem(
      `minutebook.journal.updateItem:${id}:title`,
      JSON.stringify({ write, at: new Date().toISOString(), since: { title: 'Minutes' } }),
    );
  }, item?.id ?? '');
  await page.reload();

  await expect(page.getByText(/1 edit from the last session could not be put back/)).toBeVisible();
  await expect(page.getByLabel('Title of item 1')).toHaveValue('Minutes, as changed elsewhere');
  await page
    .getByRole('navigation', { name: 'App' })
    .getByRole('link', { name: 'Backups' })
    .click();
  const kept = page.getByTestId('edit-aside');
  await expect(kept).toContainText('An agenda item');
  await expect(kept).toContainText('Minutes of meeting 29');
  await kept.getByRole('button', { name: 'Discard' }).click();
  await expect(kept).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Edits kept aside' })).toHaveCount(0);
});
