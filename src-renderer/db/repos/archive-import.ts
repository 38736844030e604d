import { rowsFromArchiveBody, type Archive } from '../../domain';
import type { DataContext } from '../context';
import { DataError } from '../errors';
import { bodyTables } from '../database';

/**
 * Writes a validated archive into the database, whole or not at all: one transaction over
 * every table, ids kept. A body whose id is already here is refused, never merged or
 * overwritten, so an import can never undo what has been typed since the archive was made.
 * Returns the ids of the bodies imported.
 */
export async function importArchive(ctx: DataContext, archive: Archive): Promise<string[]> {
  const { db } = ctx;
  const tables = bodyTables(db);
  return db.transaction('rw', tables, async () => {
    for (const archived of archive.bodies) {
      const existing = await db.bodies.get(archived.id);
      if (existing !== undefined) {
        throw new DataError(
          `"${existing.name}" is already here, so the archive was not imported. Nothing was changed.`,
          'conflict',
        );
      }
    }
    for (const archived of archive.bodies) {
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
    return archive.bodies.map((b) => b.id);
  });
}
