import type { Body, Id, Meeting } from '../domain';
import { firstMinuteNumberOf, meetingItemCounts, numberMeeting } from '../domain/minute-numbering';
import type { MinutebookDb } from './database';

/**
 * The number of a meeting's first top-level item in its body's style
 * ({@link firstMinuteNumberOf}): running numbers count the top-level items of each earlier
 * meeting, each meeting's agenda read in one request (fifteen years are 180 agendas of ~30
 * items: walking the index for all 5,400 at once took most of a second); the other modes
 * read nothing.
 */
export async function readFirstMinuteNumber(
  db: MinutebookDb,
  body: Body,
  meeting: Meeting,
): Promise<number> {
  if (body.minuteNumbering !== 'running') return firstMinuteNumberOf(body, meeting, []);
  const earlier = (await db.meetings.where('bodyId').equals(body.id).toArray()).filter(
    (m) => m.number < meeting.number,
  );
  const agendas = await Promise.all(
    earlier.map((m) => db.agendaItems.where('meetingId').equals(m.id).toArray()),
  );
  const counts = meetingItemCounts(
    earlier.map((m, i) => ({ ...m, agendaItems: agendas[i] ?? [] })),
  );
  return firstMinuteNumberOf(body, meeting, counts);
}

/**
 * The numbers a meeting's items print in its documents ({@link numberMeeting}, the body's
 * style), by item id; empty when the meeting or its body is gone.
 */
export async function readMinuteNumbers(db: MinutebookDb, meetingId: Id): Promise<Map<Id, string>> {
  const meeting = await db.meetings.get(meetingId);
  const body = meeting && (await db.bodies.get(meeting.bodyId));
  if (!meeting || !body) return new Map();
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  const start = await readFirstMinuteNumber(db, body, meeting);
  return new Map(numberMeeting(body, items, start).map((n) => [n.item.id, n.number]));
}
