import type { Faces } from './metrics';
import { margin } from './style';
import type { DrawOp, TextOp } from './types';
import { wrap, type Span } from './wrap';

/**
 * A piece of the page flow (a line of text, a table row), unbreakable unless it can `split`.
 * Its ops have page x and y measured from the box's top; pagination moves them down the page.
 */
export interface Box {
  height: number;
  /** Space above it, dropped at the top of a page. */
  spaceBefore: number;
  /** Must stand on the same page as the box after it (headings, first and last lines). */
  keepWithNext: boolean;
  ops: DrawOp[];
  /** A table's header row, repeated above this row when the row starts a new page. */
  tableHeader?: Box;
  /**
   * Only for a box taller than a page: cuts it into a first piece at most `room` high and the
   * rest, or says it cannot (null) when `room` is too small for a useful piece.
   */
  split?: (room: number) => [Box, Box] | null;
}

export interface TextStyle {
  size: number;
  leading: number;
  /** Page x of the text's left edge. */
  x: number;
  width: number;
  gray?: number;
  /**
   * 'start': a right-to-left paragraph is set flush right (see textBoxes). Left otherwise,
   * and always for a left-to-right paragraph.
   */
  align?: 'start';
}

/** Baseline of a line of text within its line box: the text centred in the leading. */
export function baseline(style: { size: number; leading: number }): number {
  return style.leading / 2 + style.size * 0.35;
}

/**
 * One box per wrapped line of `spans`. The house style for right-to-left text: the minutes
 * are an English document with one left edge, and the DOCX gives no paragraph a direction.
 * A paragraph whose first strong character is Arabic or Hebrew reads right to left all the
 * same (its words, numbers and full stop in the order its reader expects, bidi.ts); where
 * the style says `align: 'start'` (running text: paragraphs, list items, table cells) it is
 * also set flush right, as an Arabic or Hebrew reader expects it. Headings, the title block
 * and captions keep the house style's left edge, next to their numbers.
 */
export function textBoxes(spans: readonly Span[], style: TextStyle, faces: Faces): Box[] {
  return wrap(spans, style.width, style.size, faces).map((line) => {
    const indent = line.rtl && style.align === 'start' ? Math.max(0, style.width - line.width) : 0;
    return {
      height: style.leading,
      spaceBefore: 0,
      keepWithNext: false,
      ops: line.runs.map((run) => {
        const op: TextOp = {
          kind: 'text',
          x: style.x + indent + run.x,
          y: baseline(style),
          text: run.text,
          face: run.face,
          size: style.size,
          width: run.width,
          gray: style.gray ?? 0,
        };
        if (run.rtl === true) op.rtl = true;
        return op;
      }),
    };
  });
}

/**
 * A paragraph's lines with its space above, never leaving a single line of it alone at the
 * foot of a page or at the top of the next.
 */
export function paragraphBoxes(
  spans: readonly Span[],
  style: TextStyle,
  faces: Faces,
  spaceBefore: number,
): Box[] {
  const boxes = textBoxes(spans, style, faces);
  const [first] = boxes;
  if (first !== undefined) first.spaceBefore = spaceBefore;
  if (boxes.length >= 2) {
    (boxes[0] as Box).keepWithNext = true;
    (boxes[boxes.length - 2] as Box).keepWithNext = true;
  }
  return boxes;
}

/** Keeps every box of a group on one page (a short panel, a heading with its text). */
export function keepTogether(boxes: Box[]): Box[] {
  boxes.forEach((box, i) => {
    if (i < boxes.length - 1) box.keepWithNext = true;
  });
  return boxes;
}

export const bodyLeft = margin.left;

/** The op moved down by `dy`. */
export function moved(op: DrawOp, dy: number): DrawOp {
  switch (op.kind) {
    case 'text':
    case 'rect':
      return { ...op, y: op.y + dy };
    case 'line':
      return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
  }
}
