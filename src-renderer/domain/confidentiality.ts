import type {
  Action,
  ActionUpdate,
  AgendaItem,
  Decision,
  Declassification,
  Id,
  MinuteBlock,
} from './model';

/**
 * The one rule of confidentiality. A record is confidential when its own flag says so, and
 * also when it lies inside a confidential item, whatever its own flag says: sub-items at any
 * depth, their blocks and decisions, the actions raised there and every update to those
 * actions, at any later meeting. The UI, redaction and the archive reader all ask this rule;
 * none decides by a flag alone.
 *
 * One act lifts it: an action declassified (by a recorded decision) is public from then on,
 * its text and its updates, except an update flagged confidential itself. Its entry in the
 * minutes of the raising meeting stays as confidential as the item it stands in.
 */

/** The fields of an item the rule reads. */
export type ClassifiedItem = Pick<AgendaItem, 'id' | 'parentId' | 'classification'>;
/**
 * The fields of an action the rule reads. `declassified` may be missing on a row stored before
 * it existed (database version 2): missing counts as never declassified.
 */
export type ClassifiedAction = Pick<Action, 'id' | 'itemId' | 'confidential'> & {
  declassified?: Declassification | null;
};

/** Whether an action was made public by a recorded declassification. */
export function isDeclassified(action: Pick<ClassifiedAction, 'declassified'>): boolean {
  return action.declassified !== undefined && action.declassified !== null;
}

/** Why a record is confidential: its own flag, an enclosing item, or not at all. */
export type ConfidentialBy = 'own' | 'inherited' | false;

export interface Confidentiality {
  /** Whether an item is confidential, itself or through an item above it. */
  item(itemId: Id | null): boolean;
  /** Why an item is confidential: inherited from an item above it wins over its own flag. */
  itemBy(itemId: Id): ConfidentialBy;
  /** Whether a block is confidential: its flag, its item, or (an action block) its action. */
  block(block: MinuteBlock): boolean;
  /** Why a block is confidential: inherited from its item (or its action) wins. */
  blockBy(block: MinuteBlock): ConfidentialBy;
  /** Whether a decision is confidential: its flag or its block. */
  decision(block: MinuteBlock, decision: Decision): boolean;
  /** Whether an action is confidential: its flag or the item that raised it, unless declassified. */
  action(action: ClassifiedAction): boolean;
  /** Why an action is confidential. */
  actionBy(action: ClassifiedAction): ConfidentialBy;
  /** Whether an update is confidential: its flag or its action (a declassified one: its flag). */
  update(update: Pick<ActionUpdate, 'actionId' | 'confidential'>): boolean;
}

/**
 * The rule applied to a body's records: `items` are the agenda items of every meeting that
 * raised an action in question (item ids are unique across meetings), `actions` the actions
 * that blocks and updates point at. An action whose raising item is not among `items` is
 * judged by its own flag.
 */
export function confidentialityOf(
  items: readonly ClassifiedItem[],
  actions: readonly ClassifiedAction[],
): Confidentiality {
  const byId = new Map(items.map((i) => [i.id, i]));
  const actionsById = new Map(actions.map((a) => [a.id, a]));
  const inheritedMemo = new Map<Id, boolean>();

  /** Whether some item above this one is confidential (a cycle of parents counts as none). */
  function underConfidential(itemId: Id): boolean {
    const known = inheritedMemo.get(itemId);
    if (known !== undefined) return known;
    const seen = new Set<Id>([itemId]);
    let parentId = byId.get(itemId)?.parentId ?? null;
    let found = false;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = byId.get(parentId);
      if (parent === undefined) break;
      if (parent.classification === 'confidential') {
        found = true;
        break;
      }
      parentId = parent.parentId;
    }
    inheritedMemo.set(itemId, found);
    return found;
  }

  const itemBy = (itemId: Id): ConfidentialBy => {
    if (underConfidential(itemId)) return 'inherited';
    return byId.get(itemId)?.classification === 'confidential' ? 'own' : false;
  };
  const item = (itemId: Id | null) => itemId !== null && itemBy(itemId) !== false;
  const actionBy = (action: ClassifiedAction): ConfidentialBy => {
    if (isDeclassified(action)) return false;
    if (item(action.itemId)) return 'inherited';
    return action.confidential ? 'own' : false;
  };
  const action = (a: ClassifiedAction) => actionBy(a) !== false;
  const blockAction = (block: MinuteBlock) =>
    block.kind === 'action' ? actionsById.get(block.actionId) : undefined;
  const blockBy = (block: MinuteBlock): ConfidentialBy => {
    const raised = blockAction(block);
    if (item(block.itemId) || (raised !== undefined && action(raised))) return 'inherited';
    return block.confidential ? 'own' : false;
  };
  const block = (b: MinuteBlock) => blockBy(b) !== false;
  return {
    item,
    itemBy,
    block,
    blockBy,
    decision: (b, decision) => decision.confidential || block(b),
    action,
    actionBy,
    update: (update) => {
      const of = actionsById.get(update.actionId);
      return update.confidential || (of !== undefined && action(of));
    },
  };
}
