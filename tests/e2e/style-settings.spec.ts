import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Body } from '../../src-renderer/domain';
import { storedRows } from './support/stored';
import { addItems } from './support/ui';

test.setTimeout(120_000);

/** Creates a body through the New body form in the given house style; leaves it on its page. */
async function createBody(page: Page, name: string, minutesName: string, style?: string) {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'New body' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('The minutes call it').fill(minutesName);
  await form.getByLabel('Action prefix').fill('CAB');
  await form.getByLabel('Secretariat').fill('Democratic Services');
  if (style !== undefined) await form.getByLabel('House style').selectOption({ label: style });
  await form.getByRole('button', { name: 'Create body' }).click();
  await expect(page.getByRole('form', { name: 'New meeting' })).toBeVisible();
}

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings and members' }).click();
  await expect(page.getByRole('region', { name: 'House style' })).toBeVisible();
  return page.getByRole('region', { name: 'House style' });
}

async function storedBody(page: Page, name: string): Promise<Body | undefined> {
  return (await storedRows<Body>(page, 'bodies')).find((b) => b.name === name);
}

test('a council style from the New body form: its settings, live preview, style file and minutes', async ({
  page,
}, info) => {
  await createBody(page, 'Cabinet', 'The Cabinet', 'Council cabinet or committee');
  const card = await openSettings(page);

  // The card shows the preset's fields.
  await expect(card.getByLabel('Style name')).toHaveValue('Council cabinet or committee');
  await expect(card.getByLabel('Item numbers')).toHaveValue('running');
  await expect(card.getByLabel('Decisions read')).toHaveValue('resolved');
  await expect(card.getByLabel('Outstanding actions')).toHaveValue('none');
  await expect(card.getByLabel('Confidential items in a private part')).toBeChecked();
  await expect(card.getByLabel('Minutes title')).toHaveValue(
    'Minutes of the meeting of the {body} held on {weekday} {date} at {time}',
  );

  // The preview: the title, RESOLVED, the private part.
  const preview = card.getByRole('figure', { name: 'Preview of a sample page' });
  await expect(preview).toContainText(
    'Minutes of the meeting of the Cabinet held on Thursday 2 October 2025 at 2.00 pm',
  );
  await expect(preview).toContainText('RESOLVED that:');
  await expect(preview).toContainText('(1) the report be noted;');
  await expect(preview).toContainText('Exclusion of the press and public');

  // A change of title shows at once in the preview.
  await card.getByLabel('Minutes title').fill('Minutes of the {body} meeting of {date}');
  await expect(preview).toContainText('Minutes of the Cabinet meeting of 2 October 2025');
  await expect
    .poll(async () => (await storedBody(page, 'Cabinet'))?.minutesTitle)
    .toBe('Minutes of the {body} meeting of {date}');
  // And so does the decision form.
  await card.getByLabel('Decisions read').selectOption('plain');
  await expect(preview).toContainText('The Cabinet noted the contents of the report.');
  await card.getByLabel('Decisions read').selectOption('resolved');
  await expect(preview).toContainText('RESOLVED that:');

  const screenshots = join('test-results', 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  await card.screenshot({ path: join(screenshots, 'style-settings.png') });

  // Export the style file.
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export style' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('council-cabinet-or-committee.minutebook-style.json');
  const styleFile = info.outputPath('council.minutebook-style.json');
  await download.saveAs(styleFile);
  const saved = JSON.parse(readFileSync(styleFile, 'utf8')) as {
    format: string;
    version: number;
    style: Record<string, unknown>;
  };
  expect([saved.format, saved.version, saved.style.minutesTitle]).toEqual([
    'minutebook-style',
    1,
    'Minutes of the {body} meeting of {date}',
  ]);

  // A tiny meeting: one item, one decision; its public minutes as PDF.
  await page
    .getByRole('navigation', { name: 'Body' })
    .getByRole('link', { name: 'Meetings' })
    .click();
  const meeting = page.getByRole('form', { name: 'New meeting' });
  await meeting.getByLabel('Number').fill('39');
  await meeting.getByLabel('Date').fill('2025-10-02');
  await meeting.getByLabel('Time').fill('14:00');
  await meeting.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Cabinet meeting 39/ })).toBeVisible();
  await addItems(page, ['Budget monitoring report']);
  await page
    .getByRole('navigation', { name: 'Meeting' })
    .getByRole('link', { name: 'Minutes' })
    .click();
  await page.getByRole('button', { name: 'Add decisions to item 1' }).click();
  const decision = page.getByLabel('Decision 1, item 1, block 1', { exact: true });
  await decision.fill('the report be noted');
  await expect(page.getByLabel('How the decisions read')).toBeVisible();
  await page.getByRole('link', { name: 'Documents' }).click();
  const form = page.getByRole('form', { name: 'Documents to prepare' });
  await form.getByLabel('Confidential').uncheck();
  await form.getByLabel('Word (DOCX)').uncheck();
  await form.getByRole('button', { name: 'Prepare documents' }).click();
  await expect(page.getByText('1 of 1 ready')).toBeVisible({ timeout: 30_000 });
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save Public minutes, PDF' }).click();
  const pdf = info.outputPath('public.pdf');
  await (await pdfDownload).saveAs(pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Minutes of the Cabinet meeting of 2 October 2025');
  expect(text).toContain('RESOLVED that the report be noted.');

  // A second body takes the style from the file; a bad file is refused first.
  await createBody(page, 'Planning Committee', 'The Committee');
  const second = await openSettings(page);
  const fileInput = second.getByLabel('Style file to import');
  await fileInput.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"minutebook-archive"}'),
  });
  await expect(second.getByRole('alert')).toHaveText(
    'bad.json was not imported; nothing was changed. This file is not a Minutebook style file.',
  );
  await fileInput.setInputFiles(styleFile);
  const confirm = second.getByRole('group', { name: /Apply the style file/ });
  await expect(confirm).toContainText('Minutes title');
  await expect(confirm).toContainText('Decision form');
  await confirm.getByRole('button', { name: 'Apply' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(second.getByLabel('Minutes title')).toHaveValue(
    'Minutes of the {body} meeting of {date}',
  );
  const imported = await storedBody(page, 'Planning Committee');
  expect([imported?.styleName, imported?.decisionForm, imported?.privatePart]).toEqual([
    'Council cabinet or committee',
    'resolved',
    true,
  ]);
  const secondPreview = second.getByRole('figure', { name: 'Preview of a sample page' });
  await expect(secondPreview).toContainText(
    'Minutes of the Planning Committee meeting of 2 October 2025',
  );

  // A preset replaces the style, after saying what changes; Cancel changes nothing.
  await second.getByLabel('Apply a preset…').selectOption({ label: 'Committee without numbers' });
  const presetConfirm = second.getByRole('group', { name: /Apply the preset/ });
  await expect(presetConfirm).toContainText('Decision form: resolved → plain');
  await presetConfirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(second.getByLabel('Decisions read')).toHaveValue('resolved');
  await second.getByLabel('Apply a preset…').selectOption({ label: 'Committee without numbers' });
  await presetConfirm.getByRole('button', { name: 'Apply' }).click();
  await expect(second.getByLabel('Decisions read')).toHaveValue('plain');
  await expect(second.getByLabel('Style name')).toHaveValue('Committee without numbers');
  await expect(secondPreview).toContainText('The Committee noted the contents of the report.');
  await expect(secondPreview).toContainText(
    'Minutes of the Planning Committee meeting, Thursday 2 October 2025',
  );
});

