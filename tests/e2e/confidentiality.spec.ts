import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

// Whatever lies inside a confidential item is confidential: the secretary sees it so, cannot
// make it public, and the public minutes leave it out.
test('a sub-item of a confidential item, and what is typed into it, stay out of the public minutes', async ({
  page,
}, info) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding', 'Event of Default Update']);
  const item2 = page.getByRole('listitem', { name: 'Item 2: Event of Default Update' });
  await item2.getByLabel('Classification').first().selectOption('confidential');
  await item2.getByRole('button', { name: 'Add sub-item' }).click();
  const sub = page.getByRole('listitem', { name: /^Item 2\.1:/ });
  await expect(sub).toBeVisible();
  await page.getByLabel('Title of item 2.1').fill('Northwind default notice');
  await expect(sub.getByRole('list', { name: 'Kind' })).toHaveText(
    'Confidential (inside a confidential item)',
  );
  await expect(sub.getByLabel('Classification')).toHaveCount(0);
  await expect(sub.getByLabel('Public summary')).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add paragraph to item 2.1', exact: true }).click();
  const paragraph = page.getByLabel('Paragraph, item 2.1, block 1');
  await expect(paragraph).toBeFocused();
  await paragraph.fill('Northwind Energy Supply Ltd remained in default.');
  const section = page.getByTestId('minutes-item').nth(2);
  await expect(section).toContainText('Confidential: inside a confidential item');
  const block = section.getByTestId('minute-block');
  await expect(block).toContainText('Confidential, as its item is');
  await expect(block.getByRole('button', { name: /^Confidential:/ })).toHaveCount(0);
  // Alt+C, which marks a block confidential or public again, cannot make this one public.
  await paragraph.press('Alt+c');
  await expect(block).toContainText('Confidential, as its item is');

  await page.getByRole('link', { name: 'Documents' }).click();
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByLabel('Confidential').uncheck();
  await form.getByLabel('Word (DOCX)').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('1 of 1 ready')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Public minutes, PDF' }).click();
  const file = info.outputPath('public.pdf');
  await (await downloading).saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Event of Default Update');
  expect(text).not.toContain('Northwind');
});
