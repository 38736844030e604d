import { positionAtEnd, positionForMove, tidyName, validateItemInput } from '../../domain';
import type { AgendaItem, Id, ItemInput, MinuteBlock } from '../../domain';
import { created, touched, type DataContext } from '../context';
import { DataError } from '../errors';
import { editableMeeting } from '../guards';

export type ItemPatch = Partial<
  Pick<
    AgendaItem,
    | 'title'
    | 'presenter'
    | 'paperRefs'
    | 'classification'
    | 'plannedMinutes'
    | 'publicSummary'
    | 'status'
  >
>;

export interface NewItem {
  title: string;
  parentId?: Id | null;
}

/** What a delete took away, so that it can be undone exactly. */
export interface RemovedItems {
  items: AgendaItem[];
  blocks: MinuteBlock[];
}

function refuseInvalid(fields: ItemInput): void {
  const first = Object.values(validateItemInput(fields))[0];
  if (first !== undefined) throw new DataError(first, 'invalid');
}

/** Adds an item (or a sub-item) at the end of its siblings; returns its id. */
export async function addItem(ctx: DataContext, meetingId: Id, input: NewItem): Promise<Id> {
  const { db } = ctx;
  const parentId = input.parentId ?? null;
  const title = tidyName(input.title);
  const fields = {
    title,
    presenter: '',
    paperRefs: [],
    classification: 'public',
    plannedMinutes: null,
    status: 'pending',
    publicSummary: '',
  } as const;
  refuseInvalid(fields);
  return db.transaction('rw', db.meetings, db.agendaItems, async () => {
    await editableMeeting(ctx, meetingId);
    const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    if (parentId !== null && !items.some((i) => i.id === parentId)) {
      throw new DataError('The parent item no longer exists.', 'not-found');
    }
    const siblings = items.filter((i) => i.parentId === parentId);
    const item: AgendaItem = {
      id: ctx.newId(),
      meetingId,
      parentId,
      position: positionAtEnd(siblings.map((s) => s.position)),
      ...fields,
      paperRefs: [],
      kind: 'standard',
      standing: false,
      startedAt: null,
      spentSeconds: 0,
      ...created(ctx),
    };
    await db.agendaItems.add(item);
    return item.id;
  });
}

/** Changes only the given fields of an item, so a concurrent edit of another field survives. */
export async function updateItem(ctx: DataContext, id: Id, patch: ItemPatch): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.agendaItems, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
    refuseInvalid({ ...item, ...patch });
    await editableMeeting(ctx, item.meetingId);
    await db.agendaItems.update(id, { ...patch, ...touched(ctx) });
  });
}

/** Moves an item one place up or down among its siblings; only the mover's row is written. */
export async function moveItem(ctx: DataContext, id: Id, direction: -1 | 1): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.agendaItems, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) throw new DataError('That agenda item no longer exists.', 'not-found');
    await editableMeeting(ctx, item.meetingId);
    const siblings = await db.agendaItems
      .where('meetingId')
      .equals(item.meetingId)
      .filter((i) => i.parentId === item.parentId)
      .toArray();
    const position = positionForMove(siblings, id, direction);
    if (position !== null) await db.agendaItems.update(id, { position, ...touched(ctx) });
  });
}

/** Deletes an item with its sub-items and their minutes; returns what was removed. */
export async function deleteItem(ctx: DataContext, id: Id): Promise<RemovedItems> {
  const { db } = ctx;
  return db.transaction('rw', db.meetings, db.agendaItems, db.minuteBlocks, async () => {
    const item = await db.agendaItems.get(id);
    if (!item) return { items: [], blocks: [] };
    await editableMeeting(ctx, item.meetingId);
    const all = await db.agendaItems.where('meetingId').equals(item.meetingId).toArray();
    const ids = descendantsAndSelf(all, id);
    const items = all.filter((i) => ids.has(i.id));
    const blocks = await db.minuteBlocks
      .where('itemId')
      .anyOf([...ids])
      .toArray();
    await db.minuteBlocks.bulkDelete(blocks.map((b) => b.id));
    await db.agendaItems.bulkDelete([...ids]);
    return { items, blocks };
  });
}

/** Puts back what {@link deleteItem} removed, exactly as it was. */
export async function restoreItems(ctx: DataContext, removed: RemovedItems): Promise<void> {
  const { db } = ctx;
  const meetingId = removed.items[0]?.meetingId;
  if (meetingId === undefined) return;
  await db.transaction('rw', db.meetings, db.agendaItems, db.minuteBlocks, async () => {
    await editableMeeting(ctx, meetingId);
    await db.agendaItems.bulkPut(removed.items);
    await db.minuteBlocks.bulkPut(removed.blocks);
  });
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
