import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { CellStyle, DocBlock } from './document';
import { tableStyleId, textWidth } from './docx-styles';
import { arialWidth } from './docx-measure';
import { face, paragraph, runs } from './docx-runs';
import { cellIndentPoints, emphasis, type Emphasis } from './house-style';
import { closestColumns, columnNaturals, columnNeeds, fitColumnsGently } from './pdf/columns';
import { sanitizeLine, sanitizeText } from './sanitize';

/**
 * Whether a row is short enough to be kept on one page. Word clips a row that may not break
 * and is taller than a page, hiding its last lines, so a long row (a very long update in the
 * Actions Outstanding table) is let break. The estimate errs long: wide characters (11 pt
 * text at about 6.5 pt a character), half a page at most.
 */
function keptWhole(cells: readonly string[], widths: readonly number[]): boolean {
  const charWidth = 130;
  const maxLines = 25;
  return cells.every((cell, i) => {
    const perLine = Math.max(1, Math.floor((widths[i] ?? 0) / charWidth));
    const lines = cell
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    return lines <= maxLines;
  });
}

/** The table style's cell margins, left and right together, in twentieths of a point (tableStyleXml). */
const cellMargins = 200;

/**
 * The paragraphs of a cell: plain text in one; a styled cell's lines one each, in their
 * faces, set in as the PDF sets them (house-style.ts, cellIndentPoints). A line with no text
 * is left out, as the PDF leaves it out; a cell keeps one paragraph, as Word requires.
 */
function cellParagraphs(
  text: string,
  style: CellStyle | undefined,
  width: number,
  header: boolean,
  size: number | undefined,
): Paragraph[] {
  const sized = size === undefined ? {} : { size };
  if (style === undefined)
    return [
      paragraph(text, 'TableText', { ...(header ? face(emphasis.tableHeader) : {}), ...sized }),
    ];
  const left = Math.round(cellIndentPoints(style.indent ?? 0, (width - cellMargins) / 20) * 20);
  const lines = sanitizeText(text)
    .split('\n')
    .flatMap((line, i) =>
      line.trim() === ''
        ? []
        : [
            new Paragraph({
              style: 'TableText',
              indent: left > 0 ? { left } : undefined,
              children: runs(line, { ...face(style.emphasis?.[i] ?? 'regular'), ...sized }),
            }),
          ],
    );
  return lines.length > 0 ? lines : [paragraph('', 'TableText')];
}

/** The Table Text style's size (docx-styles.ts), then a step smaller, in half-points. */
const tableSizes = [19, 17] as const;

/**
 * Column widths and run size of a table, by the PDF's rule (pdf/columns.ts) measured in
 * Arial: Word breaks a cell's line only at spaces and hyphens, and cuts a word wider than its
 * column between letters, so each column is made as wide as its longest word where the table
 * allows; else the table is set a step smaller (undefined: the style's size).
 */
function columnWidths(block: TableBlock): { widths: number[]; size: number | undefined } {
  const shares = block.columns.map((c) => Math.round(c.width * textWidth));
  const measureAt = (size: number) => ({
    word: (word: string, f: Emphasis) => arialWidth(sanitizeLine(word), f, size),
    padding: cellMargins,
    indent: (steps: number) => cellIndentPoints(steps, Number.POSITIVE_INFINITY) * 20,
  });
  for (const size of tableSizes) {
    const measure = measureAt(size);
    const fitted = fitColumnsGently(
      shares,
      columnNeeds(block, measure),
      columnNaturals(block, measure),
    );
    if (fitted !== null) {
      return { widths: twips(fitted, shares), size: size === tableSizes[0] ? undefined : size };
    }
  }
  const last = tableSizes[1];
  const closest = closestColumns(shares, columnNeeds(block, measureAt(last)));
  return { widths: twips(closest, shares), size: last };
}

/** Whole twips, rounded up so a word that just fits still does; the widest column pays for it. */
function twips(widths: readonly number[], shares: readonly number[]): number[] {
  const whole = widths.map((w) => Math.ceil(w - 1e-6));
  const excess = whole.reduce((a, b) => a + b, 0) - shares.reduce((a, b) => a + b, 0);
  const widest = whole.indexOf(Math.max(...whole));
  if (excess > 0 && widest >= 0) whole[widest] = (whole[widest] ?? 0) - excess;
  return whole;
}

export type TableBlock = Extract<DocBlock, { kind: 'table' }>;

export function table(block: TableBlock): (Paragraph | Table)[] {
  const { widths, size } = columnWidths(block);
  const row = (
    cells: readonly string[],
    styles: readonly (CellStyle | undefined)[],
    header: boolean,
  ) =>
    new TableRow({
      tableHeader: header,
      cantSplit: keptWhole(cells, widths),
      children: block.columns.map(
        (_, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            children: cellParagraphs(cells[i] ?? '', styles[i], widths[i] ?? 0, header, size),
          }),
      ),
    });
  // An empty caption is not printed (the agenda's table stands under the title block).
  const caption = block.caption.trim() === '' ? [] : [paragraph(block.caption, 'TableCaption')];
  return [
    ...caption,
    new Table({
      style: tableStyleId,
      layout: TableLayoutType.FIXED,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        row(
          block.columns.map((c) => c.title),
          [],
          true,
        ),
        ...block.rows.map((r, i) => row(r, block.styles?.[i] ?? [], false)),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}
