/**
 * Automatic backups: whole archives (JSON text) kept as files in one folder, named after the
 * UTC time they were written, the newest `backupsKept` kept. Pure Node; the folder is passed
 * in, so tests run on a temporary folder. Only files whose names match the backup pattern are
 * ever listed, read or deleted: anything else in the folder is left alone. Only text that
 * reads as an archive is written, and only such files count (and are deleted) when old
 * backups are pruned, so a damaged or foreign file never takes the place of a good backup.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { backupFileName, backupsToPrune, savedAtOf, type Retention } from '../ipc/backup-names';
import { backupDaysKept, backupsKept, type BackupInfo } from '../ipc/contract';
import { maxBackupBytes } from '../ipc/schemas';
import { errorCode, writeFileAtomic } from './atomic-write';
import { archiveProblem } from './backup-check';

/** A backup read, name or text refused before any file was touched; its message can be shown. */
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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What is known of a backup file, until its size or time changes. */
interface Checked {
  size: number;
  mtimeMs: number;
  good: boolean;
}

// Files read as archives (or written after their text was), by absolute path: a file is read
// once a run, not at every backup.
const checkedFiles = new Map<string, Checked>();

async function remember(file: string, good: boolean): Promise<void> {
  try {
    const info = await fsp.stat(file);
    checkedFiles.set(file, { size: info.size, mtimeMs: info.mtimeMs, good });
  } catch {
    checkedFiles.delete(file);
  }
}

/**
 * Whether the backup file `file` reads as a whole archive. A file that cannot be read, or is
 * gone, is not good this time and is asked about again next time.
 */
async function isGoodBackup(file: string): Promise<boolean> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(file, 'r');
  } catch {
    return false;
  }
  try {
    const info = await handle.stat();
    const known = checkedFiles.get(file);
    if (known !== undefined && known.size === info.size && known.mtimeMs === info.mtimeMs) {
      return known.good;
    }
    let good = false;
    if (info.isFile() && info.size <= maxBackupBytes) {
      const bytes = await handle.readFile();
      try {
        good = archiveProblem(strictUtf8.decode(bytes)) === null;
      } catch {
        good = false; // not UTF-8
      }
    }
    checkedFiles.set(file, { size: info.size, mtimeMs: info.mtimeMs, good });
    if (!good) {
      console.warn(`${path.basename(file)} is not a whole archive: it is kept, but not counted.`);
    }
    return good;
  } catch {
    return false;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Deletes the backups `retention` does not keep (never `kept`). Only backups that read as
 * archives count towards what is kept, and only they are ever deleted: a damaged or foreign
 * file with a backup's name neither pushes a good backup out nor is removed. A failure is
 * logged and swallowed: the new backup is already safely written.
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
  const good = new Set<string>([kept]);
  for (const name of names) {
    if (name !== kept && (await isGoodBackup(path.resolve(folder, name)))) good.add(name);
  }
  const older = backupsToPrune(names, retention, kept, (name) => good.has(name));
  for (const name of older) {
    try {
      await remove(path.join(folder, name));
      checkedFiles.delete(path.resolve(folder, name));
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
 * needed. Text that does not read as a Minutebook archive is refused (BackupRefusal) before
 * anything is touched: nothing written, nothing pruned. The name comes from `now`, or the next
 * free millisecond if that name is taken. Then keeps the newest `keep` good backups (always
 * including the new one) and the last good backup of each of the `deps.days` days before them,
 * and deletes the other good ones; no other file is touched. Rejects with the fs error if the
 * backup was not written.
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
  const problem = archiveProblem(text);
  if (problem !== null) {
    const said = /[.!?]$/.test(problem) ? problem : `${problem}.`;
    throw new BackupRefusal(
      `The backup was not written (nothing else was changed): it is not a whole Minutebook archive. ${said}`,
    );
  }
  const write = deps.write ?? ((target, bytes) => writeFileAtomic(target, bytes));
  const remove = deps.remove ?? ((target) => fsp.unlink(target));
  return oneAtATime(path.resolve(folder), async () => {
    await fsp.mkdir(folder, { recursive: true });
    const { name, date } = freeName(now, new Set(await fsp.readdir(folder)));
    const bytes = Buffer.from(text, 'utf8');
    const target = path.join(folder, name);
    await write(target, bytes);
    await remember(path.resolve(target), true);
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
