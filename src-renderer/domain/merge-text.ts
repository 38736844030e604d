/**
 * Merging two edits of one text made from the same starting point: by the editing model of
 * fields (another window's change while typing) and by the journal's replay.
 */

/** The one stretch of `base` that `next` replaced: [start, end) and what it became. */
function changedStretch(base: string, next: string) {
  let start = 0;
  const shorter = Math.min(base.length, next.length);
  while (start < shorter && base[start] === next[start]) start++;
  let tail = 0;
  while (tail < shorter - start && base[base.length - 1 - tail] === next[next.length - 1 - tail]) {
    tail++;
  }
  return { start, end: base.length - tail, text: next.slice(start, next.length - tail) };
}

/**
 * Three-way merge of a text: `ours` and `theirs` each grew from `base`. Their changes merge
 * when they touch different stretches of `base` with text between them; null when they
 * overlap or meet (where the result would be a guess).
 */
export function mergeText(base: string, ours: string, theirs: string): string | null {
  if (ours === theirs || theirs === base) return ours;
  if (ours === base) return theirs;
  const a = changedStretch(base, ours);
  const b = changedStretch(base, theirs);
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end >= second.start) return null;
  return (
    base.slice(0, first.start) +
    first.text +
    base.slice(first.end, second.start) +
    second.text +
    base.slice(second.end)
  );
}
