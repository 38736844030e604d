import { expect, test, type Page } from '@playwright/test';
import { storedBlocks } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

/** A meeting with one item whose minutes have one empty paragraph, on the Minutes screen. */
async function paragraphOnMinutes(page: Page): Promise<void> {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add paragraph to item 1', exact: true }).click();
}

// One paragraph edited in two windows: window A has it focused, window B changes it, A blurs
// and types on. Nothing B wrote may be lost, and A never shows a stale text.
test('a field focused in one window follows a change made in another, and typing goes on from it', async ({
  page,
}) => {
  await paragraphOnMinutes(page);
  const inA = page.getByLabel('Paragraph, item 1, block 1');
  await inA.fill('Alpha.');
  await expect.poll(async () => (await storedBlocks(page))[0]).toMatchObject({ text: 'Alpha.' });

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
  await expect.poll(async () => (await storedBlocks(page))[0]).toMatchObject({ text: both });
  await expect(inB).toHaveValue(both);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// The same, but both windows change the same place at once: window A's write is held (its
// clock paused) while window B's lands. Neither text may be lost: A keeps its own in the field,
// shows B's beside it and says so, and what the user chooses is what is stored.
test('when both windows change the same words, both versions are kept and the user chooses', async ({
  page,
}) => {
  await paragraphOnMinutes(page);
  await page.getByLabel('Paragraph, item 1, block 1').fill('Alpha.');
  await expect.poll(async () => (await storedBlocks(page))[0]).toMatchObject({ text: 'Alpha.' });

  const windowA = await page.context().newPage();
  await windowA.clock.install();
  await windowA.goto(page.url());
  const inA = windowA.getByLabel('Paragraph, item 1, block 1');
  const inB = page.getByLabel('Paragraph, item 1, block 1');
  await expect(inA).toHaveValue('Alpha.');

  // A types; with its clock paused, the write that follows each keystroke's paint waits.
  await windowA.clock.pauseAt(Date.now() + 60_000);
  await inA.focus();
  await windowA.keyboard.press('End');
  await windowA.keyboard.type(' Mine.');
  await inB.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Theirs.');
  await inB.blur();
  await expect
    .poll(async () => (await storedBlocks(page))[0])
    .toMatchObject({ text: 'Alpha. Theirs.' });

  // A is told, keeps its own text in the field and shows the other beside it.
  const told = windowA.getByRole('alert').filter({ hasText: 'changed in another window' });
  await expect(told).toContainText('Alpha. Theirs.');
  await expect(inA).toHaveValue('Alpha. Mine.');
  await windowA.clock.resume();
  // A's own text is written (B's stays on A's screen until the user chooses).
  await expect
    .poll(async () => (await storedBlocks(page))[0])
    .toMatchObject({ text: 'Alpha. Mine.' });
  await expect(told).toBeVisible();

  await told.getByRole('button', { name: 'Use the other version' }).click();
  await expect(told).toHaveCount(0);
  await expect(inA).toHaveValue('Alpha. Theirs.');
  await expect
    .poll(async () => (await storedBlocks(page))[0])
    .toMatchObject({ text: 'Alpha. Theirs.' });
  await expect(inB).toHaveValue('Alpha. Theirs.');
});
