import type { Font, Glyph, GlyphPosition } from '@pdf-lib/fontkit';
import { bidi } from './bidi';

/**
 * Right-to-left text shaped by fontkit: Arabic letters in their joining forms (init, medi,
 * fina, isol), lam-alef and the other required ligatures (rlig), marks placed (mark, mkmk),
 * all from the font's own OpenType tables through fontkit's Arabic shaper, so there are no
 * joining tables of our own. The glyphs come out in visual order, left to right, as drawn.
 */
export interface ShapedRun {
  glyphs: Glyph[];
  positions: GlyphPosition[];
  /** Advance of the whole run, in font units. */
  advance: number;
}

/**
 * fontkit's layout as it is: its types declare only the text and the features, but it also
 * takes the script, the language and the direction.
 */
type Layout = (
  text: string,
  features: Record<string, boolean>,
  script: string | undefined,
  language: string | undefined,
  direction: 'ltr' | 'rtl',
) => { glyphs: Glyph[]; positions: GlyphPosition[] };

/**
 * OpenType tags of the right-to-left scripts fontkit has a shaper or tables for. A character
 * of no script here (a space, a digit, punctuation, a mark) goes with the script before it.
 */
const scriptTags: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Arabic}/u, 'arab'],
  [/\p{Script=Hebrew}/u, 'hebr'],
  [/\p{Script=Nko}/u, 'nko '],
  [/\p{Script=Syriac}/u, 'syrc'],
  [/\p{Script=Thaana}/u, 'thaa'],
];

function scriptOf(char: string): string | undefined {
  for (const [pattern, tag] of scriptTags) if (pattern.test(char)) return tag;
  return undefined;
}

/** The text cut where its script changes: fontkit shapes one script at a time. */
function scriptRuns(text: string): { text: string; script: string | undefined }[] {
  const runs: { text: string; script: string | undefined }[] = [];
  for (const char of text) {
    const script = scriptOf(char);
    const last = runs.at(-1);
    if (last !== undefined && (script === undefined || script === last.script)) last.text += char;
    else if (last !== undefined && last.script === undefined) {
      last.text += char;
      last.script = script;
    } else runs.push({ text: char, script });
  }
  return runs;
}

/**
 * Shapes one word (no spaces), which is all at a right-to-left embedding level: brackets and
 * other mirrored characters are swapped for their mirror images (UBA L4), each script is
 * shaped right to left with its own features, and the glyphs are given in visual order (the
 * last script run of the word leftmost). Kerning is left out, as it is for all other text
 * (metrics.ts): DejaVu Sans kerns no Arabic or Hebrew pair, and fontkit's kern lookups cost
 * three quarters of its layout time.
 */
export function shapeWord(font: Font, word: string): ShapedRun {
  const layout = font.layout.bind(font) as unknown as Layout;
  const glyphs: Glyph[] = [];
  const positions: GlyphPosition[] = [];
  for (const run of scriptRuns(word).reverse()) {
    let mirrored = '';
    for (const char of run.text) mirrored += bidi.getMirroredCharacter(char) ?? char;
    const laid = laidOut(font, layout, mirrored, run.script);
    laid.glyphs.forEach((glyph, i) => {
      const at = laid.positions[i] ?? { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };
      if (glyph.id !== 0) {
        glyphs.push(glyph);
        positions.push(at);
        return;
      }
      // A character the font lacks is drawn as U+FFFD, as in left-to-right text (encoding.ts).
      const stand = font.glyphForCodePoint(0xfffd);
      glyphs.push(stand);
      positions.push({ ...at, xAdvance: stand.advanceWidth });
    });
  }
  const advance = positions.reduce((sum, p) => sum + p.xAdvance, 0);
  return { glyphs, positions, advance };
}

/**
 * fontkit's layout of one script run, right to left. A run of no script shaped by name goes to
 * the default shaper ('DFLT'): left to choose, fontkit would pick its Indic or universal shaper
 * for the letters around (Tifinagh, Bengali …), which need a generator runtime the bundle does
 * not have. Should layout fail all the same, the run is drawn unshaped, glyph by glyph in
 * visual order, rather than the export failing.
 */
function laidOut(font: Font, layout: Layout, text: string, script: string | undefined) {
  try {
    // A fresh object each time: fontkit writes the features it applied into it.
    return layout(text, { kern: false }, script ?? 'DFLT', undefined, 'rtl');
  } catch {
    const glyphs = Array.from(text, (c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0)).reverse();
    const positions = glyphs.map((g) => ({
      xAdvance: g.advanceWidth,
      yAdvance: 0,
      xOffset: 0,
      yOffset: 0,
    }));
    return { glyphs, positions };
  }
}

/**
 * Right-to-left text shaped word by word (`word` gives each word's run, cached by the
 * caller), the words set right to left with a space between them. No letter joins across a
 * space, so this is the run as a whole would shape; and a line is drawn exactly as wide as
 * the sum its words were measured at when it was wrapped.
 */
export function shapeRtl(font: Font, text: string, word: (w: string) => ShapedRun): ShapedRun {
  if (!text.includes(' ')) return word(text);
  const space = font.glyphForCodePoint(0x20);
  const glyphs: Glyph[] = [];
  const positions: GlyphPosition[] = [];
  let advance = 0;
  const words = text.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    const part = words[i] ?? '';
    if (part !== '') {
      const run = word(part);
      glyphs.push(...run.glyphs);
      positions.push(...run.positions);
      advance += run.advance;
    }
    if (i > 0) {
      glyphs.push(space);
      positions.push({ xAdvance: space.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
      advance += space.advanceWidth;
    }
  }
  return { glyphs, positions, advance };
}
