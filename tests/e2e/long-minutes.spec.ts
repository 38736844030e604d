import { expect, test } from '@playwright/test';
import type { ActionUpdate } from '../../src-renderer/domain';
import { storedBlocks, storedRows } from './support/stored';
import { importLive } from './support/ui';

// The minutes editor of a long meeting draws the fields of the items near the window only,
// and a long list of outstanding actions scrolls in its own frame and can be narrowed.
// Imports a 60-item meeting on a busy two-core machine: more than the default 30 s.
test.describe.configure({ timeout: 180_000 });

// Well over what is drawn whole (200 items and blocks together): the fixture adds 81 blocks.
const items = 150;
const actions = 120;

test('a far item is drawn when scrolled to, keeps its field while typed in, and loses nothing when put away', async ({
  page,
}) => {
  const meetingId = await importLive(page, items, actions);
  await page.goto(`/#/meetings/${meetingId}/minutes`);
  const sections = page.getByTestId('minutes-item');
  await expect(sections.last()).toBeAttached({ timeout: 60_000 });
  const first = sections.first();
  const last = sections.last();
  // The top is drawn; the last item stands in as room only, its Add buttons ready.
  await expect(first.locator('.minutes-item-body')).toHaveCount(1);
  await expect(last.locator('.minutes-item-later')).toHaveCount(1);
  await expect(last.locator('textarea')).toHaveCount(0);

  // Adding a paragraph to it draws it and puts the focus in the new field.
  await last.getByRole('button', { name: /^Add paragraph to item/ }).click();
  const field = last.getByRole('textbox', { name: /^Paragraph, item/ });
  await expect(field).toBeFocused();
  const words = 'Far down the agenda, the Panel noted the Llŷr report.';
  await page.keyboard.type(words);

  // Scrolled to the top with the focus still in it, it stays drawn.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(first.locator('.minutes-item-body')).toHaveCount(1);
  await expect(first).toBeInViewport();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(words);

  // Once the focus leaves it, far from the window, it is put away; what was typed is stored.
  await first.getByRole('button', { name: /^Add paragraph to item/ }).focus();
  await expect(last.locator('.minutes-item-later')).toHaveCount(1);
  await expect(last.locator('textarea')).toHaveCount(0);
  await expect
    .poll(async () =>
      (await storedBlocks(page)).some((b) => b.kind === 'paragraph' && b.text === words),
    )
    .toBe(true);

  // Back to it: drawn again with the stored words.
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('textbox', { name: /^Paragraph, item/ })).toHaveValue(words);
  // Far fewer fields than a drawn meeting of 150 items would hold are in the page.
  expect(await page.locator('.minutes-item-body').count()).toBeLessThan(items / 2);
});

test('a long list of outstanding actions scrolls in its own frame and narrows by words', async ({
  page,
}) => {
  const meetingId = await importLive(page, 12, actions);
  await page.goto(`/#/meetings/${meetingId}/minutes`);
  const give = page.getByRole('form', { name: 'Give an update' });
  // A meeting of the usual size (the reference panel's) is drawn whole, to its last item.
  await expect(give).toBeVisible();
  await expect(page.locator('.minutes-item-later')).toHaveCount(0);
  const find = give.getByLabel(/^Find among the \d+ outstanding actions$/);
  await expect(find).toBeVisible();
  const choices = give.getByRole('checkbox', { name: /Earlier action number/ });
  await expect(choices.first()).toBeVisible();
  // Only those in the frame's view (and a few either side) are in the page.
  expect(await choices.count()).toBeLessThan(40);

  // Narrowed by words: the one action, ticked, given an update.
  await find.fill('number 77.');
  await expect(give.getByRole('status')).toHaveText('1 shown');
  await expect(choices).toHaveCount(1);
  await choices.first().check();
  await find.fill('');
  await give.getByLabel('Update', { exact: true }).fill('Done at last.');
  await give.getByRole('button', { name: /^Give update to / }).click();
  await expect(page.getByRole('textbox', { name: 'Update for SECP10/87' })).toHaveValue(
    'Done at last.',
  );
  await expect
    .poll(async () => (await storedRows<ActionUpdate>(page, 'actionUpdates')).map((u) => u.text))
    .toContain('Done at last.');
});
