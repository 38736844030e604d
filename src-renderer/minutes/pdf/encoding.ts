import type { Font, Glyph } from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';
import { bidi } from './bidi';
import { FaceMetrics } from './metrics';
import type { ShapedRun } from './shape';

/**
 * The parts of pdf-lib 1.17's CustomFontSubsetEmbedder that its own encodeText uses.
 * pdf-lib keeps the embedder private, so its shape is checked before it is relied on.
 */
interface SubsetEmbedder {
  font: Font;
  subset: { includeGlyph(glyph: Glyph): number };
  glyphs: Glyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

function isSubsetEmbedder(value: unknown): value is SubsetEmbedder {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const subset = e.subset as Record<string, unknown> | undefined;
  const cache = e.glyphCache as Record<string, unknown> | undefined;
  return (
    typeof e.font === 'object' &&
    typeof subset?.includeGlyph === 'function' &&
    Array.isArray(e.glyphs) &&
    e.glyphIdMap instanceof Map &&
    typeof cache?.invalidate === 'function'
  );
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The glyph, carrying the character it is drawn for. fontkit keeps one glyph object per glyph
 * id for the life of the parsed font, which is shared between documents: a glyph first made by
 * shaping (a mark, a form) or for another character of the same shape carries none, or
 * another, and the PDF's text map — what copy, search and pdftotext give back — would lose or
 * change the character. Such a glyph is drawn through a copy that carries the right one.
 */
function carrying(glyph: Glyph, codePoint: number): Glyph {
  if (glyph.codePoints.length === 1 && glyph.codePoints[0] === codePoint) return glyph;
  const copy = Object.create(Object.getPrototypeOf(glyph) as object) as Glyph;
  return Object.assign(copy, glyph, { codePoints: [codePoint] });
}

/**
 * The glyph a character is drawn with, carrying that character. A character the font lacks is
 * drawn as U+FFFD (�), and reads back as U+FFFD: the font's empty glyph would have no width in
 * the PDF but its own in the measures (so a long word of them ran off the page), and no place
 * in the text map (so the character vanished from copy and search). The export warns of such
 * characters by name.
 */
export function drawnGlyph(font: Font, codePoint: number): Glyph {
  const glyph = font.glyphForCodePoint(codePoint);
  return glyph.id === 0
    ? carrying(font.glyphForCodePoint(0xfffd), 0xfffd)
    : carrying(glyph, codePoint);
}

/**
 * The text-showing operators of a shaped right-to-left run: one TJ whose adjustments move each
 * glyph from its own advance to the shaped advance and offset (a mark over its letter), with
 * the text rise (Ts) for a mark moved up or down. `code` gives a glyph's hex code.
 */
export function shapedOperators(
  run: ShapedRun,
  code: (glyph: Glyph) => string,
  unitsPerEm: number,
  size: number,
): string {
  const scale = 1000 / unitsPerEm;
  const out: string[] = [];
  let parts: string[] = [];
  let rise = 0;
  const show = () => {
    if (parts.length > 0) out.push(`[${parts.join('')}] TJ`);
    parts = [];
  };
  const adjust = (units: number) => {
    if (Math.abs(units) >= 0.005) parts.push(` ${num(units)} `);
  };
  run.glyphs.forEach((glyph, i) => {
    const at = run.positions[i] ?? { xAdvance: glyph.advanceWidth, xOffset: 0, yOffset: 0 };
    if (at.yOffset !== rise) {
      show();
      out.push(`${num((at.yOffset * size) / unitsPerEm)} Ts`);
      rise = at.yOffset;
    }
    adjust(-at.xOffset * scale);
    const last = parts.at(-1);
    if (last?.endsWith('>') === true)
      parts[parts.length - 1] = `${last.slice(0, -1)}${code(glyph)}>`;
    else parts.push(`<${code(glyph)}>`);
    adjust((glyph.advanceWidth + at.xOffset - at.xAdvance) * scale);
  });
  show();
  if (rise !== 0) out.push('0 Ts');
  return out.join(' ');
}

/**
 * Returns functions giving the glyph codes (hex) of a text in `font`, with each glyph added to
 * the font's subset: `encode` glyph by glyph from the font's character map, `rtl` the
 * operators that draw right-to-left text shaped (shape.ts, measured alike by `metrics`).
 * pdf-lib's own encodeText runs fontkit's full layout on every call (about 0.3 ms a line),
 * which would make the PDF miss its time budget. Latin, Greek and Cyrillic need no shaping;
 * the text is NFC, so accented letters map to precomposed glyphs; and skipping ligatures
 * keeps every character its own glyph, so text extraction gives back exactly what was typed.
 * The measured widths (metrics.ts) are the sums of the same glyphs' advances. A shaped glyph
 * carries the characters it stands for (a lam-alef ligature both), which the font's ToUnicode
 * map gives back to text extraction. `metrics` should be the measure of the same parsed font
 * (it caches the shaping). If the embedder is not the shape this was written against,
 * pdf-lib's own encoding is used (`direct` false).
 */
export function glyphEncoder(
  font: PDFFont,
  metrics?: FaceMetrics,
): {
  encode: (text: string) => string;
  rtl: (text: string, size: number) => string;
  direct: boolean;
} {
  const embedder = (font as unknown as { embedder: unknown }).embedder;
  if (!isSubsetEmbedder(embedder)) {
    // pdf-lib's layout finds the script itself and, for Arabic or Hebrew, gives visual order.
    const mirrored = (text: string) =>
      text.replace(/./gsu, (char) => bidi.getMirroredCharacter(char) ?? char);
    return {
      encode: (text) => font.encodeText(text).asString(),
      rtl: (text) => `${font.encodeText(mirrored(text)).asString()} Tj`,
      direct: false,
    };
  }
  const include = (glyph: Glyph) => {
    const id = embedder.subset.includeGlyph(glyph);
    // One text-map entry per glyph: a glyph met again with no characters (as shaping may
    // give it) does not wipe out the characters it was first drawn for.
    const prior: Glyph | undefined = embedder.glyphs[id - 1];
    if (prior === undefined || glyph.codePoints.length > 0) embedder.glyphs[id - 1] = glyph;
    embedder.glyphIdMap.set(glyph.id, id);
    embedder.glyphCache.invalidate();
    return id.toString(16).padStart(4, '0');
  };
  const codes = new Map<number, string>();
  const encode = (text: string) => {
    let hex = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let code = codes.get(codePoint);
      if (code === undefined) {
        code = include(drawnGlyph(embedder.font, codePoint));
        codes.set(codePoint, code);
      }
      hex += code;
    }
    return hex;
  };
  const glyphCodes = new Map<number, string>();
  const code = (glyph: Glyph) => {
    let hex = glyphCodes.get(glyph.id);
    if (hex === undefined) {
      hex = include(glyph);
      glyphCodes.set(glyph.id, hex);
    }
    return hex;
  };
  const measure = metrics ?? new FaceMetrics(embedder.font);
  const rtl = (text: string, size: number) =>
    shapedOperators(measure.shaped(text), code, embedder.font.unitsPerEm, size);
  return { encode, rtl, direct: true };
}
