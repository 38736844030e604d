import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src-renderer/minutes';
import { glyphEncoder } from '../../../src-renderer/minutes/pdf/encoding';
import { sampleDocument, unicodeLines } from './pdf-sample';
import { pdfInfo, pdfToText, savePageImages, testFonts } from './pdf-support';

const fonts = await testFonts();

// pdftotext, pdfinfo and pdftoppm run as processes, slow on a busy machine.
describe('renderPdf', { timeout: 30_000 }, () => {
  it('writes selectable text that comes back exactly, Welsh, Greek and Cyrillic included', async () => {
    const result = await renderPdf(sampleDocument(), fonts);
    const text = pdfToText(result.bytes);
    for (const line of unicodeLines) expect(text).toContain(line);
    expect(text).toContain('ACTION SECP30/05: SECAS to look into making the Full User Privacy');
    expect(text).toContain('Post Meeting Note: Following the meeting');
    expect(text).toContain('NOTED the contents of the paper; and');
    expect(text).toContain('•');
    expect(result.missingCharacters).toEqual([]);
    savePageImages(result.bytes, 'pdf-sample-page');
  });

  it('prints the classification on every page, DRAFT while draft, and "Page X of Y"', async () => {
    const result = await renderPdf(sampleDocument(), fonts);
    const pages = pdfToText(result.bytes)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(result.pages.length);
    pages.forEach((text, i) => {
      // The running head and foot: "CONFIDENTIAL — DRAFT" at the top and the foot.
      expect(text.match(/CONFIDENTIAL — DRAFT/g)).toHaveLength(2);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    const approved = await renderPdf(sampleDocument({ draft: false }), fonts);
    expect(pdfToText(approved.bytes)).not.toContain('DRAFT');
  });

  it('sets the metadata from the document and fixed dates', async () => {
    const result = await renderPdf(sampleDocument(), fonts);
    const info = pdfInfo(result.bytes);
    expect(info.Title).toBe('SEC Panel meeting 30 minutes');
    expect(info.Author).toBe('SECAS');
    expect(info.Subject).toBe('Minutes of SEC Panel meeting 30, 11 March 2016');
    expect(info.Creator).toBe('Minutebook');
    expect(info.Producer).toBe('Minutebook');
    expect(info.CreationDate).toMatch(/^2000-01-01T00:00:00/);
    expect(info.ModDate).toMatch(/^2000-01-01T00:00:00/);
    expect(info['Page size']).toContain('595.28 x 841.89');
  });

  it('gives the same bytes for the same minutes, whichever copy of the fonts it is given', async () => {
    const first = await renderPdf(sampleDocument(), fonts);
    const copies = { regular: fonts.regular.slice(), bold: fonts.bold.slice() };
    const second = await renderPdf(sampleDocument(), copies);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const other = await renderPdf(sampleDocument({ draft: false }), fonts);
    expect(Buffer.from(other.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('reports characters the font lacks instead of dropping them silently', async () => {
    const doc = sampleDocument();
    doc.blocks.push({ kind: 'paragraph', text: 'Chinese 中文 and Greek Ω.' });
    doc.header.title = 'Meeting 30 — 会议';
    const result = await renderPdf(doc, fonts);
    expect(result.missingCharacters).toEqual(['会', '议', '中', '文']);
    expect(pdfToText(result.bytes)).toContain('Greek Ω.');
  });

  it('draws a character the font lacks as U+FFFD, as wide as it was measured, so a long word of them stays on the page', async () => {
    const doc = sampleDocument();
    // One word with no space to break at: it is broken between characters to fit the line.
    const word = 'ab中\u{47B20}'.repeat(150);
    doc.blocks.push({ kind: 'paragraph', text: `${word} end` });
    const result = await renderPdf(doc, fonts);
    expect(result.missingCharacters).toEqual(['中', '\u{47B20}']);
    // Each reads back as U+FFFD, and none runs past the right edge (pdftotext keeps only what
    // is on the page).
    const text = pdfToText(result.bytes).replace(/\s+/gu, '');
    expect(text).toContain(`${'ab\uFFFD\uFFFD'.repeat(150)}end`);
  });

  it('writes typed text cleaned for the PDF: NFC, no control or non-characters', async () => {
    const doc = sampleDocument();
    doc.blocks.push({
      kind: 'paragraph',
      text: 'Combining w\u0302 and y\u0302; bad\uFFFE\u0007 chars\u0000 gone.',
    });
    const result = await renderPdf(doc, fonts);
    const text = pdfToText(result.bytes);
    expect(text).toContain('Combining ŵ and ŷ; bad chars gone.');
    expect(result.missingCharacters).toEqual([]);
  });

  it('draws with the fast glyph encoding of the pdf-lib version installed', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit((await import('@pdf-lib/fontkit')).default);
    const font = await pdf.embedFont(fonts.regular, { subset: true });
    expect(glyphEncoder(font).direct).toBe(true);
  });
});
