/**
 * A file name fit to suggest on every system, from text the user typed (a body's name): no
 * path separators, no character Windows refuses, no control, invisible or direction-changing
 * character (the main process refuses those, as they can disguise a name), no "..", no
 * trailing dot or space, and not longer than `max` characters. Empty comes back as `fallback`.
 */
export function safeFileName(text: string, fallback: string, max = 120): string {
  const cleaned = text
    .replace(/[\uD800-\uDFFF]/gu, '') // halves of a broken character (with the u flag, lone ones only)
    .replace(/[\p{Cf}\uFFFE\uFFFF]/gu, '') // invisible: direction marks, zero-width joiners
    .replace(/[\\/:*?"<>|\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut between characters as the reader sees them, never inside one.
  const graphemes = Array.from(new Intl.Segmenter().segment(cleaned), (g) => g.segment);
  const cut = graphemes.slice(0, max).join('');
  return cut.replace(/[\s.]+$/u, '') || fallback;
}
