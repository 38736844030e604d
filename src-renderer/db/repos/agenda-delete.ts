import type { AgendaItem, Id, Interest, MinuteBlock } from '../../domain';
import { touched, type DataContext } from '../context';
import type { ActionRow } from '../database';
import { editableMeeting } from '../guards';
import { freeReference } from './action-refs';
import { blocksOfItems, deleteBlocks, putBlocks } from '../block-store';

/** What a delete took away, so that it can be undone exactly. */
export interface RemovedItems {
  items: AgendaItem[];
  blocks: MinuteBlock[];
  /** Actions raised under the removed items: they go with their minutes, and come back with them. */
  actions: ActionRow[];
  /** Declarations of interest in the removed items. */
  interests: Interest[];
}

/** Deletes an item with its sub-items and their minutes; returns what was removed. */
export async function deleteItem(ctx: DataContext, id: Id): Promise<RemovedItems> {
  const { db } = ctx;
  const tables = [db.meetings, db.agendaItems, db.itemMinutes, db.actions, db.interests];
  return db.transaction('rw', tables, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) return { items: [], blocks: [], actions: [], interests: [] };
    await editableMeeting(ctx, item.meetingId);
    const all = await db.agendaItems.where('meetingId').equals(item.meetingId).toArray();
    const ids = descendantsAndSelf(all, id);
    const items = all.filter((i) => ids.has(i.id));
    const blocks = await blocksOfItems(db, [...ids]);
    const actions = await db.actions
      .where('itemId')
      .anyOf([...ids])
      .toArray();
    const interests = await db.interests
      .where('itemId')
      .anyOf([...ids])
      .toArray();
    await db.actions.bulkDelete(actions.map((a) => a.id));
    await deleteBlocks(
      db,
      blocks.map((b) => b.id),
    );
    await db.interests.bulkDelete(interests.map((d) => d.id));
    await db.agendaItems.bulkDelete([...ids]);
    return { items, blocks, actions, interests };
  });
}

/** Puts back what {@link deleteItem} removed, exactly as it was. */
export async function restoreItems(ctx: DataContext, removed: RemovedItems): Promise<void> {
  const { db } = ctx;
  const meetingId = removed.items[0]?.meetingId;
  if (meetingId === undefined) return;
  await db.transaction(
    'rw',
    [db.meetings, db.bodies, db.agendaItems, db.itemMinutes, db.actions, db.interests],
    async () => {
      await editableMeeting(ctx, meetingId);
      await db.agendaItems.bulkPut(removed.items);
      await putBlocks(db, removed.blocks);
      await db.interests.bulkPut(removed.interests);
      await restoreActions(ctx, removed.actions);
    },
  );
}

/**
 * Puts actions back under their restored item. An action whose reference was given to another
 * since (actions renumbered meanwhile) takes the meeting's next free reference: a reference is
 * never held twice.
 */
async function restoreActions(ctx: DataContext, actions: readonly ActionRow[]): Promise<void> {
  for (const action of actions) {
    const holder = await ctx.db.actions
      .where('[bodyId+reference]')
      .equals([action.bodyId, action.reference])
      .first();
    if (holder === undefined || holder.id === action.id || action.meetingId === null) {
      await ctx.db.actions.put(action);
    } else {
      const free = await freeReference(ctx, action.meetingId);
      await ctx.db.actions.put({ ...action, ...free, ...touched(ctx) });
    }
  }
}

function descendantsAndSelf(items: readonly AgendaItem[], id: Id): Set<Id> {
  const ids = new Set<Id>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const i of items) {
      if (i.parentId !== null && ids.has(i.parentId) && !ids.has(i.id)) {
        ids.add(i.id);
        grew = true;
      }
    }
  }
  return ids;
}
