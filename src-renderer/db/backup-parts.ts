import { Dexie, type EntityTable } from 'dexie';
import { archiveVersion, type ActionUpdate, type Id, type Meeting } from '../domain';
import type { Pace } from './backup-pace';
import type { ActionRow } from './database';

/**
 * A meeting's part of a backup: its text in the archive, and what the body's lists take from it
 * (the meeting itself, the actions raised and the updates given at it), with the meeting's
 * revision (db/revisions.ts) when its rows were read.
 */
export interface MeetingPart {
  meeting: Meeting;
  text: string;
  actions: ActionRow[];
  updates: ActionUpdate[];
  revision: string | undefined;
}

/**
 * What a kept part was made at: its meeting's revision, the "everything" revision, and the
 * code that wrote it ({@link partFormat}).
 */
interface PartHead {
  id: Id;
  revision: string;
  everything: string | undefined;
  format: string;
}

/** A kept part, with its head (checked again when it is taken). */
interface KeptPart {
  id: Id;
  head: PartHead;
  part: MeetingPart;
}

declare const __MINUTEBOOK_BUILD__: string | undefined;

/** This build of the app, as Vite stamps it (vite.config.ts); "unbuilt" under Node's tests. */
const build = typeof __MINUTEBOOK_BUILD__ === 'string' ? __MINUTEBOOK_BUILD__ : 'unbuilt';

/**
 * What a part's text depends on besides its meeting's rows: the archive's format, the
 * database's version (an upgrade may rewrite rows beneath the revisions) and the build of the
 * app (the writer's code may change within a format). A part kept by any other is not taken.
 */
export const partFormat = (databaseVersion: number) =>
  `archive ${String(archiveVersion)}, database ${String(databaseVersion)}, build ${build}`;

/**
 * Each meeting's part of the last backup, kept beside the app's data in a database of its own
 * (derived data: losing it costs one full read), with the revisions it was read at in a small
 * table of their own, so that checking them reads no text.
 */
class BackupPartsDb extends Dexie {
  heads!: EntityTable<PartHead, 'id'>;
  parts!: EntityTable<KeptPart, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ heads: 'id', parts: 'id' });
  }
}

/** The name of the kept parts' database of the app's database `dbName`. */
export const keptPartsName = (dbName: string) => `${dbName}-backup-parts`;

/**
 * The parts of the last backup, so that a backup reads and writes again only the meetings
 * written since (at fifteen years, reading every meeting took 20 s of a worker beside someone
 * typing). A part is taken only when its meeting's revision and the "everything" revision are
 * those it was read at, and it was written by the same {@link partFormat}. Nothing here ever
 * fails a backup: a part that cannot be read is read from the data instead, one that cannot be
 * kept is not.
 */
export class KeptParts {
  private constructor(
    private readonly db: BackupPartsDb,
    private readonly heads: Map<Id, PartHead>,
    private readonly format: string,
  ) {}

  /**
   * The kept parts of the app's database `app` (its name and version); none kept when they
   * cannot be opened.
   */
  static async open(app: { name: string; verno: number }): Promise<KeptParts> {
    const db = new BackupPartsDb(keptPartsName(app.name));
    const format = partFormat(app.verno);
    try {
      const heads = await db.heads.toArray();
      return new KeptParts(db, new Map(heads.map((head) => [head.id, head])), format);
    } catch {
      return new KeptParts(db, new Map(), format);
    }
  }

  private holds(
    head: PartHead | undefined,
    revision: string | undefined,
    everything: string | undefined,
  ): boolean {
    return (
      revision !== undefined &&
      head?.revision === revision &&
      head.everything === everything &&
      head.format === this.format
    );
  }

  /** The kept part of meeting `id` if it was read at these revisions, else null. */
  async take(id: Id, revision: string | undefined, everything: string | undefined) {
    if (!this.holds(this.heads.get(id), revision, everything)) return null;
    try {
      // Its own head checked too: another window's backup may have kept it since.
      const kept = await this.db.parts.get(id);
      return kept !== undefined && this.holds(kept.head, revision, everything) ? kept.part : null;
    } catch {
      return null;
    }
  }

  /**
   * Keeps `parts`, all read at the "everything" revision `everything`, a meeting at a time at
   * `pace`, and lets go of those of meetings no longer there. A part read at no revision is not
   * kept (nothing could tell when it is out of date).
   */
  async keep(
    parts: readonly MeetingPart[],
    everything: string | undefined,
    pace: Pace,
  ): Promise<void> {
    try {
      const present = new Set(parts.map((part) => part.meeting.id));
      const gone = [...this.heads.keys()].filter((id) => !present.has(id));
      if (gone.length > 0)
        await this.db.transaction('rw', [this.db.heads, this.db.parts], async () => {
          await this.db.heads.bulkDelete(gone);
          await this.db.parts.bulkDelete(gone);
        });
      for (const id of gone) this.heads.delete(id);
      for (const part of parts) {
        const { id } = part.meeting;
        const { revision } = part;
        if (revision === undefined || this.holds(this.heads.get(id), revision, everything))
          continue;
        await pace();
        const head = { id, revision, everything, format: this.format };
        await this.db.transaction('rw', [this.db.heads, this.db.parts], async () => {
          await this.db.parts.put({ id, head, part });
          await this.db.heads.put(head);
        });
        this.heads.set(id, head);
      }
    } catch {
      // A part not kept is read from the data next time (a full disk, a closed database).
    }
  }

  close(): void {
    this.db.close();
  }
}
