import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Long screens (the minutes of a 30-item meeting hold well over a thousand fields) draw the
 * costly part of each section only while it is near the window: creating, styling and laying
 * out every field of every item made opening take seconds and every keystroke pay for the
 * whole page. A section is drawn once it comes within `drawMargin` of the window and put
 * away once it is further than `keepMargin`, so scrolling to and fro at the edge does not
 * draw it again and again. One observer of each kind serves every section.
 */
const drawMargin = '800px 0px';
const keepMargin = '3000px 0px';

type Listener = (near: boolean) => void;
const listeners = new Map<Element, { draw: Listener; keep: Listener }>();
let observers: { draw: IntersectionObserver; keep: IntersectionObserver } | null = null;

function observe(element: Element, draw: Listener, keep: Listener): () => void {
  observers ??= {
    draw: new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) listeners.get(e.target)?.draw(true);
      },
      { rootMargin: drawMargin },
    ),
    keep: new IntersectionObserver(
      (entries) => {
        for (const e of entries) listeners.get(e.target)?.keep(e.isIntersecting);
      },
      { rootMargin: keepMargin },
    ),
  };
  const { draw: drawer, keep: keeper } = observers;
  listeners.set(element, { draw, keep });
  drawer.observe(element);
  keeper.observe(element);
  return () => {
    listeners.delete(element);
    drawer.unobserve(element);
    keeper.unobserve(element);
  };
}

/**
 * Whether the costly `part` of the section at `ref` is to be drawn: near the window, or
 * `force`d (the screen is short enough to draw whole, or an element in it is about to be
 * revealed; nothing is put away meanwhile), or `show()`n (a block added to it
 * takes the focus at once, wherever it is). A section is never put away while it holds the
 * focus or an unsettled conflict of two windows' edits (`.draft-conflict`): its fields hold
 * state that only they show; it goes once the focus leaves it. `height` is the part's height
 * when last put away (null before), for the room that stands in. Nothing is watched until the
 * section is `sized` (its room guessed from what it holds): a section that stood in too small
 * at first would draw the ones after it too. Without IntersectionObserver all is drawn.
 */
export function useNearView(
  ref: RefObject<HTMLElement | null>,
  part: RefObject<HTMLElement | null>,
  { force, sized }: { force: boolean; sized: boolean },
): { shown: boolean; height: number | null; show: () => void } {
  const [state, setState] = useState(() => ({
    shown: force || typeof IntersectionObserver === 'undefined',
    height: null as number | null,
  }));
  if (force && !state.shown) setState({ ...state, shown: true });
  const show = useCallback(() => setState((s) => (s.shown ? s : { ...s, shown: true })), []);
  useEffect(() => {
    const element = ref.current;
    if (force || !sized || element === null || typeof IntersectionObserver === 'undefined') return;
    let far = false;
    const putAway = () => {
      const holdsFocus = element.contains(document.activeElement);
      if (!far || holdsFocus || element.querySelector('.draft-conflict') !== null) return;
      // The part's own height keeps its place, so the page does not jump as it goes.
      const height = part.current?.offsetHeight ?? null;
      setState((s) => (s.shown ? { shown: false, height } : s));
    };
    // A section kept for its focus is put away once the focus leaves it, if still far.
    const onFocusOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node && element.contains(e.relatedTarget))) putAway();
    };
    element.addEventListener('focusout', onFocusOut);
    const stop = observe(element, show, (kept) => {
      far = !kept;
      putAway();
    });
    return () => {
      stop();
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [ref, part, sized, force, show]);
  return { ...state, show };
}
