import { moved, type Box } from './box';
import { bodyHeight, margin } from './style';
import type { DrawOp } from './types';

/** Height of the run of boxes from `start` that must stand together, and where it ends. */
function chainFrom(boxes: readonly Box[], start: number): { end: number; height: number } {
  let end = start;
  let height = (boxes[start] as Box).height;
  while ((boxes[end] as Box).keepWithNext && end + 1 < boxes.length) {
    end += 1;
    const next = boxes[end] as Box;
    height += next.spaceBefore + next.height;
  }
  return { end, height };
}

/**
 * Places the boxes on pages, top to bottom. A run of boxes that must stand together (a
 * heading and the first lines after it, a caption and the first rows of its table) moves to
 * a new page whole when it does not fit, so no heading is ever left at the foot of a page;
 * a run taller than a page is placed box by box. A box taller than a page that can split (a
 * very long table row) fills the rest of the page and goes on over the next. A table row that
 * starts a page gets its table's header row again above it.
 */
export function paginate(boxes: readonly Box[]): DrawOp[][] {
  const pages: DrawOp[][] = [[]];
  const bottom = margin.top + bodyHeight;
  let y = margin.top;
  let atTop = true;
  const fits = (height: number) => y + height <= bottom + 0.01;
  const put = (box: Box, space: number) => {
    y += space;
    const current = pages[pages.length - 1] as DrawOp[];
    for (const op of box.ops) current.push(moved(op, y));
    y += box.height;
    atTop = false;
  };
  const newPage = (before: Box) => {
    pages.push([]);
    y = margin.top;
    atTop = true;
    if (before.tableHeader !== undefined) put(before.tableHeader, 0);
  };
  let chainEnd = -1;
  boxes.forEach((box, i) => {
    if (i > chainEnd) {
      const chain = chainFrom(boxes, i);
      chainEnd = chain.end;
      if (!atTop && chain.height <= bodyHeight && !fits(box.spaceBefore + chain.height)) {
        newPage(box);
      }
    }
    let rest = box;
    let fresh = atTop;
    while (rest.split !== undefined && !fits((atTop ? 0 : rest.spaceBefore) + rest.height)) {
      const space = atTop ? 0 : rest.spaceBefore;
      const pieces = rest.split(bottom - y - space);
      // Not even a useful piece fits on a new page: place it whole rather than loop.
      if (pieces === null && fresh) break;
      if (pieces !== null) {
        put(pieces[0], space);
        rest = { ...pieces[1], tableHeader: rest.tableHeader };
      }
      newPage(rest);
      fresh = true;
    }
    if (!atTop && !fits(rest.spaceBefore + rest.height)) newPage(rest);
    put(rest, atTop ? 0 : rest.spaceBefore);
  });
  return pages;
}
