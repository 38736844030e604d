import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

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
type Kind = 'draw' | 'keep';
const margins: Record<Kind, string> = { draw: drawMargin, keep: keepMargin };
const listeners: Record<Kind, Map<Element, Listener>> = { draw: new Map(), keep: new Map() };
const observers: Partial<Record<Kind, IntersectionObserver>> = {};

/**
 * Watches `element` with the observer of `kind`: `listener` hears whether it is within that
 * margin of the window. A section is watched by one observer at a time (drawn: whether to
 * keep it; put away: whether to draw it), since the browser works out every watched
 * element's place at each frame that changes the layout, every keystroke's included.
 */
function observe(element: Element, kind: Kind, listener: Listener): () => void {
  const observer = (observers[kind] ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) listeners[kind].get(e.target)?.(e.isIntersecting);
    },
    { rootMargin: margins[kind] },
  ));
  listeners[kind].set(element, listener);
  observer.observe(element);
  return () => {
    listeners[kind].delete(element);
    observer.unobserve(element);
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
  const draw = useCallback(() => setState((s) => (s.shown ? s : { ...s, shown: true })), []);
  // Drawn on request (a block added to it), not for being near: kept where it is at first.
  const asked = useRef(false);
  const show = useCallback(() => {
    asked.current = true;
    draw();
  }, [draw]);
  const { shown } = state;
  useEffect(() => {
    const element = ref.current;
    if (force || !sized || element === null || typeof IntersectionObserver === 'undefined') return;
    if (!shown) return observe(element, 'draw', (near) => near && draw());
    // A section drawn on request is not put away at the observer's first answer, however
    // far: the block just added there is about to take the focus.
    let far: boolean | null = null;
    const putAway = () => {
      const holdsFocus = element.contains(document.activeElement);
      if (far !== true || holdsFocus || element.querySelector('.draft-conflict') !== null) return;
      // The part's own height keeps its place, so the page does not jump as it goes.
      const height = part.current?.offsetHeight ?? null;
      setState((s) => (s.shown ? { shown: false, height } : s));
    };
    // A section kept for its focus is put away once the focus leaves it, if still far.
    const onFocusOut = (e: FocusEvent) => {
      if (!(e.relatedTarget instanceof Node && element.contains(e.relatedTarget))) putAway();
    };
    element.addEventListener('focusout', onFocusOut);
    const stop = observe(element, 'keep', (kept) => {
      const wait = far === null && asked.current;
      asked.current = false;
      far = !kept;
      if (!wait) putAway();
    });
    return () => {
      stop();
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [ref, part, sized, force, draw, shown]);
  return { ...state, show };
}
