import type { MinutebookDb } from '../../db';
import { defaultBackupMaker, type BackupMaker } from '../../db/backup-maker';
import type { BackupInfo, BackupShelf } from '../../platform';

/** How long a backup took, from its start to the outcome (ms). */
interface Timed {
  ms: number;
}

export type BackupOutcome =
  | ({ kind: 'written'; backup: BackupInfo } & Timed)
  /** Nothing has changed since `backup`, which already holds everything. */
  | ({ kind: 'unchanged'; backup: BackupInfo } & Timed)
  /** There is nothing to back up yet. */
  | { kind: 'empty' }
  /**
   * A restore would not read this backup back, so it was not written: `message` says why;
   * `kept` is the newest backup kept, which still restores (null when there is none).
   */
  | ({ kind: 'refused'; message: string; kept: BackupInfo | null } & Timed)
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

const clock = () => globalThis.performance.now();

/**
 * Writes backups: the whole database as one archive, kept on the platform's backup shelf
 * (files in the desktop app's data folder, or the browser's storage). The archive is made in
 * a worker, so the page where someone types never waits for it. A backup is written only
 * when the data differs from the newest one kept (compared by a hash of its content, not by
 * its text), so a quiet hour adds nothing and the kept backups reach back further; and only
 * when a restore would read it back whole, so the backups kept always restore.
 */
export class BackupKeeper {
  private running: Promise<BackupOutcome> | null = null;
  private readonly listeners = new Set<(outcome: BackupOutcome) => void>();
  /** The newest backup this window knows the content hash of (names are never reused). */
  private known: { name: string; hash: string } | null = null;
  private readonly maker: BackupMaker;

  constructor(
    private readonly db: MinutebookDb,
    private readonly shelf: BackupShelf,
    private readonly now: () => string,
    maker?: BackupMaker,
  ) {
    this.maker = maker ?? defaultBackupMaker(db);
  }

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
   * The content hash of the backup `kept`: as the shelf lists it, or remembered when this
   * window wrote or read it last; else its text is read once and hashed. Null if unreadable.
   */
  private async hashOf(kept: BackupInfo): Promise<string | null> {
    if (kept.contentHash !== undefined) return kept.contentHash;
    if (this.known?.name === kept.name) return this.known.hash;
    const read = await this.shelf.readBackup(kept.name);
    if (!read.ok) return null;
    this.known = { name: kept.name, hash: await this.maker.hash(read.text) };
    return this.known.hash;
  }

  private async run(): Promise<BackupOutcome> {
    const started = clock();
    const took = () => Math.round(clock() - started);
    try {
      const [newest] = await this.shelf.listBackups();
      const target = this.shelf.inWorker;
      const made = await this.maker.make({
        dbName: this.db.name,
        exportedAt: this.now(),
        knownHash: newest === undefined ? null : await this.hashOf(newest),
        shelf:
          target === undefined
            ? null
            : { name: target.name, keep: target.keep, at: target.now().toISOString() },
      });
      switch (made.kind) {
        case 'empty':
          return made;
        case 'unchanged':
          return { kind: 'unchanged', backup: newest as BackupInfo, ms: took() };
        case 'refused':
          return {
            kind: 'refused',
            message: refusal(made.problem, newest ?? null),
            kept: newest ?? null,
            ms: took(),
          };
        case 'made':
        case 'written': {
          const written =
            made.kind === 'written' ? made.result : await this.shelf.writeBackup(made.text);
          if (!written.ok) return { kind: 'failed', message: written.message };
          this.known = { name: written.backup.name, hash: made.hash };
          return { kind: 'written', backup: written.backup, ms: took() };
        }
      }
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { kind: 'failed', message: `The backup was not written: ${detail}` };
    }
  }
}

/** What the secretary is told when a backup would not restore. */
function refusal(problem: string, kept: BackupInfo | null): string {
  const previous =
    kept === null
      ? 'There is no earlier backup.'
      : 'The previous backup is kept and still restores.';
  return (
    `This backup was not written: a restore would refuse it. ${problem} ${previous} ` +
    'Save a copy of each body’s archive from its page, or remove what is not needed, and back up again.'
  );
}
