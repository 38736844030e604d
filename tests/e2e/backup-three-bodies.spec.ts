import { expect, test } from '@playwright/test';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { generateArchive } from '../../scripts/archive-gen/generate';
import {
  parseArchive,
  rowsFromArchiveBody,
  serializeArchive,
  type Archive,
} from '../../src-renderer/domain';
import { openBackups, watchTexts } from './support/ui';

// Three bodies of fifteen years each (about 215,000 rows; a 195-million-character archive)
// imported through the UI, backed up, saved as a copy, restored, and checked whole: whatever
// the app writes at that scale, it reads back. In the browser the backup is kept in
// IndexedDB, which refuses a record over 128 MiB; the archive as a string record is 390 MB.
// It takes some five minutes here, most of it IndexedDB writing the rows twice.

/** The tables counted: every kind of a body's rows. */
const tables = [
  'members',
  'meetings',
  'agendaItems',
  'minuteBlocks',
  'attendance',
  'amendments',
  'interests',
  'actions',
  'actionUpdates',
] as const;

/** Rows of each kind in the database, read in the page. */
function countRows(names: readonly string[]): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('minutebook');
    request.onerror = () => reject(request.error ?? new Error('cannot open minutebook'));
    request.onsuccess = () => {
      const db = request.result;
      // The blocks of minutes are kept one row per item: counted by the index of their ids.
      const stores = names.map((name) => (name === 'minuteBlocks' ? 'itemMinutes' : name));
      const tx = db.transaction(stores);
      const counts: Record<string, number> = {};
      for (const name of names) {
        const count =
          name === 'minuteBlocks'
            ? tx.objectStore('itemMinutes').index('blockIds').count()
            : tx.objectStore(name).count();
        count.onsuccess = () => (counts[name] = count.result);
      }
      tx.oncomplete = () => (db.close(), resolve(counts));
      tx.onerror = () => (db.close(), reject(tx.error ?? new Error('cannot count')));
    };
  });
}

/** The rows of each kind in `archive`, as countRows counts them in the database. */
function archiveCounts(archive: Archive): Record<string, number> {
  const rows = archive.bodies.map(rowsFromArchiveBody);
  return Object.fromEntries(
    tables.map((name) => [name, rows.reduce((n, r) => n + r[name].length, 0)]),
  );
}

/** What the status line says before a backup on demand has ended. */
const underWay = /^(Backing up…)?$/;

test('a backup of three bodies of fifteen years is written, saved, restored and read back whole', async ({
  page,
}) => {
  test.setTimeout(30 * 60_000);
  const long = { timeout: 8 * 60_000 };
  const generated = generateArchive({ years: 15, bodies: 3, seed: 1 });
  const archivePath = test.info().outputPath('three-bodies.minutebook.json');
  const copyPath = test.info().outputPath('saved-copy.json');
  await writeFile(archivePath, serializeArchive(generated));

  try {
    // Imported as a secretary would, on a body's page.
    await page.goto('/');
    const form = page.getByRole('form', { name: 'New body' });
    await form.getByLabel('Name', { exact: true }).fill('Scale Board');
    await form.getByLabel('Action prefix').fill('SB');
    await form.getByLabel('Secretariat').fill('Secretariat');
    await form.getByRole('button', { name: 'Create body' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Scale Board' })).toBeVisible();
    await page.getByLabel('Archive file to import').setInputFiles(archivePath);
    const imported = page.getByText(/^Imported “.+” from three-bodies\.minutebook\.json\.$/);
    await expect(imported).toBeVisible(long);
    for (const body of generated.bodies) await expect(imported).toContainText(`“${body.name}”`);
    const expected = archiveCounts(generated);
    expect(expected.meetings).toBe(540);
    expect(await page.evaluate(countRows, tables)).toEqual(expected);

    // Backed up, with its size said; a copy saved holds the three bodies exactly.
    await openBackups(page);
    const statusTexts = await watchTexts(page, 'backup-status');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const status = page.getByTestId('backup-status');
    // Waits for the backup to end, written or refused: a refusal fails at once, with its words,
    // rather than after the long wait.
    await expect(status).not.toHaveText(underWay, long);
    await expect(status).toHaveText(/^Backed up: .+ — 1\d\d\.\d MB, in [\d.]+ s\.$/);
    expect(await statusTexts.seen()).toContain('Backing up…');
    const download = page.waitForEvent('download', long);
    await page.getByRole('button', { name: /^Save a copy of the backup of / }).click();
    await (await download).saveAs(copyPath);
    const parsed = parseArchive(await readFile(copyPath, 'utf8'));
    if (!parsed.ok) throw new Error(`the saved copy does not read: ${parsed.errors.join('; ')}`);
    const copy = parsed.archive;
    expect(copy.bodies.map((b) => b.name).sort()).toEqual(
      ['Audit and Risk Committee', 'Change Board', 'SEC Panel', 'Scale Board'].sort(),
    );
    const ids = new Set(generated.bodies.map((b) => b.id));
    const three = { ...copy, bodies: copy.bodies.filter((b) => ids.has(b.id)) };
    // Compared as text: toEqual over 200 MB of objects would take minutes to print a failure.
    expect(
      serializeArchive(three) === serializeArchive({ ...generated, exportedAt: copy.exportedAt }),
    ).toBe(true);

    // Restored in place (after what is here is backed up in its turn), every row is back.
    await page.getByRole('button', { name: /^Restore the backup of / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(status).toContainText('Restored the backup of', long);
    expect(await page.evaluate(countRows, tables)).toEqual(archiveCounts(copy));
    // It said how far it had got meanwhile.
    const seen = await statusTexts.seen();
    expect(seen).toContain('Restoring… first backing up what is here');
    expect(
      seen.filter((t) => /^Restoring… \d+% \([\d,]+ of [\d,]+ records written\)$/.test(t)).length,
    ).toBeGreaterThan(10);
    // The app's own check, which compares a fresh archive of what is here with the newest
    // backup's content hash: the restored database archives to exactly that backup.
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(status).not.toHaveText(/^(Backing up…|Restored the backup of .*)$/, long);
    await expect(status).toHaveText(
      /^Nothing has changed since the backup of .+; it holds everything/,
    );
  } finally {
    await rm(archivePath, { force: true });
    await rm(copyPath, { force: true });
  }
});
