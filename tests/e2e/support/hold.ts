import type { Page } from '@playwright/test';

/**
 * Keeps a read-write transaction open on `tables` of the app's database until `release`, as a
 * slow disk or a long write would: the app's writes to them wait, and its reads of them too.
 */
export async function holdWrites(
  page: Page,
  tables: readonly string[],
): Promise<{ release: () => Promise<void> }> {
  await page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('minutebook');
        open.onerror = () => reject(new Error('cannot open the minutebook database'));
        open.onsuccess = () => {
          const db = open.result;
          const held = db.transaction(names, 'readwrite');
          const first = held.objectStore(names[0] ?? '');
          const flag = window as unknown as { releaseWrites?: boolean };
          flag.releaseWrites = false;
          // A transaction lives while it has requests: one after another until released.
          const spin = () => {
            if (flag.releaseWrites !== true) first.count().onsuccess = spin;
          };
          spin();
          held.oncomplete = () => db.close();
          resolve();
        };
      }),
    [...tables],
  );
  return {
    release: () =>
      page.evaluate(() => {
        (window as unknown as { releaseWrites?: boolean }).releaseWrites = true;
      }),
  };
}
