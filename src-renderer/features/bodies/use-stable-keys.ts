import { useState } from 'react';

interface Keyed {
  items: readonly string[];
  keys: string[];
  next: number;
}

/**
 * React keys for a list of unique strings that is edited in place: a moved entry keeps its
 * key (so focus and a half-typed draft move with it) and a renamed one keeps the key of the
 * place it had (so renaming as typed does not remount the field being typed in).
 */
export function reconcileKeys(prev: Keyed, items: readonly string[]): Keyed {
  let next = prev.next;
  const used = new Set<string>();
  const take = (key: string | undefined) => {
    if (key === undefined || used.has(key)) return undefined;
    used.add(key);
    return key;
  };
  const keys = items.map((item, i) => {
    const was = prev.items.indexOf(item);
    const renamedHere =
      prev.items[i] !== undefined && !items.includes(prev.items[i]) ? prev.keys[i] : undefined;
    return (
      (was !== -1 ? take(prev.keys[was]) : undefined) ?? take(renamedHere) ?? `k${String(next++)}`
    );
  });
  return { items, keys, next };
}

/** Stable keys for `items`, recomputed when the list changes. */
export function useStableKeys(items: readonly string[]): string[] {
  const [state, setState] = useState<Keyed>(() =>
    reconcileKeys({ items: [], keys: [], next: 0 }, items),
  );
  if (state.items !== items) {
    const updated = reconcileKeys(state, items);
    setState(updated);
    return updated.keys;
  }
  return state.keys;
}
