import { useCallback, useEffect, useLayoutEffect, useReducer, useState } from 'react';
import { isStaleWrite } from '../../db';
import { FieldDraft, type WriteOutcome } from './field-draft';
import { registerFlush } from './pending-writes';

/**
 * Runs `fn` just after the next frame is painted, so that work started by a keystroke never
 * holds up the paint of that keystroke; a timer stands in when frames are not being produced.
 */
function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 50);
}

/** A write refused because another window wrote first is an outcome, not an error. */
function outcomeOf<T>(commit: (value: T, previous: T) => Promise<void>) {
  return (value: T, previous: T): Promise<WriteOutcome> =>
    commit(value, previous).then(
      () => 'stored',
      (error: unknown) => {
        if (isStaleWrite(error)) return 'stale';
        throw error;
      },
    );
}

/**
 * A field that saves itself as it is typed, by the one editing model (field-draft.ts): written
 * just after each keystroke is painted (p95 ≤ 100 ms from keystroke to stored), at once on
 * blur, hide and close. `commit` gets the stored value the change replaces, to pass on as the
 * write's `expected` value. Another window's change is merged into the draft, or kept beside it as a
 * conflict for the user to settle (see DraftConflict). A field with no change of its own
 * always shows what is stored.
 */
export function useFieldDraft<T>(
  stored: T,
  commit: (value: T, previous: T) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [draft] = useState(
    () =>
      new FieldDraft<T>({
        stored,
        commit: outcomeOf(commit),
        onError,
        schedule: afterPaint,
        onChange: rerender,
      }),
  );
  useEffect(() => draft.connect({ commit: outcomeOf(commit), onError }), [draft, commit, onError]);
  // Before paint, so the field never shows a stale value for a frame.
  useLayoutEffect(() => draft.stored(stored), [draft, stored]);
  const flush = useCallback(() => draft.flush(), [draft]);
  useEffect(() => registerFlush(flush), [flush]);
  useEffect(() => flush, [flush]);

  const change = useCallback((value: T) => draft.change(value), [draft]);
  const resolve = useCallback((keep: 'mine' | 'theirs') => draft.resolve(keep), [draft]);
  const { value, conflict } = draft.state;
  // Focus needs nothing of the model; blur writes what waits.
  const focus = useCallback(() => undefined, []);
  return { value, conflict, change, focus, blur: flush, flush, resolve };
}
