import { isQuotaError } from './error-messages';
import { Dexie, type EntityTable } from 'dexie';
import {
  backupDaysKept,
  backupsKept,
  type BackupInfo,
  type BackupReadResult,
  type BackupWriteResult,
} from '../../src-main/ipc/contract';
import { backupFileName, backupsToPrune, savedAtOf } from '../../src-main/ipc/backup-names';
import type { BackupShelf } from '../platform';

/**
 * A backup's text, as UTF-8 in a Blob. IndexedDB keeps a Blob beside its records, and
 * Chromium refuses a record over 128 MiB: three bodies of fifteen years are a 195-million-
 * character archive, 390 MB as a string record, which could not be backed up. (Version 1
 * kept the string itself, in `text`.)
 */
interface BackupText {
  name: string;
  file: Blob;
}

/** The text as the shelf keeps it. */
const asFile = (text: string) => new Blob([text], { type: 'application/json' });

/** The bytes of a text already encoded as UTF-8, as the shelf keeps them. */
export const asFileOfBytes = (parts: readonly Uint8Array<ArrayBuffer>[]) =>
  new Blob([...parts], { type: 'application/json' });

/** UTF-8 cannot hold a lone surrogate: such a text would not read back as it was given. */
const notWellFormed: BackupWriteResult = {
  ok: false,
  reason: 'error',
  message:
    'The backup was not written: its text is not well-formed Unicode. Nothing else was changed.',
};

/**
 * The browser's stand-in for the backup folder: a database of its own, apart from the app's
 * data, holding the backups' descriptions and, in a second table, their texts (so listing
 * them reads no text).
 */
class BackupShelfDb extends Dexie {
  backups!: EntityTable<BackupInfo, 'name'>;
  texts!: EntityTable<BackupText, 'name'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ backups: 'name, savedAt', texts: 'name' });
    // The texts move into Blobs (see BackupText); the tables and their keys are unchanged.
    this.version(2)
      .stores({ backups: 'name, savedAt', texts: 'name' })
      .upgrade((tx) =>
        tx
          .table<{ name: string; text?: string; file?: Blob }, string>('texts')
          .toCollection()
          .modify((row) => {
            if (row.text === undefined) return;
            row.file = asFile(row.text);
            delete row.text;
          }),
      );
  }
}

/** What the shelf knows of a backup besides its text. */
export interface BackupMeta {
  /** Its content hash (db/backup-make.ts), kept so that "nothing changed" reads no text. */
  contentHash?: string;
}

/**
 * Writes `file` (a backup's text as UTF-8) as a new backup on the shelf database `db`, named
 * after `now` (or the next free millisecond), then keeps the newest `keep` and the last of
 * each of the days before them. All in one transaction: written whole or not at all.
 */
async function writeOn(
  db: BackupShelfDb,
  file: Blob,
  meta: BackupMeta,
  now: Date,
  keep: number,
): Promise<BackupWriteResult> {
  try {
    return await db.transaction('rw', db.backups, db.texts, async () => {
      let at = now;
      while ((await db.backups.get(backupFileName(at))) !== undefined) {
        at = new Date(at.getTime() + 1);
      }
      const fileName = backupFileName(at);
      const backup: BackupInfo = {
        name: fileName,
        savedAt: savedAtOf(fileName) ?? at.toISOString(),
        // The Blob holds the text's UTF-8 bytes: its size is the backup's, counted once.
        bytes: file.size,
        ...(meta.contentHash === undefined ? {} : { contentHash: meta.contentHash }),
      };
      await db.backups.add(backup);
      await db.texts.add({ name: fileName, file });
      // The new backup is never the one to go, even if the clock was set back.
      const names = await db.backups.toCollection().primaryKeys();
      const old = backupsToPrune(names, { recent: keep, days: backupDaysKept }, fileName);
      await db.backups.bulkDelete(old);
      await db.texts.bulkDelete(old);
      return { ok: true as const, backup };
    });
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        reason: 'disk-full',
        message:
          'The browser has no room left for the backup. It was not written; nothing else was changed.',
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'error',
      message: `The backup was not written: ${detail}. Nothing else was changed.`,
    };
  }
}

/**
 * Writes one backup on the shelf called `name` from wherever it runs (the backup worker
 * writes there itself, so the archive's text never passes through the page), then closes it.
 * `file` is the text as UTF-8 ({@link asFileOfBytes}).
 */
export async function writeShelfBackup(
  name: string,
  file: Blob,
  meta: BackupMeta,
  now: Date,
  keep: number,
): Promise<BackupWriteResult> {
  const db = new BackupShelfDb(name);
  try {
    return await writeOn(db, file, meta, now, keep);
  } finally {
    db.close();
  }
}

/**
 * Backups in the browser, named and kept as the desktop app keeps its files: the newest
 * `keep` and the last of each of the days before them, each written whole or not at all.
 * `inWorker` tells the backup keeper where a worker may write this shelf itself.
 */
export function createBrowserBackupShelf(
  name = 'minutebook-backups',
  now: () => Date = () => new Date(),
  keep: number = backupsKept,
): BackupShelf {
  const db = new BackupShelfDb(name);
  return {
    listBackups: () => db.backups.orderBy('savedAt').reverse().toArray(),
    // An archive's text never has a lone surrogate (JSON.stringify writes them as escapes).
    writeBackup: async (text: string) =>
      text.isWellFormed() ? writeOn(db, asFile(text), {}, now(), keep) : notWellFormed,
    async readBackup(backupName: string): Promise<BackupReadResult> {
      const stored = await db.texts.get(backupName);
      if (stored === undefined)
        return {
          ok: false,
          reason: 'not-found',
          message: `The backup ${backupName} is no longer kept.`,
        };
      try {
        return { ok: true, text: await stored.file.text() };
      } catch (error) {
        // The browser lost the Blob's data (its storage was cleared or damaged underneath).
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          reason: 'error',
          message: `The backup ${backupName} could not be read: ${detail}`,
        };
      }
    },
    inWorker: { name, keep, now },
  };
}
