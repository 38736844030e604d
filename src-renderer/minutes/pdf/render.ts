import { PDFDocument, type PDFFont } from 'pdf-lib';
import type { MinutesDocument } from '../document';
import type { PdfFonts } from '../fonts';
import { deflate, pageContent, type PageFont } from './content';
import { glyphEncoder } from './encoding';
import { facesFor, metricsFor, type Faces } from './metrics';
import { layoutDocument } from './layout';
import { oneLine } from './text';
import type { Face, PdfLayout } from './types';

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

/** Adds the pages, each with its content stream written and deflated here. */
async function addPages(
  pdf: PDFDocument,
  layout: PdfLayout,
  fonts: Record<Face, PDFFont>,
  faces: Faces,
) {
  const encoders = {
    regular: glyphEncoder(fonts.regular, faces.regular),
    bold: glyphEncoder(fonts.bold, faces.bold),
  };
  const utf8 = new TextEncoder();
  const pages = layout.pages.map((laid) => {
    const page = pdf.addPage([laid.width, laid.height]);
    const font = (face: Face): PageFont => ({
      key: page.node.newFontDictionary(fonts[face].name, fonts[face].ref).toString(),
      encode: encoders[face].encode,
      rtl: encoders[face].rtl,
    });
    const content = pageContent(laid, { regular: font('regular'), bold: font('bold') });
    return { page, content: utf8.encode(content) };
  });
  const deflated = await Promise.all(pages.map((p) => deflate(p.content)));
  pages.forEach(({ page }, i) => {
    const stream = pdf.context.stream(deflated[i] as Uint8Array, { Filter: 'FlateDecode' });
    page.node.addContentStream(pdf.context.register(stream));
  });
}

/**
 * Renders the minutes as an A4 PDF with DejaVu Sans embedded (subsetted), selectable text
 * and the document's title, author and subject. Deterministic: the same document and fonts
 * give the same bytes. Characters the font lacks are listed in `missingCharacters`.
 */
export async function renderPdf(document: MinutesDocument, fonts: PdfFonts): Promise<PdfRendering> {
  const faces = facesFor(fonts);
  const layout = layoutDocument(document, faces);
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(sharedFontkit);
  const embedded = {
    regular: await pdf.embedFont(fonts.regular, { subset: true, customName: 'MBAAAA+DejaVuSans' }),
    bold: await pdf.embedFont(fonts.bold, { subset: true, customName: 'MBAAAB+DejaVuSans-Bold' }),
  };
  await addPages(pdf, layout, embedded, faces);
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
