import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlush } from './pending-writes';

/** Longest time a typed change waits before it is written (the budget is p95 ≤ 100 ms from keystroke to stored). */
export const maxCommitWaitMs = 50;

/**
 * A field that commits itself: the draft is written at most {@link maxCommitWaitMs} after the
 * first unsaved keystroke (a throttle, not a debounce, so steady typing is still saved), and
 * at once on blur, hide and close. While the user edits, changes arriving from elsewhere do
 * not overwrite the draft; otherwise the field follows the stored value.
 */
export function useCommittedValue<T>(
  stored: T,
  commit: (value: T) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const [draft, setDraft] = useState(stored);
  const [editing, setEditing] = useState(false);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  const errorRef = useRef(onError);
  useEffect(() => {
    commitRef.current = commit;
    errorRef.current = onError;
  });

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) commitRef.current(next.value).catch((e: unknown) => errorRef.current(e));
  }, []);

  useEffect(() => registerFlush(flush), [flush]);
  useEffect(() => flush, [flush]);

  // Follow the stored value when nobody is typing here (a blur has already flushed the draft).
  const [seen, setSeen] = useState(stored);
  if (!Object.is(seen, stored)) {
    setSeen(stored);
    if (!editing) setDraft(stored);
  }

  const change = useCallback(
    (value: T) => {
      setDraft(value);
      pending.current = { value };
      timer.current ??= setTimeout(flush, maxCommitWaitMs);
    },
    [flush],
  );
  const focus = useCallback(() => setEditing(true), []);
  const blur = useCallback(() => {
    setEditing(false);
    flush();
  }, [flush]);

  return { value: draft, change, focus, blur, flush };
}
