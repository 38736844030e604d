/**
 * The editing model of every field that saves itself (paragraphs, decisions, actions, titles,
 * settings): one scheduler for writing as the user types, and one rule for a stored value that
 * changes while the field is being edited. Framework-free, so it is tested on its own; the
 * React hook (use-field-draft.ts) only connects it.
 *
 * Writing: a change is written once the keystroke has been painted (`schedule`), several
 * keystrokes of one frame as one write; a write in flight holds nothing back, so every change
 * reaches the journal within a frame even while the database is slow. `flush` writes what
 * waits at once (blur, hide). Each write names the stored value it replaces; the store refuses
 * it ('stale') when another window has written since, and the draft then merges as below and
 * writes again.
 *
 * Another window's change: the field knows the stored value its draft grew from (`base`). A
 * stored value it did not write itself is merged into the draft when the two changed different
 * parts of the text; otherwise the draft is kept, the other version is kept beside it
 * (`conflict`), and the user chooses. A field with no change of its own always shows what is
 * stored.
 */

import { mergeText } from '../../domain';

export interface Conflict<T> {
  /** The version stored from elsewhere while this field had its own change. */
  theirs: T;
}

export interface DraftState<T> {
  value: T;
  conflict: Conflict<T> | null;
}

/** What became of a write: stored, or refused because the stored value was not `previous`. */
export type WriteOutcome = 'stored' | 'stale';

export interface DraftOptions<T> {
  stored: T;
  /** Writes `value` in place of `previous`, unless the store no longer holds `previous`. */
  commit: (value: T, previous: T) => Promise<WriteOutcome>;
  onError: (error: unknown) => void;
  /** Runs a write soon (after the keystroke's frame is painted). */
  schedule: (write: () => void) => void;
  /** Called whenever `value` or `conflict` changes. */
  onChange: () => void;
}

function merge<T>(base: T, ours: T, theirs: T): T | null {
  if (typeof base === 'string' && typeof ours === 'string' && typeof theirs === 'string') {
    return mergeText(base, ours, theirs) as T | null;
  }
  if (Object.is(ours, theirs) || Object.is(theirs, base)) return ours;
  if (Object.is(ours, base)) return theirs;
  return null;
}

export class FieldDraft<T> {
  private value: T;
  /** The last value known to be stored (seen from the store, or a write that landed). */
  private confirmed: T;
  /** What the store will hold once the writes issued have landed: the next write replaces it. */
  private base: T;
  private conflict: Conflict<T> | null = null;
  /** Writes issued whose stored echo has not been seen yet, each with the value it replaced. */
  private sent: { value: T; replaced: T }[] = [];
  /** Writes issued whose outcome is not known yet. */
  private inFlight = 0;
  /** Counts other windows' values seen, so a late outcome can tell whether one came after it. */
  private foreignSeen = 0;
  private waiting = false;
  private scheduled = false;
  /** A write was refused as stale: the next one waits for the stored value that beat it. */
  private stale = false;
  /** The last value the store showed (a write the caller skipped, as invalid, shows none). */
  private lastSeen: T;

  constructor(private options: DraftOptions<T>) {
    this.value = options.stored;
    this.confirmed = options.stored;
    this.base = options.stored;
    this.lastSeen = options.stored;
  }

  /** Where writes and their errors go from now on (the caller's latest functions). */
  connect(handlers: Pick<DraftOptions<T>, 'commit' | 'onError'>): void {
    this.options = { ...this.options, ...handlers };
  }

  get state(): DraftState<T> {
    return { value: this.value, conflict: this.conflict };
  }

  /** True while this field has a change not yet written or not yet stored. */
  get busy(): boolean {
    return this.waiting || this.inFlight > 0 || this.sent.length > 0;
  }

  /** The user changed the field. */
  change(value: T): void {
    this.value = value;
    this.waiting = true;
    this.options.onChange();
    this.writeSoon();
  }

  /** Writes what waits at once (blur, hide, close). */
  flush(): void {
    this.write();
  }

  /** The stored value, as the database now holds it. */
  stored(value: T): void {
    this.lastSeen = value;
    const echo = this.sent.findIndex((s) => Object.is(s.value, value));
    if (echo !== -1) {
      // Our own write, back from the store (and any older ones before it).
      this.sent = this.sent.slice(echo + 1);
      this.confirmed = value;
      return;
    }
    if (!this.stale) {
      if (Object.is(value, this.confirmed)) return;
      // A reading taken before our write landed, not another window's change.
      if (this.sent.some((s) => Object.is(s.replaced, value))) return;
    }
    this.stale = false;
    this.foreignSeen++;
    // Our changes not yet stored grew from what was last confirmed.
    const grewFrom = this.confirmed;
    const ownChange = this.waiting || this.sent.length > 0 || !Object.is(this.value, grewFrom);
    this.confirmed = value;
    this.base = value;
    this.sent = [];
    if (!ownChange) {
      this.value = value;
      this.conflict = null;
      this.options.onChange();
      return;
    }
    const merged = merge(grewFrom, this.value, value);
    if (merged === null) {
      // Ours stays in the field and is written; theirs is kept beside it until the user chooses.
      this.conflict = { theirs: value };
      this.waiting = true;
    } else {
      this.value = merged;
      this.conflict = null;
      this.waiting = !Object.is(merged, value);
    }
    this.writeSoon();
    this.options.onChange();
  }

  /** Settles a conflict: keep this field's text, or take the other version. */
  resolve(keep: 'mine' | 'theirs'): void {
    const conflict = this.conflict;
    if (conflict === null) return;
    this.conflict = null;
    // Ours may have been written meanwhile, so the choice is written either way.
    this.change(keep === 'theirs' ? conflict.theirs : this.value);
    this.flush();
  }

  private writeSoon(): void {
    if (!this.waiting || this.scheduled) return;
    this.scheduled = true;
    this.options.schedule(() => {
      this.scheduled = false;
      this.write();
    });
  }

  /**
   * Issues a write of the current value in place of `base`. Writes are not held back while
   * others are in flight: each is handed to the store (and its journal) at once, and the
   * store runs them in order.
   */
  private write(): void {
    if (!this.waiting || this.stale) return;
    const value = this.value;
    const previous = this.base;
    const seen = this.foreignSeen;
    this.waiting = false;
    this.inFlight++;
    this.sent.push({ value, replaced: previous });
    this.base = value;
    this.options
      .commit(value, previous)
      .then(
        (outcome) => {
          if (outcome === 'stored') {
            if (seen === this.foreignSeen) this.confirmed = value;
            return;
          }
          this.sent = this.sent.filter((s) => !Object.is(s.value, value));
          // Another window's value seen since: the merge with it is written from it.
          if (seen !== this.foreignSeen) return;
          this.waiting = true;
          // It replaced a value of ours that never reached the store (refused, or skipped by
          // the caller as invalid): write again over what the store last showed. Otherwise
          // another window wrote first: wait for its value, merge, and write.
          if (Object.is(previous, this.lastSeen)) {
            this.base = this.confirmed;
            this.stale = true;
          } else {
            this.base = this.lastSeen;
            this.confirmed = this.lastSeen;
            this.writeSoon();
          }
        },
        (error: unknown) => {
          this.sent = this.sent.filter((s) => !Object.is(s.value, value));
          // Not stored: the next write replaces what is.
          if (Object.is(this.base, value)) this.base = this.confirmed;
          this.options.onError(error);
        },
      )
      .finally(() => {
        this.inFlight--;
        this.writeSoon();
      });
  }
}
