import { z } from 'zod';
import type { Timestamp } from '../domain';
import type { DataContext } from './context';
import { dataErrorOf } from './errors';
import { applyWrite, fieldWriteOps, type FieldWrite } from './field-writes';
import { fingerprint, putBack, stampedAt, type JournalEntry } from './journal-replay';

/** The part of the Web Storage API the journal needs (localStorage, or a fake in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const prefix = 'minutebook.journal.';
/** Entries that could not be put back, kept for the user to read (Backups screen). */
const asidePrefix = 'minutebook.journal-aside.';

const values = z.record(z.string(), z.unknown());

/** A journal entry as stored; a kind not in the registry, or a missing field, fails to parse. */
const entrySchema = z.object({
  write: z
    .object({
      op: z.enum(fieldWriteOps),
      id: z.string(),
      decisionId: z.string().optional(),
      ids: z.array(z.string()).optional(),
      patch: values,
      expected: values.optional(),
    })
    .refine((w) => w.op !== 'updateDecision' || w.decisionId !== undefined, 'no decisionId')
    .refine((w) => w.op !== 'updateActionUpdates' || w.ids !== undefined, 'no ids'),
  at: z.string(),
  /** The stored values the field's first unlanded edit replaced, when the writer said. */
  since: values.optional(),
  /** Fingerprints of this field's earlier edits that had not landed when this one was made. */
  ours: z.array(z.string()).max(200).optional(),
});

type Entry = JournalEntry;

/** An edit the journal could not put back, kept aside with the reason. */
export interface AsideEntry {
  key: string;
  /** The edit, or null when the entry could not be read (then `raw` is all there is). */
  write: FieldWrite | null;
  at: Timestamp | null;
  reason: string;
  raw: string;
}

/** What a replay did. */
export interface ReplayReport {
  /** Edits written to the database. */
  applied: number;
  /** Edits kept aside, each with why. */
  aside: number;
}

function keyOf(write: FieldWrite): string {
  // Two decisions of one block are two fields: each keeps its own entry.
  const id = write.op === 'updateDecision' ? `${write.id}/${write.decisionId}` : write.id;
  return `${prefix}${write.op}:${id}:${Object.keys(write.patch).sort().join(',')}`;
}

function parseEntry(text: string): Entry | null {
  try {
    const parsed = entrySchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as Entry) : null;
  } catch {
    return null;
  }
}

/**
 * A write-ahead journal for field edits. An IndexedDB write started while the page unloads
 * (reload, window closed) may never reach the disk, because its requests are issued across
 * several event-loop turns. Each edit is therefore first recorded synchronously in Web
 * Storage, removed once IndexedDB has it, and put back at the next start if it never got
 * there — field by field: an edit goes back when its field still holds what the edit
 * replaced, or merges with a later change of other words. Anything else (the field changed
 * the same words since, the record is gone, an entry that cannot be read) is kept aside and
 * reported, never deleted unread.
 */
export class WriteJournal {
  constructor(private readonly storage: JournalStorage) {}

  /** Records the edit and writes it to the database; the entry goes once the write lands. */
  async write(ctx: DataContext, write: FieldWrite): Promise<void> {
    const key = keyOf(write);
    const at = ctx.now();
    // An earlier edit of the field not known to have landed keeps its `since`, and its own
    // values are remembered (as fingerprints): at the next start, a field holding any of them
    // holds this window's own work, and the latest edit goes over it.
    const earlier = this.read(key);
    const since = earlier ? earlier.since : write.expected;
    const ours = earlier
      ? [...(earlier.ours ?? []), fingerprint(earlier.write.patch)].slice(-200)
      : undefined;
    const text = JSON.stringify({
      write,
      at,
      ...(since ? { since } : {}),
      ...(ours ? { ours } : {}),
    });
    try {
      this.storage.setItem(key, text);
    } catch {
      // Storage full or unavailable: the database write below is still attempted.
    }
    const settled = () => {
      if (this.storage.getItem(key) === text) this.storage.removeItem(key);
    };
    try {
      await applyWrite(stampedAt(ctx, at), write);
    } catch (error) {
      // Refused by the data layer while the user is there to be told (a stale write is merged
      // and written again by its field): nothing to put back. A failure of the storage itself
      // (disk full, database closed) keeps the entry, to be put back at the next start.
      if (dataErrorOf(error) !== undefined) settled();
      throw error;
    }
    settled();
  }

