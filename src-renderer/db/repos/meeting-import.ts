import {
  noUpdates,
  rowsFromArchiveBody,
  singleMeetingOf,
  type Archive,
  type BodyRows,
} from '../../domain';
import type { DataContext } from '../context';
import { DataError } from '../errors';
import { retally } from './action-tallies';
import { importArchive } from './archive-import';
import { bodyTables } from '../database';
import { addBlocks } from '../block-store';

export interface MeetingImport {
  bodyId: string;
  meetingId: string;
  /** True when the body was not here and came in whole with the meeting. */
  newBody: boolean;
}

function refuse(message: string): never {
  throw new DataError(`${message} Nothing was changed.`, 'conflict');
}

/**
 * Imports the archive of one meeting. A body that is not here comes in whole, as an archive
 * import does. Into a body that is here, the meeting is added with its ids, in one
 * transaction, with the members, actions and updates the body does not hold yet (by id); the
 * body's own copies are kept. Refused, with nothing written, when the meeting's id or number
 * is already in the body, or when an action's reference belongs to another action there.
 */
export async function importMeeting(ctx: DataContext, archive: Archive): Promise<MeetingImport> {
  const single = singleMeetingOf(archive);
  const archived = archive.bodies[0];
  if (single === null || archived === undefined) {
    throw new DataError('The file does not hold exactly one body with one meeting.', 'invalid');
  }
  const { db } = ctx;
  const tables = bodyTables(db);
  return db.transaction('rw', tables, async () => {
    const body = await db.bodies.get(single.bodyId);
    if (body === undefined) {
      await importArchive(ctx, archive);
      return { ...single, newBody: true };
    }
    const rows = rowsFromArchiveBody(archived);
    const meeting = rows.meetings[0];
    if (meeting === undefined) throw new Error('unreachable: one meeting was checked');
    const number = String(meeting.number);
    if ((await db.meetings.get(meeting.id)) !== undefined) {
      refuse(
        `"${body.name}" is already here with meeting ${number} from this file, so it was not imported.`,
      );
    }
    const sameNumber = await db.meetings
      .where('bodyId')
      .equals(body.id)
      .filter((m) => m.number === meeting.number)
      .first();
    if (sameNumber !== undefined) {
      refuse(`“${body.name}” already has a meeting ${number}.`);
    }
    await addMissing(ctx, rows, body.name);
    await db.meetings.add(meeting);
    await db.agendaItems.bulkAdd(rows.agendaItems);
    await addBlocks(db, rows.minuteBlocks);
    await db.attendance.bulkAdd(rows.attendance);
    await db.amendments.bulkAdd(rows.amendments);
    await db.interests.bulkAdd(rows.interests);
    return { ...single, newBody: false };
  });
}

/** Adds the members, actions and updates not already here; checks references first. */
async function addMissing(ctx: DataContext, rows: BodyRows, bodyName: string): Promise<void> {
  const { db } = ctx;
  const held = await db.actions.where('bodyId').equals(rows.body.id).toArray();
  const heldIds = new Set(held.map((a) => a.id));
  const byReference = new Map(held.map((a) => [a.reference, a.id]));
  const newActions = rows.actions.filter((a) => !heldIds.has(a.id));
  for (const action of newActions) {
    const other = byReference.get(action.reference);
    if (other !== undefined) {
      refuse(`In “${bodyName}” the reference ${action.reference} is already another action’s.`);
    }
  }
  const newMembers = [];
  for (const member of rows.members) {
    if ((await db.members.get(member.id)) === undefined) newMembers.push(member);
  }
  const newUpdates = [];
  for (const update of rows.actionUpdates) {
    if ((await db.actionUpdates.get(update.id)) === undefined) newUpdates.push(update);
  }
  await db.members.bulkAdd(newMembers);
  await db.actions.bulkAdd(newActions.map((action) => ({ ...action, tally: noUpdates() })));
  await db.actionUpdates.bulkAdd(newUpdates);
  await retally(db, [...newActions.map((a) => a.id), ...newUpdates.map((u) => u.actionId)]);
}
