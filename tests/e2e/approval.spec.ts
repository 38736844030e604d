import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import JSZip from 'jszip';
import { addItems } from './support/ui';

// Minutes approved at the next meeting: meeting 30 approves meeting 29's minutes from its
// "Minutes and Actions Outstanding" item with an amendment; meeting 29 is then locked and its
// documents print the approval and the amendments, a later amendment included.

test.setTimeout(120_000);

const agreed = 'The Chair welcomed members and thanked the hosts';
const later = 'Apologies were also received from Jo Bloggs';

const meetingNav = (page: Page) => page.getByRole('navigation', { name: 'Meeting' });

/** A body with meeting 29 (one item, one paragraph), held; leaves the page on its agenda. */
async function heldMeeting29(page: Page) {
  await page.goto('/');
  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name').fill('SEC Panel');
  await newBody.getByLabel('Action prefix').fill('SECP');
  await newBody.getByLabel('Secretariat').fill('SECAS');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  await createMeeting(page, 29, '2016-02-11', false);
  await addItems(page, ['Welcome and introductions']);
  await meetingNav(page).getByRole('link', { name: 'Minutes' }).click();
  await page.getByRole('button', { name: 'Add paragraph to item 1' }).click();
  const paragraph = page.getByLabel('Paragraph, item 1, block 1');
  await expect(paragraph).toBeFocused();
  await paragraph.fill('The Chair welcomed members.');
  await paragraph.blur();
  await meetingNav(page).getByRole('link', { name: 'Agenda' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await page.getByRole('button', { name: 'Close meeting…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close meeting' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Held');
}

/** Creates a meeting of the body (from its page, or from the breadcrumb) and opens its agenda. */
async function createMeeting(page: Page, number: number, date: string, viaBreadcrumb = true) {
  if (viaBreadcrumb) await page.getByRole('link', { name: 'SEC Panel' }).first().click();
  const form = page.getByRole('form', { name: 'New meeting' });
  await form.getByLabel('Number').fill(String(number));
  await form.getByLabel('Date').fill(date);
  await form.getByRole('button', { name: 'Create meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`meeting ${String(number)}`) }),
  ).toBeVisible();
}

/** Prepares the public PDF and the confidential DOCX of the open meeting; returns their text. */
async function documentsText(page: Page, info: TestInfo, tag: string) {
  await meetingNav(page).getByRole('link', { name: 'Documents' }).click();
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 60_000 });

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Public minutes, PDF' }).click();
  const pdfFile = info.outputPath(`${tag}-public.pdf`);
  await (await pdfDownload).saveAs(pdfFile);
  const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Confidential minutes, Word (DOCX)' }).click();
  const docxFile = info.outputPath(`${tag}-confidential.docx`);
  await (await docxDownload).saveAs(docxFile);
  const zip = await JSZip.loadAsync(readFileSync(docxFile));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => f.name.endsWith('.xml'))
      .map((f) => f.async('string')),
  );
  const docx = parts.join('\n').replace(/<[^>]*>/g, '');
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  return { pdf: flat(pdf), docx: flat(docx) };
}

test('meeting 30 approves the minutes of meeting 29 with an amendment; they lock and print it', async ({
  page,
}, info) => {
  await heldMeeting29(page);
  await createMeeting(page, 30, '2016-03-10');
  await addItems(page, ['Minutes and Actions Outstanding', 'Testing Update']);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await meetingNav(page).getByRole('link', { name: 'Minutes' }).click();

  // Offered outright on the minutes item; folded away on the others.
  await expect(
    page.getByRole('button', { name: 'Approve the minutes of meeting 29 at item 2' }),
  ).toBeHidden();
  await page.getByRole('button', { name: 'Approve the minutes of meeting 29 at item 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the minutes of meeting 29' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Add an amendment' }).click();
  await dialog.getByLabel('Amended wording (amendment 1)').fill(agreed);
  await dialog.getByLabel('Reason (amendment 1)').fill('The hosts were not thanked');
  await dialog
    .getByLabel('Applies to (amendment 1)')
    .selectOption({ label: 'Item 1: Welcome and introductions' });
  // Escape (or Cancel) closes the dialog and keeps what was typed for its next opening.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Approve the minutes of meeting 29 at item 1' }).click();
  await expect(dialog.getByLabel('Amended wording (amendment 1)')).toHaveValue(agreed);
  await expect(dialog.getByLabel('Reason (amendment 1)')).toHaveValue('The hosts were not thanked');
  await expect(dialog.getByLabel('Applies to (amendment 1)')).toHaveValue(/.+/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // Opened from another item of the meeting, it holds them too.
  await page.getByText('Approve earlier minutes here').click();
  await page.getByRole('button', { name: 'Approve the minutes of meeting 29 at item 2' }).click();
  await expect(dialog.getByLabel('Amended wording (amendment 1)')).toHaveValue(agreed);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Approve the minutes of meeting 29 at item 1' }).click();
  await expect(dialog.getByLabel('Amended wording (amendment 1)')).toHaveValue(agreed);
  await dialog.getByRole('button', { name: 'Approve the minutes of meeting 29' }).click();
  await expect(dialog).toBeHidden();

  const first = page.getByTestId('minutes-item').first();
  await expect(first.getByLabel('How the decisions read')).toHaveText(
    'The Panel APPROVED the minutes of meeting 29 as a true record, subject to the amendments below.',
  );
  await expect(first).toContainText('Amendments agreed to the minutes of meeting 29:');
  await expect(first).toContainText(agreed);
  // Meeting 29 is approved now: nothing more to approve.
  await expect(page.getByRole('button', { name: /Approve the minutes of meeting 29/ })).toHaveCount(
    0,
  );

  // Meeting 29 is locked.
  await page.getByRole('link', { name: 'SEC Panel' }).first().click();
  await page.getByRole('link', { name: /Meeting 29/ }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Minutes approved');
  await expect(page.getByTestId('lifecycle')).toContainText(
    'Approved at meeting 30 on Thursday 10 March 2016.',
  );
  await expect(page.getByRole('list', { name: 'Amendments' })).toContainText(
    '(agreed at meeting 30), item 1 — The hosts were not thanked',
  );
  await meetingNav(page).getByRole('link', { name: 'Minutes' }).click();
  await expect(page.getByText('These minutes are approved and locked.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add paragraph to item 1' })).toHaveCount(0);
  await expect(page.getByLabel('Paragraph, item 1, block 1')).toHaveCount(0);

  const approved = await documentsText(page, info, 'approved');
  for (const text of [approved.pdf, approved.docx]) {
    expect(text).toContain('Approved at meeting 30 on 10 March 2016');
    expect(text).not.toContain('DRAFT');
    expect(text).toContain('Amended at meeting 30 on 10 March 2016:');
    expect(text).toContain(`${agreed} (Reason: The hosts were not thanked)`);
  }

  // A further amendment after approval, to the minutes as a whole, printed after them.
  await meetingNav(page).getByRole('link', { name: 'Agenda' }).click();
  const form = page.getByRole('form', { name: 'Record an amendment' });
  await form.getByLabel('Date of the amendment').fill('2016-04-14');
  await form.getByLabel('Reason').fill('A member was left out');
  await form.getByLabel('Amended wording').fill(later);
  await form.getByRole('button', { name: 'Record amendment' }).click();
  await expect(page.getByRole('list', { name: 'Amendments' })).toContainText(later);

  const amended = await documentsText(page, info, 'amended');
  for (const text of [amended.pdf, amended.docx]) {
    expect(text).toContain('Amendments to these minutes');
    expect(text).toContain(`Amended on 14 April 2016: ${later} (Reason: A member was left out)`);
    expect(text).toContain(agreed);
  }
});
