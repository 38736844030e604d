import type { BodyRows } from '../domain';
import { bodyTables, type MinutebookDb } from './database';

/** Rows grouped by one of their fields. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * Every row of every body, as {@link readAllBodyRows} reads them (bodies by name; rows of a
 * meeting or action that no longer exists left out), in one read transaction that reads each
 * table whole and once. A backup reads everything, so one pass per table is far shorter than
 * a query per body and meeting — and the shorter the read, the sooner edits typed meanwhile
 * are committed.
 */
export async function readEverything(db: MinutebookDb): Promise<BodyRows[]> {
  const tables = await db.transaction('r', bodyTables(db), () =>
    Promise.all([
      db.bodies.orderBy('name').toArray(),
      db.members.toArray(),
      db.meetings.toArray(),
      db.agendaItems.toArray(),
      db.minuteBlocks.toArray(),
      db.attendance.toArray(),
      db.amendments.toArray(),
      db.interests.toArray(),
      db.actions.toArray(),
      db.actionUpdates.toArray(),
    ]),
  );
  const [bodies, members, meetings, items, blocks, attendance, amendments, interests] = tables;
  const [, , , , , , , , actions, updates] = tables;
  const byBody = {
    members: groupBy(members, (r) => r.bodyId),
    meetings: groupBy(meetings, (r) => r.bodyId),
    actions: groupBy(actions, (r) => r.bodyId),
  };
  const byMeeting = {
    items: groupBy(items, (r) => r.meetingId),
    blocks: groupBy(blocks, (r) => r.meetingId),
    attendance: groupBy(attendance, (r) => r.meetingId),
    amendments: groupBy(amendments, (r) => r.meetingId),
    interests: groupBy(interests, (r) => r.meetingId),
  };
  const updatesByAction = groupBy(updates, (r) => r.actionId);
  return bodies.map((body) => {
    const ofBody = byBody.meetings.get(body.id) ?? [];
    const ofMeetings = <T>(groups: Map<string, T[]>) =>
      ofBody.flatMap((m) => groups.get(m.id) ?? []);
    const bodyActions = byBody.actions.get(body.id) ?? [];
    return {
      body,
      members: byBody.members.get(body.id) ?? [],
      meetings: ofBody,
      agendaItems: ofMeetings(byMeeting.items),
      minuteBlocks: ofMeetings(byMeeting.blocks),
      attendance: ofMeetings(byMeeting.attendance),
      amendments: ofMeetings(byMeeting.amendments),
      interests: ofMeetings(byMeeting.interests),
      actions: bodyActions,
      actionUpdates: bodyActions.flatMap((a) => updatesByAction.get(a.id) ?? []),
    };
  });
}