test('two windows on one body’s settings: a style change in one shows in the other’s card and preview', async ({
  page,
  context,
}) => {
  await createBody(page, 'Cabinet', 'The Cabinet', 'Council cabinet or committee');
  const card = await openSettings(page);
  const other = await context.newPage();
  await other.goto(page.url());
  const otherCard = other.getByRole('region', { name: 'House style' });
  await expect(otherCard.getByLabel('Item numbers')).toHaveValue('running');

  await card.getByLabel('Minutes title').fill('Minutes of the {body}, {date}');
  await card.getByLabel('Item numbers').selectOption('none');
  const otherPreview = otherCard.getByRole('figure', { name: 'Preview of a sample page' });
  await expect(otherCard.getByLabel('Minutes title')).toHaveValue('Minutes of the {body}, {date}');
  await expect(otherCard.getByLabel('Item numbers')).toHaveValue('none');
  await expect(otherPreview).toContainText('Minutes of the Cabinet, 2 October 2025');

  // The other window's own change comes back to the first, and both end with the same style.
  await otherCard.getByLabel('Decisions read').selectOption('plain');
  await expect(card.getByLabel('Decisions read')).toHaveValue('plain');
  await expect
    .poll(async () => {
      const body = await storedBody(page, 'Cabinet');
      return [body?.minutesTitle, body?.minuteNumbering, body?.decisionForm];
    })
    .toEqual(['Minutes of the {body}, {date}', 'none', 'plain']);
  await other.close();
});
