import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Fractional position keys: one entity moves by taking a key between its new neighbours,
 * so no sibling is rewritten and two windows can reorder without conflict.
 */

/** The key for an entity placed after `before` and ahead of `after` (either may be absent). */
export function positionBetween(before: string | null, after: string | null): string {
  // Two windows appending at once can give two siblings the same key; the id then breaks
  // the tie (see byPosition), and a key just after `before` keeps the move possible.
  if (before !== null && after !== null && before >= after) return generateKeyBetween(before, null);
  return generateKeyBetween(before, after);
}

/** A key after the last of `positions` (which need not be sorted). */
export function positionAtEnd(positions: readonly string[]): string {
  return generateKeyBetween(lastKey(positions), null);
}

/** `count` ascending keys, for seeding a list in one go. */
export function positionsFor(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/** Compares two records by position, then id, so the order is total and stable everywhere. */
export function byPosition(
  a: { position: string; id: string },
  b: { position: string; id: string },
) {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The key that moves `id` one place up (-1) or down (+1) among `siblings`, or null if it is
 * already at that end.
 */
export function positionForMove(
  siblings: readonly { id: string; position: string }[],
  id: string,
  direction: -1 | 1,
): string | null {
  const sorted = [...siblings].sort(byPosition);
  const index = sorted.findIndex((s) => s.id === id);
  if (index < 0) return null;
  const target = index + direction;
  if (target < 0 || target >= sorted.length) return null;
  const others = sorted.filter((s) => s.id !== id);
  // After removing the mover, the slot it goes to sits between others[target-1] and others[target].
  const before = others[target - 1]?.position ?? null;
  const after = others[target]?.position ?? null;
  if (before === null || before !== after) return positionBetween(before, after);
  // The slot lies inside a run of equal keys, where no key fits: step over the whole run.
  const keys = others.map((s) => s.position);
  if (direction < 0) return positionBetween(lastKey(keys.filter((k) => k < before)), before);
  return positionBetween(before, firstKey(keys.filter((k) => k > before)));
}

function firstKey(positions: readonly string[]): string | null {
  let first: string | null = null;
  for (const p of positions) if (first === null || p < first) first = p;
  return first;
}

function lastKey(positions: readonly string[]): string | null {
  let last: string | null = null;
  for (const p of positions) if (last === null || p > last) last = p;
  return last;
}
