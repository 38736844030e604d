import type { BodyRows } from '../../domain';
import { DataError } from '../errors';
import { bodyTables, type MinutebookDb } from '../database';

/**
 * Every row of one body (members, meetings with their items, blocks, attendance and
 * amendments, the action log), read in one transaction so that the minutes built from them
 * see one consistent state even while another window is editing.
 */
export async function readBodyRows(db: MinutebookDb, bodyId: string): Promise<BodyRows> {
  const tables = bodyTables(db);
  return db.transaction('r', tables, async () => {
    const body = await db.bodies.get(bodyId);
    if (body === undefined) throw new DataError('This body no longer exists.', 'not-found');
    const meetings = await db.meetings.where('bodyId').equals(bodyId).toArray();
    const meetingIds = meetings.map((m) => m.id);
    const actions = await db.actions.where('bodyId').equals(bodyId).toArray();
    return {
      body,
      members: await db.members.where('bodyId').equals(bodyId).toArray(),
      meetings,
      agendaItems: await db.agendaItems.where('meetingId').anyOf(meetingIds).toArray(),
      minuteBlocks: await db.minuteBlocks.where('meetingId').anyOf(meetingIds).toArray(),
      attendance: await db.attendance.where('meetingId').anyOf(meetingIds).toArray(),
      amendments: await db.amendments.where('meetingId').anyOf(meetingIds).toArray(),
      actions,
      actionUpdates: await db.actionUpdates
        .where('actionId')
        .anyOf(actions.map((a) => a.id))
        .toArray(),
    };
  });
}
