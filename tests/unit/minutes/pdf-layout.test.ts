import { describe, expect, it } from 'vitest';
import type { DocBlock, MinutesDocument } from '../../../src-renderer/minutes';
import { layoutDocument } from '../../../src-renderer/minutes/pdf/layout';
import { facesFor } from '../../../src-renderer/minutes/pdf/metrics';
import { margin, page } from '../../../src-renderer/minutes/pdf/style';
import type { LaidOutPage, TextOp } from '../../../src-renderer/minutes/pdf/types';
import { sampleDocument } from './pdf-sample';
import { testFonts } from './pdf-support';

const faces = facesFor(await testFonts());
const texts = (p: LaidOutPage) => p.body.filter((op): op is TextOp => op.kind === 'text');
const words = 'The Panel discussed the proposals outlined in the consultation and their impact.';

/** Minutes whose first item's text is `lines` sentences long, pushing later headings down. */
function pushed(sentences: number): MinutesDocument {
  const blocks: DocBlock[] = [
    { kind: 'heading', level: 1, number: '1', text: 'Opening item' },
    { kind: 'paragraph', text: Array.from({ length: sentences }, () => words).join(' ') },
  ];
  for (let n = 2; n < 12; n++) {
    blocks.push(
      { kind: 'heading', level: 1, number: String(n), text: `Heading number ${n}` },
      { kind: 'paragraph', text: `${words} ${words} ${words}` },
    );
  }
  return sampleDocument({ blocks });
}

