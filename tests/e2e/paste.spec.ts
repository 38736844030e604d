import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test('a paste too long for its field is refused whole and said so; one that fits goes in', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await createBodyAndMeeting(page);
  await addItems(page, ['Privacy Assessment']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  const paragraph = page.getByLabel('Paragraph, item 1, block 1');
  await expect(paragraph).toBeFocused();
  await page.keyboard.type('Kept: ');

  // 100,001 characters do not fit in a paragraph of at most 100,000 with 6 typed already.
  const sentence = 'The Panel discussed the proposals and their impact on Parties. ';
  const long = sentence.repeat(Math.ceil(100_001 / sentence.length)).slice(0, 100_001);
  await paste(page, long);
  await expect(
    page.locator('.notice').filter({ hasText: 'That paste was not made' }),
  ).toContainText('holds at most 100,000 characters, and with it there would be 100,007');
  await expect(paragraph).toHaveValue('Kept: ');

  // Windows line breaks (CR LF) count once, as the paragraph keeps them: this one fits.
  const lines = 'ab\r\n'.repeat(25_000);
  await paste(page, lines);
  await expect(paragraph).toHaveValue(`Kept: ${'ab\n'.repeat(25_000)}`);
  await paragraph.fill('Kept: ');

  // A paste that fits is made as usual, and saved.
  await paste(page, sentence.trim());
  await expect(paragraph).toHaveValue(`Kept: ${sentence.trim()}`);
  await page.reload();
  await expect(page.getByLabel('Paragraph, item 1, block 1')).toHaveValue(
    `Kept: ${sentence.trim()}`,
  );
});
