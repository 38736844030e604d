import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** A meeting with items in Welsh, Greek, Cyrillic, and one in Chinese the PDF font lacks. */
async function meetingToExport(page: Page) {
  await createBodyAndMeeting(page);
  await addItems(page, [
    'Minutes and Actions Outstanding',
    'Dŵr a thŷ — Ελληνικά — Кириллица',
    'Visit of the 中文 delegation',
  ]);
  await page.getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('form', { name: 'Documents to prepare' })).toBeVisible();
}

async function preparePublicPdf(page: Page) {
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByLabel('Confidential').uncheck();
  await form.getByLabel('Word (DOCX)').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('1 of 1 ready')).toBeVisible({ timeout: 30_000 });
}

test('prepares the public PDF, previews its pages and downloads it', async ({ page }, info) => {
  await meetingToExport(page);
  await preparePublicPdf(page);

  const first = page.getByRole('img', { name: /^Public minutes, PDF, page 1 of \d+$/ });
  await expect(first).toBeVisible();
  // The preview is drawn: the canvas holds dark text pixels, not a blank page.
  const inked = () =>
    first.evaluate((el) => {
      const canvas = el as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; data && i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark += 1;
      return dark;
    });
  await expect.poll(inked).toBeGreaterThan(500);

  await expect(page.getByRole('alert').filter({ hasText: 'no glyph for' })).toContainText(
    '“中” (U+4E2D)',
  );

  const screenshots = join('test-results', 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, 'export.png'), fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Public minutes, PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('SEC Panel 30 minutes - public.pdf');
  const file = info.outputPath('public.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Dŵr a thŷ — Ελληνικά — Кириллица');
  expect(text).toContain('PUBLIC');
  await expect(page.getByText('Downloaded as SEC Panel 30 minutes - public.pdf')).toBeVisible();
});

test('prepares all four documents with progress', async ({ page }) => {
  await meetingToExport(page);
  await page.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('4 of 4 ready')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Documents prepared' })).toHaveAttribute(
    'value',
    '4',
  );
  for (const name of ['Confidential minutes, Word (DOCX)', 'Public minutes, PDF']) {
    await expect(page.getByRole('button', { name: `Save ${name}` })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Save all' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the documents screen passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await meetingToExport(page);
    expect(await seriousViolations(page)).toEqual([]);
    await preparePublicPdf(page);
    await expect(page.getByRole('img', { name: /page 1 of/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
