import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '../domain';
import { firstMinuteNumberOf, meetingItemCounts, numberMeeting } from '../domain/minute-numbering';
import type { MinutebookDb } from './database';

/**
 * The numbers a meeting's items print in its documents ({@link numberMeeting}, the body's
 * style), by item id, so that the screens show the same numbers as the minutes and the agenda
 * pack: running numbers, a private part numbered after the public items, or '' when the body
 * prints none. Running numbers read the earlier meetings' items in one query. `undefined`
 * while loading.
 */
export function useMinuteNumbers(
  db: MinutebookDb,
  meetingId: Id,
): ReadonlyMap<Id, string> | undefined {
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    const body = meeting && (await db.bodies.get(meeting.bodyId));
    if (!meeting || !body) return new Map<Id, string>();
    const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
    let start = firstMinuteNumberOf(body, meeting, []);
    if (body.minuteNumbering === 'running') {
      const earlier = (await db.meetings.where('bodyId').equals(body.id).toArray()).filter(
        (m) => m.number < meeting.number,
      );
      const earlierItems = await db.agendaItems
        .where('meetingId')
        .anyOf(earlier.map((m) => m.id))
        .toArray();
      const counts = meetingItemCounts(
        earlier.map((m) => ({
          ...m,
          agendaItems: earlierItems.filter((i) => i.meetingId === m.id),
        })),
      );
      start = firstMinuteNumberOf(body, meeting, counts);
    }
    return new Map(numberMeeting(body, items, start).map((n) => [n.item.id, n.number]));
  }, [db, meetingId]);
}
