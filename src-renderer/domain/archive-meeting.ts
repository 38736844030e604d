import { archiveFromRows, type BodyRows } from './archive';
import type { Archive } from './archive-schema';
import { confidentialityOf } from './confidentiality';
import type { Action, Id } from './model';

/**
 * An archive of one meeting, in the format and version of a whole-body archive so that the
 * same parser validates it: the body with its settings and members, and only that meeting
 * with its items, blocks, attendance and amendments. The action log is cut to what the
 * meeting needs: the actions raised at it, and the actions updated at it with those updates.
 *
 * An action raised at another meeting is carried as an earlier action (its `meetingId` and
 * `itemId` null, its reference, date and text kept), since that meeting is not in the file
 * and the archive's links must all resolve; confidential through the item that raised it, it
 * is carried flagged confidential, as the item is not in the file to say so. On import into a
 * body that already holds the action, the body's own copy is kept. Returns null when the meeting is not in `rows`.
 */
export function meetingArchive(rows: BodyRows, meetingId: Id, exportedAt: string): Archive | null {
  const meeting = rows.meetings.find((m) => m.id === meetingId);
  if (meeting === undefined) return null;
  const ofMeeting = <T extends { meetingId: Id }>(list: readonly T[]): T[] =>
    list.filter((r) => r.meetingId === meetingId);

  const updates = ofMeeting(rows.actionUpdates);
  const updated = new Set(updates.map((u) => u.actionId));
  const rule = confidentialityOf(rows.agendaItems, rows.actions);
  const actions: Action[] = [];
  for (const action of rows.actions) {
    if (action.meetingId === meetingId) actions.push(action);
    else if (updated.has(action.id)) {
      const confidential = action.confidential || rule.actionBy(action) === 'inherited';
      actions.push({ ...action, meetingId: null, itemId: null, confidential });
    }
  }
  return archiveFromRows(
    [
      {
        body: rows.body,
        members: rows.members,
        meetings: [meeting],
        agendaItems: ofMeeting(rows.agendaItems),
        minuteBlocks: ofMeeting(rows.minuteBlocks),
        attendance: ofMeeting(rows.attendance),
        amendments: ofMeeting(rows.amendments),
        interests: ofMeeting(rows.interests),
        actions,
        actionUpdates: updates,
      },
    ],
    exportedAt,
  );
}

/** The one meeting of an archive holding exactly one body with exactly one meeting, or null. */
export function singleMeetingOf(archive: Archive): { bodyId: Id; meetingId: Id } | null {
  const [body, ...otherBodies] = archive.bodies;
  if (body === undefined || otherBodies.length > 0) return null;
  const [meeting, ...otherMeetings] = body.meetings;
  if (meeting === undefined || otherMeetings.length > 0) return null;
  return { bodyId: body.id, meetingId: meeting.id };
}
