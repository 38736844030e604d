import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { createBodyAndMeeting } from './support/ui';

// The agenda pack of the reference meeting (SEC Panel meeting 30): the agenda prepared on the
// Documents screen as confidential and public DOCX and PDF, saved, and read back as a reader
// reads them. The public files name the confidential items by their title and summary only.

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

interface Fixture {
  bodies: { meetings: { id: string }[] }[];
}
const meetingId =
  (JSON.parse(readFileSync(fixture, 'utf8')) as Fixture).bodies[0]?.meetings[0]?.id ?? '';

/** What only the confidential agenda may say: the confidential items' papers and marks. */
const confidentialOnly = ['SECP_30_1003_02', 'SECP_30_1003_03', 'CONFIDENTIAL', 'CANARY'];

/** Items as a row reads, and the times planned from 10:00. */
const rowsRead = [
  '1. Minutes and Actions Outstanding Chair 10:00 10 min',
  '4. Privacy Assessment — Decision Making Principles SECAS SECP_30_1003_04 10:45 15 min',
  '11. Modification Proposals SECAS SECP_30_1003_11 12:20 25 min',
  '25. Any Other Business Chair 14:00 10 min',
];

async function openDocuments(page: Page): Promise<void> {
  await createBodyAndMeeting(page, 'Test Board');
  await page.getByRole('link', { name: 'Test Board' }).click();
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
  await page.goto(`/#/meetings/${meetingId}/export`);
  await expect(page.getByRole('form', { name: 'Documents to prepare' })).toBeVisible();
}

/** Saves one prepared document and returns its path and suggested name. */
async function save(page: Page, name: string, path: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save ${name}` }).click();
  const download = await downloading;
  await download.saveAs(path);
  return download.suggestedFilename();
}

/** The PDF's text in the order it is drawn, a row of the agenda after the other. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

/** Every XML part of a DOCX with its tags taken out, paragraphs on lines of their own. */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && f.name.endsWith('.xml'))
      .map((f) => f.async('string')),
  );
  return parts
    .join('\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&');
}

const words = (text: string) => text.replace(/\s+/g, ' ');

test('the agenda pack: confidential and public agenda, DOCX and PDF, from the Documents screen', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await openDocuments(page);
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByRole('group', { name: 'Documents' }).getByLabel('Agenda').check();
  await form.getByRole('group', { name: 'Documents' }).getByLabel('Minutes').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('img', { name: /^Confidential agenda, PDF, page 1 of \d+$/ }),
  ).toBeVisible();

  const screenshots = join('test-results', 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'agenda-pack-screen.png'), fullPage: true });

  for (const variant of ['confidential', 'public'] as const) {
    const label = variant === 'public' ? 'Public' : 'Confidential';
    const pdf = info.outputPath(`${variant}.pdf`);
    const docx = info.outputPath(`${variant}.docx`);
    expect(await save(page, `${label} agenda, PDF`, pdf)).toBe(
      `SEC Panel 30 agenda - ${variant}.pdf`,
    );
    expect(await save(page, `${label} agenda, Word (DOCX)`, docx)).toBe(
      `SEC Panel 30 agenda - ${variant}.docx`,
    );
    await expect(
      page.getByText(`Downloaded as SEC Panel 30 agenda - ${variant}.docx`),
    ).toBeVisible();

    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const fromPdf = words(pdfText(pdf));
    const fromDocx = words(await docxText(docx));
    for (const text of [fromPdf, fromDocx]) {
      expect(text).toContain('SEC Panel');
      expect(text).toContain('Agenda of Meeting 30');
      expect(text).toContain('Thursday 10 March 2016');
      expect(text).toContain(label.toUpperCase());
      expect(text).toContain('Event of Default Update');
      expect(text).toContain('DCC CIO Design Phase 2 Report');
    }
    // The PDF read in drawing order gives each row whole; the DOCX holds each cell in order.
    for (const row of rowsRead) expect(fromPdf).toContain(row);
    for (const time of ['10:10', '10:25', '12:20', '14:00']) expect(fromDocx).toContain(time);
    if (variant === 'public') {
      for (const secret of confidentialOnly) {
        expect(fromPdf).not.toContain(secret);
        expect(fromDocx).not.toContain(secret);
      }
      // A confidential item by its title and summary only, at its time.
      expect(fromPdf).toContain(
        '2. Event of Default Update The Panel were provided with a confidential paper with an update on the status of the existing Defaulting Party. 10:10 15 min',
      );
    } else {
      for (const text of [fromPdf, fromDocx]) {
        expect(text).toContain('SECP_30_1003_02');
        expect(text).toContain('CONFIDENTIAL');
      }
      expect(fromPdf).toContain(
        '2. Event of Default Update CONFIDENTIAL SECAS SECP_30_1003_02 10:10 15 min',
      );
    }
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      pdf,
      join(screenshots, `agenda-pack-${variant}`),
    ]);
  }
});

test('the documents screen offers the agenda beside the minutes, and asks for one of each choice', async ({
  page,
}) => {
  await openDocuments(page);
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  const documents = form.getByRole('group', { name: 'Documents' });
  await expect(documents.getByLabel('Minutes')).toBeChecked();
  await expect(documents.getByLabel('Agenda')).not.toBeChecked();
  await documents.getByLabel('Minutes').uncheck();
  await expect(
    form.getByText('Choose at least one document, one variant and one format.'),
  ).toBeVisible();
  await expect(form.getByRole('button', { name: 'Prepare documents' })).toBeDisabled();
  // Both documents, public PDF only: two files, each named for what it is.
  await documents.getByLabel('Minutes').check();
  await documents.getByLabel('Agenda').check();
  await form.getByRole('group', { name: 'Variants' }).getByLabel('Confidential').uncheck();
  await form.getByRole('group', { name: 'Formats' }).getByLabel('Word (DOCX)').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('2 of 2 ready')).toBeVisible({ timeout: 60_000 });
  const results = page.getByRole('list', { name: 'Documents' });
  await expect(results.getByText('SEC Panel 30 minutes - public.pdf')).toBeVisible();
  await expect(results.getByText('SEC Panel 30 agenda - public.pdf')).toBeVisible();
  await page.getByRole('button', { name: 'Preview' }).nth(1).click();
  await expect(
    page.getByRole('img', { name: /^Public agenda, PDF, page 1 of \d+$/ }),
  ).toBeVisible();
});
