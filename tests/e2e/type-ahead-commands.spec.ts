import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import JSZip from 'jszip';
import type { MinuteBlock } from '../../src-renderer/domain';
import { holdWrites } from './support/hold';
import { storedBlocks } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

// The block commands pressed in a new block's field before the block is stored (a busy
// machine, a backup reading the database): none is dropped. The block's write is held back
// by a transaction the test keeps open on the blocks, as a slow write would be.

const canary = 'CNRYPENDING7Q';

async function minutesOfTwoItems(page: Page): Promise<void> {
  await createBodyAndMeeting(page);
  await addItems(page, ['Matters arising', 'Finance']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await expect(page.getByTestId('minutes-item')).toHaveCount(2);
}

/** Holds back the writes of blocks (and of the actions raised with them). */
const holdBlockWrites = (page: Page) => holdWrites(page, ['itemMinutes', 'actions']);

async function blocksOfText(page: Page): Promise<MinuteBlock[]> {
  const blocks = await storedBlocks(page);
  return blocks.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
}

/** Item 1 with two paragraphs, "one" and "two", stored; what its blocks say, in order. */
async function twoParagraphs(page: Page): Promise<() => Promise<string[]>> {
  await minutesOfTwoItems(page);
  for (const [n, text] of [
    [1, 'one'],
    [2, 'two'],
  ] as const) {
    await page.getByRole('button', { name: 'Add paragraph to item 1', exact: true }).click();
    await page.getByLabel(`Paragraph, item 1, block ${String(n)}`, { exact: true }).fill(text);
  }
  const texts = async () =>
    (await blocksOfText(page)).map((b) => (b.kind === 'paragraph' ? b.text : b.kind));
  await expect.poll(texts).toEqual(['one', 'two']);
  return texts;
}

/** The text of one prepared document, saved as the user saves it. */
async function savedText(page: Page, name: string, info: TestInfo): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save ${name}` }).click();
  const file = info.outputPath(name.replace(/\W+/g, '-'));
  await (await downloading).saveAs(file);
  if (name.endsWith('PDF')) {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  }
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => f.name.endsWith('.xml'))
      .map((f) => f.async('string')),
  );
  return parts.join('\n');
}

test('Alt+C in a new paragraph not stored yet keeps its text out of the public minutes', async ({
  page,
}, info) => {
  await minutesOfTwoItems(page);
  await page.getByRole('button', { name: 'Add paragraph to item 2', exact: true }).focus();
  const hold = await holdBlockWrites(page);
  await page.keyboard.press('Alt+P');
  const field = page.getByLabel('New paragraph for item 2', { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(`${canary} was discussed in private.`);
  await page.keyboard.press('Alt+C');
  const toggle = page.getByRole('button', { name: 'Confidential: new paragraph for item 2' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('pending-block')).toContainText('Confidential');
  await hold.release();

  // Stored confidential, with its text, and the field is the stored block's with the focus.
  await expect
    .poll(async () =>
      (await blocksOfText(page)).map((b) => ({
        text: b.kind === 'paragraph' ? b.text : '',
        confidential: b.confidential,
      })),
    )
    .toEqual([{ text: `${canary} was discussed in private.`, confidential: true }]);
  const stored = page.getByLabel('Paragraph, item 2, block 1', { exact: true });
  await expect(stored).toBeFocused();
  await expect(page.getByRole('button', { name: 'Confidential: item 2, block 1' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Documents' })
    .click();
  await page.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 60_000 });
  for (const name of ['Public minutes, PDF', 'Public minutes, Word (DOCX)']) {
    expect(await savedText(page, name, info), name).not.toContain(canary);
  }
  // The canary is in the confidential minutes, so the test above can fail.
  expect(await savedText(page, 'Confidential minutes, PDF', info)).toContain(canary);
});

test('a move pressed in a new block not stored yet is made once it is; a delete of an empty one removes it', async ({
  page,
}) => {
  await minutesOfTwoItems(page);
  await page.getByRole('button', { name: 'Add paragraph to item 1', exact: true }).click();
  await page.getByLabel('Paragraph, item 1, block 1', { exact: true }).fill('first');
  await expect
    .poll(async () => (await blocksOfText(page)).map((b) => b.kind === 'paragraph' && b.text))
    .toEqual(['first']);

  let hold = await holdBlockWrites(page);
  await page.keyboard.press('Alt+P');
  await expect(page.getByLabel('New paragraph for item 1', { exact: true })).toBeFocused();
  await page.keyboard.type('second');
  await page.keyboard.press('Alt+ArrowUp');
  await hold.release();
  await expect
    .poll(async () => (await blocksOfText(page)).map((b) => b.kind === 'paragraph' && b.text))
    .toEqual(['second', 'first']);
  await expect(page.getByLabel('Paragraph, item 1, block 1', { exact: true })).toHaveValue(
    'second',
  );
  await expect(page.getByLabel('Paragraph, item 1, block 1', { exact: true })).toBeFocused();

  // An empty new block deleted before it is stored: nothing is left of it.
  hold = await holdBlockWrites(page);
  await page.keyboard.press('Alt+D');
  await expect(page.getByLabel('New decision for item 1', { exact: true })).toBeFocused();
  await page.keyboard.press('Alt+Delete');
  await expect(page.getByTestId('pending-block')).toHaveCount(0);
  await hold.release();

  // With text typed, the delete is refused and said so: the text stays.
  hold = await holdBlockWrites(page);
  await page.keyboard.press('Alt+N');
  const note = page.getByLabel('New post-meeting note for item 1', { exact: true });
  await expect(note).toBeFocused();
  await page.keyboard.type('kept');
  await page.keyboard.press('Alt+Delete');
  await expect(
    page.getByText('The new block is still being saved: its text is kept.'),
  ).toBeVisible();
  await expect(note).toHaveValue('kept');
  await hold.release();
  // The deleted decisions block was written, then deleted: it is not among what is stored.
  await expect
    .poll(async () =>
      (await blocksOfText(page)).map((b) => `${b.kind}: ${'text' in b ? b.text : ''}`),
    )
    .toEqual(['paragraph: second', 'paragraph: first', 'note: kept']);
});

test('words typed after Enter in a decision go to the next decision, however long its write takes', async ({
  page,
}) => {
  await minutesOfTwoItems(page);
  await page.getByRole('button', { name: 'Add decisions to item 1', exact: true }).click();
  const first = page.getByLabel('Decision 1, item 1, block 1', { exact: true });
  await expect(first).toBeFocused();

  const hold = await holdBlockWrites(page);
  await page.keyboard.type('the paper');
  await page.keyboard.press('Enter');
  await page.keyboard.type('the second');
  await page.keyboard.press('Enter');
  await page.keyboard.type('the third');
  // Shown in order, the second and third not stored yet; the first kept its own words.
  await expect(page.getByTestId('pending-decision')).toHaveCount(2);
  await expect(page.getByLabel('New decision, item 1, block 1').nth(1)).toBeFocused();
  await expect(first).toHaveValue('the paper');
  await hold.release();

  const decisionTexts = async () =>
    (await blocksOfText(page)).flatMap((b) =>
      b.kind === 'decisions' ? b.decisions.map((d) => d.text) : [],
    );
  await expect.poll(decisionTexts).toEqual(['the paper', 'the second', 'the third']);
  await expect(page.getByTestId('pending-decision')).toHaveCount(0);
  const third = page.getByLabel('Decision 3, item 1, block 1', { exact: true });
  await expect(third).toBeFocused();
  // Typing goes on in the stored field.
  await page.keyboard.type(' and more');
  await expect.poll(decisionTexts).toEqual(['the paper', 'the second', 'the third and more']);
});

test('keys typed right after Alt+Delete go on in the next block, however long the delete takes', async ({
  page,
}) => {
  const texts = await twoParagraphs(page);

  await page.getByLabel('Paragraph, item 1, block 1', { exact: true }).focus();
  const hold = await holdBlockWrites(page);
  await page.keyboard.press('Alt+Delete');
  await page.keyboard.press('End');
  await page.keyboard.type(' and three');
  await hold.release();
  await expect.poll(texts).toEqual(['two and three']);
  await expect(page.getByLabel('Paragraph, item 1, block 1', { exact: true })).toBeFocused();
  await expect(page.getByText('A paragraph deleted from item 1.')).toBeVisible();
});

test('a block moved with Alt+↓ keeps the focus however late it moves, and typing goes on in it', async ({
  page,
}) => {
  const texts = await twoParagraphs(page);

  const first = page.getByLabel('Paragraph, item 1, block 1', { exact: true });
  await first.focus();
  await page.keyboard.press('End');
  const hold = await holdBlockWrites(page);
  await page.keyboard.press('Alt+ArrowDown');
  await hold.release();
  await expect.poll(texts).toEqual(['two', 'one']);
  const moved = page.getByLabel('Paragraph, item 1, block 2', { exact: true });
  await expect(moved).toHaveValue('one');
  await expect(moved).toBeFocused();
  await page.keyboard.type(' moved');
  await expect.poll(texts).toEqual(['two', 'one moved']);
});