  /**
   * Forgets every entry, kept aside or not: after a restore has replaced the data, an edit of
   * the data before it must not be replayed over what was restored.
   */
  clear(): void {
    for (const key of this.keys(prefix)) this.storage.removeItem(key);
    for (const key of this.keys(asidePrefix)) this.storage.removeItem(key);
  }

  /** Entries whose database write never completed, oldest first (unreadable ones left out). */
  pending(): (Entry & { key: string })[] {
    const entries: (Entry & { key: string })[] = [];
    for (const key of this.keys(prefix)) {
      const entry = this.read(key);
      if (entry) entries.push({ ...entry, key });
    }
    return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /** Edits kept aside by earlier replays, oldest first. */
  aside(): AsideEntry[] {
    const out: AsideEntry[] = [];
    for (const key of this.keys(asidePrefix)) {
      const raw = this.storage.getItem(key) ?? '';
      const kept = parseAside(raw);
      out.push({ key, raw, ...kept });
    }
    return out.sort((a, b) => ((a.at ?? '') < (b.at ?? '') ? -1 : 1));
  }

  /** Forgets one edit kept aside (the user has read it). */
  discard(key: string): void {
    if (key.startsWith(asidePrefix)) this.storage.removeItem(key);
  }

  /** Puts back every pending edit it can (see the class comment); says what it did. */
  async replay(ctx: DataContext): Promise<ReplayReport> {
    const report: ReplayReport = { applied: 0, aside: 0 };
    for (const key of this.keys(prefix)) {
      const raw = this.storage.getItem(key) ?? '';
      if (this.read(key) === null) {
        this.setAside(key, raw, null, 'The entry could not be read.');
        report.aside++;
      }
    }
    for (const entry of this.pending()) {
      const raw = this.storage.getItem(entry.key) ?? '';
      try {
        const outcome = await putBack(ctx, entry);
        if (outcome === 'applied') report.applied++;
        if (typeof outcome === 'object') {
          this.setAside(entry.key, raw, entry, outcome.aside);
          report.aside++;
          continue;
        }
      } catch (error) {
        this.setAside(
          entry.key,
          raw,
          entry,
          error instanceof Error ? error.message : String(error),
        );
        report.aside++;
        continue;
      }
      this.storage.removeItem(entry.key);
    }
    return report;
  }

  private read(key: string): Entry | null {
    const text = this.storage.getItem(key);
    return text === null ? null : parseEntry(text);
  }

  private keys(start: string): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(start) === true) keys.push(key);
    }
    return keys;
  }

  /** Moves an entry aside, with why; it stays where it is if Web Storage has no room. */
  private setAside(key: string, raw: string, entry: Entry | null, reason: string): void {
    const asideKey = `${asidePrefix}${key.slice(prefix.length)}@${entry?.at ?? String(Date.now())}`;
    try {
      this.storage.setItem(asideKey, JSON.stringify({ raw, reason }));
      this.storage.removeItem(key);
    } catch {
      console.warn('An unsaved edit could not be set aside and stays in the journal:', reason);
    }
  }
}

function parseAside(text: string): Omit<AsideEntry, 'key' | 'raw'> & { raw?: string } {
  try {
    const kept = z.object({ raw: z.string(), reason: z.string() }).parse(JSON.parse(text));
    const entry = parseEntry(kept.raw);
    return {
      raw: kept.raw,
      reason: kept.reason,
      write: entry?.write ?? null,
      at: entry?.at ?? null,
    };
  } catch {
    return { reason: 'The entry could not be read.', write: null, at: null };
  }
}
