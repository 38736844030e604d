import { byPosition, type Id, type MinuteBlock } from '../domain';
import type { MinutebookDb } from './database';

/**
 * Where the blocks of minutes are kept: one row per agenda item holding all of that item's
 * blocks in position order (database version 10). IndexedDB spends a fixed cost on every
 * record it writes, whatever its size; stored a block to a row, fifteen years of minutes
 * (50,000 blocks) took about ten seconds to import, one row per item (5,500 rows) about two.
 * A write reads the item's row and writes it back in the same transaction, so two windows
 * editing different blocks of one item never lose each other's change: IndexedDB runs their
 * transactions one after the other.
 *
 * This module is the only one that knows the rows: the rest of the app asks for blocks by id,
 * by item or by meeting, and hands blocks to put, add or delete (an archive's import adds the
 * rows of {@link itemMinutesOf} as they are). A write inside a transaction must name
 * `db.itemMinutes` among its tables; outside one, each call is its own transaction.
 */
export interface ItemMinutes {
  /** The item's id. */
  id: Id;
  meetingId: Id;
  /** The ids of `blocks`, indexed (unique): which row holds a block. */
  blockIds: Id[];
  /** The item's blocks, in position order. */
  blocks: MinuteBlock[];
}

/** The rows holding `blocks`, one per item, blocks in position order (an archive's, to add). */
export function itemMinutesOf(blocks: readonly MinuteBlock[]): ItemMinutes[] {
  const rows = new Map<Id, MinuteBlock[]>();
  for (const block of blocks) {
    const held = rows.get(block.itemId);
    if (held === undefined) rows.set(block.itemId, [block]);
    else held.push(block);
  }
  return [...rows.values()].map(rowOf);
}

/** The row of one item's blocks (not empty, all of one item). */
function rowOf(blocks: MinuteBlock[]): ItemMinutes {
  const [first] = blocks;
  if (first === undefined) throw new Error('An item row needs at least one block.');
  const sorted = [...blocks].sort(byPosition);
  const blockIds = sorted.map((b) => b.id);
  if (new Set(blockIds).size !== blockIds.length)
    throw new DOMException('A block of minutes is held twice.', 'ConstraintError');
  return { id: first.itemId, meetingId: first.meetingId, blockIds, blocks: sorted };
}

const flat = (rows: readonly (ItemMinutes | undefined)[]) =>
  rows.flatMap((row) => row?.blocks ?? []);

/** One block, or undefined when there is none by that id. */
export async function getBlock(db: MinutebookDb, id: Id): Promise<MinuteBlock | undefined> {
  const row = await db.itemMinutes.where('blockIds').equals(id).first();
  return row?.blocks.find((b) => b.id === id);
}

/** Blocks by id, in the order asked; undefined for those not there. */
export async function getBlocks(
  db: MinutebookDb,
  ids: readonly Id[],
): Promise<(MinuteBlock | undefined)[]> {
  const byId = new Map(flat(await rowsHolding(db, ids)).map((b) => [b.id, b]));
  return ids.map((id) => byId.get(id));
}

/** An item's blocks, in position order. */
export async function blocksOfItem(db: MinutebookDb, itemId: Id): Promise<MinuteBlock[]> {
  return (await db.itemMinutes.get(itemId))?.blocks ?? [];
}

/**
 * An item's blocks, in position order, for a live query: Dexie's own promise (not an async
 * function's), so that Dexie follows the read without waiting on a timer. (Read from an async
 * function, the editor of a window whose timers were held, as in the test of two windows,
 * never saw the other window's text.)
 */
export function blocksOfItemLive(db: MinutebookDb, itemId: Id): Promise<MinuteBlock[]> {
  return db.itemMinutes
    .where('id')
    .equals(itemId)
    .toArray()
    .then(([row]) => row?.blocks ?? []);
}

/** The blocks of several items, each item's in position order. */
export async function blocksOfItems(
  db: MinutebookDb,
  itemIds: readonly Id[],
): Promise<MinuteBlock[]> {
  return flat(await db.itemMinutes.bulkGet([...itemIds]));
}

/** A meeting's blocks, item by item (not in agenda order). */
export async function blocksOfMeeting(db: MinutebookDb, meetingId: Id): Promise<MinuteBlock[]> {
  return flat(await db.itemMinutes.where('meetingId').equals(meetingId).toArray());
}

/** The blocks of several meetings. */
export async function blocksOfMeetings(
  db: MinutebookDb,
  meetingIds: readonly Id[],
): Promise<MinuteBlock[]> {
  return flat(
    await db.itemMinutes
      .where('meetingId')
      .anyOf([...meetingIds])
      .toArray(),
  );
}

/** Every block stored. */
export async function allBlocks(db: MinutebookDb): Promise<MinuteBlock[]> {
  return flat(await db.itemMinutes.toArray());
}

