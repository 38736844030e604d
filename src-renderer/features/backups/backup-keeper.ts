import { archiveFromRows, serializeArchive } from '../../domain';
import { readAllBodyRows, type MinutebookDb } from '../../db';
import type { BackupInfo, BackupShelf } from '../../platform';

export type BackupOutcome =
  | { kind: 'written'; backup: BackupInfo }
  /** Nothing has changed since `backup`, which already holds everything. */
  | { kind: 'unchanged'; backup: BackupInfo }
  /** There is nothing to back up yet. */
  | { kind: 'empty' }
  | { kind: 'failed'; message: string };

/**
 * Runs `task` while holding the app's backup lock, so that windows of the app (the Chair
 * window, other tabs) back up one at a time: the second finds the first's backup and writes
 * no copy of it. Where the Web Locks API is missing (tests under Node) the task just runs.
 */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks === undefined ? task() : locks.request('minutebook-backup', task);
}

/** An archive's text without its export time: two backups of the same data compare equal. */
function content(text: string): string {
  return text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');
}

/**
 * Writes backups: the whole database as one archive, kept on the platform's backup shelf
 * (files in the desktop app's data folder, or the browser's storage). A backup is written
 * only when the data differs from the newest one kept, so a quiet hour adds nothing and the
 * kept backups reach back further.
 */
export class BackupKeeper {
  private running: Promise<BackupOutcome> | null = null;
  private readonly listeners = new Set<(outcome: BackupOutcome) => void>();
  /** The newest backup this window knows the content of (names are never reused). */
  private known: { name: string; content: string } | null = null;

  constructor(
    private readonly db: MinutebookDb,
    private readonly shelf: BackupShelf,
    private readonly now: () => string,
  ) {}

  /**
   * Backs up now, unless nothing changed. A call made while a backup runs shares its outcome,
   * unless `fresh`: then it waits for that one and reads the data anew (a restore must keep
   * every edit made up to the moment it starts).
   */
  backUp(options: { fresh?: boolean } = {}): Promise<BackupOutcome> {
    if (this.running !== null && options.fresh === true) {
      return this.running.then(() => this.backUp(options));
    }
    this.running ??= exclusively(() => this.run()).then((outcome) => {
      this.running = null;
      for (const listener of this.listeners) listener(outcome);
      return outcome;
    });
    return this.running;
  }

  /** Calls `listener` with the outcome of every backup from now on; returns the unsubscribe. */
  subscribe(listener: (outcome: BackupOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The content of the backup called `name`: remembered when this window wrote or read it
   * last, so the five-minute check does not read the same file again; null if unreadable.
   */
  private async contentOf(name: string): Promise<string | null> {
    if (this.known?.name === name) return this.known.content;
    const kept = await this.shelf.readBackup(name);
    if (!kept.ok) return null;
    this.known = { name, content: content(kept.text) };
    return this.known.content;
  }

  private async run(): Promise<BackupOutcome> {
    try {
      const rows = await readAllBodyRows(this.db);
      if (rows.length === 0) return { kind: 'empty' };
      const text = serializeArchive(archiveFromRows(rows, this.now()));
      const [newest] = await this.shelf.listBackups();
      if (newest !== undefined && (await this.contentOf(newest.name)) === content(text)) {
        return { kind: 'unchanged', backup: newest };
      }
      const written = await this.shelf.writeBackup(text);
      if (!written.ok) return { kind: 'failed', message: written.message };
      this.known = { name: written.backup.name, content: content(text) };
      return { kind: 'written', backup: written.backup };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', message: `The backup was not written: ${detail}` };
    }
  }
}
