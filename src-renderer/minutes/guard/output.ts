import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { SaxesParser } from 'saxes';
import type { LaidOutPage } from '../pdf/types';

/**
 * The text a written document actually carries, read back for the leak guard: from a DOCX,
 * every XML part of the package (body, headers, footers, tables, properties, anything the
 * writer library adds); from a PDF, every string drawn on its pages and the document
 * information it stores. Each piece is a unit; the guard's window runs on across units and
 * stops only where a unit starts a new stretch (a heading, another part, page furniture), so
 * that wording cut over two paragraphs or table cells is still seen whole.
 */
export interface OutputUnit {
  text: string;
  /** Where it was read, for messages: "word/document.xml", "page 2", "PDF properties". */
  part: string;
  /** True when the window does not run on from the unit before (a heading, a new part). */
  breakBefore: boolean;
}

/** The units of one XML part: each Word paragraph, or each other element's own text. */
function xmlUnits(part: string, xml: string): OutputUnit[] {
  const units: OutputUnit[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let text = '';
  let heading = false;
  let inParagraph = 0;
  // Each part starts a stretch, and so does a heading, the paragraph after it, and the text
  // of any element other than a Word paragraph (a document property, say).
  let previousHeading = true;
  const flush = (apart = false) => {
    if (text.trim() !== '') {
      units.push({ text, part, breakBefore: apart || heading || previousHeading });
      previousHeading = heading || apart;
    }
    text = '';
    heading = false;
  };
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:p') {
      if (inParagraph === 0) flush();
      inParagraph += 1;
    } else if (tag.name === 'w:pStyle') {
      const style = tag.attributes['w:val'];
      if (typeof style === 'string' && /^(Heading|Title|Subtitle)/.test(style)) heading = true;
    } else if (tag.name === 'w:tab' || tag.name === 'w:br' || tag.name === 'w:cr') {
      text += ' ';
    } else if (tag.name === 'w:noBreakHyphen') {
      text += '-';
    } else if (inParagraph === 0) {
      flush(true);
    }
  });
  parser.on('text', (value) => {
    text += value;
  });
  parser.on('cdata', (value) => {
    text += value;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:p') {
      inParagraph -= 1;
      if (inParagraph === 0) flush();
    } else if (inParagraph === 0) {
      flush(true);
    }
  });
  parser.write(xml).close();
  flush(true);
  return units;
}

/** Every unit of text in a DOCX package, part by part in the package's order. */
export async function docxUnits(bytes: Uint8Array): Promise<OutputUnit[]> {
  const zip = await JSZip.loadAsync(bytes);
  const units: OutputUnit[] = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
    units.push(...xmlUnits(entry.name, await entry.async('string')));
  }
  return units;
}

/** Every string drawn on the laid-out pages, in drawing order, and the PDF's stored properties. */
export async function pdfUnits(
  pages: readonly LaidOutPage[],
  bytes: Uint8Array,
): Promise<OutputUnit[]> {
  const units: OutputUnit[] = [];
  let heading = false;
  pages.forEach((page, i) => {
    const part = `page ${String(i + 1)}`;
    for (const op of page.body) {
      if (op.kind !== 'text') continue;
      const isHeading = op.heading === true;
      units.push({ text: op.text, part, breakBefore: isHeading !== heading });
      heading = isHeading;
    }
    for (const op of page.furniture) {
      if (op.kind === 'text') units.push({ text: op.text, part, breakBefore: true });
    }
  });
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const properties = [
    pdf.getTitle(),
    pdf.getAuthor(),
    pdf.getSubject(),
    pdf.getKeywords(),
    pdf.getCreator(),
    pdf.getProducer(),
  ];
  for (const text of properties) {
    if (text !== undefined) units.push({ text, part: 'the PDF properties', breakBefore: true });
  }
  return units;
}
