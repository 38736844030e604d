import { useLiveQuery } from 'dexie-react-hooks';
import type { Action, Id, MinuteBlock } from '../domain';
import type { MinutebookDb } from './database';
import { blocksOfItemLive, countBlocksOfMeeting } from './block-store';

/*
 * Live queries of the minutes editor. Each item reads its own blocks, so a keystroke saved in
 * one block re-runs that item's query alone (Dexie re-runs only queries whose index range
 * the write touched), not the whole meeting's.
 */

/** An item's blocks of minutes in position order. */
export function useItemBlocks(db: MinutebookDb, itemId: Id): MinuteBlock[] | undefined {
  return useLiveQuery(() => blocksOfItemLive(db, itemId), [db, itemId]);
}

/** One action, or null when it is not there. */
export function useActionRecord(db: MinutebookDb, id: Id): Action | null | undefined {
  return useLiveQuery(async () => (await db.actions.get(id)) ?? null, [db, id]);
}

/** How many actions the meeting has raised, for the renumber command. */
export function useMeetingActionCount(db: MinutebookDb, meetingId: Id): number | undefined {
  return useLiveQuery(
    () => db.actions.where('meetingId').equals(meetingId).count(),
    [db, meetingId],
  );
}

/** How many blocks of minutes the meeting holds, all items together. */
export function useMeetingBlockCount(db: MinutebookDb, meetingId: Id): number | undefined {
  return useLiveQuery(() => countBlocksOfMeeting(db, meetingId), [db, meetingId]);
}
