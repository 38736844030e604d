import type { ReactNode } from 'react';

/**
 * A small label after some text ("Confidential", "Closed"). It brings its own leading space, so
 * a screen reader does not run it into the word before, and no stray space is left without it.
 */
export function Tag({ kind, children }: { kind?: string; children: ReactNode }) {
  return (
    <>
      {' '}
      <span className={kind === undefined ? 'act-tag' : `act-tag act-tag-${kind}`}>{children}</span>
    </>
  );
}
