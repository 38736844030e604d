import bidiFactory, { type EmbeddingLevels } from 'bidi-js';
import type { Faces } from './metrics';
import type { Face } from './types';
import type { LineRun, WrappedLine } from './wrap';

/** The Unicode Bidirectional Algorithm (UAX #9), from bidi-js. */
export const bidi = bidiFactory();

const maybeRtl =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Whether `text` has a character that can make text right to left: Hebrew, Arabic, Syriac,
 * Thaana, N'Ko and their neighbours, their presentation forms, the right-to-left marks and
 * controls, the astral right-to-left blocks. Text without any is laid out as before, with no
 * bidi pass, so the common case costs one regular expression per paragraph.
 */
export function mayBeRtl(text: string): boolean {
  return maybeRtl.test(text);
}

// Resolving the levels is the costliest step (about 0.2 ms for a paragraph of 500
// characters); the confidential and public minutes, and every export after, repeat most
// paragraphs, so the results are kept.
const resolved = new Map<string, EmbeddingLevels>();

/** UBA P1–I2 over `text`, each paragraph in the direction of its first strong character. */
function embeddingLevels(text: string): EmbeddingLevels {
  let levels = resolved.get(text);
  if (levels === undefined) {
    levels = bidi.getEmbeddingLevels(text);
    if (resolved.size > 2_000) resolved.clear();
    resolved.set(text, levels);
  }
  return levels;
}

/** Whether `text` starts a right-to-left paragraph: its first strong character is (UBA P2–P3). */
export function startsRtl(text: string): boolean {
  if (!mayBeRtl(text)) return false;
  return (embeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 === 1;
}

/** Whitespace and isolate controls that UBA L1 sets back to the paragraph level at a line's end. */
const trailing = new Set(['WS', 'FSI', 'LRI', 'RLI', 'PDI', 'BN']);

interface Piece {
  text: string;
  face: Face;
  level: number;
}

/** The line's runs cut wherever the embedding level changes (never inside a surrogate pair). */
function pieces(runs: readonly LineRun[], levels: Uint8Array): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const run of runs) {
    for (let i = 0; i < run.text.length; i++, at++) {
      const code = run.text.charCodeAt(i);
      const low = code >= 0xdc00 && code <= 0xdfff && i > 0;
      const level = low ? (out.at(-1)?.level ?? 0) : (levels[at] ?? 0);
      const last = out.at(-1);
      if (last !== undefined && i > 0 && last.level === level) last.text += run.text.charAt(i);
      else out.push({ text: run.text.charAt(i), face: run.face, level });
    }
  }
  return out;
}

/** UBA L2: the pieces' visual order, left to right, as indices into `list`. */
function visualOrder(list: readonly Piece[], base: number): number[] {
  const order = list.map((_, i) => i);
  const levels = list.map((p) => p.level);
  const highest = Math.max(base, ...levels);
  const lowestOdd = Math.min(...levels.map((l) => l | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; i++) {
      if ((levels[order[i] as number] as number) < level) continue;
      let end = i;
      while (end + 1 < order.length && (levels[order[end + 1] as number] as number) >= level) {
        end += 1;
      }
      const reversed = order.slice(i, end + 1).reverse();
      order.splice(i, reversed.length, ...reversed);
      i = end;
    }
  }
  return order;
}

/** One wrapped line in visual order: its runs keep their logical order, each at its place. */
function visualLine(
  runs: readonly LineRun[],
  start: number,
  text: string,
  embedding: EmbeddingLevels,
  size: number,
  faces: Faces,
): WrappedLine {
  const length = runs.reduce((n, run) => n + run.text.length, 0);
  const paragraph = embedding.paragraphs.find((p) => start >= p.start && start <= p.end);
  const base = paragraph?.level ?? 0;
  const levels = embedding.levels.slice(start, start + length);
  for (
    let i = length - 1;
    i >= 0 && trailing.has(bidi.getBidiCharTypeName(text.charAt(start + i)));
    i--
  ) {
    levels[i] = base;
  }
  const list = pieces(runs, levels);
  const widths = list.map((p) => {
    const metrics = faces[p.face];
    return p.level % 2 === 1 ? metrics.rtlWidth(p.text, size) : metrics.width(p.text, size);
  });
  const xs: number[] = [];
  let x = 0;
  for (const i of visualOrder(list, base)) {
    xs[i] = x;
    x += widths[i] as number;
  }
  const placed = list.map((p, i): LineRun => {
    const run: LineRun = {
      text: p.text,
      face: p.face,
      x: xs[i] as number,
      width: widths[i] as number,
    };
    if (p.level % 2 === 1) run.rtl = true;
    return run;
  });
  return { runs: placed, width: x, rtl: base % 2 === 1 };
}

/**
 * Lays out wrapped lines of one paragraph in visual order by the Unicode Bidirectional
 * Algorithm: the embedding levels are resolved over the whole paragraph as wrapped (a typed
 * line break starts a new bidi paragraph, each with the direction of its first strong
 * character, UBA P2–P3), then each line is reordered on its own (L1–L2), its right-to-left
 * pieces to be shaped and drawn right to left (L3–L4 in shape.ts). `newline[i]` says that
 * line i follows a typed line break rather than a wrap.
 */
export function bidiLines(
  lines: readonly LineRun[][],
  newline: readonly boolean[],
  size: number,
  faces: Faces,
): WrappedLine[] {
  let text = '';
  const starts: number[] = [];
  lines.forEach((runs, i) => {
    if (i > 0) text += newline[i] === true ? '\n' : ' ';
    starts.push(text.length);
    for (const run of runs) text += run.text;
  });
  const embedding = embeddingLevels(text);
  return lines.map((runs, i) => visualLine(runs, starts[i] ?? 0, text, embedding, size, faces));
}
