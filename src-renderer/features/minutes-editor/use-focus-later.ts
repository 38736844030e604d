import { useCallback, useEffect, useRef, type RefObject } from 'react';

type Target = string | HTMLElement;

/**
 * How long a request waits for its element (a live query and a nested one may both run), and
 * holds a moved field in focus while its node is being moved.
 */
const waitFrames = 90;

/**
 * Focus that waits for the data: a block added or moved shows up only after the live queries
 * have re-run, so the request is retried on each animation frame until its element exists.
 * A selector is looked up inside `container`; an element (the field a moved block had focus
 * in, which moving the node blurs, however late the live query moves it) is given the focus
 * back whenever it is lost to the page, until the user has gone to another field (a block
 * added with its shortcut right after a move keeps it).
 */
export function useFocusLater(container: RefObject<HTMLElement | null>) {
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return useCallback(
    (target: Target) => {
      cancelAnimationFrame(frame.current);
      let tries = 0;
      const attempt = () => {
        tries++;
        const element =
          typeof target === 'string'
            ? (container.current?.querySelector<HTMLElement>(target) ?? null)
            : target.isConnected
              ? target
              : null;
        const active = document.activeElement;
        const lost = active === null || active === document.body;
        if (element && active !== element && (typeof target === 'string' || lost)) element.focus();
        const elsewhere = !lost && document.activeElement !== element;
        const done = typeof target === 'string' ? element !== null : elsewhere;
        if (!done && tries < waitFrames) frame.current = requestAnimationFrame(attempt);
      };
      attempt();
    },
    [container],
  );
}

/** The first field to type into inside a block. */
export function firstFieldOf(blockId: string): string {
  return `[data-block-id="${blockId}"] [data-first-field]`;
}
