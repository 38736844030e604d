import type { DocBlock } from '../document';
import { bodyLeft, keepTogether, moved, textBoxes, type Box } from './box';
import type { Faces } from './metrics';
import { body, table, textWidth } from './style';
import { oneLine, pdfText } from './text';
import type { DrawOp } from './types';
import type { Span } from './wrap';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

/** Column left edges and widths from the shares, scaled to the text width. */
function columnEdges(block: TableBlock): { x: number; width: number }[] {
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

/** One row: each cell wrapped within its column, bordered; the header row shaded and bold. */
function rowBox(
  cells: readonly string[],
  edges: { x: number; width: number }[],
  faces: Faces,
  header: boolean,
): Box {
  const style = { size: table.size, leading: table.leading };
  const wrapped = edges.map((edge, i) => {
    const span: Span = { text: pdfText(cells[i] ?? ''), face: header ? 'bold' : 'regular' };
    return textBoxes(
      [span],
      { ...style, x: edge.x + table.padX, width: edge.width - 2 * table.padX },
      faces,
    );
  });
  const lines = Math.max(1, ...wrapped.map((w) => w.length));
  const height = lines * table.leading + 2 * table.padY;
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
    (wrapped[i] ?? []).forEach((line, n) => {
      for (const op of line.ops) ops.push(moved(op, table.padY + n * table.leading));
    });
  });
  return { height, spaceBefore: 0, keepWithNext: false, ops };
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
  const header = rowBox(
    block.columns.map((c) => c.title),
    edges,
    faces,
    true,
  );
  const rows = block.rows.map((row) => ({
    ...rowBox(row, edges, faces, false),
    tableHeader: header,
  }));
  const boxes = [...keepTogether(caption), { ...header, keepWithNext: rows.length > 0 }, ...rows];
  const captionEnd = caption.at(-1);
  if (captionEnd !== undefined) captionEnd.keepWithNext = true;
  const [first] = boxes;
  if (first !== undefined) first.spaceBefore = space;
  return boxes;
}
