import type { CellStyle, DocBlock } from '../document';
import { cellIndentPoints } from '../house-style';
import { bodyLeft, keepTogether, moved, textBoxes, type Box } from './box';
import { closestColumns, columnNaturals, columnNeeds, fitColumnsGently } from './columns';
import type { Faces } from './metrics';
import { body, bodyHeight, table, textWidth } from './style';
import { oneLine, pdfText } from './text';
import type { DrawOp, Face } from './types';
import type { Span } from './wrap';

type TableBlock = Extract<DocBlock, { kind: 'table' }>;
type Edges = readonly { x: number; width: number }[];

/** The type of a table: its size and line advance, smaller when its words need it. */
interface Type {
  size: number;
  leading: number;
}

/** The table's type, then a step smaller for a table whose longest words do not fit. */
const types: readonly Type[] = [
  { size: table.size, leading: table.leading },
  { size: table.size - 1, leading: table.leading - 1.25 },
];

/** Column widths from the shares, scaled to the text width. */
function shareWidths(block: TableBlock): number[] {
  const shares = block.columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 0));
  const total = shares.reduce((a, b) => a + b, 0);
  const even = 1 / Math.max(1, block.columns.length);
  return shares.map((share) => (total > 0 ? share / total : even) * textWidth);
}

/**
 * The columns and type of a table. A cell breaks only between words, so each column must be
 * as wide as its longest word (columns.ts): the shares are kept when it is, adjusted when
 * not; failing that the table is set a step smaller; and only when even that cannot fit a
 * word is the word broken (wrap.ts), in the columns that come closest.
 */
function tableLayout(block: TableBlock, faces: Faces): { edges: Edges; type: Type } {
  const widths = shareWidths(block);
  const measureAt = (type: Type) => ({
    word: (word: string, face: Face) => faces[face].width(pdfText(word), type.size),
    padding: 2 * table.padX,
    indent: (steps: number) => cellIndentPoints(steps, Number.POSITIVE_INFINITY),
  });
  let chosen: number[] | null = null;
  let type = types[0] as Type;
  for (const candidate of types) {
    type = candidate;
    const measure = measureAt(candidate);
    const needs = columnNeeds(block, measure);
    chosen = fitColumnsGently(widths, needs, columnNaturals(block, measure));
    if (chosen !== null) break;
  }
  chosen ??= closestColumns(widths, columnNeeds(block, measureAt(type)));
  let x = bodyLeft;
  const edges = chosen.map((width) => {
    const edge = { x, width };
    x += width;
    return edge;
  });
  return { edges, type };
}

/** Lines `from` to `from + count` of a row's wrapped cells, as one bordered row box. */
function rowPiece(
  wrapped: readonly Box[][],
  edges: Edges,
  type: Type,
  header: boolean,
  from: number,
  count: number,
): Box {
  const height = count * type.leading + 2 * table.padY;
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
      for (const op of line.ops) ops.push(moved(op, table.padY + n * type.leading));
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
  type: Type,
  header: boolean,
  from: number,
  maxLines: number,
): Box {
  const total = Math.max(1, ...wrapped.map((w) => w.length));
  const box = rowPiece(wrapped, edges, type, header, from, total - from);
  if (total - from <= maxLines) return box;
  box.split = (room) => {
    const fit = Math.floor((room - 2 * table.padY) / type.leading);
    if (fit < 2) return null;
    return [
      rowPiece(wrapped, edges, type, header, from, fit),
      rowFrom(wrapped, edges, type, header, from + fit, maxLines),
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
  type: Type,
  faces: Faces,
  header: boolean,
): Box[] {
  const size = { size: type.size, leading: type.leading };
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
  layout: { edges: Edges; type: Type },
  faces: Faces,
  header: boolean,
  maxLines: number,
): Box {
  const { edges, type } = layout;
  const wrapped = edges.map((edge, i) =>
    cellLines(cells[i] ?? '', styles[i], edge, type, faces, header),
  );
  return rowFrom(wrapped, edges, type, header, 0, maxLines);
}

/** How many lines of a row fit on a page under the table's header row. */
function linesPerPage(headerHeight: number, type: Type): number {
  return Math.floor((bodyHeight - headerHeight - 2 * table.padY) / type.leading);
}

/**
 * A table: its caption, the header row, then the rows. Caption, header and first row stand
 * together; a row that starts a new page gets the header row again above it.
 */
export function tableBoxes(block: TableBlock, faces: Faces, space: number): Box[] {
  const layout = tableLayout(block, faces);
  const caption = textBoxes(
    [{ text: oneLine(block.caption), face: 'bold' }],
    { size: table.captionSize, leading: body.leading + 2, x: bodyLeft, width: textWidth },
    faces,
  );
  // The header row holds the app's own short column titles: it is never cut.
  const header = rowBox(
    block.columns.map((c) => c.title),
    [],
    layout,
    faces,
    true,
    Number.POSITIVE_INFINITY,
  );
  const maxLines = linesPerPage(header.height, layout.type);
  const rows = block.rows.map((row, i) => ({
    ...rowBox(row, block.styles?.[i] ?? [], layout, faces, false, maxLines),
    tableHeader: header,
  }));
  const boxes = [...keepTogether(caption), { ...header, keepWithNext: rows.length > 0 }, ...rows];
  const captionEnd = caption.at(-1);
  if (captionEnd !== undefined) captionEnd.keepWithNext = true;
  const [first] = boxes;
  if (first !== undefined) first.spaceBefore = space;
  return boxes;
}
