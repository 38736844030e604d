import { useEffect } from 'react';

/**
 * "Take me there": a link on one screen names an element of the next (a block of the minutes,
 * an item's heading), and that screen brings it into view and focus once it has drawn it.
 */
let pending: string | null = null;

/** Asks the next screen that shows the element with this DOM id to bring it into view. */
export function revealOnArrival(elementId: string): void {
  pending = elementId;
}

/** The DOM id a screen is about to bring into view, if any (parts drawn only when near it). */
export function pendingReveal(): string | null {
  return pending;
}

function reveal(element: HTMLElement) {
  pending = null;
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/**
 * Brings the requested element into view and focus once `ready` and drawn (parts of a screen
 * load after it opens, so it is watched for until it appears or the screen closes). `shown`
 * names what the screen shows (a meeting's id): the same screen opened on another meeting,
 * as a search result does from the minutes of one meeting to those of another, arrives again.
 */
export function useRevealOnArrival(ready: boolean, shown: string): void {
  useEffect(() => {
    const wanted = pending;
    if (!ready || wanted === null) return;
    const now = document.getElementById(wanted);
    if (now !== null) {
      reveal(now);
      return;
    }
    const watcher = new MutationObserver(() => {
      const element = document.getElementById(wanted);
      if (element === null) return;
      watcher.disconnect();
      reveal(element);
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [ready, shown]);
}

/** The DOM id of a block of the minutes. */
export const blockElementId = (blockId: string) => `minutes-block-${blockId}`;
/** The DOM id of an item's heading in the minutes. */
export const itemElementId = (itemId: string) => `minutes-item-${itemId}`;
