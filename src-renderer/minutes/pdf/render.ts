import { grayscale, PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { MinutesDocument } from '../document';
import type { PdfFonts } from '../fonts';
import { encodeGlyphsDirectly } from './encoding';
import { facesFor, metricsFor } from './metrics';
import { layoutDocument } from './layout';
import { oneLine } from './text';
import type { DrawOp, Face, LaidOutPage, PdfLayout } from './types';

/** What a PDF export gives: the file, its pages as laid out (for the preview), and the characters the font lacks. */
export interface PdfRendering extends PdfLayout {
  bytes: Uint8Array;
}

/**
 * Creation and modification dates written into every PDF: fixed, so that the same minutes
 * give the same bytes and two exports can be compared.
 */
export const fixedPdfDate = new Date('2000-01-01T00:00:00Z');

// pdf-lib parses the font again for each document; handing it the font already parsed for
// measuring makes drawing and measuring share one glyph table and saves the parse.
const sharedFontkit = { create: (bytes: Uint8Array) => metricsFor(bytes).font };

function draw(target: PDFPage, op: DrawOp, fonts: Record<Face, PDFFont>, height: number) {
  switch (op.kind) {
    case 'text':
      target.drawText(op.text, {
        x: op.x,
        y: height - op.y,
        size: op.size,
        font: fonts[op.face],
        color: grayscale(op.gray),
      });
      return;
    case 'rect':
      target.drawRectangle({
        x: op.x,
        y: height - op.y - op.height,
        width: op.width,
        height: op.height,
        ...(op.fill === null ? {} : { color: grayscale(op.fill) }),
        ...(op.stroke === null
          ? { borderWidth: 0 }
          : { borderColor: grayscale(op.stroke), borderWidth: 0.5 }),
      });
      return;
    case 'line':
      target.drawLine({
        start: { x: op.x1, y: height - op.y1 },
        end: { x: op.x2, y: height - op.y2 },
        thickness: op.thickness,
        color: grayscale(op.gray),
      });
  }
}

function drawPage(pdf: PDFDocument, laid: LaidOutPage, fonts: Record<Face, PDFFont>) {
  const target = pdf.addPage([laid.width, laid.height]);
  for (const op of laid.furniture) draw(target, op, fonts, laid.height);
  for (const op of laid.body) draw(target, op, fonts, laid.height);
}

/**
 * Renders the minutes as an A4 PDF with DejaVu Sans embedded (subsetted), selectable text
 * and the document's title, author and subject. Deterministic: the same document and fonts
 * give the same bytes. Characters the font lacks are listed in `missingCharacters`.
 */
export async function renderPdf(document: MinutesDocument, fonts: PdfFonts): Promise<PdfRendering> {
  const layout = layoutDocument(document, facesFor(fonts));
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(sharedFontkit);
  const embedded = {
    regular: await pdf.embedFont(fonts.regular, { subset: true, customName: 'MBAAAA+DejaVuSans' }),
    bold: await pdf.embedFont(fonts.bold, { subset: true, customName: 'MBAAAB+DejaVuSans-Bold' }),
  };
  encodeGlyphsDirectly(embedded.regular);
  encodeGlyphsDirectly(embedded.bold);
  for (const laid of layout.pages) drawPage(pdf, laid, embedded);
  pdf.setTitle(oneLine(document.metadata.title), { showInWindowTitleBar: true });
  pdf.setAuthor(oneLine(document.metadata.author));
  pdf.setSubject(oneLine(document.metadata.subject));
  pdf.setCreator('Minutebook');
  pdf.setProducer('Minutebook');
  pdf.setLanguage('en-GB');
  pdf.setCreationDate(fixedPdfDate);
  pdf.setModificationDate(fixedPdfDate);
  return { ...layout, bytes: await pdf.save() };
}
