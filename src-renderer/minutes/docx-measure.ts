import type { Face } from './pdf/types';

/**
 * Widths of text as Word sets it in Arial, for the table columns of the DOCX (pdf/columns.ts):
 * the DOCX writer has no font file, and Arial's widths are public metrics (Liberation Sans has
 * the same advances, and it is what LibreOffice sets Arial in). Printable ASCII is exact, in
 * thousandths of an em; an accented Latin letter is measured as its base letter; any other
 * letter errs wide (Greek and Cyrillic average about 0.6–0.7 em), and a wide East Asian
 * character or an emoji counts a full em. A word is then allowed a little more, as Word's
 * own layout may round differently.
 */

const ascii: Record<Face, readonly number[]> = {
  regular: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  bold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};

const wide =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/u;

/** Advance of one character in thousandths of an em. */
function advance(char: string, face: Face): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 32 && code < 127) return ascii[face][code - 32] ?? 600;
  if (/\p{M}/u.test(char)) return 0;
  const base = char.normalize('NFD').codePointAt(0) ?? 0;
  if (base >= 32 && base < 127) return ascii[face][base - 32] ?? 600;
  if (wide.test(char)) return 1000;
  return face === 'bold' ? 740 : 700;
}

/** Width of `text` in Arial at `halfPoints` (Word's run size), in twentieths of a point. */
export function arialWidth(text: string, face: Face, halfPoints: number): number {
  let units = 0;
  for (const char of text) units += advance(char, face);
  // Thousandths of an em at size/2 points, in twips, with 4 % to spare.
  return (units / 1000) * (halfPoints / 2) * 20 * 1.04;
}
