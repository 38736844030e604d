import { expect, test } from '@playwright/test';
import { serializeArchive } from '../../src-renderer/domain';
import { generateArchive } from '../../scripts/archive-gen/generate';
import { watchTexts } from './support/ui';

// A generated body of two years (some 8,000 records) is imported through the Archive card:
// the card says how far the import has got while it runs, and the body arrives whole.

test('importing a generated archive shows its progress and brings the body in whole', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const archive = generateArchive({ years: 2, bodies: 1, seed: 4 });
  const file = Buffer.from(serializeArchive(archive));
  await page.goto('/');
  const form = page.getByRole('form', { name: 'New body' });
  await form.getByLabel('Name', { exact: true }).fill('Import Board');
  await form.getByLabel('Action prefix').fill('IB');
  await form.getByLabel('Secretariat').fill('Secretariat');
  await form.getByRole('button', { name: 'Create body' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import Board' })).toBeVisible();

  // Every text the progress line shows, as the page shows it.
  const progress = await watchTexts(page, 'import-progress');
  await page.getByLabel('Archive file to import').setInputFiles({
    name: 'two-years.minutebook.json',
    mimeType: 'application/json',
    buffer: file,
  });
  await expect(page.getByText('Imported “SEC Panel” from two-years.minutebook.json.')).toBeVisible({
    timeout: 120_000,
  });
  const seen = await progress.seen();
  expect(seen).toContain('Importing… checking the archive');
  const steps = seen.filter((t) =>
    /^Importing… \d+% \([\d,]+ of [\d,]+ records written\)$/.test(t),
  );
  expect(steps.length).toBeGreaterThan(0);
  await expect(page.getByTestId('import-progress')).toHaveText('');

  const body = archive.bodies[0];
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Meeting 24 — / })).toBeVisible();
  expect(body?.meetings).toHaveLength(24);
});
