import { expect, test } from '@playwright/test';
import type { MinuteBlock } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

// One paragraph edited in two windows: window A has it focused, window B changes it, A blurs
// and types on. Nothing B wrote may be lost, and A never shows a stale text.
test('a field focused in one window follows a change made in another, and typing goes on from it', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add paragraph to item 1', exact: true }).click();
  const inA = page.getByLabel('Paragraph, item 1, block 1');
  await inA.fill('Alpha.');
  await expect
    .poll(async () => (await storedRows<MinuteBlock>(page, 'minuteBlocks'))[0])
    .toMatchObject({ text: 'Alpha.' });

  const other = await page.context().newPage();
  await other.goto(page.url());
  const inB = other.getByLabel('Paragraph, item 1, block 1');
  await expect(inB).toHaveValue('Alpha.');

  await inA.focus();
  await inB.fill('Alpha. Beta, written in the other window.');
  await inB.blur();
  // A, still focused, shows B's text as soon as it is stored.
  await expect(inA).toHaveValue('Alpha. Beta, written in the other window.');
  await expect(inA).toBeFocused();
  await inA.blur();
  await inA.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Gamma from A.');
  await inA.blur();
  const both = 'Alpha. Beta, written in the other window. Gamma from A.';
  await expect
    .poll(async () => (await storedRows<MinuteBlock>(page, 'minuteBlocks'))[0])
    .toMatchObject({ text: both });
  await expect(inB).toHaveValue(both);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
