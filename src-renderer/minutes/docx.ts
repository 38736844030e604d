import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { CellStyle, DocBlock, MinutesDocument } from './document';
import { bulletReference, numbering, page, styles, tableStyleId, textWidth } from './docx-styles';
import { arialWidth } from './docx-measure';
import { finishDocx } from './docx-zip';
import {
  cellIndentPoints,
  emphasis,
  headingNumber,
  pageNumberWords,
  runningFoot,
  runningHead,
  type Emphasis,
} from './house-style';
import { closestColumns, columnNaturals, columnNeeds, fitColumnsGently } from './pdf/columns';
import { sanitizeLine, sanitizeText } from './sanitize';

type RunStyle = Pick<IRunOptions, 'bold' | 'size'>;

/** The run style of a house-style emphasis. */
const face = (e: Emphasis): RunStyle => ({ bold: e === 'bold' });

/** Runs for text that may hold line breaks and tabs: a Word break or tab for each. */
function runs(text: string, style: RunStyle = {}): TextRun[] {
  return sanitizeText(text)
    .split('\n')
    .map(
      (line, i) =>
        new TextRun({
          ...style,
          break: i > 0 ? 1 : undefined,
          children: line.split('\t').flatMap((part, j) => (j > 0 ? [new Tab(), part] : [part])),
        }),
    );
}

/**
 * A paragraph under widow and orphan control: Word never leaves one of its lines alone at the
 * foot or the head of a page (the PDF's paragraphBoxes does the same). `keepNext` stands it on
 * the page of the paragraph after it.
 */
function paragraph(text: string, style?: string, run: RunStyle = {}, keepNext = false): Paragraph {
  return new Paragraph({
    style,
    widowControl: true,
    keepNext: keepNext || undefined,
    children: runs(text, run),
  });
}

function bullet(text: string, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: 'ListBullet',
    numbering: { reference: bulletReference, level: 0 },
    widowControl: true,
    keepNext: keepNext || undefined,
    children: runs(text),
  });
}

/**
 * A list that never leaves one line alone across a page break, as the PDF sets it: the first
 * item stands with the second and the last with the one before (keepNext), and each item's
 * own lines hold two together (widowControl).
 */
function list(items: readonly string[]): Paragraph[] {
  const last = items.length - 1;
  return items.map((item, i) => bullet(item, last > 0 && (i === 0 || i === last - 1)));
}

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

type TableBlock = Extract<DocBlock, { kind: 'table' }>;

function table(block: TableBlock): (Paragraph | Table)[] {
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

function blockContent(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': {
      const number = headingNumber(block.level, block.number);
      const heading = block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      // The number hangs in the margin of the title, as in the PDF: a tab after it.
      const text = number === '' ? block.text : `${number}\t${block.text}`;
      return [new Paragraph({ heading, children: runs(text, face(emphasis.heading)) })];
    }
    case 'paragraph':
      return [paragraph(block.text)];
    case 'bullets':
      return list(block.items);
    case 'decisions':
      // "The Panel:" stands with its first decision.
      if (block.lead === null) return block.lines.map((line) => paragraph(line));
      return [
        paragraph(block.lead, undefined, {}, true),
        ...(block.numbered === true
          ? block.lines.map((line) => paragraph(line))
          : list(block.lines)),
      ];
    case 'action': {
      const number = block.number ? `${block.number} ` : '';
      const label = sanitizeLine(block.label);
      const text = block.text.trim();
      const children = block.labelAfter
        ? [
            ...runs(`${number}${text} `, face(emphasis.actionText)),
            ...runs(label, face(emphasis.actionLabel)),
          ]
        : [
            ...runs(`${number}${label} `, face(emphasis.actionLabel)),
            ...runs(text, face(emphasis.actionText)),
          ];
      return [new Paragraph({ style: 'MinutesAction', children })];
    }
    case 'note': {
      const label = runs(`${block.label} `, face(emphasis.noteLabel));
      const text = runs(block.text, face(emphasis.noteText));
      return [new Paragraph({ style: 'MinutesNote', children: [...label, ...text] })];
    }
    case 'mark':
      return [paragraph(block.text, 'MinutesMark', face(emphasis.mark))];
    case 'table':
      return table(block);
  }
}

/** Body name, title and the date, time and venue lines; the last line carries the rule. */
function headerBlock(doc: MinutesDocument): Paragraph[] {
  const lines = doc.header.lines;
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runs(doc.header.bodyName, face(emphasis.bodyName)),
    }),
    paragraph(doc.header.title, 'Subtitle', face(emphasis.title)),
    ...lines.map((line, i) =>
      paragraph(line, i === lines.length - 1 ? 'HeaderLineLast' : 'HeaderLine'),
    ),
  ];
}

/** The running head (centred) and foot (label left, "Page X of Y" right) of every page. */
function pageFurniture(doc: MinutesDocument) {
  const labels = {
    classificationLabel: sanitizeLine(doc.classificationLabel),
    draft: doc.draft,
    approved: doc.approved ? sanitizeLine(doc.approved) : null,
  };
  return {
    headers: {
      default: new Header({
        children: [paragraph(runningHead(labels), 'HeaderText', face(emphasis.runningHead))],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: 'FooterText',
            children: [
              new TextRun({ text: runningFoot(labels), ...face(emphasis.runningFoot) }),
              new TextRun({
                ...face(emphasis.pageNumber),
                children: [
                  new Tab(),
                  pageNumberWords.before,
                  PageNumber.CURRENT,
                  pageNumberWords.between,
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
    },
  };
}

/**
 * Renders the minutes as a DOCX in real Word styles, in the house style the PDF shares
 * (house-style.ts): the classification label (and "DRAFT" until approval) in every page
 * header and footer, "Page X of Y", shaded action panels, the document's title, author and
 * subject, and fixed dates: the same document gives the same bytes.
 */
export async function renderDocx(doc: MinutesDocument): Promise<Uint8Array> {
  const author = sanitizeLine(doc.metadata.author);
  const file = new Document({
    title: sanitizeLine(doc.metadata.title),
    subject: sanitizeLine(doc.metadata.subject),
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles,
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: {
              top: page.margin,
              right: page.margin,
              bottom: page.margin,
              left: page.margin,
            },
          },
        },
        ...pageFurniture(doc),
        children: [...headerBlock(doc), ...doc.blocks.flatMap(blockContent)],
      },
    ],
  });
  return finishDocx(new Uint8Array(await Packer.toArrayBuffer(file)));
}
