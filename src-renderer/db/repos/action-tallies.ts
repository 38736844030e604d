import { noUpdates, sameTally, tallyUpdates } from '../../domain';
import type { ActionTally, ActionUpdate, Id } from '../../domain';
import type { MinutebookDb } from '../database';

/*
 * The one owner of the stored tallies of actions' updates (`ActionRow.tally`): whatever adds,
 * changes or removes updates calls `retally` in the same write transaction, so the tally the
 * log shows is never behind the updates, whichever window wrote them.
 */

/**
 * Counts again the updates of the actions and stores each one's tally where it changed. Call
 * inside a write transaction over `actions` and `actionUpdates`, after the updates are
 * written. An id with no stored action is skipped.
 */
export async function retally(db: MinutebookDb, actionIds: Iterable<Id>): Promise<void> {
  for (const actionId of new Set(actionIds)) {
    const [action, updates] = await Promise.all([
      db.actions.get(actionId),
      db.actionUpdates.where('actionId').equals(actionId).toArray(),
    ]);
    if (action === undefined) continue;
    const tally = tallyUpdates(updates).get(actionId) ?? noUpdates();
    if (!sameTally(action.tally, tally)) await db.actions.update(actionId, { tally });
  }
}

/**
 * The tally of each action among `actionIds` from `updates` that hold all of their updates
 * (rows about to be written together, as an import writes them).
 */
export function talliesOf(updates: readonly ActionUpdate[]): (actionId: Id) => ActionTally {
  const tallies = tallyUpdates(updates);
  return (actionId) => tallies.get(actionId) ?? noUpdates();
}
