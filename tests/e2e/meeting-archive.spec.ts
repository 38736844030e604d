import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addItems, createBodyAndMeeting } from './support/ui';
import { archiveVersion } from '../../src-renderer/domain/archive-schema';

interface ExportedArchive {
  format: string;
  version: number;
  bodies: { name: string; meetings: { number: number; agendaItems: { title: string }[] }[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
}

test('one meeting exports alone and imports into a fresh copy, once', async ({ page, browser }) => {
  // Meeting 30 (with an item), then meeting 29, of the same body.
  await createBodyAndMeeting(page, 'Test Board');
  await addItems(page, ['Budget review']);
  const meeting30 = page.url();
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Test Board' })
    .click();
  const newMeeting = page.getByRole('form', { name: 'New meeting' });
  await newMeeting.getByLabel('Number').fill('29');
  await newMeeting.getByLabel('Date').fill('2016-02-11');
  await newMeeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Test Board meeting 29/ }),
  ).toBeVisible();

  await page.goto(meeting30);
  await page.getByRole('link', { name: 'Documents' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export this meeting' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Test Board meeting 30.minutebook.json');
  const path = await file.path();
  const exported = JSON.parse(readFileSync(path, 'utf8')) as ExportedArchive;
  expect(exported.format).toBe('minutebook-archive');
  expect(exported.version).toBe(archiveVersion);
  expect(exported.bodies.map((b) => b.name)).toEqual(['Test Board']);
  expect(exported.bodies[0]?.meetings.map((m) => m.number)).toEqual([30]);
  expect(exported.bodies[0]?.meetings[0]?.agendaItems.map((i) => i.title)).toEqual([
    'Budget review',
  ]);
  await page.screenshot({
    path: 'test-results/screenshots/meeting-archive-export.png',
    fullPage: true,
  });
  expect(await seriousViolations(page)).toEqual([]);

  // A fresh browser context has its own, empty IndexedDB: another copy of Minutebook.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  const newBody = other.getByRole('form', { name: 'New body' });
  await newBody.getByLabel('Name').fill('Scratch');
  await newBody.getByLabel('Action prefix').fill('SCR');
  await newBody.getByLabel('Secretariat').fill('SECAS');
  await newBody.getByRole('button', { name: 'Create body' }).click();
  await expect(other.getByRole('heading', { level: 1, name: /Scratch/ })).toBeVisible();
  const card = other.getByRole('region', { name: 'Archive' });
  await expect(card).toContainText('Import also takes the file of one meeting');

  await other.getByLabel('Archive file to import').setInputFiles(path);
  await expect(other.getByRole('heading', { level: 1, name: /Test Board/ })).toBeVisible();
  await expect(other.getByRole('link', { name: /Meeting 30 — / })).toBeVisible();
  await expect(other.getByRole('link', { name: /Meeting 29 — / })).toHaveCount(0);
  await other.getByRole('link', { name: /Meeting 30 — / }).click();
  await expect(other.getByTestId('agenda-item')).toHaveCount(1);
  await expect(other.getByTestId('agenda-item').first()).toHaveAttribute(
    'aria-label',
    'Item 1: Budget review',
  );

  // The same file again: the meeting is already here, so nothing is imported.
  await other
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Test Board' })
    .click();
  await other.getByLabel('Archive file to import').setInputFiles(path);
  await expect(
    other.getByText(
      '"Test Board" is already here with meeting 30 from this file, so it was not imported. Nothing was changed.',
    ),
  ).toBeVisible();
  await expect(other.getByRole('link', { name: /Meeting 30 — / })).toHaveCount(1);
  await other.screenshot({
    path: 'test-results/screenshots/meeting-archive-refused.png',
    fullPage: true,
  });
  expect(await seriousViolations(other)).toEqual([]);
  await fresh.close();
});
