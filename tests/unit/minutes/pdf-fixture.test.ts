import { describe, expect, it } from 'vitest';
import { buildMinutes, renderPdf, type DocBlock } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';
import { pdfInfo, pdfToText, savePageImages, testFonts } from './pdf-support';

const fonts = await testFonts();
const archive = loadFixture();
const { meeting } = meetingOf(archive);
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every decision line and action sentence of a document, as printed. */
function decisionsAndActions(blocks: readonly DocBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'decisions')
      return block.lead === null ? [block.lines.join(' ')] : block.lines;
    if (block.kind === 'action') return [`ACTION ${block.reference}: ${block.text}`];
    return [];
  });
}

// pdftotext, pdfinfo and pdftoppm run as processes, slow on a busy machine.
describe('the reference meeting as PDF', { timeout: 60_000 }, () => {
  it('confidential: every decision and action of the minutes, pages saved to look at', async () => {
    const document = buildMinutes(archive, meeting.id, 'confidential');
    const result = await renderPdf(document, fonts);
    const text = squeeze(pdfToText(result.bytes));
    const expected = decisionsAndActions(document.blocks);
    const refs = expected.filter((line) => line.startsWith('ACTION ')).map((l) => l.slice(7, 16));
    for (let n = 1; n <= 8; n++) expect(refs).toContain(`SECP30/0${String(n)}`);
    for (const line of expected) expect(text).toContain(squeeze(line));
    expect(text).toContain('CANARY-');
    expect(result.missingCharacters).toEqual([]);
    savePageImages(result.bytes, 'pdf-page');
  });

  it('public: no confidential marker in the text, headers, footers or metadata', async () => {
    const document = buildMinutes(archive, meeting.id, 'public');
    const result = await renderPdf(document, fonts);
    const text = pdfToText(result.bytes);
    expect(text).not.toContain('CANARY-');
    expect(text).toContain('PUBLIC');
    const info = pdfInfo(result.bytes);
    expect(info.Title).toBe(document.metadata.title);
    expect(JSON.stringify(info)).not.toContain('CANARY-');
    // The same minutes give the same bytes.
    const again = await renderPdf(buildMinutes(archive, meeting.id, 'public'), fonts);
    expect(Buffer.from(again.bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });
});
