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
import type { DocBlock, MinutesDocument } from './document';
import { bulletReference, numbering, styles, tableStyleId } from './docx-styles';
import { finishDocx } from './docx-zip';
import { sanitizeLine, sanitizeText } from './sanitize';

/** A4 with 2.5 cm margins, in twentieths of a point. */
const page = { width: 11906, height: 16838, margin: 1418 };
const textWidth = page.width - 2 * page.margin;

type RunStyle = Pick<IRunOptions, 'bold' | 'italics'>;

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

function paragraph(text: string, style?: string, run: RunStyle = {}): Paragraph {
  return new Paragraph({ style, children: runs(text, run) });
}

function bullet(text: string): Paragraph {
  return new Paragraph({
    style: 'ListBullet',
    numbering: { reference: bulletReference, level: 0 },
    children: runs(text),
  });
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

function table(block: Extract<DocBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const widths = block.columns.map((c) => Math.round(c.width * textWidth));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: keptWhole(cells, widths),
      children: block.columns.map(
        (_, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            children: [paragraph(cells[i] ?? '', 'TableText', header ? { bold: true } : {})],
          }),
      ),
    });
  return [
    paragraph(block.caption, 'TableCaption'),
    new Table({
      style: tableStyleId,
      layout: TableLayoutType.FIXED,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        row(
          block.columns.map((c) => c.title),
          true,
        ),
        ...block.rows.map((r) => row(r, false)),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

function blockContent(block: DocBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': {
      const number =
        block.number === '' ? '' : block.level === 1 ? `${block.number}. ` : `${block.number} `;
      const heading = block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      return [new Paragraph({ heading, children: runs(`${number}${block.text}`) })];
    }
    case 'paragraph':
      return [paragraph(block.text)];
    case 'bullets':
      return block.items.map(bullet);
    case 'decisions':
      return block.lead === null
        ? block.lines.map((line) => paragraph(line))
        : [paragraph(block.lead), ...block.lines.map(bullet)];
    case 'action': {
      const label = runs(`ACTION ${sanitizeLine(block.reference)}: `, { bold: true });
      return [new Paragraph({ style: 'MinutesAction', children: [...label, ...runs(block.text)] })];
    }
    case 'note': {
      const label = runs('Post Meeting Note: ', { bold: true, italics: false });
      return [new Paragraph({ style: 'MinutesNote', children: [...label, ...runs(block.text)] })];
    }
    case 'table':
      return table(block);
  }
}

function headerBlock(doc: MinutesDocument): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.header.bodyName) }),
    paragraph(`Minutes of ${doc.header.title}`, 'Subtitle'),
    ...doc.header.lines.map((line) => paragraph(line, 'HeaderLine')),
  ];
}

function pageFurniture(doc: MinutesDocument) {
  const label = sanitizeLine(doc.classificationLabel);
  const top = doc.draft ? `DRAFT \u2014 ${label}` : label;
  return {
    headers: { default: new Header({ children: [paragraph(top, 'HeaderText')] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            style: 'FooterText',
            children: [
              new TextRun({ text: `${label}${doc.draft ? ' \u2014 DRAFT' : ''} \u2014 ` }),
              new TextRun({
                children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
              }),
            ],
          }),
        ],
      }),
    },
  };
}

/**
 * Renders the minutes as a DOCX in real Word styles, with the classification label (and
 * "DRAFT" until approval) in every page header and footer, "Page X of Y", the document's
 * title, author and subject, and fixed dates: the same document gives the same bytes.
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
