import { confidentialityOf } from '../../domain';
import type { AgendaItem, ConfidentialBy, NumberedItem } from '../../domain';

/** An agenda item with its number and its sub-items, as the sortable lists render it. */
export interface AgendaNode {
  item: AgendaItem;
  number: string;
  depth: number;
  /** Marked confidential ('own'), inside a confidential item ('inherited'), or public. */
  confidentialBy: ConfidentialBy;
  children: AgendaNode[];
}

/**
 * Nests a numbered agenda (in reading order) by depth, so each item's sub-items travel with
 * it when it is dragged. Depth, not parentId, decides, so it agrees with the numbering even
 * for an item whose parent is missing.
 */
export function agendaTree(numbered: readonly NumberedItem<AgendaItem>[]): AgendaNode[] {
  const roots: AgendaNode[] = [];
  const path: AgendaNode[] = [];
  const confidentiality = confidentialityOf(
    numbered.map((n) => n.item),
    [],
  );
  for (const n of numbered) {
    const node: AgendaNode = {
      ...n,
      confidentialBy: confidentiality.itemBy(n.item.id),
      children: [],
    };
    path.length = n.depth;
    const parent = path[n.depth - 1];
    (parent ? parent.children : roots).push(node);
    path.push(node);
  }
  return roots;
}
