import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src-renderer/minutes';
import { sampleDocument, unicodeLines } from './pdf-sample';
import { pdfInfo, pdfToText, savePageImages, testFonts } from './pdf-support';

describe('renderPdf', () => {
  it('writes a PDF whose text comes back exactly, Welsh, Greek and Cyrillic included', async () => {
    const result = await renderPdf(sampleDocument(), await testFonts());
    const text = pdfToText(result.bytes);
    for (const line of unicodeLines) expect(text).toContain(line);
    expect(result.missingCharacters).toEqual([]);
    savePageImages(result.bytes, 'pdf-page');
    expect(Number(pdfInfo(result.bytes).Pages)).toBe(result.pages.length);
  });
});
