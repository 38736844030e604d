import type { MinutebookDb } from './database';
import type { RowBatch } from './search-corpus';
import { searchedTables, type RowChanges, type SearchedTable } from './search-changes';
import { allBlocks, blocksOfItems } from './block-store';

const tablesOf = (db: MinutebookDb) => searchedTables.map((name) => db.table(name));

/** Every row the index reads, in one read transaction (one consistent picture). */
export function readAllRows(db: MinutebookDb): Promise<RowBatch> {
  return db.transaction('r', tablesOf(db), async () => {
    const [
      bodies,
      meetings,
      agendaItems,
      minuteBlocks,
      actions,
      actionUpdates,
      attendance,
      interests,
      amendments,
    ] = await Promise.all([
      db.bodies.toArray(),
      db.meetings.toArray(),
      db.agendaItems.toArray(),
      allBlocks(db),
      db.actions.toArray(),
      db.actionUpdates.toArray(),
      db.attendance.toArray(),
      db.interests.toArray(),
      db.amendments.toArray(),
    ]);
    return {
      bodies,
      meetings,
      agendaItems,
      minuteBlocks,
      actions,
      actionUpdates,
      attendance,
      interests,
      amendments,
      blockItems: [],
      gone: {},
    };
  });
}

/**
 * The rows named by some changes, read as they stand now; an id no longer there was deleted.
 * Reading the present state (not the change itself) makes applying a change twice, or late,
 * harmless.
 */
export function readChangedRows(db: MinutebookDb, changes: RowChanges): Promise<RowBatch> {
  return db.transaction('r', tablesOf(db), async () => {
    const batch: RowBatch = {
      bodies: [],
      meetings: [],
      agendaItems: [],
      minuteBlocks: [],
      actions: [],
      actionUpdates: [],
      attendance: [],
      interests: [],
      amendments: [],
      blockItems: [],
      gone: {},
    };
    const read = async (table: SearchedTable, into: object[]) => {
      const ids = [...(changes.rows.get(table) ?? [])];
      if (ids.length === 0) return;
      const rows = await db.table<object, string>(table).bulkGet(ids);
      const gone: string[] = [];
      rows.forEach((row, i) => {
        if (row !== undefined) into.push(row);
        else gone.push(ids[i] as string);
      });
      batch.gone[table] = gone;
    };
    // An item's blocks are read together: those the index knew of it and misses were deleted.
    const readBlocks = async () => {
      const itemIds = [...(changes.rows.get('itemMinutes') ?? [])];
      if (itemIds.length === 0) return;
      batch.minuteBlocks.push(...(await blocksOfItems(db, itemIds)));
      batch.blockItems.push(...itemIds);
    };
    await Promise.all([
      read('bodies', batch.bodies),
      read('meetings', batch.meetings),
      read('agendaItems', batch.agendaItems),
      readBlocks(),
      read('actions', batch.actions),
      read('actionUpdates', batch.actionUpdates),
      read('attendance', batch.attendance),
      read('interests', batch.interests),
      read('amendments', batch.amendments),
    ]);
    return batch;
  });
}
