import { byPosition } from './position';

/** The fields numbering needs from an agenda item. */
export interface NumberableItem {
  id: string;
  parentId: string | null;
  position: string;
}

/** An item with its derived number ("4", "4.1", or "" when nothing is numbered) and depth. */
export interface NumberedItem<T extends NumberableItem> {
  item: T;
  number: string;
  depth: number;
}

/** How an agenda is numbered beyond the defaults (from 1, numbers printed, stored order). */
export interface AgendaNumbering<T extends NumberableItem> {
  /** The first top-level number: minute numbers may run on from a previous meeting. */
  start?: number;
  /** False when the body prints no numbers at all: every number is then ''. */
  numbered?: boolean;
  /**
   * Top-level items taken after all the others (a council's private part), in their stored
   * order among themselves and numbered on from the others.
   */
  last?: (item: T) => boolean;
}

/**
 * Numbers an agenda: top-level items 1, 2, 3 … in position order, sub-items 1.1, 1.2 under
 * their parent, and returns them in reading order. `start` (a number, or in the options) lets
 * minute numbers run on from a previous meeting. An item whose parent is missing is treated as
 * top level, so no item is ever hidden by a dangling reference. Every item is numbered,
 * whatever its status: a withdrawn or deferred item keeps its number.
 */
export function numberAgenda<T extends NumberableItem>(
  items: readonly T[],
  options: number | AgendaNumbering<T> = 1,
): NumberedItem<T>[] {
  const {
    start = 1,
    numbered = true,
    last,
  } = typeof options === 'number' ? { start: options } : options;
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
    let siblings = [...(children.get(parent) ?? [])].sort(byPosition);
    if (parent === null && last !== undefined)
      siblings = [...siblings.filter((i) => !last(i)), ...siblings.filter((i) => last(i))];
    siblings.forEach((item, index) => {
      const number = numbered ? `${prefix}${String(first + index)}` : '';
      out.push({ item, number, depth });
      visit(item.id, `${number}.`, depth + 1, 1);
    });
  };
  visit(null, '', 0, start);
  return out;
}

/**
 * How many top-level items an agenda has (an item whose parent is missing counts, as
 * {@link numberAgenda} numbers it top level): the minute numbers a meeting uses up.
 */
export function topLevelCount(items: readonly NumberableItem[]): number {
  const ids = new Set(items.map((i) => i.id));
  return items.filter((i) => i.parentId === null || !ids.has(i.parentId)).length;
}
