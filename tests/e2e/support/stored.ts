import type { Page } from '@playwright/test';
import type { AgendaItem, MinuteBlock } from '../../../src-renderer/domain';

/**
 * Every row of one table of the app's database, read through the page with IndexedDB itself
 * (not through the app), so a test can wait for what is committed rather than for a time.
 */
export async function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open('minutebook');
      let absent = false;
      // No database yet: leave it for the app to create, with its own schema.
      request.onupgradeneeded = () => {
        absent = true;
        request.transaction?.abort();
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () =>
        absent ? resolve(null) : reject(new Error('cannot open the minutebook database'));
    });
    if (db === null) return [];
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<unknown[]>((resolve, reject) => {
        const all = db.transaction(name, 'readonly').objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
        all.onerror = () => reject(new Error(`cannot read ${name}`));
      });
    } finally {
      db.close();
    }
  }, table) as Promise<T[]>;
}

/** The stored agenda item with this title (of any meeting), or undefined while there is none. */
export async function storedItem(page: Page, title: string): Promise<AgendaItem | undefined> {
  const items = await storedRows<AgendaItem>(page, 'agendaItems');
  return items.find((item) => item.title === title);
}

/** Every stored block of minutes, read out of the rows that hold each item's blocks. */
export async function storedBlocks(page: Page): Promise<MinuteBlock[]> {
  const rows = await storedRows<{ blocks: MinuteBlock[] }>(page, 'itemMinutes');
  return rows.flatMap((row) => row.blocks);
}
