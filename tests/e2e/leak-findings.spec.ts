import { expect, test, type Page } from '@playwright/test';
import type { Meeting } from '../../src-renderer/domain';
import { storedBlocks, storedRows } from './support/stored';
import { addItems, createBodyAndMeeting } from './support/ui';

// A public paragraph that repeats a confidential one stops the public minutes with a finding
// that names both places, links to them, and can be accepted; the acceptance is kept with the
// meeting and lapses when the text changes.

async function preparePublicPdf(page: Page) {
  await page.getByRole('link', { name: 'Documents' }).click();
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByLabel('Confidential').uncheck();
  await form.getByLabel('Word (DOCX)').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
}

async function typeParagraph(page: Page, item: string, text: string) {
  await page.getByRole('button', { name: `Add paragraph to item ${item}`, exact: true }).click();
  const paragraph = page.getByLabel(`Paragraph, item ${item}, block 1`);
  await expect(paragraph).toBeFocused();
  await paragraph.fill(text);
  await paragraph.blur();
}

test('a public paragraph repeating confidential wording is a finding: linked, accepted, lapsing', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Minutes and Actions Outstanding', 'Event of Default Update', 'Testing']);
  const item2 = page.getByRole('listitem', { name: 'Item 2: Event of Default Update' });
  await item2.getByLabel('Classification').first().selectOption('confidential');
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await typeParagraph(
    page,
    '2',
    'Northwind Energy Supply Ltd remained in default of its payments.',
  );
  await typeParagraph(page, '3', 'We heard that NORTHWIND ENERGY SUPPLY LTD remained in default.');

  await preparePublicPdf(page);
  const findings = page.getByRole('list', { name: 'What the leak guard found' });
  await expect(page.getByRole('alert')).toContainText('Not produced');
  await expect(findings.getByRole('listitem')).toHaveCount(1);
  await expect(findings).toContainText(
    'Paragraph 1 of item 3 repeats “northwind energy supply ltd remained in default” from paragraph 1 of item 2, which is confidential.',
  );

  // The link lands on the public paragraph itself.
  await findings.getByRole('link', { name: 'Open public paragraph 1 of item 3' }).click();
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'minute-block');
  await expect(page.locator(':focus')).toContainText('We heard that');

  await preparePublicPdf(page);
  await findings.getByRole('button', { name: 'Accept: this wording may be published' }).click();
  await expect(page.getByText('1 of 1 ready')).toBeVisible();
  await expect
    .poll(async () => (await storedRows<Meeting>(page, 'meetings'))[0]?.acceptedFindings.length)
    .toBe(1);

  // Changed since it was accepted: the acceptance no longer covers it.
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  const paragraph = page.getByLabel('Paragraph, item 3, block 1');
  await paragraph.fill('We heard that NORTHWIND ENERGY SUPPLY LTD remained in default, sadly.');
  await paragraph.blur();
  await expect.poll(async () => JSON.stringify(await storedBlocks(page))).toContain('sadly');
  await preparePublicPdf(page);
  await expect(findings.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('0 of 1 ready')).toBeVisible();

  // The lapsed acceptance is still listed, and can be withdrawn.
  await page
    .getByRole('button', {
      name: 'Withdraw acceptance of “northwind energy supply ltd remained in default”',
    })
    .click();
  await expect(page.getByRole('heading', { name: 'Accepted findings' })).toHaveCount(0);
  await expect
    .poll(async () => (await storedRows<Meeting>(page, 'meetings'))[0]?.acceptedFindings.length)
    .toBe(0);
});
