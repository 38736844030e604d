import type { Faces } from './metrics';
import type { Face } from './types';

/** A piece of text in one face; a paragraph is a list of them ("ACTION SECP30/01:" bold, …). */
export interface Span {
  text: string;
  face: Face;
}

/** Text of one face on one line, x from the line's start. */
export interface LineRun {
  text: string;
  face: Face;
  x: number;
  width: number;
}

export type WrappedLine = LineRun[];

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
 * URL) is broken between characters, so no text ever runs past `maxWidth`.
 */
export function wrap(
  spans: readonly Span[],
  maxWidth: number,
  size: number,
  faces: Faces,
): WrappedLine[] {
  const lines: WrappedLine[] = [];
  let line: LineRun[] = [];
  let x = 0;
  const flush = () => {
    if (line.length > 0) lines.push(line);
    line = [];
    x = 0;
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
    if (token.newline) flush();
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
  return lines;
}

/** Pieces of `word` that each fit `maxWidth` (at least one character each). */
function breakWord(word: string, maxWidth: number, size: number, faces: Faces, face: Face) {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && faces[face].width(piece + char, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
