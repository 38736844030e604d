import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PdfFonts } from '../fonts';
import type { Face } from './types';

/**
 * Text widths for one face, cached per code point and per word. fontkit's layout (and so
 * pdf-lib's widthOfTextAtSize) shapes the whole string on every call, which is far too slow
 * to wrap a meeting's minutes word by word; the PDF is drawn glyph by glyph from the
 * character map without kerning (see encoding.ts), so the sum of advance widths is exactly
 * the drawn width.
 */
export class FaceMetrics {
  /** Advance widths in thousandths of an em. */
  private readonly advances = new Map<number, number>();
  private readonly words = new Map<string, number>();
  private readonly scale: number;

  constructor(readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
  }

  /** Ascender above the baseline, in thousandths of an em. */
  get ascent(): number {
    return this.font.ascent * this.scale;
  }

  private readonly covered = new Map<number, boolean>();

  /** Whether the face has a glyph for the character (a cmap lookup, cached). */
  has(codePoint: number): boolean {
    let has = this.covered.get(codePoint);
    if (has === undefined) {
      has = this.font.hasGlyphForCodePoint(codePoint);
      this.covered.set(codePoint, has);
    }
    return has;
  }

  private advance(codePoint: number): number {
    let width = this.advances.get(codePoint);
    if (width === undefined) {
      width = this.font.glyphForCodePoint(codePoint).advanceWidth * this.scale;
      this.advances.set(codePoint, width);
    }
    return width;
  }

  /** Width of `text` at `size` points. */
  width(text: string, size: number): number {
    let units = this.words.get(text);
    if (units === undefined) {
      units = 0;
      for (const char of text) units += this.advance(char.codePointAt(0) ?? 0);
      // The cache outlives one document; bound it so a long session cannot grow it forever.
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(text, units);
    }
    return (units * size) / 1000;
  }
}

export type Faces = Record<Face, FaceMetrics>;

/**
 * Parsed fonts, kept per font file so that repeated exports parse each face once. The PDF
 * writer hands the same parsed font to pdf-lib (see render.ts), so measuring and drawing
 * use one glyph table.
 */
const parsed = new WeakMap<Uint8Array, FaceMetrics>();

export function metricsFor(bytes: Uint8Array): FaceMetrics {
  let metrics = parsed.get(bytes);
  if (metrics === undefined) {
    metrics = new FaceMetrics(fontkit.create(bytes));
    parsed.set(bytes, metrics);
  }
  return metrics;
}

export function facesFor(fonts: PdfFonts): Faces {
  return { regular: metricsFor(fonts.regular), bold: metricsFor(fonts.bold) };
}
