import { useLiveQuery } from 'dexie-react-hooks';
import { byPosition } from '../domain';
import type { AgendaItem, Body, Id, Meeting } from '../domain';
import type { Amendment } from '../domain';
import type { DataContext } from './context';
import type { MinutebookDb } from './database';
import { suggestMeetingNumber } from './repos/meetings';

/*
 * Live queries: each re-runs when the rows it read change, in this window or another, so
 * persisted data is read from IndexedDB and never copied into UI state. `undefined` means
 * "still loading"; `null` means "not there".
 */

export function useBodies(db: MinutebookDb): Body[] | undefined {
  return useLiveQuery(() => db.bodies.orderBy('name').toArray(), [db]);
}

export function useBody(db: MinutebookDb, id: Id): Body | null | undefined {
  return useLiveQuery(async () => (await db.bodies.get(id)) ?? null, [db, id]);
}

/** The number a body's next meeting would take, kept current as meetings come and go. */
export function useSuggestedMeetingNumber(ctx: DataContext, bodyId: Id): number | undefined {
  return useLiveQuery(() => suggestMeetingNumber(ctx, bodyId), [ctx, bodyId]);
}

/** A body's meetings, newest number first. */
export function useMeetings(db: MinutebookDb, bodyId: Id): Meeting[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.meetings.where('bodyId').equals(bodyId).toArray()).sort(
        (a, b) => b.number - a.number,
      ),
    [db, bodyId],
  );
}

export function useMeeting(db: MinutebookDb, id: Id): Meeting | null | undefined {
  return useLiveQuery(async () => (await db.meetings.get(id)) ?? null, [db, id]);
}

/** A meeting's agenda items in position order (numbering is the domain's job). */
export function useAgendaItems(db: MinutebookDb, meetingId: Id): AgendaItem[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.agendaItems.where('meetingId').equals(meetingId).toArray()).sort(byPosition),
    [db, meetingId],
  );
}

/** A meeting's recorded amendments, oldest first. */
export function useAmendments(db: MinutebookDb, meetingId: Id): Amendment[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.amendments.where('meetingId').equals(meetingId).toArray()).sort(
        (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
      ),
    [db, meetingId],
  );
}
