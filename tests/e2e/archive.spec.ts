import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createBodyAndMeeting } from './support/ui';

const fixture = fileURLToPath(new URL('../fixtures/sec-panel-30.archive.json', import.meta.url));

test('a body exports its archive, and the reference archive imports with its meeting', async ({
  page,
}) => {
  await createBodyAndMeeting(page, 'Test Board');
  await page.getByRole('link', { name: 'Test Board' }).click();
  const archive = page.getByRole('region', { name: 'Archive' });
  await expect(archive).toBeVisible();

  const download = page.waitForEvent('download');
  await archive.getByRole('button', { name: 'Export archive' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^Test Board archive \d{4}-\d{2}-\d{2}\.minutebook\.json$/,
  );
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    format: string;
    bodies: { name: string; meetings: { number: number }[] }[];
  };
  expect(exported.format).toBe('minutebook-archive');
  expect(exported.bodies[0]?.meetings.map((m) => m.number)).toEqual([30]);

  // A broken archive: the errors name the bad field, and nothing is imported.
  const broken = readFileSync(fixture, 'utf8').replace(
    '"date": "2016-03-10"',
    '"date": "2016-02-30"',
  );
  await page.getByLabel('Archive file to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  });
  await expect(page.getByRole('alert')).toContainText(
    'bodies[0].meetings[0].date: not a calendar date',
  );
  await page.screenshot({
    path: 'test-results/screenshots/archive-import-errors.png',
    fullPage: true,
  });
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);

  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Meeting 30 — / })).toBeVisible();

  // The same archive again: refused, because that body is already here.
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByText('"SEC Panel" is already here')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'SEC Panel' })).toHaveCount(1);
});

test('the next meeting number follows the meetings the body has, imported ones too', async ({
  page,
}) => {
  await page.goto('/');
  const newBody = page.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name').fill('Empty Board');
  await newBody.getByLabel('Action prefix').fill('EB');
  await newBody.getByLabel('Secretariat').fill('Secretariat');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  const number = page.getByRole('form', { name: 'New meeting' }).getByLabel('Number');
  await expect(number).toHaveValue('1');

  // Importing moves this page to the imported body, whose last meeting is 30.
  await page.getByLabel('Archive file to import').setInputFiles(fixture);
  await expect(page.getByRole('heading', { level: 1, name: /SEC Panel/ })).toBeVisible();
  await expect(number).toHaveValue('31');

  // A number typed is kept.
  await number.fill('40');
  await expect(number).toHaveValue('40');
});
