import { expect, test } from '@playwright/test';
import { createBodyAndMeeting } from './support/ui';

// Data written by a newer version of Minutebook (here: the database moved on to a later
// version by another window) is refused with a message at start, and left exactly as it is.
test('data from a newer version of Minutebook is refused at start, said so, and left alone', async ({
  page,
}) => {
  await createBodyAndMeeting(page);
  // The version this app writes (IndexedDB's is Dexie's times ten).
  const current = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('minutebook');
        request.onsuccess = () => {
          const version = request.result.version / 10;
          request.result.close();
          resolve(version);
        };
        request.onerror = () => reject(new Error('could not open'));
      }),
  );
  expect(current).toBeGreaterThanOrEqual(5);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie's version 99 is IndexedDB's 990; the app's own connection gives way to it.
        const request = indexedDB.open('minutebook', 990);
        request.onupgradeneeded = () => request.result.createObjectStore('laterTable');
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error('could not upgrade'));
      }),
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Minutebook cannot open its data' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(
    `written by a newer version of Minutebook (data version 99; this version reads up to ${String(current)}). Nothing has been changed`,
  );
  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve) => {
        const request = indexedDB.open('minutebook');
        request.onsuccess = () => {
          const db = request.result;
          resolve({ version: db.version, stores: [...db.objectStoreNames] });
          db.close();
        };
      }),
  );
  expect(stored.version).toBe(990);
  expect(stored.stores).toContain('laterTable');
  expect(stored.stores).toContain('meetings');
});

test('the Backups screen says whether the browser keeps the data and how much room it uses', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'App' })
    .getByRole('link', { name: 'Backups' })
    .click();
  await expect(page.getByTestId('storage-state')).toContainText(
    /^Storage (is kept|may be cleared by the browser).* Minutebook uses [\d.]+ [MG]B of the [\d.]+ [MG]B it may use here\.$/,
  );
});
