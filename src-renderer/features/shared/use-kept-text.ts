import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * The text typed into a form that adds something (an update to give), kept in the window's
 * local storage as it is typed: a window closed, reloaded or lost before the form is sent
 * shows it again. Fields of stored rows need none of this: they are written as typed, and the
 * write journal keeps what has not landed.
 */

const prefix = 'minutebook.kept.';

function storage(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/** The text kept under `key`, or ''. */
export function keptText(key: string): string {
  try {
    return storage()?.getItem(prefix + key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps `text` under `key`; the empty text is forgotten. Keeping is best effort: a full storage keeps nothing. */
export function keepText(key: string, text: string): void {
  try {
    if (text === '') storage()?.removeItem(prefix + key);
    else storage()?.setItem(prefix + key, text);
  } catch {
    // Nothing kept: the form still holds the text.
  }
}

/**
 * A form's text state kept under `key` (a form per key: "update:" and the meeting's id). A
 * change of key shows the text kept under the new one.
 */
export function useKeptText(key: string): [string, Dispatch<SetStateAction<string>>] {
  const [state, setState] = useState(() => ({ key, text: keptText(key) }));
  const current = state.key === key ? state : { key, text: keptText(key) };
  if (current !== state) setState(current);
  useEffect(() => keepText(current.key, current.text), [current.key, current.text]);
  const setText = useCallback<Dispatch<SetStateAction<string>>>(
    (next) =>
      setState((s) => {
        const base = s.key === key ? s.text : keptText(key);
        return { key, text: typeof next === 'function' ? next(base) : next };
      }),
    [key],
  );
  return [current.text, setText];
}
