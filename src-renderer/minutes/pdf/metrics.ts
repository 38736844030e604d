import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PdfFonts } from '../fonts';
import { bidi, mayBeRtl } from './bidi';
import { shapeRtl, shapeWord, type ShapedRun } from './shape';
import type { Face } from './types';

/**
 * Text widths for one face, cached per code point and per word. fontkit's layout (and so
 * pdf-lib's widthOfTextAtSize) shapes the whole string on every call, which is far too slow
 * to wrap a meeting's minutes word by word; the PDF is drawn glyph by glyph from the
 * character map without kerning (see encoding.ts), so the sum of advance widths is exactly
 * the drawn width. Right-to-left text is the exception: it is shaped (shape.ts), and measured
 * by the advances of the shaped glyphs, as drawn.
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
      // As drawn: a character the font lacks as U+FFFD (encoding.ts, drawnGlyph).
      const drawn = this.has(codePoint) ? codePoint : 0xfffd;
      width = this.font.glyphForCodePoint(drawn).advanceWidth * this.scale;
      this.advances.set(codePoint, width);
    }
    return width;
  }

  /** Shaped right-to-left words: fontkit's layout takes about 0.1 ms a word, once warm. */
  private readonly shapedWords = new Map<string, ShapedRun>();

  private shapedWord = (word: string): ShapedRun => {
    let run = this.shapedWords.get(word);
    if (run === undefined) {
      run = shapeWord(this.font, word);
      if (this.shapedWords.size > 20_000) this.shapedWords.clear();
      this.shapedWords.set(word, run);
    }
    return run;
  };

  /** `text`, all at a right-to-left level, shaped as it is drawn (shape.ts). */
  shaped(text: string): ShapedRun {
    return shapeRtl(this.font, text, this.shapedWord);
  }

  /** Advance of `text`, all at a right-to-left level, shaped (as `shaped` sets it), in font units. */
  private rtlAdvance(text: string): number {
    let units = 0;
    for (const word of text.split(' ')) if (word !== '') units += this.shapedWord(word).advance;
    const spaces = text.length - text.replaceAll(' ', '').length;
    return units + spaces * this.font.glyphForCodePoint(0x20).advanceWidth;
  }

  /** Width of `text`, all at a right-to-left level, shaped, at `size` points. */
  rtlWidth(text: string, size: number): number {
    return (this.rtlAdvance(text) * this.scale * size) / 1000;
  }

  /**
   * Width of `text` at `size` points. A word with right-to-left letters is measured as it will
   * be drawn: its left-to-right letters (class L) glyph by glyph, the rest shaped.
   */
  width(text: string, size: number): number {
    let units = this.words.get(text);
    if (units === undefined) {
      if (mayBeRtl(text)) units = this.mixedUnits(text);
      else {
        units = 0;
        for (const char of text) units += this.advance(char.codePointAt(0) ?? 0);
      }
      // The cache outlives one document; bound it so a long session cannot grow it forever.
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(text, units);
    }
    return (units * size) / 1000;
  }

  private mixedUnits(text: string): number {
    let units = 0;
    let rest = '';
    const shaped = () => {
      if (rest !== '') units += this.rtlAdvance(rest) * this.scale;
      rest = '';
    };
    for (const char of text) {
      if (bidi.getBidiCharTypeName(char) !== 'L') rest += char;
      else {
        shaped();
        units += this.advance(char.codePointAt(0) ?? 0);
      }
    }
    shaped();
    return units;
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
