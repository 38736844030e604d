import type { Font, Glyph } from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';

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

/**
 * Returns a function giving the glyph codes (hex) of a text in `font`, glyph by glyph from
 * the font's character map, with each glyph added to the font's subset. pdf-lib's own
 * encodeText runs fontkit's full layout on every call (about 0.3 ms a line), which would make
 * the PDF miss its time budget. Latin, Greek and Cyrillic need no shaping; the text is NFC, so
 * accented letters map to precomposed glyphs; and skipping ligatures keeps every character
 * its own glyph, so text extraction gives back exactly what was typed. The measured widths
 * (metrics.ts) are the sums of the same glyphs' advances. If the embedder is not the shape
 * this was written against, pdf-lib's own encoding is used (`direct` false).
 */
export function glyphEncoder(font: PDFFont): { encode: (text: string) => string; direct: boolean } {
  const embedder = (font as unknown as { embedder: unknown }).embedder;
  if (!isSubsetEmbedder(embedder)) {
    return { encode: (text) => font.encodeText(text).asString(), direct: false };
  }
  const codes = new Map<number, string>();
  const encode = (text: string) => {
    let hex = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let code = codes.get(codePoint);
      if (code === undefined) {
        const glyph = embedder.font.glyphForCodePoint(codePoint);
        const id = embedder.subset.includeGlyph(glyph);
        embedder.glyphs[id - 1] = glyph;
        embedder.glyphIdMap.set(glyph.id, id);
        embedder.glyphCache.invalidate();
        code = id.toString(16).padStart(4, '0');
        codes.set(codePoint, code);
      }
      hex += code;
    }
    return hex;
  };
  return { encode, direct: true };
}
