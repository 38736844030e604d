import type { Body, BodyRows } from '../../domain';
import { DataError } from '../errors';
import { actionOfRow, bodyTables, type MinutebookDb } from '../database';
import { blocksOfMeetings } from '../block-store';

/**
 * Every row of one body (members, meetings with their items, blocks, attendance and
 * amendments, the action log), read in one transaction so that the minutes built from them
 * see one consistent state even while another window is editing.
 */
export async function readBodyRows(db: MinutebookDb, bodyId: string): Promise<BodyRows> {
  return db.transaction('r', bodyTables(db), async () => {
    const body = await db.bodies.get(bodyId);
    if (body === undefined) throw new DataError('This body no longer exists.', 'not-found');
    return rowsOf(db, body);
  });
}

/** Every row of every body, in one transaction: what a backup holds. Bodies by name. */
export async function readAllBodyRows(db: MinutebookDb): Promise<BodyRows[]> {
  return db.transaction('r', bodyTables(db), async () => {
    const bodies = await db.bodies.orderBy('name').toArray();
    const all: BodyRows[] = [];
    for (const body of bodies) all.push(await rowsOf(db, body));
    return all;
  });
}

/** The rows of `body`; call inside a read transaction over bodyTables. */
async function rowsOf(db: MinutebookDb, body: Body): Promise<BodyRows> {
  const bodyId = body.id;
  const meetings = await db.meetings.where('bodyId').equals(bodyId).toArray();
  const meetingIds = meetings.map((m) => m.id);
  const actions = (await db.actions.where('bodyId').equals(bodyId).toArray()).map(actionOfRow);
  return {
    body,
    members: await db.members.where('bodyId').equals(bodyId).toArray(),
    meetings,
    agendaItems: await db.agendaItems.where('meetingId').anyOf(meetingIds).toArray(),
    minuteBlocks: await blocksOfMeetings(db, meetingIds),
    attendance: await db.attendance.where('meetingId').anyOf(meetingIds).toArray(),
    amendments: await db.amendments.where('meetingId').anyOf(meetingIds).toArray(),
    interests: await db.interests.where('meetingId').anyOf(meetingIds).toArray(),
    actions,
    actionUpdates: await db.actionUpdates
      .where('actionId')
      .anyOf(actions.map((a) => a.id))
      .toArray(),
  };
}
