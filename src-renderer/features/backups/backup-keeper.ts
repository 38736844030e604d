import type { MinutebookDb } from '../../db';
import { defaultBackupMaker, type BackupMaker } from '../../db/backup-maker';
import { watchWrites } from '../../db/write-watch';
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
 * A backup asked for only if something changed is skipped, without reading the data, when no
 * write was seen since the data last matched the newest backup; but the data is read and
 * compared at least this often whatever the writes seen (ms).
 */
export const recheckAfterMs = 60 * 60_000;

/** The data matched the backup `name` when the keeper had seen `writes` writes, at `when`. */
interface Match {
  name: string;
  writes: number;
  when: number;
}

/**
 * Writes backups: the whole database as one archive, kept on the platform's backup shelf
 * (files in the desktop app's data folder, or the browser's storage). The archive is made in
 * a worker, so the page where someone types never waits for it. A backup is written only
 * when the data differs from the newest one kept (compared by a hash of its content, not by
 * its text), so a quiet hour adds nothing and the kept backups reach back further; and only
 * when a restore would read it back whole, so the backups kept always restore. A scheduled
 * backup does not even read the data when no write was seen since it last matched the newest
 * backup: at fifteen years, reading and hashing everything took seconds of a core.
 */
export class BackupKeeper {
  private running: Promise<BackupOutcome> | null = null;
  private readonly listeners = new Set<(outcome: BackupOutcome) => void>();
  /** The newest backup this window knows the content hash of (names are never reused). */
  private known: { name: string; hash: string } | null = null;
  private readonly maker: BackupMaker;
  /** Writes to the database seen since this keeper was made, from any window or worker. */
  private writes = 0;
  private matched: Match | null = null;

  constructor(
    private readonly db: MinutebookDb,
    private readonly shelf: BackupShelf,
    private readonly now: () => string,
    maker?: BackupMaker,
  ) {
    this.maker = maker ?? defaultBackupMaker(db);
    // For the app's lifetime, as the keeper itself.
    watchWrites(db.name, () => {
      this.writes += 1;
    });
  }

  /**
   * Backs up now, unless nothing changed. A call made while a backup runs shares its outcome,
   * unless `fresh`: then it waits for that one and reads the data anew (a restore must keep
   * every edit made up to the moment it starts). With `ifChanged` (the schedule's backups),
   * the data is not read when no write was seen since it matched the newest backup, which is
   * still the newest (none written or deleted since), within {@link recheckAfterMs}.
   */
  backUp(options: { fresh?: boolean; ifChanged?: boolean } = {}): Promise<BackupOutcome> {
    if (this.running !== null && options.fresh === true) {
      return this.running.then(() => this.backUp(options));
    }
    this.running ??= exclusively(() => this.run(options.ifChanged === true)).then((outcome) => {
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

  /** True when the data is known to match `newest` without reading it. */
  private stillMatches(newest: BackupInfo | undefined): boolean {
    const matched = this.matched;
    return (
      newest !== undefined &&
      matched !== null &&
      matched.name === newest.name &&
      matched.writes === this.writes &&
      clock() - matched.when < recheckAfterMs
    );
  }

  private async run(ifChanged: boolean): Promise<BackupOutcome> {
    const started = clock();
    const took = () => Math.round(clock() - started);
    // Counted before the data is read: a write seen after this may or may not be in the backup.
    const writes = this.writes;
    const matches = (name: string) => {
      this.matched = { name, writes, when: started };
    };
    try {
      const [newest] = await this.shelf.listBackups();
      if (ifChanged && this.stillMatches(newest))
        return { kind: 'unchanged', backup: newest as BackupInfo, ms: took() };
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
          matches((newest as BackupInfo).name);
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
          matches(written.backup.name);
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
