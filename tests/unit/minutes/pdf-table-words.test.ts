import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src-renderer/minutes';
import { closestColumns, fitColumns } from '../../../src-renderer/minutes/pdf/columns';
import { layoutDocument } from '../../../src-renderer/minutes/pdf/layout';
import { facesFor } from '../../../src-renderer/minutes/pdf/metrics';
import { margin, page } from '../../../src-renderer/minutes/pdf/style';
import type { LaidOutPage, RectOp, TextOp } from '../../../src-renderer/minutes/pdf/types';
import { sampleDocument } from './pdf-sample';
import { referenceTables, tableWords as words } from './reference-tables';
import { pdfToText, testFonts } from './pdf-support';

const fonts = await testFonts();
const faces = facesFor(fonts);
const texts = (p: LaidOutPage) => p.body.filter((op): op is TextOp => op.kind === 'text');
const rects = (p: LaidOutPage) => p.body.filter((op): op is RectOp => op.kind === 'rect');

describe('table cells break only between words', () => {
  const doc = sampleDocument({ blocks: referenceTables });

  it('sets each reference and name whole on one line of its cell', () => {
    const { pages } = layoutDocument(doc, faces);
    const lines = pages.flatMap(texts).map((op) => op.text);
    for (const word of words) {
      expect(
        lines.some((line) => line.split(/[ \u00a0]/).includes(word)),
        word,
      ).toBe(true);
    }
    // No line of a cell holds a piece of one of them (its start or its end).
    const inCell = (laid: LaidOutPage, op: TextOp) =>
      op.face === 'regular' && rects(laid).some((r) => op.y > r.y && op.y < r.y + r.height);
    const cells = pages.flatMap((laid) => texts(laid).filter((op) => inCell(laid, op)));
    for (const line of cells.map((op) => op.text)) {
      for (const piece of line.split(/[ \u00a0]/).filter((p) => p.length > 1)) {
        const broken = words.find((w) => w !== piece && (w.startsWith(piece) || w.endsWith(piece)));
        expect(broken, `"${piece}" in "${line}"`).toBeUndefined();
      }
    }
  });

  it('keeps every cell within its column', () => {
    const { pages } = layoutDocument(doc, faces);
    for (const laid of pages) {
      for (const op of texts(laid)) {
        const cell = rects(laid).find(
          (r) => op.x >= r.x && op.x < r.x + r.width && op.y > r.y && op.y < r.y + r.height,
        );
        if (cell === undefined) continue;
        expect(op.x + op.width, op.text).toBeLessThanOrEqual(cell.x + cell.width + 0.01);
      }
      for (const op of texts(laid)) {
        expect(op.x + op.width).toBeLessThanOrEqual(page.width - margin.right + 0.01);
      }
    }
  });

  it('reads each word back whole from the PDF', async () => {
    const { bytes } = await renderPdf(doc, fonts);
    const text = pdfToText(bytes);
    for (const word of words) expect(text).toContain(word);
    expect(text).not.toMatch(/Παπαδόπουλ\s/u);
    expect(text).not.toMatch(/TCMP-2025-0\s/u);
  });
});

describe('fitColumns', () => {
  it('leaves columns whose words fit as they are', () => {
    expect(fitColumns([100, 300], [60, 90])).toEqual([100, 300]);
  });

  it('takes the width a column lacks from the columns with the most slack first', () => {
    // The second column lacks 20; the fourth has 200 to spare and the third 50: all from the fourth.
    expect(fitColumns([100, 50, 150, 300], [80, 70, 100, 100])).toEqual([100, 70, 150, 280]);
    // A larger shortfall levels the slack of the two widest down together (to 25 each).
    expect(fitColumns([100, 50, 150, 300], [80, 250, 100, 100])).toEqual([100, 250, 125, 125]);
  });

  it('says when no widths fit, and then comes as close as it can', () => {
    expect(fitColumns([100, 100], [150, 100])).toBeNull();
    expect(closestColumns([100, 100], [150, 100])).toEqual([100, 100]);
    // The first can never fit: it keeps its share; the third is fitted from the second's slack.
    expect(closestColumns([100, 100, 100], [400, 50, 140])).toEqual([100, 60, 140]);
  });
});
