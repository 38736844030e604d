import type { CellStyle, DocBlock } from '../document';
import { cellIndentPoints } from '../house-style';
import { bodyLeft, keepTogether, moved, textBoxes, type Box } from './box';
import type { Faces } from './metrics';
import { body, bodyHeight, table, textWidth } from './style';
import { oneLine, pdfText } from './text';
import type { DrawOp } from './types';
import type { Span } from './wrap';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;
type Edges = readonly { x: number; width: number }[];

/** Column left edges and widths from the shares, scaled to the text width. */
function columnEdges(block: TableBlock): Edges {
  const shares = block.columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 0));
  const total = shares.reduce((a, b) => a + b, 0);
  const even = 1 / Math.max(1, block.columns.length);
  let x = bodyLeft;
  return shares.map((share) => {
    const width = (total > 0 ? share / total : even) * textWidth;
    const edge = { x, width };
    x += width;
    return edge;
  });
}

/** Lines `from` to `from + count` of a row's wrapped cells, as one bordered row box. */
function rowPiece(
  wrapped: readonly Box[][],
  edges: Edges,
  header: boolean,
  from: number,
  count: number,
): Box {
  const height = count * table.leading + 2 * table.padY;
  const ops: DrawOp[] = [];
  edges.forEach((edge, i) => {
    ops.push({
      kind: 'rect',
      x: edge.x,
      y: 0,
      width: edge.width,
      height,
      fill: header ? table.headerFill : null,
      stroke: table.border,
    });
    (wrapped[i] ?? []).slice(from, from + count).forEach((line, n) => {
      for (const op of line.ops) ops.push(moved(op, table.padY + n * table.leading));
    });
  });
  return { height, spaceBefore: 0, keepWithNext: false, ops };
}

/**
 * Lines `from` onwards of a row. A row taller than a page (a very long update in the Actions
 * Outstanding table) can be cut: it fills what is left of the page and goes on, a bordered
 * row of its own, on the next; no line runs off the foot of a page.
 */
function rowFrom(
  wrapped: readonly Box[][],
  edges: Edges,
  header: boolean,
  from: number,
  maxLines: number,
): Box {
  const total = Math.max(1, ...wrapped.map((w) => w.length));
  const box = rowPiece(wrapped, edges, header, from, total - from);
  if (total - from <= maxLines) return box;
  box.split = (room) => {
    const fit = Math.floor((room - 2 * table.padY) / table.leading);
    if (fit < 2) return null;
    return [
      rowPiece(wrapped, edges, header, from, fit),
      rowFrom(wrapped, edges, header, from + fit, maxLines),
    ];
  };
  return box;
}

/**
 * A cell's lines within its column: plain text in the regular face (bold in the header row);
 * a styled cell's lines one under another, each in its face, set in by its indent.
 */
function cellLines(
  text: string,
  style: CellStyle | undefined,
  edge: Edges[number],
  faces: Faces,
  header: boolean,
): Box[] {
  const size = { size: table.size, leading: table.leading };
  const inner = { x: edge.x + table.padX, width: edge.width - 2 * table.padX };
  // A right-to-left cell is set flush right within its column (see textBoxes).
  if (style === undefined) {
    const span: Span = { text: pdfText(text), face: header ? 'bold' : 'regular' };
    return textBoxes([span], { ...size, ...inner, align: 'start' }, faces);
  }
  const indent = cellIndentPoints(style.indent ?? 0, inner.width);
  const at = { ...size, x: inner.x + indent, width: inner.width - indent, align: 'start' as const };
  return pdfText(text)
    .split('\n')
    .flatMap((line, i) =>
      textBoxes([{ text: line, face: style.emphasis?.[i] ?? 'regular' }], at, faces),
    );
}

/** One row: each cell wrapped within its column, bordered; the header row shaded and bold. */
function rowBox(
  cells: readonly string[],
  styles: readonly (CellStyle | undefined)[],
  edges: Edges,
  faces: Faces,
  header: boolean,
  maxLines: number,
): Box {
  const wrapped = edges.map((edge, i) => cellLines(cells[i] ?? '', styles[i], edge, faces, header));
  return rowFrom(wrapped, edges, header, 0, maxLines);
}

/** How many lines of a row fit on a page under the table's header row. */
function linesPerPage(headerHeight: number): number {
  return Math.floor((bodyHeight - headerHeight - 2 * table.padY) / table.leading);
}

/**
 * A table: its caption, the header row, then the rows. Caption, header and first row stand
 * together; a row that starts a new page gets the header row again above it.
 */
export function tableBoxes(block: TableBlock, faces: Faces, space: number): Box[] {
  const edges = columnEdges(block);
  const caption = textBoxes(
    [{ text: oneLine(block.caption), face: 'bold' }],
    { size: table.captionSize, leading: body.leading + 2, x: bodyLeft, width: textWidth },
    faces,
  );
  // The header row holds the app's own short column titles: it is never cut.
  const header = rowBox(
    block.columns.map((c) => c.title),
    [],
    edges,
    faces,
    true,
    Number.POSITIVE_INFINITY,
  );
  const maxLines = linesPerPage(header.height);
  const rows = block.rows.map((row, i) => ({
    ...rowBox(row, block.styles?.[i] ?? [], edges, faces, false, maxLines),
    tableHeader: header,
  }));
  const boxes = [...keepTogether(caption), { ...header, keepWithNext: rows.length > 0 }, ...rows];
  const captionEnd = caption.at(-1);
  if (captionEnd !== undefined) captionEnd.keepWithNext = true;
  const [first] = boxes;
  if (first !== undefined) first.spaceBefore = space;
  return boxes;
}
