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
  TextRun,
} from 'docx';
import type { DocBlock, MinutesDocument } from './document';
import { numbering, page, styles } from './docx-styles';
import { face, list, paragraph, runs } from './docx-runs';
import { table } from './docx-table';
import { finishDocx } from './docx-zip';
import { emphasis, headingNumber, pageNumberWords, runningFoot, runningHead } from './house-style';
import { sanitizeLine } from './sanitize';

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
