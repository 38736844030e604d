import type { MinutebookDb } from './database';

/** The database could not be opened; the message says why and what to do. Nothing was changed. */
export class DatabaseOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MinutebookOpenError';
  }
}

/**
 * The version of the database as stored (Dexie's numbering), or null when there is none yet.
 * Read with IndexedDB itself, without a version, so nothing is created or upgraded.
 */
export function installedVersion(
  name: string,
  idb: IDBFactory = indexedDB,
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const request = idb.open(name);
    let absent = false;
    request.onupgradeneeded = () => {
      // No database of that name: leave it for the app to create, with its own schema.
      absent = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version / 10);
    };
    request.onerror = () => {
      if (absent) resolve(null);
      else reject(request.error ?? new Error('The database could not be read.'));
    };
  });
}

/**
 * Opens the app's database. A database written by a newer version of Minutebook is refused
 * before it is opened: an older version would read it wrongly and could change it. While an
 * older copy of the app in another window holds the database open, the upgrade waits for it
 * to close, and `onBlocked` says so. Any failure comes as a DatabaseOpenError with a message
 * for the user; nothing is reset or deleted.
 */
export async function openDatabase(
  db: MinutebookDb,
  options: { idb?: IDBFactory; onBlocked?: () => void } = {},
): Promise<void> {
  let installed: number | null;
  try {
    installed = await installedVersion(db.name, options.idb);
  } catch (error) {
    throw new DatabaseOpenError(cannotOpen(error));
  }
  if (installed !== null && installed > db.verno) {
    throw new DatabaseOpenError(
      `This computer's Minutebook data was written by a newer version of Minutebook (data version ${String(installed)}; this version reads up to ${String(db.verno)}). Nothing has been changed: open it with the newer version, or update Minutebook.`,
    );
  }
  const blocked = () => options.onBlocked?.();
  db.on('blocked', blocked);
  try {
    await db.open();
  } catch (error) {
    throw new DatabaseOpenError(cannotOpen(error));
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
}

function cannotOpen(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Minutebook's data could not be opened (${detail}). Nothing has been changed or reset. Close other Minutebook windows and try again; if it goes on, restart the computer.`;
}
