import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlush } from '../shared/pending-writes';

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

/**
 * A field of the minutes that writes through as it is typed: each change is written just
 * after the keystroke has been painted, unless a write of this field is still in flight, in
 * which case the latest text follows the moment it lands. At a typing pace every key is committed within one write's time (the
 * budget is p95 ≤ 100 ms from keystroke to stored), and a fast typist costs no more writes
 * than the store can take. Blur, hide and close write whatever is waiting at once; the
 * journal records each write synchronously, so nothing is lost if the page goes mid-write.
 * While the user edits, changes arriving from elsewhere do not overwrite the draft.
 */
export function useLiveField(
  stored: string,
  commit: (value: string) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const [draft, setDraft] = useState(stored);
  const [editing, setEditing] = useState(false);
  const pending = useRef<string | null>(null);
  const inFlight = useRef(false);
  const outstanding = useRef(0);
  const leaving = useRef(false);
  const scheduled = useRef(false);
  const commitRef = useRef(commit);
  const errorRef = useRef(onError);
  useEffect(() => {
    commitRef.current = commit;
    errorRef.current = onError;
  });

  const send = useCallback(() => {
    const write = () => {
      const value = pending.current;
      if (value === null) return;
      pending.current = null;
      inFlight.current = true;
      outstanding.current++;
      commitRef
        .current(value)
        .catch((e: unknown) => errorRef.current(e))
        .finally(() => {
          inFlight.current = false;
          outstanding.current--;
          write();
          // Keep the draft until every write has landed, so an older stored text arriving
          // meanwhile cannot replace it.
          if (outstanding.current === 0 && leaving.current) setEditing(false);
        });
    };
    write();
  }, []);

  // On blur or hide the waiting text is written even if another write is in flight: the two
  // transactions land in order, and the journal has it before the page can go.
  const flush = send;
  useEffect(() => registerFlush(flush), [flush]);
  useEffect(() => flush, [flush]);

  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    if (!editing) setDraft(stored);
  }

  const change = useCallback(
    (value: string) => {
      setDraft(value);
      pending.current = value;
      if (inFlight.current || scheduled.current) return;
      scheduled.current = true;
      afterPaint(() => {
        scheduled.current = false;
        if (!inFlight.current) send();
      });
    },
    [send],
  );
  const focus = useCallback(() => {
    leaving.current = false;
    setEditing(true);
  }, []);
  const blur = useCallback(() => {
    leaving.current = true;
    flush();
    if (outstanding.current === 0) setEditing(false);
  }, [flush]);

  return { value: draft, change, focus, blur, flush };
}
