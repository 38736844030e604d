import { bidiLines, mayBeRtl } from './bidi';
import type { Faces } from './metrics';
import type { Face } from './types';

/** A piece of text in one face; a paragraph is a list of them ("ACTION SECP30/01:" bold, …). */
export interface Span {
  text: string;
  face: Face;
}

/** Text of one face and one direction on one line, x from the line's left edge. */
export interface LineRun {
  text: string;
  face: Face;
  x: number;
  width: number;
  /** At a right-to-left level of the bidi algorithm: shaped, and drawn right to left. */
  rtl?: true;
}

/** A line's runs in logical order, each at its visual place. */
export interface WrappedLine {
  runs: LineRun[];
  width: number;
  /** The line's paragraph runs right to left (its first strong character is, UBA P2–P3). */
  rtl: boolean;
}

interface Token {
  text: string;
  face: Face;
  /** A space came before it: the line may break here. */
  spaced: boolean;
  /** A line break was typed before it. */
  newline: boolean;
}

function tokenize(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let spaced = false;
  let newline = false;
  for (const span of spans) {
    for (const part of span.text.split(/( +|\n)/)) {
      if (part === '\n') newline = true;
      else if (part.startsWith(' ')) spaced = true;
      else if (part !== '') {
        tokens.push({ text: part, face: span.face, spaced: spaced || newline, newline });
        spaced = false;
        newline = false;
      }
    }
  }
  return tokens;
}

/**
 * Greedy line breaking at spaces and typed line breaks; a word wider than the line (a long
 * URL) is broken between characters, so no text ever runs past `maxWidth`. Words are measured
 * as drawn (right-to-left words shaped, see metrics.ts). A paragraph with right-to-left text
 * is then put in visual order line by line (bidi.ts); any other is left to right as wrapped.
 */
export function wrap(
  spans: readonly Span[],
  maxWidth: number,
  size: number,
  faces: Faces,
): WrappedLine[] {
  const lines: LineRun[][] = [];
  const newline: boolean[] = [];
  let line: LineRun[] = [];
  let x = 0;
  let typedBreak = false;
  const flush = () => {
    if (line.length > 0) {
      lines.push(line);
      newline.push(typedBreak);
    }
    line = [];
    x = 0;
    typedBreak = false;
  };
  const place = (text: string, face: Face, space: boolean) => {
    const measure = faces[face];
    const gap = space ? measure.width(' ', size) : 0;
    const width = measure.width(text, size);
    const last = line.at(-1);
    if (last !== undefined && last.face === face) {
      last.text += (space ? ' ' : '') + text;
      last.width += gap + width;
    } else {
      line.push({ text: (space ? ' ' : '') + text, face, x, width: gap + width });
    }
    x += gap + width;
  };
  for (const token of tokenize(spans)) {
    if (token.newline) {
      flush();
      typedBreak = lines.length > 0;
    }
    const measure = faces[token.face];
    const width = measure.width(token.text, size);
    const gap = line.length > 0 && token.spaced ? measure.width(' ', size) : 0;
    if (line.length > 0 && x + gap + width > maxWidth) flush();
    if (line.length === 0 && width > maxWidth) {
      breakWord(token.text, maxWidth, size, faces, token.face).forEach((piece, i) => {
        if (i > 0) flush();
        place(piece, token.face, false);
      });
      continue;
    }
    place(token.text, token.face, line.length > 0 && token.spaced);
  }
  flush();
  if (spans.some((span) => mayBeRtl(span.text))) return bidiLines(lines, newline, size, faces);
  return lines.map((runs) => {
    const last = runs.at(-1);
    return { runs, width: last === undefined ? 0 : last.x + last.width, rtl: false };
  });
}

/**
 * Pieces of `word` that each fit `maxWidth` (at least one character each), measured letter
 * by letter. Shaped (right-to-left) text may come out wider than its letters measured alone,
 * so each such piece is checked whole and gives letters back to the next until it fits.
 */
function breakWord(word: string, maxWidth: number, size: number, faces: Faces, face: Face) {
  const measure = faces[face];
  const shaped = mayBeRtl(word);
  const pieces: string[] = [];
  let piece: string[] = [];
  let width = 0;
  const push = () => {
    const rest: string[] = [];
    while (shaped && piece.length > 1 && measure.width(piece.join(''), size) > maxWidth) {
      rest.unshift(piece.pop() as string);
    }
    pieces.push(piece.join(''));
    piece = rest;
    width = rest.reduce((sum, char) => sum + measure.width(char, size), 0);
  };
  for (const char of word) {
    const advance = measure.width(char, size);
    if (piece.length > 0 && width + advance > maxWidth) push();
    piece.push(char);
    width += advance;
  }
  while (piece.length > 0) push();
  return pieces;
}