/** How many blocks a meeting holds (Dexie's own promise, for a live query: see above). */
export function countBlocksOfMeeting(db: MinutebookDb, meetingId: Id): Promise<number> {
  return db.itemMinutes
    .where('meetingId')
    .equals(meetingId)
    .toArray()
    .then((rows) => rows.reduce((n, row) => n + row.blocks.length, 0));
}

/** The ids of every block stored, from the index alone (no block is read). */
export async function storedBlockIds(db: MinutebookDb): Promise<Set<Id>> {
  const keys = await db.itemMinutes.orderBy('blockIds').keys();
  return new Set(keys.filter((key): key is Id => typeof key === 'string'));
}

/** How many blocks are stored. */
export async function countBlocks(db: MinutebookDb): Promise<number> {
  const rows = await db.itemMinutes.toArray();
  return rows.reduce((n, row) => n + row.blocks.length, 0);
}

/** The stored rows holding any of `ids`, each once. */
async function rowsHolding(db: MinutebookDb, ids: readonly Id[]): Promise<ItemMinutes[]> {
  if (ids.length === 0) return [];
  const rows = await db.itemMinutes
    .where('blockIds')
    .anyOf([...ids])
    .toArray();
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/**
 * Writes `blocks`, each replacing the stored block of its id (wherever it was) or added to its
 * item's blocks. The common case, a block edited where it stands, reads only the rows of the
 * blocks' items; a block stored under another item (or new) is looked up by its id.
 */
export function putBlocks(db: MinutebookDb, blocks: readonly MinuteBlock[]): Promise<void> {
  return changeRows(db, blocks, { replace: true });
}

/** Adds `blocks`; refused (a ConstraintError, as IndexedDB's add) if any id is stored already. */
export function addBlocks(db: MinutebookDb, blocks: readonly MinuteBlock[]): Promise<void> {
  return changeRows(db, blocks, { replace: false });
}

/** Deletes the blocks of `ids` that are stored; the others are no matter. */
export function deleteBlocks(db: MinutebookDb, ids: readonly Id[]): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return db.transaction('rw', db.itemMinutes, async () => {
    const gone = new Set(ids);
    const rows = await rowsHolding(db, ids);
    await writeRows(
      db,
      rows.map((row) => ({ id: row.id, blocks: row.blocks.filter((b) => !gone.has(b.id)) })),
    );
  });
}

function changeRows(
  db: MinutebookDb,
  blocks: readonly MinuteBlock[],
  { replace }: { replace: boolean },
): Promise<void> {
  if (blocks.length === 0) return Promise.resolve();
  return db.transaction('rw', db.itemMinutes, async () => {
    const ids = new Set(blocks.map((b) => b.id));
    if (ids.size !== blocks.length)
      throw new DOMException('A block of minutes is written twice.', 'ConstraintError');
    const itemIds = [...new Set(blocks.map((b) => b.itemId))];
    const own = (await db.itemMinutes.bulkGet(itemIds)).filter(
      (row): row is ItemMinutes => row !== undefined,
    );
    // Blocks not found in their item's row may be stored under another item, or be new.
    const inOwn = new Set(own.flatMap((row) => row.blockIds));
    const elsewhere = [...ids].filter((id) => !inOwn.has(id));
    const stored = [...own, ...(await rowsHolding(db, elsewhere))];
    const rows = new Map<Id, MinuteBlock[]>(stored.map((row) => [row.id, row.blocks]));
    const itemOf = new Map(blocks.map((b) => [b.id, b.itemId]));
    const movedFrom = stored.filter((row) =>
      row.blockIds.some((id) => itemOf.has(id) && itemOf.get(id) !== row.id),
    );
    if (!replace) {
      const held = [...rows.values()].flat().find((b) => ids.has(b.id));
      if (held !== undefined)
        throw new DOMException('That block of minutes is stored already.', 'ConstraintError');
    }
    for (const [id, held] of rows)
      rows.set(
        id,
        held.filter((b) => !ids.has(b.id)),
      );
    // A block moving to another item leaves its old row first: the index of block ids is
    // unique, so its new row could not be written while the old one still names it.
    if (movedFrom.length > 0)
      await writeRows(
        db,
        movedFrom.map((row) => ({ id: row.id, blocks: rows.get(row.id) ?? [] })),
      );
    for (const block of blocks) rows.set(block.itemId, [...(rows.get(block.itemId) ?? []), block]);
    await writeRows(
      db,
      [...rows].map(([id, held]) => ({ id, blocks: held })),
    );
  });
}

/** Writes each item's blocks as its row, or deletes the row of an item left with none. */
async function writeRows(
  db: MinutebookDb,
  rows: readonly { id: Id; blocks: MinuteBlock[] }[],
): Promise<void> {
  const empty = rows.filter((row) => row.blocks.length === 0).map((row) => row.id);
  const kept = rows.filter((row) => row.blocks.length > 0).map((row) => rowOf(row.blocks));
  if (empty.length > 0) await db.itemMinutes.bulkDelete(empty);
  if (kept.length > 0) await db.itemMinutes.bulkPut(kept);
}
