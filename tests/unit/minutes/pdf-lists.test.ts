import { describe, expect, it } from 'vitest';
import type { DocBlock, MinutesDocument } from '../../../src-renderer/minutes';
import { layoutDocument } from '../../../src-renderer/minutes/pdf/layout';
import { facesFor } from '../../../src-renderer/minutes/pdf/metrics';
import type { TextOp } from '../../../src-renderer/minutes/pdf/types';
import { sampleDocument } from './pdf-sample';
import { testFonts } from './pdf-support';

const faces = facesFor(await testFonts());

/** One-line paragraphs to push the list down the page, then the list, then a closing line. */
function pushed(fillers: number, list: DocBlock): MinutesDocument {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 1, number: '1', text: 'Opening item' }];
  for (let n = 0; n < fillers; n++) blocks.push({ kind: 'paragraph', text: `Filler line ${n}.` });
  blocks.push(list, { kind: 'paragraph', text: 'Closing line.' });
  return sampleDocument({ blocks });
}

/** The page of each of the list's lines, found by its text, in order. */
function listPages(doc: MinutesDocument, pattern: RegExp): number[] {
  const { pages } = layoutDocument(doc, faces);
  return pages.flatMap((laid, i) =>
    laid.body
      .filter((op): op is TextOp => op.kind === 'text' && pattern.test(op.text))
      .map(() => i),
  );
}

const bullets: DocBlock = {
  kind: 'bullets',
  items: ['Bullet A.', 'Bullet B.', 'Bullet C.', 'Bullet D.'],
};
const decisions: DocBlock = {
  kind: 'decisions',
  lead: 'The Panel:',
  lines: [
    'APPROVED decision A;',
    'NOTED decision B;',
    'AGREED decision C;',
    'NOTED decision D;',
    'AGREED decision E.',
  ],
};

/** The pages of the list's lines for each of 41 amounts of text above it. */
function sweep(list: DocBlock, lines: RegExp): number[][] {
  return Array.from({ length: 41 }, (_, i) => listPages(pushed(20 + i, list), lines));
}

const cases = [
  ['bullets', bullets, /^Bullet [A-D]\.$/, bullets.items.length],
  ['decisions', decisions, /^(The Panel:|[A-Z]+ decision [A-E][;.])$/, 6],
] as const;

describe('a list across a page break', () => {
  it.each(cases)(
    'starts %s with two lines together, never one at a page foot',
    (_, list, lines, n) => {
      const layouts = sweep(list, lines);
      layouts.forEach((at, i) => {
        expect(at).toHaveLength(n);
        expect(at[0], `${20 + i} fillers`).toBe(at[1]);
      });
      // The sweep did put a page break inside the list.
      expect(layouts.some((at) => new Set(at).size > 1)).toBe(true);
    },
  );

  it.each(cases)('ends %s with two lines together, never one at a page head', (_, list, lines) => {
    sweep(list, lines).forEach((at, i) => {
      expect(at.at(-1), `${20 + i} fillers`).toBe(at.at(-2));
    });
  });
});
