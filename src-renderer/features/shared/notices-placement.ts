import { useLayoutEffect, type RefObject } from 'react';

/** The corners the notices can sit in, the usual one first. */
export const noticePlaces = ['bottom-right', 'top-right', 'bottom-left', 'top-left'] as const;
export type NoticePlace = (typeof noticePlaces)[number];

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The area, in square pixels, where two boxes overlap (0 when they only touch or are apart). */
export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The first place whose box covers nothing of `avoid`, else the one that covers least. */
export function clearPlace(
  boxes: readonly { place: NoticePlace; box: Box }[],
  avoid: Box | null,
): NoticePlace {
  let best: { place: NoticePlace; covered: number } = { place: 'bottom-right', covered: Infinity };
  for (const { place, box } of boxes) {
    const covered = avoid === null ? 0 : overlap(box, avoid);
    if (covered === 0) return place;
    if (covered < best.covered) best = { place, covered };
  }
  return best.place;
}

/** Room kept around what is avoided, so a notice never sits flush against a field. */
const margin = 8;

const grow = (box: Box, by: number): Box => ({
  left: box.left - by,
  top: box.top - by,
  right: box.right + by,
  bottom: box.bottom + by,
});

/**
 * What the notices must keep clear of: the focused field together with the small form or
 * group it belongs to (its label, its Add button), or the field alone where that group is
 * large. Null when nothing outside the notices has the focus.
 */
export function zoneToAvoid(
  focused: Element | null,
  region: Element,
  viewportHeight: number,
): Box | null {
  if (focused === null || focused === document.body || region.contains(focused)) return null;
  const own = focused.getBoundingClientRect();
  const group = focused.closest('form, fieldset, [role="group"], [role="toolbar"]');
  const groupBox = group?.getBoundingClientRect();
  const box = groupBox && groupBox.height <= viewportHeight * 0.4 ? groupBox : own;
  return grow(box, margin);
}

const sameBox = (a: Box | null, b: Box | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.left === b.left &&
    a.top === b.top &&
    a.right === b.right &&
    a.bottom === b.bottom);

/**
 * Keeps the notices region in a corner where it covers no part of the focused field, moving
 * it when the focus moves, the page scrolls, a field grows or the window is resized. The
 * corner is the region's `data-place`, which the stylesheet turns into a position. `shown`
 * changes whenever the notices do (their size changes the boxes to compare).
 */
export function useClearOfFocus(region: RefObject<HTMLElement | null>, shown: unknown): void {
  useLayoutEffect(() => {
    const el = region.current;
    if (el === null || el.getBoundingClientRect().height === 0) return;
    // The region is fixed: each corner's box holds until the notices or the window change.
    const measure = () => {
      const current = el.getAttribute('data-place') ?? noticePlaces[0];
      const measured = noticePlaces.map((place) => {
        el.setAttribute('data-place', place);
        return { place, box: el.getBoundingClientRect() };
      });
      el.setAttribute('data-place', current);
      return measured;
    };
    let boxes = measure();
    let avoided: Box | null = null;
    const place = () => {
      const avoid = zoneToAvoid(document.activeElement, el, window.innerHeight);
      if (sameBox(avoid, avoided)) return;
      avoided = avoid;
      // With nothing to avoid (or the focus on a notice itself) the notices stay put.
      if (avoid !== null) el.setAttribute('data-place', clearPlace(boxes, avoid));
    };
    place();
    let frame = 0;
    const later = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          place();
        });
    };
    const resized = () => {
      boxes = measure();
      avoided = null;
      later();
    };
    const options = { capture: true, passive: true };
    const events = ['focusin', 'focusout', 'scroll', 'input'];
    for (const type of events) document.addEventListener(type, later, options);
    window.addEventListener('resize', resized);
    return () => {
      cancelAnimationFrame(frame);
      for (const type of events) document.removeEventListener(type, later, options);
      window.removeEventListener('resize', resized);
    };
  }, [region, shown]);
}