describe('PDF layout', () => {
  it('never leaves a heading at the foot of a page', () => {
    let moved = 0;
    for (let sentences = 1; sentences <= 60; sentences += 1) {
      const { pages } = layoutDocument(pushed(sentences), faces);
      pages.forEach((laid, i) => {
        for (const head of texts(laid).filter((op) => op.text.startsWith('Heading number'))) {
          // Something of the item's own text stands below its heading on the same page.
          const below = texts(laid).filter((op) => op.y > head.y && op.face === 'regular');
          expect(below.length, `page ${i + 1}, ${head.text}`).toBeGreaterThanOrEqual(2);
        }
        const last = texts(laid).at(-1);
        if (last !== undefined && page.height - margin.bottom - last.y > 40) moved += 1;
      });
    }
    // The sweep did make headings move to the next page, leaving space at a page foot.
    expect(moved).toBeGreaterThan(0);
  });

  it('continues a long table on the next pages under its repeated header row', () => {
    const { pages } = layoutDocument(sampleDocument(), faces);
    const withRows = pages.filter((laid) =>
      texts(laid).some((op) => /^SECP30\/\d\d$/.test(op.text)),
    );
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const laid of withRows) {
      const header = texts(laid).find((op) => op.text === 'Reference' && op.face === 'bold');
      const firstRow = texts(laid).find((op) => /^SECP30\/\d\d$/.test(op.text));
      expect(header).toBeDefined();
      expect((header as TextOp).y).toBeLessThan((firstRow as TextOp).y);
    }
    // Every row is there once, in order.
    const refs = withRows.flatMap((laid) =>
      texts(laid).filter((op) => /^SECP30\/\d\d$/.test(op.text)),
    );
    expect(refs.map((op) => op.text)).toEqual(
      Array.from({ length: 40 }, (_, i) => `SECP30/${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('keeps all text within the margins, breaking a word longer than a line', () => {
    const url = `https://example.org/${'very-long-path-segment/'.repeat(20)}end`;
    const doc = sampleDocument();
    doc.blocks.push(
      { kind: 'paragraph', text: `See ${url} for details.` },
      {
        kind: 'table',
        caption: 'Links',
        columns: [
          { title: 'Link', width: 0.3 },
          { title: 'Note', width: 0.7 },
        ],
        rows: [[url, url]],
      },
      {
        kind: 'action',
        reference: 'SECP30/99',
        owner: 'SECAS',
        text: `SECAS to read ${url}`,
        label: 'ACTION SECP30/99:',
        labelAfter: false,
      },
    );
    const { pages } = layoutDocument(doc, faces);
    for (const laid of pages) {
      for (const op of texts(laid)) {
        expect(op.x).toBeGreaterThanOrEqual(margin.left - 0.01);
        expect(op.x + op.width).toBeLessThanOrEqual(page.width - margin.right + 0.01);
        expect(op.y).toBeGreaterThan(margin.top);
        expect(op.y).toBeLessThanOrEqual(page.height - margin.bottom);
      }
    }
    const all = pages
      .flatMap(texts)
      .map((op) => op.text)
      .join('');
    expect(all.replace(/\s/g, '')).toContain(url);
  });

  it('cuts a table row taller than a page into bordered pieces, losing no line', () => {
    // A very long update in the Actions Outstanding table: numbered sentences, so every one
    // can be found again, in order, on pages that each repeat the header row.
    const update = Array.from({ length: 400 }, (_, i) => `Sentence ${i + 1} of the update.`);
    const doc = sampleDocument({ blocks: [] });
    doc.blocks.push({
      kind: 'table',
      caption: 'Actions Outstanding',
      columns: [
        { title: 'Action Reference', width: 0.25 },
        { title: 'Update', width: 0.75 },
      ],
      rows: [
        ['SECP22/04', update.join(' ')],
        ['SECP22/08', 'Closed.'],
      ],
    });
    const { pages } = layoutDocument(doc, faces);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // The long row starts under the short one, filling the first page, not on a page of its own.
    expect(texts(pages[0] as LaidOutPage).some((op) => op.text.includes('Sentence 1 of'))).toBe(
      true,
    );
    for (const laid of pages) {
      for (const op of laid.body) {
        const bottom = op.kind === 'rect' ? op.y + op.height : op.kind === 'text' ? op.y : op.y2;
        expect(bottom).toBeLessThanOrEqual(page.height - margin.bottom + 0.01);
      }
      expect(texts(laid).some((op) => op.text === 'Update' && op.face === 'bold')).toBe(true);
    }
    const all = pages
      .flatMap(texts)
      .map((op) => op.text)
      .join(' ');
    const found = [...all.matchAll(/Sentence (\d+) of/g)].map((m) => Number(m[1]));
    expect(found).toEqual(update.map((_, i) => i + 1));
    expect(all).toContain('Closed.');
  });

  it('keeps an action panel whole on one page', () => {
    for (let sentences = 30; sentences <= 50; sentences++) {
      const doc = pushed(sentences);
      const long =
        'circulate the revised template to all Parties and publish it on the website. '.repeat(3);
      doc.blocks.splice(2, 0, {
        kind: 'action',
        reference: 'SECP30/01',
        owner: 'SECAS',
        text: long,
        label: 'ACTION SECP30/01:',
        labelAfter: false,
      });
      const { pages } = layoutDocument(doc, faces);
      const holding = pages.filter((laid) =>
        laid.body.some((op) => op.kind === 'text' && op.text.includes('circulate')),
      );
      expect(holding).toHaveLength(1);
    }
  });

  it('puts the classification, DRAFT while draft, and "Page X of Y" on every page', () => {
    const draft = layoutDocument(sampleDocument(), faces);
    const final = layoutDocument(
      sampleDocument({ draft: false, classificationLabel: 'PUBLIC' }),
      faces,
    );
    const strings = (laid: LaidOutPage) =>
      laid.furniture.flatMap((op) => (op.kind === 'text' ? [op.text] : []));
    draft.pages.forEach((laid, i) => {
      expect(strings(laid)).toEqual([
        'CONFIDENTIAL — DRAFT',
        'CONFIDENTIAL — DRAFT',
        `Page ${i + 1} of ${draft.pages.length}`,
      ]);
    });
    for (const laid of final.pages) {
      expect(strings(laid)).toEqual(['PUBLIC', 'PUBLIC', expect.stringMatching(/^Page \d+ of/)]);
    }
  });
});
