import type { TextRange } from './search-text';

/** A piece of a long text shown under a result, with the highlights that fall inside it. */
export interface Snippet {
  text: string;
  /** Ranges of `text` (not of the whole) to highlight. */
  ranges: TextRange[];
}

/** The offset of the last white space at or before `at`, or -1. */
function lastSpace(text: string, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= 0; i -= 1)
    if (/\s/.test(text[i] ?? '')) return i;
  return -1;
}

/**
 * The part of a text around its first highlight, about `length` characters long, cut at word
 * boundaries and marked with "…" where it was cut; the whole text when it is short. Line
 * breaks read as spaces.
 */
export function snippetOf(text: string, ranges: readonly TextRange[], length = 220): Snippet {
  // Only the part shown is flattened (spaces for line breaks: one unit for one, so offsets hold).
  const flatten = (part: string) => part.replace(/\s/g, ' ');
  if (text.length <= length) return { text: flatten(text), ranges: [...ranges] };
  const flat = text;
  const first = ranges[0];
  let start = first === undefined ? 0 : Math.max(0, first.start - Math.floor(length / 3));
  let end = Math.min(flat.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Cut between words, not inside one.
  if (start > 0) {
    const space = flat.slice(start).search(/\s/) + start;
    if (space >= start && space < (first?.start ?? end)) start = space + 1;
  }
  if (end < flat.length) {
    const space = lastSpace(flat, end);
    if (space > start && space >= (first?.end ?? start)) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  const shift = lead.length - start;
  const inside = ranges
    .filter((r) => r.end > start && r.start < end)
    .map((r) => ({
      start: Math.max(r.start, start) + shift,
      end: Math.min(r.end, end) + shift,
    }));
  return { text: lead + flatten(flat.slice(start, end)) + tail, ranges: inside };
}
