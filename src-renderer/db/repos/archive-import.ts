import { rowsFromArchiveBody, type Archive, type ArchiveBody } from '../../domain';
import type { DataContext } from '../context';
import { DataError } from '../errors';
import { bodyTables, type MinutebookDb } from '../database';

/**
 * Writes a validated archive into the database, whole or not at all: one transaction over
 * every table, ids kept. A body whose id is already here is refused, never merged or
 * overwritten, so an import can never undo what has been typed since the archive was made.
 * Returns the ids of the bodies imported.
 */
export async function importArchive(ctx: DataContext, archive: Archive): Promise<string[]> {
  const { db } = ctx;
  return db.transaction('rw', bodyTables(db), async () => {
    for (const archived of archive.bodies) {
      const existing = await db.bodies.get(archived.id);
      if (existing !== undefined) {
        throw new DataError(
          `"${existing.name}" is already here, so the archive was not imported. Nothing was changed.`,
          'conflict',
        );
      }
    }
    for (const archived of archive.bodies) await addArchivedBody(db, archived);
    return archive.bodies.map((b) => b.id);
  });
}

/**
 * Replaces everything in the database with the archive's bodies (a restore from a backup):
 * one transaction, so either the archive is all there afterwards or nothing has changed.
 */
export async function replaceWithArchive(ctx: DataContext, archive: Archive): Promise<void> {
  const { db } = ctx;
  const tables = bodyTables(db);
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    for (const archived of archive.bodies) await addArchivedBody(db, archived);
  });
}

/** Adds one archived body's rows; call inside a write transaction over bodyTables. */
async function addArchivedBody(db: MinutebookDb, archived: ArchiveBody): Promise<void> {
  const rows = rowsFromArchiveBody(archived);
  await db.bodies.add(rows.body);
  await db.members.bulkAdd(rows.members);
  await db.meetings.bulkAdd(rows.meetings);
  await db.agendaItems.bulkAdd(rows.agendaItems);
  await db.minuteBlocks.bulkAdd(rows.minuteBlocks);
  await db.attendance.bulkAdd(rows.attendance);
  await db.amendments.bulkAdd(rows.amendments);
  await db.actions.bulkAdd(rows.actions);
  await db.actionUpdates.bulkAdd(rows.actionUpdates);
}
