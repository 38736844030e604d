/**
 * Automatic backups: whole archives (JSON text) kept as files in one folder, named after the
 * UTC time they were written, the newest `backupsKept` kept. Pure Node; the folder is passed
 * in, so tests run on a temporary folder. Only files whose names match the backup pattern are
 * ever listed, read or deleted: anything else in the folder is left alone.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, backupsToPrune, savedAtOf, type Retention } from '../ipc/backup-names';
import { backupDaysKept, backupsKept, type BackupInfo } from '../ipc/contract';
import { errorCode, writeFileAtomic } from './atomic-write';

/** A backup read or name refused before any file was touched; its message can be shown. */
export class BackupRefusal extends Error {
  override name = 'BackupRefusal';
}

export interface BackupWriteDeps {
  /** Writes the file atomically; injected so tests can fail it. */
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
  /** Deletes an old backup while pruning; injected so tests can fail it. */
  remove?: (target: string) => Promise<void>;
  /** Days before the recent backups whose last backup is kept; backupDaysKept by default. */
  days?: number;
}

/** The names of the backup files in `folder` (regular files only), newest first. */
async function backupNames(folder: string): Promise<string[]> {
  const entries = await fsp.readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && savedAtOf(entry.name) !== null)
    .map((entry) => entry.name)
    .sort()
    .reverse();
}

/** The first name from `now` on, a millisecond at a time, that is not in `taken`. */
function freeName(now: Date, taken: ReadonlySet<string>): { name: string; date: Date } {
  let date = now;
  while (taken.has(backupFileName(date))) date = new Date(date.getTime() + 1);
  return { name: backupFileName(date), date };
}

/**
 * Deletes the backups `retention` does not keep (never `kept`). A failure is logged and
 * swallowed: the new backup is already safely written.
 */
async function prune(
  folder: string,
  kept: string,
  retention: Retention,
  remove: (target: string) => Promise<void>,
): Promise<void> {
  let names: string[];
  try {
    names = await backupNames(folder);
  } catch (error) {
    console.warn('Could not list the backups to remove old ones:', error);
    return;
  }
  const older = backupsToPrune(names, retention, kept);
  for (const name of older) {
    try {
      await remove(path.join(folder, name));
    } catch (error) {
      console.warn(`Could not remove the old backup ${name}:`, error);
    }
  }
}

// Writes to one folder run one after another, so two in the same millisecond cannot both
// pick the same free name and have the second rename replace the first.
const queues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

/**
 * Writes `text` (UTF-8) atomically as a new backup in `folder`, creating the folder if
 * needed. The name comes from `now`, or the next free millisecond if that name is taken.
 * Then keeps the newest `keep` backups (always including the new one) and the last backup of
 * each of the `deps.days` days before them, and deletes the others; no other file is touched. Rejects with the fs error if the backup was not written.
 */
export async function writeBackup(
  folder: string,
  text: string,
  now: Date,
  keep: number = backupsKept,
  deps: BackupWriteDeps = {},
): Promise<BackupInfo> {
  if (!Number.isInteger(keep) || keep < 1) {
    throw new RangeError(`keep must be a whole number of at least 1, not ${keep}.`);
  }
  if (savedAtOf(backupFileName(now)) === null) {
    throw new RangeError(`${String(now)} cannot name a backup.`);
  }
  const write = deps.write ?? ((target, bytes) => writeFileAtomic(target, bytes));
  const remove = deps.remove ?? ((target) => fsp.unlink(target));
  return oneAtATime(path.resolve(folder), async () => {
    await fsp.mkdir(folder, { recursive: true });
    const { name, date } = freeName(now, new Set(await fsp.readdir(folder)));
    const bytes = Buffer.from(text, 'utf8');
    await write(path.join(folder, name), bytes);
    await prune(folder, name, { recent: keep, days: deps.days ?? backupDaysKept }, remove);
    return { name, savedAt: date.toISOString(), bytes: bytes.length };
  });
}

/** The backups in `folder`, newest first; a missing folder has none. Other files are ignored. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await backupNames(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const savedAt = savedAtOf(name);
    if (savedAt === null) continue;
    try {
      const info = await fsp.stat(path.join(folder, name));
      backups.push({ name, savedAt, bytes: info.size });
    } catch (error) {
      // Deleted between readdir and stat (pruned by a write): it is simply not there.
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  }
  return backups;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of the backup called `name` in `folder`. Refuses (BackupRefusal) a name that is
 * not exactly a backup name, so no path can be reached, a file over `maxBytes`, and bytes
 * that are not UTF-8. A missing file rejects with the fs error (code ENOENT).
 */
export async function readBackup(folder: string, name: string, maxBytes: number): Promise<string> {
  if (savedAtOf(name) === null) {
    throw new BackupRefusal(`"${name}" is not the name of a Minutebook backup.`);
  }
  const handle = await fsp.open(path.join(folder, name), 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new BackupRefusal(`The backup "${name}" is not a file.`);
    if (info.size > maxBytes) throw tooLarge(name, maxBytes);
    const bytes = await handle.readFile();
    // It may have grown since the stat; the limit holds for what was actually read.
    if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
    try {
      return strictUtf8.decode(bytes);
    } catch {
      throw new BackupRefusal(`The backup "${name}" is damaged: it is not UTF-8 text.`);
    }
  } finally {
    await handle.close();
  }
}

function tooLarge(name: string, maxBytes: number): BackupRefusal {
  return new BackupRefusal(
    `The backup "${name}" is larger than ${maxBytes} bytes, the most Minutebook will read.`,
  );
}
