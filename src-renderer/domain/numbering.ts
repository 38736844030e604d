import { byPosition } from './position';

/** The fields numbering needs from an agenda item. */
export interface NumberableItem {
  id: string;
  parentId: string | null;
  position: string;
}

/** An item with its derived number ("4", "4.1") and depth (0 for top level). */
export interface NumberedItem<T extends NumberableItem> {
  item: T;
  number: string;
  depth: number;
}

/**
 * Numbers an agenda: top-level items 1, 2, 3 … in position order, sub-items 1.1, 1.2 under
 * their parent, and returns them in reading order. `start` lets minute numbers run on from a
 * previous meeting. An item whose parent is missing is treated as top level, so no item is
 * ever hidden by a dangling reference.
 */
export function numberAgenda<T extends NumberableItem>(
  items: readonly T[],
  start = 1,
): NumberedItem<T>[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const out: NumberedItem<T>[] = [];
  const visit = (parent: string | null, prefix: string, depth: number, first: number) => {
    const siblings = [...(children.get(parent) ?? [])].sort(byPosition);
    siblings.forEach((item, index) => {
      const number = `${prefix}${String(first + index)}`;
      out.push({ item, number, depth });
      visit(item.id, `${number}.`, depth + 1, 1);
    });
  };
  visit(null, '', 0, start);
  return out;
}
