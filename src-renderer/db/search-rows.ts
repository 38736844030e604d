import type { MinutebookDb } from './database';
import type { RowBatch } from './search-corpus';
import { searchedTables, type RowChanges, type SearchedTable } from './search-changes';

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
      db.minuteBlocks.toArray(),
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
    await Promise.all([
      read('bodies', batch.bodies),
      read('meetings', batch.meetings),
      read('agendaItems', batch.agendaItems),
      read('minuteBlocks', batch.minuteBlocks),
      read('actions', batch.actions),
      read('actionUpdates', batch.actionUpdates),
      read('attendance', batch.attendance),
      read('interests', batch.interests),
      read('amendments', batch.amendments),
    ]);
    return batch;
  });
}
