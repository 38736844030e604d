/**
 * The editing model of every field that saves itself (paragraphs, decisions, actions, titles,
 * settings): one scheduler for writing as the user types, and one rule for a stored value that
 * changes while the field is being edited. Framework-free, so it is tested on its own; the
 * React hook (use-field-draft.ts) only connects it.
 *
 * Writing: a change is written once the keystroke has been painted (`schedule`), and while a
 * write is in flight the latest text waits and follows the moment it lands, so a fast typist
 * costs no more writes than the store can take. `flush` writes what waits at once (blur, hide).
 * Each write names the stored value it replaces; the store refuses it ('stale') when another
 * window has written since, and the draft then merges as below and writes again.
 *
 * Another window's change: the field knows the stored value its draft grew from (`base`). A
 * stored value it did not write itself is merged into the draft when the two changed different
 * parts of the text; otherwise the draft is kept, the other version is kept beside it
 * (`conflict`), and the user chooses. A field with no change of its own always shows what is
 * stored.
 */

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

/** The one stretch of `base` that `next` replaced: [start, end) and what it became. */
function changedStretch(base: string, next: string) {
  let start = 0;
  const shorter = Math.min(base.length, next.length);
  while (start < shorter && base[start] === next[start]) start++;
  let tail = 0;
  while (tail < shorter - start && base[base.length - 1 - tail] === next[next.length - 1 - tail]) {
    tail++;
  }
  return { start, end: base.length - tail, text: next.slice(start, next.length - tail) };
}

/**
 * Three-way merge of a text: `ours` and `theirs` each grew from `base`. Their changes merge
 * when they touch different stretches of `base` with text between them; null when they
 * overlap or meet (where the result would be a guess).
 */
export function mergeText(base: string, ours: string, theirs: string): string | null {
  if (ours === theirs || theirs === base) return ours;
  if (ours === base) return theirs;
  const a = changedStretch(base, ours);
  const b = changedStretch(base, theirs);
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end >= second.start) return null;
  return (
    base.slice(0, first.start) +
    first.text +
    base.slice(first.end, second.start) +
    second.text +
    base.slice(second.end)
  );
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
  /** The stored value the draft grew from: the last seen from elsewhere, or the last written. */
  private base: T;
  private conflict: Conflict<T> | null = null;
  /** Values written whose stored echo has not been seen yet, each with the value it replaced. */
  private sent: { value: T; replaced: T }[] = [];
  private waiting = false;
  /** Writes started and not yet settled. */
  private inFlight = 0;
  private scheduled = false;
  /** A write was refused as stale: the next one waits for the stored value that beat it. */
  private stale = false;

  constructor(private options: DraftOptions<T>) {
    this.value = options.stored;
    this.base = options.stored;
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
    const echo = this.sent.findIndex((s) => Object.is(s.value, value));
    if (echo !== -1) {
      // Our own write, back from the store (and any older ones before it).
      this.sent = this.sent.slice(echo + 1);
      return;
    }
    // A reading taken before our write landed, not another window's change.
    if (!this.stale && this.sent.some((s) => Object.is(s.replaced, value))) return;
    if (Object.is(value, this.base) && !this.stale) return;
    this.stale = false;
    // While our writes are unconfirmed, the other change grew from what was last confirmed.
    const grewFrom = this.sent[0]?.replaced ?? this.base;
    const ownChange = this.waiting || this.sent.length > 0 || !Object.is(this.value, grewFrom);
    this.base = value;
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
      this.writeSoon();
    } else if (Object.is(merged, value)) {
      this.value = merged;
      this.conflict = null;
      this.waiting = false;
    } else {
      this.value = merged;
      this.conflict = null;
      this.waiting = true;
      this.writeSoon();
    }
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
    if (this.inFlight > 0 || this.scheduled) return;
    this.scheduled = true;
    this.options.schedule(() => {
      this.scheduled = false;
      if (this.inFlight === 0) this.write();
    });
  }

  private write(): void {
    if (!this.waiting || this.stale) return;
    const value = this.value;
    const previous = this.base;
    this.waiting = false;
    this.inFlight++;
    this.sent.push({ value, replaced: previous });
    this.base = value;
    this.options
      .commit(value, previous)
      .then(
        (outcome) => {
          if (outcome === 'stored') return;
          // Another window wrote first: wait for its value, merge, and write again.
          this.sent = this.sent.filter((s) => !Object.is(s.value, value));
          this.waiting = true;
          if (Object.is(this.base, value)) {
            this.base = previous;
            this.stale = true;
          }
        },
        (error: unknown) => {
          this.sent = this.sent.filter((s) => !Object.is(s.value, value));
          this.options.onError(error);
        },
      )
      .finally(() => {
        this.inFlight--;
        if (this.inFlight === 0) this.write();
      });
  }
}
