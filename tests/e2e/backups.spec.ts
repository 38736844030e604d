import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { storedRows } from './support/stored';
import { addItems, createBodyAndMeeting, openBackups } from './support/ui';

test('a backup on demand is restored, and the restore itself can be undone', async ({ page }) => {
  await createBodyAndMeeting(page);
  await addItems(page, ['Privacy Assessment', 'Testing Update']);
  const agenda = page.url();

  await openBackups(page);
  await expect(page.getByText('No backup yet.')).toBeVisible();
  const worker = page.waitForEvent('worker');
  await page.getByRole('button', { name: 'Back up now' }).click();
  // Made in the backup worker, off the page; its size and how long it took are said.
  expect((await worker).url()).toMatch(/backup-worker-[\w-]+\.js$/);
  await expect(page.getByTestId('backup-status')).toHaveText(
    /^Backed up: .+ — \d+ KB, in (\d+ ms|\d+\.\d s)\.$/,
  );
  const rows = page.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  // Nothing changed: no second copy of the same data.
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-status')).toHaveText(
    /^Nothing has changed since the backup of .+; it holds everything \(checked in .+\)\.$/,
  );
  await expect(rows).toHaveCount(1);

  // A change after the backup…
  await page.goto(agenda);
  await page.getByLabel('Title of item 2').fill('Testing Update — renamed after the backup');
  await page.getByLabel('Title of item 2').blur();
  await addItems(page, ['Added after the backup']);

  // …is undone by restoring it, after what is here is backed up in its turn.
  await openBackups(page);
  await page.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('What is here now is backed up first');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Restored the backup of');
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: join('test-results', 'screenshots', 'backups.png') });

  await page.goto(agenda);
  await expect(page.getByLabel('Title of item 2')).toHaveValue('Testing Update');
  await expect(page.getByTestId('agenda-item')).toHaveCount(2);

  // The newest backup is the state before the restore: restoring it brings the changes back.
  await openBackups(page);
  await page
    .getByRole('button', { name: /^Restore the backup of / })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Restored the backup of');
  await page.goto(agenda);
  await expect(page.getByLabel('Title of item 2')).toHaveValue(
    'Testing Update — renamed after the backup',
  );
  await expect(page.getByTestId('agenda-item')).toHaveCount(3);
  await page.reload();
  await expect(page.getByTestId('agenda-item')).toHaveCount(3);
});

test('backups are written on a schedule, only when something changed', async ({ page }) => {
  await page.clock.install();
  await createBodyAndMeeting(page);
  const agenda = page.url();
  await openBackups(page);
  await expect(page.getByText('No backup yet.')).toBeVisible();
  await page.clock.runFor(61_000);
  const rows = page.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  // Five quiet minutes add nothing…
  await page.clock.runFor(5 * 60_000);
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  await expect(rows).toHaveCount(1);
  // …a change is in the next one.
  await page.goto(agenda);
  await addItems(page, ['Item added later']);
  await page.clock.runFor(5 * 60_000);
  await openBackups(page);
  await expect(rows).toHaveCount(2);
});

test('a quiet schedule reads nothing; a change typed in another window is backed up', async ({
  page,
}) => {
  await page.clock.install();
  await createBodyAndMeeting(page);
  const agenda = page.url();
  const backupWorkers: string[] = [];
  page.on('worker', (worker) => {
    if (/backup-worker-/.test(worker.url())) backupWorkers.push(worker.url());
  });
  await openBackups(page);
  await page.clock.runFor(61_000);
  const rows = page.getByTestId('backup-row');
  await expect(rows).toHaveCount(1);
  expect(backupWorkers).toHaveLength(1);
  // Nothing written since: the next scheduled backups do not even read the data.
  await page.clock.runFor(10 * 60_000);
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  expect(backupWorkers).toHaveLength(1);

  // Another window (its own clock) adds an item; this window hears of the write.
  const other = await page.context().newPage();
  await other.goto(agenda);
  await addItems(other, ['Added in the other window']);
  await expect
    .poll(async () => (await storedRows<{ title: string }>(other, 'agendaItems')).length)
    .toBe(1);
  await page.clock.runFor(5 * 60_000);
  await expect(rows).toHaveCount(2);
  expect(backupWorkers).toHaveLength(2);
  await other.close();
});

test('a saved copy of a backup downloads as an archive file', async ({ page }) => {
  await createBodyAndMeeting(page);
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Save a copy of the backup of / }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^minutebook-backup-\d{8}-\d{6}-\d{3}\.json$/);
  const text = await (await file.createReadStream()).toArray();
  const archive = JSON.parse(Buffer.concat(text).toString('utf8')) as {
    bodies: { name: string }[];
  };
  expect(archive.bodies.map((b) => b.name)).toEqual(['SEC Panel']);
});

test('a restore waits until the other windows are closed, which could write over it', async ({
  page,
  context,
}) => {
  await createBodyAndMeeting(page);
  const agenda = page.url();
  await openBackups(page);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);

  const other = await context.newPage();
  await other.goto(agenda);
  await expect(other.getByRole('heading', { level: 1 })).toContainText('SEC Panel meeting 30');
  await page.getByRole('button', { name: /^Restore the backup of / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('backup-status')).toContainText(
    'Minutebook is open in another window',
  );
  // Refused before anything was backed up or changed.
  await expect(page.getByTestId('backup-row')).toHaveCount(1);

  await other.close();
  await page.getByRole('button', { name: /^Restore the backup of / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('backup-status')).toContainText('Restored the backup of');
});
